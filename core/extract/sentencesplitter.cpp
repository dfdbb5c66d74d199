#include "core/extract/sentencesplitter.h"

#include "core/extract/lexiconfile.h"

#include <QSet>

namespace Faultline {

namespace {

struct Abbreviations
{
    QSet<QString> neverFinal;    // "Gen.": always followed by more of the sentence
    QSet<QString> possiblyFinal; // "U.S.": ends a sentence before a usual opener
    QSet<QString> starters;
};

const Abbreviations &abbreviations()
{
    static const Abbreviations data = [] {
        Abbreviations a;
        for (const QString &line :
             LexiconFile::lines(QStringLiteral(":/extract/abbreviations.txt"))) {
            if (line.startsWith(u'*'))
                a.possiblyFinal.insert(line.mid(1));
            else
                a.neverFinal.insert(line);
        }
        for (const QString &line :
             LexiconFile::lines(QStringLiteral(":/extract/sentencestarters.txt")))
            a.starters.insert(line);
        return a;
    }();
    return data;
}

bool isTerminal(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'\u2026';
}

bool isClosing(QChar c)
{
    return c == u'"' || c == u'\'' || c == u'\u201D' || c == u'\u2019' || c == u'\u00BB'
           || c == u')' || c == u']';
}

bool isOpening(QChar c)
{
    return c == u'"' || c == u'\'' || c == u'\u201C' || c == u'\u2018' || c == u'\u00AB'
           || c == u'(' || c == u'[';
}

// "U.S.", "a.m.", "e.g.": letters separated by periods.
bool isDottedAcronym(QStringView token)
{
    if (token.size() < 4)
        return false;
    for (qsizetype i = 0; i < token.size(); ++i) {
        const bool wantLetter = i % 2 == 0;
        if (wantLetter ? !token[i].isLetter() : token[i] != u'.')
            return false;
    }
    return token.size() % 2 == 0;
}

} // namespace

SentenceSplitter::SentenceSplitter()
{
    abbreviations(); // load the lists once, up front
}

bool SentenceSplitter::isAbbreviation(QStringView token) const
{
    return abbreviations().neverFinal.contains(token.toString());
}

bool SentenceSplitter::endsSentenceAt(QStringView text, qsizetype period, qsizetype next) const
{
    const QChar nextChar = text[next];
    if (nextChar.isLower())
        return false;

    qsizetype start = period;
    while (start > 0 && !text[start - 1].isSpace())
        --start;
    while (start < period && (isOpening(text[start]) || text[start] == u'\u2014'))
        ++start;
    const QStringView token = text.mid(start, period - start + 1);
    if (token.size() <= 1)
        return true;

    qsizetype wordEnd = next;
    while (wordEnd < text.size() && text[wordEnd].isLetter())
        ++wordEnd;
    const QString nextWord = text.mid(next, wordEnd - next).toString();
    const Abbreviations &a = abbreviations();

    const QString key = token.toString();
    if (a.neverFinal.contains(key))
        return false;
    const bool initial = token.size() == 2 && token[0].isUpper();
    if (initial || a.possiblyFinal.contains(key) || isDottedAcronym(token))
        return a.starters.contains(nextWord);
    return true;
}

QList<TextSpan> SentenceSplitter::split(QStringView text) const
{
    QList<TextSpan> result;
    const qsizetype n = text.size();
    qsizetype sentenceStart = -1;

    const auto flush = [&](qsizetype end) {
        if (sentenceStart < 0)
            return;
        while (end > sentenceStart && text[end - 1].isSpace())
            --end;
        if (end > sentenceStart)
            result.append(TextSpan{sentenceStart, end});
        sentenceStart = -1;
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c == u'\n' || c == u'\u2029') {
            qsizetype j = i + 1;
            while (j < n && text[j].isSpace() && text[j] != u'\n' && text[j] != u'\u2029')
                ++j;
            if (c == u'\u2029' || (j < n && (text[j] == u'\n' || text[j] == u'\u2029'))) {
                flush(i);
                i = j - 1;
            }
            continue;
        }
        if (sentenceStart < 0) {
            if (!c.isSpace())
                sentenceStart = i;
            else
                continue;
        }
        if (!isTerminal(c))
            continue;

        qsizetype last = i;
        while (last + 1 < n && isTerminal(text[last + 1]))
            ++last;
        qsizetype after = last + 1;
        while (after < n && isClosing(text[after]))
            ++after;
        if (after < n && !text[after].isSpace()) {
            i = after - 1; // "U.S.-backed", "2.5", "www.example.org"
            continue;
        }
        qsizetype next = after;
        while (next < n && text[next].isSpace())
            ++next;
        bool boundary = true;
        if (next < n) {
            if (last == i && c == u'.')
                boundary = endsSentenceAt(text, i, next);
            else
                boundary = !text[next].isLower();
        }
        if (boundary)
            flush(after);
        i = after - 1;
    }
    flush(n);
    return result;
}

} // namespace Faultline
