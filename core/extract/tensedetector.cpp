#include "core/extract/tensedetector.h"

#include "core/extract/lexiconfile.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <limits>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace Faultline {

namespace {

using Tense = TenseDetector::Tense;

using Word = std::u16string; // short words stay in the small-string buffer: no allocation

struct Phrase
{
    std::vector<Word> rest; // the words after the first one
    Tense tense = Tense::Unknown;
    bool reporting = false;
};

struct TenseLexicon
{
    std::unordered_map<Word, std::vector<Phrase>> phrases; // by first word, longest first
    std::unordered_set<Word> pastVerbs;
    std::unordered_set<Word> edWords;
};

const TenseLexicon &lexicon()
{
    static const TenseLexicon data = [] {
        TenseLexicon lex;
        for (const QString &line :
             LexiconFile::lines(QStringLiteral(":/extract/tensemarkers.txt"))) {
            QStringList words = line.split(u' ', Qt::SkipEmptyParts);
            if (words.size() < 2)
                continue;
            QString tenseName = words.takeFirst();
            Phrase phrase;
            phrase.reporting = tenseName.startsWith(u'~');
            if (phrase.reporting)
                tenseName.remove(0, 1);
            phrase.tense = tenseName == QLatin1String("future") ? Tense::Future
                           : tenseName == QLatin1String("past") ? Tense::Past
                                                                : Tense::Present;
            const QString first = words.takeFirst();
            for (const QString &word : std::as_const(words))
                phrase.rest.push_back(word.toStdU16String());
            lex.phrases[first.toStdU16String()].push_back(phrase);
        }
        for (auto &entry : lex.phrases) {
            std::stable_sort(entry.second.begin(),
                             entry.second.end(),
                             [](const Phrase &a, const Phrase &b) {
                                 return a.rest.size() > b.rest.size();
                             });
        }
        for (const QString &line : LexiconFile::lines(QStringLiteral(":/extract/pastverbs.txt")))
            lex.pastVerbs.insert(line.toStdU16String());
        for (const QString &line : LexiconFile::lines(QStringLiteral(":/extract/edwords.txt")))
            lex.edWords.insert(line.toStdU16String());
        return lex;
    }();
    return data;
}

struct Token
{
    qsizetype begin;
    qsizetype end;
    Word lower;
    bool capitalized;
    bool afterHyphen;
};

bool endsWith(const Word &word, std::u16string_view suffix)
{
    return word.size() >= suffix.size()
           && std::u16string_view(word).substr(word.size() - suffix.size()) == suffix;
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

QList<Token> tokenize(QStringView s)
{
    QList<Token> tokens;
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        if (!s[i].isLetter()
            && !(isApostrophe(s[i]) && i + 1 < n && s[i + 1].isLetter() && i > 0
                 && s[i - 1].isLetter())) {
            ++i;
            continue;
        }
        const qsizetype begin = i;
        while (i < n
               && (s[i].isLetter()
                   || ((isApostrophe(s[i]) || s[i] == u'-') && i + 1 < n && s[i + 1].isLetter()
                       && i > begin)))
            ++i;
        Word lower;
        lower.reserve(size_t(i - begin));
        for (qsizetype k = begin; k < i; ++k) {
            char16_t c = s[k].unicode();
            if (c >= u'A' && c <= u'Z')
                c = char16_t(c + 32);
            else if (c == u'\u2019')
                c = u'\'';
            else if (c >= 0x80)
                c = s[k].toLower().unicode();
            lower.push_back(c);
        }
        tokens.append(
            Token{begin, i, std::move(lower), s[begin].isUpper(), begin > 0 && s[begin - 1] == u'-'});
    }
    return tokens;
}

} // namespace

TenseDetector::TenseDetector()
{
    lexicon();
}

