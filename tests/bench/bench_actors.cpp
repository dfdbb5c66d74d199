// Throughput of actor recognition and trigger finding over news-like text.
// Prints "actors_mb_per_s VALUE" (MB = 2^20 bytes of UTF-8 per second of this
// thread's CPU time, so the figure is per core) and the wall-clock figure.

#include "core/extract/actorrecognizer.h"
#include "core/extract/modalitydetector.h"
#include "core/extract/triggerlexicon.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <cstdio>
#include <ctime>

using namespace Faultline;

namespace {

// Sentences of our own writing about several conflicts; articles are built by
// rotating through them so that no two articles are the same.
const char *const Sentences[] = {
    "The Afghan government intensified calls for a cease-fire with the Taliban on Monday as "
    "Kabul and the militants began the second day of talks in Doha.",
    "U.S. special envoy for Afghanistan Zalmay Khalilzad met Pakistan's army chief, General "
    "Qamar Javed Bajwa, in the garrison city of Rawalpindi.",
    "In 2015, Pakistan hosted the first face-to-face talks between Kabul and the Afghan "
    "Taliban, but those talks collapsed when the Afghan government announced the death of "
    "Taliban founder Mullah Mohammed Omar.",
    "The Rapid Support Forces shelled El Fasher overnight, killing at least 20 civilians, "
    "according to local activists.",
    "Sudan's army chief, General Abdel Fattah al-Burhan, rejected the proposal and vowed to "
    "continue the offensive until the paramilitaries surrender.",
    "Houthi forces fired two ballistic missiles toward Saudi Arabia, the Saudi-led coalition "
    "said in a statement.",
    "UN special envoy for Yemen Hans Grundberg urged the parties to extend the truce.",
    "Colombian President Gustavo Petro suspended talks with the ELN after an attack on a "
    "military base in Arauca killed nine soldiers.",
    "Russian forces launched drones and missiles at Kyiv, and Ukrainian air defences shot "
    "down most of them, the Ukrainian Air Force said.",
    "Moscow denied the accusations and said Western sanctions would not change its course.",
    "The Arakan Army seized a town in Rakhine State after weeks of fighting with the junta.",
    "Myanmar junta chief Senior General Min Aung Hlaing travelled to Moscow for talks.",
    "M23 rebels captured Goma in January, and Congolese officials accused Rwanda of "
    "deploying troops across the border.",
    "Israeli Prime Minister Benjamin Netanyahu said the military would press on, while Hamas "
    "said it had not agreed to the latest proposal.",
    "Aid agencies warned that humanitarian aid could not reach the north without a ceasefire.",
    "Ethiopian Prime Minister Abiy Ahmed met TPLF leaders in Pretoria, where the two sides "
    "signed an agreement to end the war in Tigray.",
    "The group said it would release the hostages if its fighters were freed.",
    "Pakistan freed Baradar from prison in 2018 in a move coordinated with Washington.",
    "Protesters rallied in Khartoum and demanded civilian rule as security forces fired tear "
    "gas.",
    "The African Union and IGAD called for an immediate halt to the fighting in Juba.",
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    constexpr int SentenceCount = int(sizeof(Sentences) / sizeof(Sentences[0]));
    constexpr qsizetype TargetBytes = 6 * 1024 * 1024;

    // articles of about 4 KB: sentence spans are known, as the pipeline gives them
    struct Article
    {
        QString text;
        QList<TextSpan> sentences;
    };
    QList<Article> articles;
    qsizetype bytes = 0;
    for (int a = 0; bytes < TargetBytes; ++a) {
        Article article;
        for (int s = 0; article.text.size() < 4000; ++s) {
            const QString sentence = QString::fromUtf8(
                Sentences[(a * 7 + s * (1 + a % 5)) % SentenceCount]);
            if (!article.text.isEmpty())
                article.text.append(u' ');
            const qsizetype begin = article.text.size();
            article.text.append(sentence);
            article.sentences.append(TextSpan{begin, article.text.size()});
        }
        bytes += article.text.toUtf8().size();
        articles.append(article);
    }

    const ActorRecognizer recognizer;
    const TriggerLexicon &triggers = TriggerLexicon::instance();
    QElapsedTimer timer;
    timer.start();
    // CPU time of this thread: the figure per core, whatever else runs on the machine
    timespec cpuStart{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpuStart);
    qsizetype mentions = 0;
    qsizetype found = 0;
    for (const Article &article : std::as_const(articles)) {
        mentions += recognizer.recognize(article.text, article.sentences).size();
        for (const TextSpan &span : article.sentences) {
            const QStringView sentence = QStringView(article.text)
                                             .mid(span.begin, span.end - span.begin);
            for (const TriggerMatch &match : triggers.find(sentence, span.begin)) {
                ModalityDetector::detectModality(sentence,
                                                 match.begin - span.begin,
                                                 match.end - span.begin);
                ++found;
            }
        }
    }
    const double wallSeconds = std::max(timer.nsecsElapsed() / 1e9, 1e-9);
    timespec cpuEnd{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpuEnd);
    const double seconds = std::max(double(cpuEnd.tv_sec - cpuStart.tv_sec)
                                        + double(cpuEnd.tv_nsec - cpuStart.tv_nsec) / 1e9,
                                    1e-9);
    const double megabytes = double(bytes) / (1024.0 * 1024.0);
    std::printf("actors_input_mb %.2f\n", megabytes);
    std::printf("actors_wall_mb_per_s %.2f\n", megabytes / wallSeconds);
    std::printf("actors_mentions %lld\n", static_cast<long long>(mentions));
    std::printf("actors_triggers %lld\n", static_cast<long long>(found));
    std::printf("actors_mb_per_s %.2f\n", megabytes / seconds);
    return 0;
}
