#pragma once

#include <QList>
#include <QStringView>

namespace Faultline {

// Finds the grammatical tense around a place in an English sentence from
// auxiliaries ("will", "is expected to", "was"), past forms (-ed and irregular
// verbs) and present forms. Used to decide whether a bare month or weekday
// lies before or after the reference date.
class TenseDetector
{
public:
    enum class Tense { Unknown, Past, Present, Future };

    struct Marker
    {
        qsizetype begin = 0; // UTF-16 offsets into the sentence
        qsizetype end = 0;
        Tense tense = Tense::Unknown;
        bool reporting = false; // "said", "told": often outside the clause it dates
    };

    TenseDetector();

    // Every tense marker in the sentence, in text order.
    QList<Marker> markers(QStringView sentence) const;

    // The tense of the whole sentence: future if anything marks the future,
    // else past, else present; Unknown when nothing marks a tense.
    Tense tense(QStringView sentence) const;

    // The tense of the marker nearest to [begin, end) that lies outside it. A
    // marker in another clause (past a comma) counts as farther away, a
    // reporting verb there ("..., officials said") farther still.
    static Tense tenseNear(const QList<Marker> &markers,
                           QStringView sentence,
                           qsizetype begin,
                           qsizetype end);
    static Tense sentenceTense(const QList<Marker> &markers);
};

} // namespace Faultline
