#pragma once

#include "core/extract/textspan.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Faultline {

// Splits plain text into sentences. A blank line (paragraph break) always ends
// a sentence; a period after a known abbreviation ("Gen.", "U.S."), an initial
// ("J. R. Smith") or inside a number ("2.5") does not.
class SentenceSplitter
{
public:
    SentenceSplitter();

    // Sentence spans in text order, trimmed of surrounding white space.
    QList<TextSpan> split(QStringView text) const;

    // Whether token (a word with its final period, e.g. "Gen.") is a known
    // abbreviation that never ends a sentence.
    bool isAbbreviation(QStringView token) const;

private:
    bool endsSentenceAt(QStringView text, qsizetype period, qsizetype next) const;
};

} // namespace Faultline
