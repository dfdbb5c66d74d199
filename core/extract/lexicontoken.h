#pragma once

#include <QString>
#include <QtGlobal>

namespace Faultline {

// One token of a text as the gazetteer and the trigger lexicon see it.
struct LexiconToken
{
    enum class Type { Word, Number, Possessive, Hyphen, Punctuation };

    qsizetype begin = 0; // UTF-16 offsets into the full text
    qsizetype end = 0;
    Type type = Type::Punctuation;
    bool upperInitial = false; // first character is an upper-case letter
    bool hasLower = false;     // some letter is lower-case
    bool spaceBefore = true;   // white space (or the start of the text) precedes it
    QString key;               // case-folded text, apostrophes as "'", used for lookups
    int id = -1;               // the word's number in a LexiconTrie vocabulary

    bool isWord() const { return type == Type::Word; }
    bool isCapitalised() const { return type == Type::Word && upperInitial; }
};

} // namespace Faultline
