#pragma once

#include "core/extract/sentencesplitter.h"
#include "core/extract/tensedetector.h"
#include "core/extract/timeexpression.h"
#include "core/model/datespan.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Faultline {

// Finds time expressions in English text and resolves them, in the manner of
// HeidelTime: rules find the expressions, then each is resolved against the
// reference (publication) day, the tense around it, and for anaphoric
// expressions ("the following day") the last date resolved before it.
// Without a reference day, relative expressions stay unresolved.
class TemporalTagger
{
public:
    TemporalTagger();

    // Every expression in a whole document, in text order.
    QList<TimeExpression> tag(const QString &text, std::optional<qint64> referenceDay) const;
    // The same for a document already split into sentences (SentenceSplitter).
    QList<TimeExpression> tag(const QString &text,
                              const QList<TextSpan> &sentences,
                              std::optional<qint64> referenceDay) const;

    // The expressions in one sentence that starts at offset in its document.
    // anchor is the last resolved date before the sentence; it is updated.
    QList<TimeExpression> tagSentence(QStringView sentence,
                                      qsizetype offset,
                                      std::optional<qint64> referenceDay,
                                      DateSpan *anchor) const;

private:
    SentenceSplitter m_splitter;
    TenseDetector m_tenseDetector;
};

} // namespace Faultline
