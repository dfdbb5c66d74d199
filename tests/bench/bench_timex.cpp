// Throughput of the temporal tagger on English news text. Prints
// "timex_mb_per_s VALUE": megabytes of UTF-8 per second of CPU time on one
// core (CPU time, so that a busy machine does not skew the figure), and the
// wall-clock figure as timex_wall_mb_per_s.
#include "core/extract/temporaltagger.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <cstdio>
#include <ctime>

using namespace Faultline;

namespace {

// Paragraphs of our own writing in the register of wire copy; most sentences
// hold no time expression at all, as in real articles.
const char *const paragraphs[] = {
    "The Afghan government intensified calls for a cease-fire with the Taliban on September 14 "
    "as Kabul and the militants began the second day of historic peace talks in Doha.",
    "Negotiations kicked off over the weekend in Qatar and are initially expected to focus on "
    "technical details such as schedules for the talks and a code of conduct, officials said.",
    "The army said its forces had repelled an attack by Houthi rebels on positions south of "
    "Marib, killing dozens of fighters, a claim that could not be independently verified.",
    "Humanitarian agencies warned that more than 2,000 families had fled the fighting in recent "
    "days and that food stocks in the camps around the city were running low.",
    "In 2015, Pakistan hosted the first ever face-to-face talks between Kabul and the Afghan "
    "Taliban, but those talks collapsed when the government announced the death of Mullah Omar.",
    "Last month, a political team led by the group's co-founder visited Islamabad to consult "
    "with officials, according to a statement released by the foreign ministry.",
    "Residents of Khartoum described heavy shelling near the airport and the presidential palace, "
    "with plumes of smoke rising over the capital as the two sides traded accusations.",
    "The United Nations envoy told the Security Council that the humanitarian situation in the "
    "country had deteriorated sharply and urged both parties to allow convoys through.",
    "Ukrainian officials said Russian forces struck energy infrastructure in several regions "
    "overnight, leaving hundreds of thousands of households without power.",
    "The rebels, who control large parts of the east, have repeatedly accused the government of "
    "violating a truce brokered by regional leaders, an accusation the government denies.",
    "Two weeks ago, gunmen on motorcycles attacked a village in the Tillaberi region, near the "
    "border with Mali and Burkina Faso, killing at least 37 civilians.",
    "Colombia's government and the ELN guerrilla group agreed to resume negotiations next month "
    "in Mexico City, the mediators said in a joint statement on Friday.",
    "The Tatmadaw seized power on February 1, 2021, detaining Aung San Suu Kyi and other leaders "
    "of the National League for Democracy.",
    "Analysts say the conflict, now in its 19th year, has displaced millions of people and "
    "destroyed much of the country's infrastructure, leaving the economy in ruins.",
    "Protesters have gathered every Friday since the coup, demanding a return to civilian rule "
    "and the release of political prisoners held by the security forces.",
    "The ceasefire, which took effect at midnight, appeared to be largely holding on Tuesday "
    "morning, although sporadic gunfire was reported in the north of the city.",
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);

    QString text;
    if (argc > 1) {
        QFile file(QString::fromLocal8Bit(argv[1]));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "bench_timex: cannot read %s\n", argv[1]);
            return 1;
        }
        text = QString::fromUtf8(file.readAll());
    } else {
        // About 5 MB: the paragraphs in a rotating order, as articles.
        const int count = int(std::size(paragraphs));
        QStringList parts;
        qsizetype bytes = 0;
        for (int i = 0; bytes < 5 * 1024 * 1024; ++i) {
            const QString paragraph = QString::fromUtf8(paragraphs[(i * 7) % count]);
            parts.append(paragraph);
            bytes += paragraph.size() + 2;
        }
        text = parts.join(QStringLiteral("\n\n"));
    }
    const double megabytes = double(text.toUtf8().size()) / (1024.0 * 1024.0);

    const TemporalTagger tagger;
    const auto reference = DateSpan::day(2020, 9, 14).earliestDay();
    tagger.tag(text.left(10000), reference); // warm up: rules, word lists

    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    const QList<TimeExpression> found = tagger.tag(text, reference);
    const double cpuSeconds = std::max(double(std::clock() - cpuStart) / CLOCKS_PER_SEC, 1e-9);
    const double seconds = std::max(timer.nsecsElapsed() / 1e9, 1e-9);

    std::printf("timex_input_mb %.2f\n", megabytes);
    std::printf("timex_expressions %lld\n", static_cast<long long>(found.size()));
    std::printf("timex_mb_per_s %.2f\n", megabytes / cpuSeconds);
    std::printf("timex_wall_mb_per_s %.2f\n", megabytes / seconds);
    return 0;
}
