#pragma once

#include "core/extract/lexicontoken.h"

#include <QList>
#include <QStringView>

namespace Faultline {

// Splits text into words, numbers, possessive markers ("'s"), hyphens inside
// compounds ("al-Qaeda" is three tokens) and punctuation. Dotted acronyms
// ("U.S.", "U.N.") stay one token. Gazetteer aliases and trigger forms are
// tokenized the same way, so matching is token by token.
class LexiconTokenizer
{
public:
    static QList<LexiconToken> tokenize(QStringView text, qsizetype offset = 0);
    static QString foldKey(QStringView word);
};

} // namespace Faultline
