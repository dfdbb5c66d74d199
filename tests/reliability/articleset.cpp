#include "tests/reliability/articleset.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

namespace Faultline::Testing {

namespace {

const QStringList Actors = {
    QStringLiteral("the Taliban"),
    QStringLiteral("Pakistan"),
    QStringLiteral("the Afghan army"),
    QStringLiteral("Houthi rebels"),
    QStringLiteral("the Saudi-led coalition"),
    QStringLiteral("Russian forces"),
    QStringLiteral("Ukrainian troops"),
    QStringLiteral("the United Nations"),
    QStringLiteral("the ELN"),
    QStringLiteral("the Colombian government"),
    QStringLiteral("Sudan's army"),
    QStringLiteral("the Rapid Support Forces"),
};

const QStringList Places = {
    QStringLiteral("Kunduz"),
    QStringLiteral("Hodeidah"),
    QStringLiteral("Bakhmut"),
    QStringLiteral("Cali"),
    QStringLiteral("Khartoum"),
    QStringLiteral("Islamabad"),
    QStringLiteral("Doha"),
    QStringLiteral("Geneva"),
};

const QStringList Verbs = {
    QStringLiteral("attacked positions of"),
    QStringLiteral("met envoys of"),
    QStringLiteral("signed a ceasefire with"),
    QStringLiteral("accused"),
    QStringLiteral("shelled villages held by"),
    QStringLiteral("released prisoners of"),
    QStringLiteral("held talks with"),
    QStringLiteral("threatened"),
};

const QStringList Months = {QStringLiteral("January"),
                            QStringLiteral("February"),
                            QStringLiteral("March"),
                            QStringLiteral("April"),
                            QStringLiteral("May"),
                            QStringLiteral("June"),
                            QStringLiteral("July"),
                            QStringLiteral("August"),
                            QStringLiteral("September"),
                            QStringLiteral("October"),
                            QStringLiteral("November"),
                            QStringLiteral("December")};

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

QStringList writeArticleSet(const QString &folder, int count, quint32 seed)
{
    QDir().mkpath(folder);
    QRandomGenerator random(seed);
    auto pick = [&random](const QStringList &list) {
        return list.at(int(random.bounded(quint32(list.size()))));
    };
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        const int year = 2010 + int(random.bounded(12u));
        const QString place = pick(Places);
        QString text
            = QStringLiteral("Fighting and talks around %1, report %2\n\n").arg(place).arg(i);
        text += QStringLiteral("%1, %2 %3 (Reuters) - ")
                    .arg(place.toUpper())
                    .arg(pick(Months))
                    .arg(1 + random.bounded(28u));
        const int paragraphs = 6 + int(random.bounded(6u));
        for (int p = 0; p < paragraphs; ++p) {
            const int sentences = 2 + int(random.bounded(3u));
            for (int s = 0; s < sentences; ++s) {
                text += QStringLiteral("On %1 %2 %3, %4 %5 %6 near %7, officials said. ")
                            .arg(1 + random.bounded(28u))
                            .arg(pick(Months))
                            .arg(year - int(random.bounded(3u)))
                            .arg(capitalised(pick(Actors)), pick(Verbs), pick(Actors), pick(Places));
            }
            text += QStringLiteral("Last month %1 %2 %3 in %4, witness number %5 said.\n\n")
                        .arg(pick(Actors), pick(Verbs), pick(Actors), pick(Places))
                        .arg(i * 100 + p);
        }
        const QString path
            = QStringLiteral("%1/article-%2.txt").arg(folder).arg(i, 4, 10, QLatin1Char('0'));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
            return {};
        paths.append(path);
    }
    paths.sort();
    return paths;
}

} // namespace Faultline::Testing