QList<TenseDetector::Marker> TenseDetector::markers(QStringView sentence) const
{
    const TenseLexicon &lex = lexicon();
    const QList<Token> tokens = tokenize(sentence);
    QList<Marker> result;
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        const Token &token = tokens[t];
        const auto phrases = lex.phrases.find(token.lower);
        bool found = false;
        if (phrases != lex.phrases.end()) {
            for (const Phrase &phrase : phrases->second) {
                const qsizetype restSize = qsizetype(phrase.rest.size());
                if (t + restSize >= tokens.size())
                    continue;
                bool match = true;
                for (qsizetype k = 0; k < restSize && match; ++k)
                    match = tokens[t + 1 + k].lower == phrase.rest[size_t(k)];
                if (!match)
                    continue;
                const qsizetype last = t + restSize;
                result.append(Marker{token.begin, tokens[last].end, phrase.tense, phrase.reporting});
                t = last;
                found = true;
                break;
            }
        }
        if (found)
            continue;
        if (endsWith(token.lower, u"'ll")) {
            result.append(Marker{token.begin, token.end, Tense::Future});
            continue;
        }
        if (token.capitalized)
            continue; // names: "Mohammed", "Ahmed", "United"
        // a participle after "be" takes its tense from the auxiliary: "will be held"
        static const std::unordered_set<Word> passive = {u"is", u"are", u"am", u"be", u"being"};
        if (t > 0 && passive.contains(tokens[t - 1].lower))
            continue;
        if (lex.pastVerbs.contains(token.lower)) {
            result.append(Marker{token.begin, token.end, Tense::Past});
            continue;
        }
        if (token.lower.size() >= 5 && endsWith(token.lower, u"ed") && !token.afterHyphen
            && token.lower.find(u'-') == Word::npos && !lex.edWords.contains(token.lower)) {
            // after these an -ed form is an adjective or a present passive
            static const std::unordered_set<Word> adjectival = {u"the",
                                                                u"a",
                                                                u"an",
                                                                u"is",
                                                                u"are",
                                                                u"am",
                                                                u"be",
                                                                u"being",
                                                                u"its",
                                                                u"their",
                                                                u"his",
                                                                u"her",
                                                                u"newly",
                                                                u"well",
                                                                u"heavily",
                                                                u"widely"};
            if (t > 0 && adjectival.contains(tokens[t - 1].lower))
                continue;
            result.append(Marker{token.begin, token.end, Tense::Past});
        }
    }
    return result;
}

TenseDetector::Tense TenseDetector::sentenceTense(const QList<Marker> &markers)
{
    Tense result = Tense::Unknown;
    for (const Marker &m : markers) {
        if (m.tense == Tense::Future)
            return Tense::Future;
        if (m.tense == Tense::Past)
            result = Tense::Past;
        else if (m.tense == Tense::Present && result == Tense::Unknown)
            result = Tense::Present;
    }
    return result;
}

TenseDetector::Tense TenseDetector::tense(QStringView sentence) const
{
    return sentenceTense(markers(sentence));
}

TenseDetector::Tense TenseDetector::tenseNear(const QList<Marker> &markers,
                                              QStringView sentence,
                                              qsizetype begin,
                                              qsizetype end)
{
    const auto crossesClause = [sentence](qsizetype from, qsizetype to) {
        for (qsizetype i = std::max<qsizetype>(0, from); i < std::min(to, sentence.size()); ++i) {
            const QChar c = sentence[i];
            if (c == u',' || c == u';' || c == u':' || c == u'(' || c == u')' || c == u'"'
                || c == u'\u201C' || c == u'\u201D' || c == u'\u2014' || c == u'\u2013')
                return true;
        }
        return false;
    };
    // Verbs farther away than this belong to other clauses; the bound also
    // keeps run-on "sentences" of a whole file linear.
    constexpr qsizetype kWindow = 400;
    Tense best = Tense::Unknown;
    qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
    for (const Marker &m : markers) {
        qsizetype distance;
        bool crossed;
        if (m.end <= begin) {
            distance = begin - m.end;
            if (distance > kWindow)
                continue;
            crossed = crossesClause(m.end, begin);
        } else if (m.begin >= end) {
            distance = m.begin - end + 1; // on a tie the verb before wins
            if (distance > kWindow)
                continue;
            crossed = crossesClause(end, m.begin);
        } else {
            continue;
        }
        if (crossed)
            distance += m.reporting ? 65 : 40;
        if (distance < bestDistance) {
            bestDistance = distance;
            best = m.tense;
        }
    }
    return best;
}

} // namespace Faultline
