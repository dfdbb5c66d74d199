#include "core/extract/modalitydetector.h"

#include "core/extract/lexicontokenizer.h"

#include <QSet>

namespace Faultline {

namespace {

QSet<QString> wordSet(std::initializer_list<const char16_t *> words)
{
    QSet<QString> set;
    for (const char16_t *word : words)
        set.insert(QString::fromUtf16(word));
    return set;
}

// Words that open a new clause: cues before them do not reach the trigger
const QSet<QString> &clauseBoundaries()
{
    static const QSet<QString> words =
        wordSet({u",", u";", u":", u"(", u")", u"\u2014", u"\u2013", u"\"", u"\u201c", u"\u201d",
                 u"but", u"and", u"while", u"although", u"though", u"when", u"since", u"after",
                 u"before", u"because", u"as", u"that", u"which", u"who", u"whereas", u"where",
                 u"whom", u"whose", u"so", u"yet", u"once", u"until"});
    return words;
}

const QSet<QString> &negationWords()
{
    static const QSet<QString> words = wordSet(
        {u"not", u"never", u"no", u"without", u"neither", u"nor", u"cannot", u"denied", u"denies",
         u"deny", u"denying", u"failed", u"fails", u"fail", u"failing", u"refused", u"refuses",
         u"refuse", u"refusing", u"declined", u"declines", u"decline", u"rejected", u"rejects",
         u"ruled", u"halted", u"avoided", u"nothing"});
    return words;
}

// Negation words that need "to" after them: "failed to", "refused to"
const QSet<QString> &negationNeedingTo()
{
    static const QSet<QString> words =
        wordSet({u"failed", u"fails", u"fail", u"failing", u"refused", u"refuses", u"refuse",
                 u"refusing", u"declined", u"declines", u"decline", u"rejected", u"rejects"});
    return words;
}

const QSet<QString> &hypotheticalWords()
{
    static const QSet<QString> words =
        wordSet({u"could", u"may", u"might", u"would", u"should", u"if", u"unless", u"whether",
                 u"possible", u"possibly", u"potential", u"potentially", u"perhaps", u"maybe",
                 u"considering", u"consider", u"considers", u"mulling", u"mull", u"threatened",
                 u"threatens", u"threaten", u"threatening", u"proposed", u"hypothetical",
                 u"would-be", u"risk", u"risks", u"feared", u"fears", u"fear", u"likely",
                 u"unlikely", u"hope", u"hopes", u"hoped", u"hoping"});
    return words;
}

const QSet<QString> &plannedWords()
{
    static const QSet<QString> words =
        wordSet({u"will", u"shall", u"'ll", u"plans", u"plan", u"planned", u"planning",
                 u"expected", u"expects", u"expect", u"scheduled", u"set", u"due", u"going",
                 u"intends", u"intend", u"intended", u"aims", u"aim", u"upcoming", u"agreed",
                 u"agree", u"agrees", u"prepared", u"preparing", u"ready", u"next", u"future",
                 u"forthcoming", u"to-be", u"slated", u"poised", u"seeks", u"seek", u"sought",
                 u"promised", u"pledged", u"vowed", u"announced"});
    return words;
}

// Planned cues that only count with "to" after them ("set to", "agreed to")
const QSet<QString> &plannedNeedingTo()
{
    static const QSet<QString> words = wordSet(
        {u"plans", u"plan", u"planned", u"planning", u"expected", u"expects", u"expect", u"set",
         u"due", u"going", u"intends", u"intend", u"intended", u"aims", u"aim", u"agreed", u"agree",
         u"agrees", u"prepared", u"preparing", u"ready", u"slated", u"poised", u"seeks", u"seek",
         u"sought", u"promised", u"pledged", u"vowed", u"announced"});
    return words;
}

} // namespace

QString ModalityDetector::modalityKey(Modality modality)
{
    switch (modality) {
    case Modality::Negated: return QStringLiteral("negated");
    case Modality::Hypothetical: return QStringLiteral("hypothetical");
    case Modality::Planned: return QStringLiteral("planned");
    case Modality::Asserted: break;
    }
    return QStringLiteral("asserted");
}

ModalityDetector::Modality ModalityDetector::detectModality(QStringView sentence,
                                                            qsizetype triggerPos)
{
    const QList<LexiconToken> tokens = LexiconTokenizer::tokenize(sentence);
    qsizetype trigger = 0;
    while (trigger < tokens.size() && tokens.at(trigger).end <= triggerPos)
        ++trigger;
    if (trigger >= tokens.size())
        return Modality::Asserted;

    bool negated = false;
    bool hypothetical = false;
    bool planned = false;
    constexpr int Reach = 8;
    for (qsizetype k = trigger - 1; k >= 0 && trigger - k <= Reach; --k) {
        const LexiconToken &token = tokens.at(k);
        const QString &key = token.key;
        if (clauseBoundaries().contains(key)) {
            // "agreed to hold talks that ..." stays within its clause; "that"
            // after a verb of saying opens the reported clause
            break;
        }
        const bool toFollows = k + 1 < tokens.size() && tokens.at(k + 1).key == u"to";
        // "may" and "will" are modal only in lower case ("in May", "Will Smith")
        const bool lower =
            !token.upperInitial || (k == 0 && key != u"will" && key != u"may");
        if (key.endsWith(u"'ll") && lower) {
            planned = true;
            continue;
        }
        if (key.endsWith(u"n't") || (negationWords().contains(key)
                                     && (!negationNeedingTo().contains(key) || toFollows))) {
            if (key == u"ruled" && !(k + 1 < tokens.size() && tokens.at(k + 1).key == u"out"))
                continue;
            negated = true;
        } else if (hypotheticalWords().contains(key) && lower) {
            if ((key.startsWith(u"threat") || key == u"risk" || key == u"risks") && !toFollows)
                continue;
            hypothetical = true;
        } else if (plannedWords().contains(key) && lower) {
            if (plannedNeedingTo().contains(key) && !toFollows)
                continue;
            // "is due to meet" plans; "due to disagreements" gives a cause
            if (key == u"due"
                && !(k > 0
                     && (tokens.at(k - 1).key == u"is" || tokens.at(k - 1).key == u"are"
                         || tokens.at(k - 1).key == u"was" || tokens.at(k - 1).key == u"were")))
                continue;
            planned = true;
        }
    }
    // "talks are expected to start", "a peace deal could take months", "the accord
    // was never implemented": cues right after a noun trigger
    for (qsizetype k = trigger + 1; k < tokens.size() && k - trigger <= 4; ++k) {
        const LexiconToken &token = tokens.at(k);
        const QString &key = token.key;
        if (clauseBoundaries().contains(key))
            break;
        if (token.upperInitial)
            continue;
        if (key == u"not" || key == u"never" || key.endsWith(u"n't")) {
            negated = true;
            break;
        }
        if (key == u"could" || key == u"might" || key == u"would" || key == u"may") {
            hypothetical = true;
            break;
        }
        if (key == u"will" || key == u"shall") {
            planned = true;
            break;
        }
        if (key == u"expected" || key == u"scheduled" || key == u"planned" || key == u"slated"
            || (key == u"due" && k + 1 < tokens.size() && tokens.at(k + 1).key == u"to")
            || (key == u"set" && k + 1 < tokens.size() && tokens.at(k + 1).key == u"to")) {
            planned = true;
            break;
        }
    }
    if (negated)
        return Modality::Negated;
    if (hypothetical)
        return Modality::Hypothetical;
    if (planned)
        return Modality::Planned;
    return Modality::Asserted;
}

} // namespace Faultline
