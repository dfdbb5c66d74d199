#include "core/extract/tensedetector.h"

#include "core/extract/lexiconfile.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <limits>

namespace Faultline {

namespace {

using Tense = TenseDetector::Tense;

struct Phrase
{
    QStringList rest; // the words after the first one
    Tense tense = Tense::Unknown;
};

struct TenseLexicon
{
    QHash<QString, QList<Phrase>> phrases; // keyed by first word, longest first
    QSet<QString> pastVerbs;
    QSet<QString> edWords;
};

const TenseLexicon &lexicon()
{
    static const TenseLexicon data = [] {
        TenseLexicon lex;
        for (const QString &line : LexiconFile::lines(QStringLiteral(":/extract/tensemarkers.txt"))) {
            QStringList words = line.split(u' ', Qt::SkipEmptyParts);
            if (words.size() < 2)
                continue;
            const QString tenseName = words.takeFirst();
            Phrase phrase;
            phrase.tense = tenseName == QLatin1String("future") ? Tense::Future
                           : tenseName == QLatin1String("past") ? Tense::Past
                                                                : Tense::Present;
            const QString first = words.takeFirst();
            phrase.rest = words;
            lex.phrases[first].append(phrase);
        }
        for (auto it = lex.phrases.begin(); it != lex.phrases.end(); ++it) {
            std::stable_sort(it->begin(), it->end(), [](const Phrase &a, const Phrase &b) {
                return a.rest.size() > b.rest.size();
            });
        }
        for (const QString &line : LexiconFile::lines(QStringLiteral(":/extract/pastverbs.txt")))
            lex.pastVerbs.insert(line);
        for (const QString &line : LexiconFile::lines(QStringLiteral(":/extract/edwords.txt")))
            lex.edWords.insert(line);
        return lex;
    }();
    return data;
}

struct Token
{
    qsizetype begin;
    qsizetype end;
    QString lower;
    bool capitalized;
    bool afterHyphen;
};

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
        if (!s[i].isLetter() && !(isApostrophe(s[i]) && i + 1 < n && s[i + 1].isLetter() && i > 0
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
        QString lower = s.mid(begin, i - begin).toString().toLower();
        lower.replace(u'\u2019', u'\'');
        tokens.append(Token{begin, i, lower, s[begin].isUpper(), begin > 0 && s[begin - 1] == u'-'});
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
        const auto phrases = lex.phrases.constFind(token.lower);
        bool found = false;
        if (phrases != lex.phrases.cend()) {
            for (const Phrase &phrase : *phrases) {
                if (t + phrase.rest.size() >= tokens.size())
                    continue;
                bool match = true;
                for (qsizetype k = 0; k < phrase.rest.size() && match; ++k)
                    match = tokens[t + 1 + k].lower == phrase.rest[k];
                if (!match)
                    continue;
                const qsizetype last = t + phrase.rest.size();
                result.append(Marker{token.begin, tokens[last].end, phrase.tense});
                t = last;
                found = true;
                break;
            }
        }
        if (found)
            continue;
        if (token.lower.endsWith(QLatin1String("'ll"))) {
            result.append(Marker{token.begin, token.end, Tense::Future});
            continue;
        }
        if (token.capitalized)
            continue; // names: "Mohammed", "Ahmed", "United"
        if (lex.pastVerbs.contains(token.lower)) {
            result.append(Marker{token.begin, token.end, Tense::Past});
            continue;
        }
        if (token.lower.size() >= 5 && token.lower.endsWith(QLatin1String("ed"))
            && !token.afterHyphen && !token.lower.contains(u'-')
            && !lex.edWords.contains(token.lower)) {
            static const QSet<QString> adjectival = {QStringLiteral("the"),
                                                     QStringLiteral("a"),
                                                     QStringLiteral("an"),
                                                     QStringLiteral("is"),
                                                     QStringLiteral("are"),
                                                     QStringLiteral("am"),
                                                     QStringLiteral("be"),
                                                     QStringLiteral("being"),
                                                     QStringLiteral("its"),
                                                     QStringLiteral("their"),
                                                     QStringLiteral("his"),
                                                     QStringLiteral("her"),
                                                     QStringLiteral("newly"),
                                                     QStringLiteral("well"),
                                                     QStringLiteral("heavily"),
                                                     QStringLiteral("widely")};
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
                                              qsizetype begin,
                                              qsizetype end)
{
    Tense best = Tense::Unknown;
    qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
    for (const Marker &m : markers) {
        qsizetype distance;
        if (m.end <= begin)
            distance = begin - m.end;
        else if (m.begin >= end)
            distance = m.begin - end + 1; // on a tie the verb before wins
        else
            continue;
        if (distance < bestDistance) {
            bestDistance = distance;
            best = m.tense;
        }
    }
    return best;
}

} // namespace Faultline
