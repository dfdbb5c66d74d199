#include "core/extract/lexicontokenizer.h"

namespace Faultline {

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == u'\u2010' || c == u'\u2011';
}

bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return c.isLetterOrNumber() || c.isMark();
}

// Keys of ASCII punctuation, shared instead of allocated for every token
const QString &punctuationKey(char16_t c)
{
    static const QList<QString> keys = [] {
        QList<QString> k;
        for (char16_t u = 0; u < 128; ++u)
            k.append(QString(QChar(u)));
        return k;
    }();
    return keys.at(c);
}

// "U.S." or "U.S.A.": single letters each followed by a period, at least two.
qsizetype dottedAcronymLength(QStringView text, qsizetype i)
{
    qsizetype j = i;
    int pairs = 0;
    while (j + 1 < text.size() && text[j].isLetter() && text[j + 1] == u'.') {
        j += 2;
        ++pairs;
    }
    return pairs >= 2 ? j - i : 0;
}

} // namespace

QString LexiconTokenizer::foldKey(QStringView word)
{
    QString key(word.size(), Qt::Uninitialized);
    QChar *out = key.data();
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word[i];
        if (c.unicode() < 128)
            out[i] = c.unicode() >= u'A' && c.unicode() <= u'Z' ? QChar(c.unicode() + 32) : c;
        else if (isApostrophe(c))
            out[i] = u'\'';
        else
            out[i] = c.toCaseFolded(); // one code unit for one: offsets stay valid
    }
    return key;
}

QList<LexiconToken> LexiconTokenizer::tokenize(QStringView text, qsizetype offset)
{
    QList<LexiconToken> tokens;
    tokens.reserve(text.size() / 5 + 4);
    const qsizetype n = text.size();
    qsizetype i = 0;
    bool space = true;
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            space = true;
            ++i;
            continue;
        }
        LexiconToken token;
        token.begin = i;
        token.spaceBefore = space;
        space = false;
        if (isWordChar(c)) {
            qsizetype j = i + dottedAcronymLength(text, i);
            if (j == i) {
                bool digitsOnly = true;
                while (j < n) {
                    const QChar d = text[j];
                    if (isWordChar(d)) {
                        if (!d.isDigit())
                            digitsOnly = false;
                        ++j;
                    } else if (isApostrophe(d) && j + 1 < n && text[j + 1].isLetter()
                               && !(text[j + 1].toLower() == u's'
                                    && (j + 2 >= n || !isWordChar(text[j + 2])))) {
                        ++j; // Sana'a, N'Djamena, didn't
                    } else if ((d == u'.' || d == u',') && digitsOnly && j + 1 < n
                               && text[j + 1].isDigit()) {
                        ++j; // 2.5, 10,000
                    } else {
                        break;
                    }
                }
                token.type = digitsOnly ? LexiconToken::Type::Number : LexiconToken::Type::Word;
            } else {
                token.type = LexiconToken::Type::Word;
            }
            token.end = j;
            const QStringView word = text.mid(i, j - i);
            token.upperInitial = word.front().isUpper();
            for (QChar d : word) {
                if (d.isLower()) {
                    token.hasLower = true;
                    break;
                }
            }
            i = j;
        } else if (isApostrophe(c) && !tokens.isEmpty() && !token.spaceBefore
                   && tokens.last().type == LexiconToken::Type::Word) {
            // "Pakistan's", "Workers'"
            qsizetype j = i + 1;
            if (j < n && text[j].toLower() == u's' && (j + 1 >= n || !isWordChar(text[j + 1])))
                ++j;
            token.type = LexiconToken::Type::Possessive;
            token.end = j;
            i = j;
        } else if (isHyphen(c) && !token.spaceBefore && i + 1 < n && isWordChar(text[i + 1])) {
            token.type = LexiconToken::Type::Hyphen;
            token.end = i + 1;
            ++i;
        } else {
            token.type = LexiconToken::Type::Punctuation;
            token.end = i + 1;
            ++i;
        }
        static const QString possessiveKey = QStringLiteral("'s");
        static const QString hyphenKey = QStringLiteral("-");
        if (token.type == LexiconToken::Type::Possessive)
            token.key = possessiveKey;
        else if (token.type == LexiconToken::Type::Hyphen)
            token.key = hyphenKey;
        else if (token.type == LexiconToken::Type::Punctuation && text[token.begin].unicode() < 128)
            token.key = punctuationKey(text[token.begin].unicode());
        else
            token.key = foldKey(text.mid(token.begin, token.end - token.begin));
        token.begin += offset;
        token.end += offset;
        tokens.append(std::move(token));
    }
    return tokens;
}

} // namespace Faultline
