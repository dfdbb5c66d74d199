#include "core/extract/modalitydetector.h"

#include "core/extract/lexiconfile.h"

#include "core/extract/lexicontokenizer.h"
#include "core/extract/wordflagtable.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Faultline {

namespace {

// Words that open a new clause: cues before them do not reach the trigger
const QSet<QString> &clauseBoundaries()
{
    static const QSet<QString> words = LexiconFile::wordSet(
        u", ; : ( ) \u2014 \u2013 \" \u201c \u201d but and while although though "
        u"when since after before because as that which who whereas where whom "
        u"whose so yet once until");
    return words;
}

const QSet<QString> &negationWords()
{
    static const QSet<QString> words = LexiconFile::wordSet(
        u"not never no without neither nor cannot denied denies deny denying "
        u"failed fails fail failing refused refuses refuse refusing declined "
        u"declines decline rejected rejects ruled halted avoided nothing");
    return words;
}

// Negation words that need "to" after them: "failed to", "refused to"
const QSet<QString> &negationNeedingTo()
{
    static const QSet<QString> words = LexiconFile::wordSet(
        u"failed fails fail failing refused refuses refuse refusing declined "
        u"declines decline rejected rejects");
    return words;
}

const QSet<QString> &hypotheticalWords()
{
    static const QSet<QString> words = LexiconFile::wordSet(
        u"could may might would should if unless whether possible possibly "
        u"potential potentially perhaps maybe considering consider considers "
        u"mulling mull threatened threatens threaten threatening proposed "
        u"hypothetical would-be risk risks feared fears fear likely unlikely "
        u"hope hopes hoped hoping");
    return words;
}

const QSet<QString> &plannedWords()
{
    static const QSet<QString> words = LexiconFile::wordSet(
        u"will shall 'll plans plan planned planning expected expects expect "
        u"scheduled set due going intends intend intended aims aim upcoming "
        u"agreed agree agrees prepared preparing ready next future forthcoming "
        u"to-be slated poised seeks seek sought promised pledged vowed announced");
    return words;
}

// Planned cues that only count with "to" after them ("set to", "agreed to")
const QSet<QString> &plannedNeedingTo()
{
    static const QSet<QString> words = LexiconFile::wordSet(
        u"plans plan planned planning expected expects expect set due going "
        u"intends intend intended aims aim agreed agree agrees prepared "
        u"preparing ready slated poised seeks seek sought promised pledged vowed "
        u"announced");
    return words;
}

enum CueFlag : quint32 {
    Boundary = 1u << 0,
    Negation = 1u << 1,
    NegationNeedsTo = 1u << 2,
    Hypothetical = 1u << 3,
    PlannedCue = 1u << 4,
    PlannedNeedsTo = 1u << 5,
};

// All cue words in one table: one look-up per token
const WordFlagTable &cues()
{
    static const WordFlagTable table = [] {
        WordFlagTable t;
        const auto add = [&t](const QSet<QString> &words, quint32 flag) { t.add(words, flag); };
        add(clauseBoundaries(), Boundary);
        add(negationWords(), Negation);
        add(negationNeedingTo(), NegationNeedsTo);
        add(hypotheticalWords(), Hypothetical);
        add(plannedWords(), PlannedCue);
        add(plannedNeedingTo(), PlannedNeedsTo);
        return t;
    }();
    return table;
}

} // namespace

Event::Modality ModalityDetector::detectModality(QStringView sentence,
                                                 qsizetype triggerPos,
                                                 qsizetype triggerEnd)
{
    // the cues lie within a few words of the trigger: tokenize only that window
    qsizetype from = std::max<qsizetype>(0, triggerPos - 100);
    while (from > 0 && from < triggerPos && !sentence.at(from - 1).isSpace())
        ++from;
    qsizetype to = std::min<qsizetype>(sentence.size(), std::max(triggerPos, triggerEnd) + 60);
    while (to < sentence.size() && to > triggerPos && !sentence.at(to).isSpace())
        --to;
    const QList<LexiconToken> tokens = LexiconTokenizer::tokenize(sentence.mid(from, to - from),
                                                                  from);
    qsizetype trigger = 0;
    while (trigger < tokens.size() && tokens.at(trigger).end <= triggerPos)
        ++trigger;
    if (trigger >= tokens.size())
        return Event::Modality::Asserted;

    bool negated = false;
    bool hypothetical = false;
    bool planned = false;
    constexpr int Reach = 8;
    for (qsizetype k = trigger - 1; k >= 0 && trigger - k <= Reach; --k) {
        const LexiconToken &token = tokens.at(k);
        const QString &key = token.key;
        const quint32 flags = cues().flagsOf(key);
        if (flags & Boundary) {
            // "agreed to hold talks that ..." stays within its clause; "that"
            // after a verb of saying opens the reported clause
            break;
        }
        const bool toFollows = k + 1 < tokens.size() && tokens.at(k + 1).key == u"to";
        // "may" and "will" are modal only in lower case ("in May", "Will Smith")
        const bool lower = !token.upperInitial
                           || (k == 0 && from == 0 && key != u"will" && key != u"may");
        if (key.endsWith(u"'ll") && lower) {
            planned = true;
            continue;
        }
        if (key.endsWith(u"n't")
            || ((flags & Negation) && (!(flags & NegationNeedsTo) || toFollows))) {
            if (key == u"ruled" && !(k + 1 < tokens.size() && tokens.at(k + 1).key == u"out"))
                continue;
            negated = true;
        } else if ((flags & Hypothetical) && lower) {
            if ((key.startsWith(u"threat") || key == u"risk" || key == u"risks") && !toFollows)
                continue;
            hypothetical = true;
        } else if ((flags & PlannedCue) && lower) {
            if ((flags & PlannedNeedsTo) && !toFollows)
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
    qsizetype last = trigger;
    while (last + 1 < tokens.size() && tokens.at(last + 1).begin < triggerEnd)
        ++last;
    for (qsizetype k = last + 1; k < tokens.size() && k - last <= 4; ++k) {
        const LexiconToken &token = tokens.at(k);
        const QString &key = token.key;
        if (cues().flagsOf(key) & Boundary)
            break;
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
        // only auxiliaries and adverbs may stand between the trigger and its cue
        static const QSet<QString> between = {QStringLiteral("is"),
                                              QStringLiteral("are"),
                                              QStringLiteral("was"),
                                              QStringLiteral("were"),
                                              QStringLiteral("be"),
                                              QStringLiteral("been"),
                                              QStringLiteral("has"),
                                              QStringLiteral("have"),
                                              QStringLiteral("had"),
                                              QStringLiteral("also"),
                                              QStringLiteral("already"),
                                              QStringLiteral("still"),
                                              QStringLiteral("now"),
                                              QStringLiteral("reportedly"),
                                              QStringLiteral("apparently")};
        if (!between.contains(key))
            break;
    }
    if (negated)
        return Event::Modality::Negated;
    if (hypothetical)
        return Event::Modality::Hypothetical;
    if (planned)
        return Event::Modality::Planned;
    return Event::Modality::Asserted;
}

} // namespace Faultline
