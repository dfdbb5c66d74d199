#include "core/extract/eventbuilder.h"

#include "core/extract/clausesplitter.h"
#include "core/extract/lexiconfile.h"
#include "core/extract/modalitydetector.h"
#include "core/extract/tensedetector.h"
#include "core/extract/triggerlexicon.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Faultline {

namespace {

// Word lists that steer assembly; see resources/extract/*.txt.
struct AssemblyLexicon
{
    QSet<QString> reportingLemmas;  // "say": the event is what was said, not the saying
    QSet<QString> lightVerbs;       // "hold", "host": the noun after them is the event
    QSet<QString> symmetricLemmas;  // "talks", "clash": no source or target
    QSet<QString> locativeWords;    // "in", "at": a place follows
    QSet<QString> predicativeVerbs; // "described X as": the "as" starts no clause

    static const AssemblyLexicon &instance()
    {
        static const AssemblyLexicon lexicon = [] {
            AssemblyLexicon l;
            const auto load = [](const QString &path) {
                const QStringList lines = LexiconFile::lines(path);
                return QSet<QString>(lines.begin(), lines.end());
            };
            l.reportingLemmas = load(QStringLiteral(":/extract/reporting-lemmas.txt"));
            l.lightVerbs = load(QStringLiteral(":/extract/light-verbs.txt"));
            l.symmetricLemmas = load(QStringLiteral(":/extract/symmetric-lemmas.txt"));
            l.locativeWords = load(QStringLiteral(":/extract/locative-prepositions.txt"));
            l.predicativeVerbs = load(QStringLiteral(":/extract/predicative-verbs.txt"));
            return l;
        }();
        return lexicon;
    }
};

// A subordinate clause as a sentence of its own: "that civilians were killed"
// -> "civilians were killed"; "the junta that seized power" -> "the junta
// seized power" (the antecedent, back to its determiner, stands in for the
// relative pronoun).
QString subordinateClauseText(QStringView text, const TextSpan &clause, bool complement)
{
    static const QRegularExpression pronoun(QStringLiteral(R"(^(that|which|who)\s+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QStringView body = text.mid(clause.begin, clause.length());
    const auto match = pronoun.match(body);
    if (!match.hasMatch())
        return body.toString();
    const QString rest = body.mid(match.capturedLength()).toString();
    // The words before the pronoun: a noun phrase ends there, unless a verb
    // ("said that", "announced that") does.
    static const QRegularExpression antecedent(
        QStringLiteral(
            R"((?:\b(?:the|a|an|its|their|his|her|our)\s+)?(?:[\w'’-]+\s+){0,2}[\w'’-]+[\s,]*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const qsizetype from = std::max<qsizetype>(0, clause.begin - 60);
    const QStringView before = text.mid(from, clause.begin - from);
    if (complement)
        return rest;
    const auto head = antecedent.match(before);
    if (!head.hasMatch())
        return rest;
    QString phrase = head.captured(0).trimmed();
    while (phrase.endsWith(u','))
        phrase.chop(1);
    // Keep the noun phrase from its determiner on, when there is one.
    static const QRegularExpression determiner(QStringLiteral(
                                                   R"(\b(?:the|a|an|its|their|his|her|our)\s)"),
                                               QRegularExpression::CaseInsensitiveOption);
    const qsizetype at = phrase.lastIndexOf(determiner);
    if (at > 0)
        phrase = phrase.mid(at);
    return phrase + u' ' + rest;
}

bool containsWordOf(QStringView text, const QSet<QString> &words)
{
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool letter = i < text.size() && text[i].isLetter();
        if (letter && start < 0)
            start = i;
        if (!letter && start >= 0) {
            if (words.contains(text.mid(start, i - start).toString().toLower()))
                return true;
            start = -1;
        }
    }
    return false;
}

bool overlaps(qsizetype aBegin, qsizetype aEnd, qsizetype bBegin, qsizetype bEnd)
{
    return aBegin < bEnd && bBegin < aEnd;
}

// "since 2010": the expression opens a span rather than dating a happening.
bool precededBySince(QStringView text, qsizetype begin)
{
    qsizetype end = begin;
    while (end > 0 && text[end - 1].isSpace())
        --end;
    return end >= 5 && text.mid(end - 5, 5).compare(u"since", Qt::CaseInsensitive) == 0
           && (end == 5 || !text[end - 6].isLetter());
}

bool isDateLike(const TimeExpression &time)
{
    return time.type == TimeExpression::Type::Date || time.type == TimeExpression::Type::Time;
}

} // namespace

struct EventBuilder::State
{
    ExtractionResult result;
    QHash<QString, int> actorByKey; // lower-case canonical name -> index
    DateSpan narrative;             // the time the story is at
    bool narrativeIsPublication = true;
};

EventBuilder::EventBuilder(const TriggerLexicon &lexicon, const TenseDetector &tense)
    : m_lexicon(lexicon)
    , m_tense(tense)
{}

ExtractionResult EventBuilder::build(const Input &input) const
{
    State state;
    if (input.publishedDay)
        state.narrative = DateSpan::fromJulianDay(*input.publishedDay);
    for (const TextSpan &sentence : input.sentences)
        buildSentence(input, sentence, state);
    return std::move(state.result);
}

int EventBuilder::actorIndex(const ActorMention &mention, State &state) const
{
    const QString key = mention.canonicalName.toCaseFolded();
    const auto found = state.actorByKey.constFind(key);
    if (found != state.actorByKey.constEnd()) {
        ActorCandidate &known = state.result.actors[*found];
        if (known.affiliationName.isEmpty() && !mention.affiliation.isEmpty())
            known.affiliationName = mention.affiliation;
        if (mention.surface != mention.canonicalName && !mention.inferred
            && !known.actor.aliases.contains(mention.surface, Qt::CaseInsensitive)
            && mention.surface.size() > 2) {
            known.actor.aliases.append(mention.surface);
        }
        return *found;
    }
    ActorCandidate candidate;
    candidate.actor.name = mention.canonicalName;
    candidate.actor.kind = mention.kind;
    candidate.actor.country = mention.country;
    candidate.affiliationName = mention.affiliation;
    if (!mention.inferred && mention.surface != mention.canonicalName && mention.surface.size() > 2)
        candidate.actor.aliases.append(mention.surface);
    state.result.actors.append(candidate);
    const int index = int(state.result.actors.size() - 1);
    state.actorByKey.insert(key, index);
    return index;
}

void EventBuilder::buildSentence(const Input &input, const TextSpan &sentence, State &state) const
{
    const AssemblyLexicon &words = AssemblyLexicon::instance();
    const QStringView text(input.text);
    const QStringView sentenceText = text.mid(sentence.begin, sentence.length());

    QList<TimeExpression> times;
    for (const TimeExpression &time : input.times) {
        if (time.begin >= sentence.begin && time.end <= sentence.end && isDateLike(time))
            times.append(time);
    }
    QList<ActorMention> mentions;
    for (const ActorMention &mention : input.mentions) {
        if (mention.begin >= sentence.begin && mention.end <= sentence.end
            && !(mention.kind == Actor::Kind::State
                 && followsLocativePreposition(text, mention.begin))) {
            mentions.append(mention);
        }
    }
    // A noun after "since", "after", "following" names a happening told
    // elsewhere ("displaced since the coup"), not a new one.
    static const QRegularExpression backReference(
        QStringLiteral(
            R"((?:since|after|before|following|until|during|amid|despite)\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+|last\s+|its\s+|their\s+)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    QList<TriggerMatch> triggers = m_lexicon.find(sentenceText, sentence.begin);
    triggers.removeIf([&](const TriggerMatch &t) {
        if (!t.nominal)
            return false;
        const qsizetype from = std::max(sentence.begin, t.begin - 24);
        return backReference.match(text.mid(from, t.begin - from)).hasMatch();
    });

    // Clauses, with those that report nothing folded into the one before:
    // "after months of delays" is a circumstance, not a happening of its own.
    static const QRegularExpression prepositionLead(QStringLiteral(
                                                        "^(?:after|before|since|until)\\b"),
                                                    QRegularExpression::CaseInsensitiveOption);
    QList<TextSpan> clauses;
    for (TextSpan clause : ClauseSplitter::split(sentenceText)) {
        clause.begin += sentence.begin;
        clause.end += sentence.begin;
        bool hasTrigger = false;
        bool hasVerb = false;
        for (const TriggerMatch &t : triggers) {
            if (t.begin < clause.begin || t.end > clause.end
                || words.reportingLemmas.contains(t.lemma))
                continue;
            hasTrigger = true;
            hasVerb = hasVerb || !t.nominal;
        }
        const bool prepositional = prepositionLead.match(text.mid(clause.begin, clause.length()))
                                       .hasMatch();
        // "described the junta as illegitimate": an "as" that completes a verb.
        const bool predicativeAs
            = !clauses.isEmpty()
              && text.mid(clause.begin, 3).compare(u"as ", Qt::CaseInsensitive) == 0
              && (QStringLiteral("\"“'‘").contains(text.mid(clause.begin + 3, 1))
                  || containsWordOf(text.mid(clauses.last().begin, clauses.last().length()),
                                    words.predicativeVerbs));
        if (!clauses.isEmpty() && (!hasTrigger || (prepositional && !hasVerb) || predicativeAs))
            clauses.last().end = clause.end;
        else
            clauses.append(clause);
    }

    // Subordinate clauses that report a happening of their own: what a
    // statement says ("announced that the commander had been killed in 2019")
    // and relative clauses ("the junta that seized power on February 1, 2021").
    // They make events, but do not move the story's clock.
    static const QRegularExpression relativePronoun(QStringLiteral(R"(\s(that|which|who)\s)"));
    QList<bool> subordinate(clauses.size(), false);
    for (qsizetype i = 0; i < clauses.size(); ++i) {
        const TextSpan clause = clauses.at(i);
        auto it = relativePronoun.globalMatch(text.mid(clause.begin, clause.length()));
        while (it.hasNext()) {
            const qsizetype cut = clause.begin + it.next().capturedStart(1);
            if (cut - clause.begin < 12)
                continue; // "that" right at the start heads no clause of its own
            const TriggerMatch *verb = nullptr;
            for (const TriggerMatch &t : triggers) {
                if (t.begin > cut && t.end <= clause.end && !t.nominal
                    && !words.lightVerbs.contains(t.lemma)
                    && !words.reportingLemmas.contains(t.lemma)) {
                    verb = &t;
                    break;
                }
            }
            if (!verb || text.mid(cut, verb->begin - cut).count(u' ') > 6)
                continue;
            qsizetype headEnd = cut;
            while (headEnd > clause.begin
                   && (text[headEnd - 1].isSpace() || text[headEnd - 1] == u','))
                --headEnd;
            clauses[i].end = headEnd;
            clauses.insert(i + 1, TextSpan{cut, clause.end});
            subordinate.insert(i + 1, true);
            break; // the rest is looked at as clause i + 1
        }
    }

    const QList<TenseDetector::Marker> tenseMarkers = m_tense.markers(sentenceText);

    QList<EventCandidate::Participant> previousParticipants;
    std::optional<DateSpan> datedEventInSentence;
    std::optional<TimeExpression> sentenceDate; // a fronted "In 2015," covers later clauses
    for (qsizetype clauseIndex = 0; clauseIndex < clauses.size(); ++clauseIndex) {
        const TextSpan clause = clauses.at(clauseIndex);
        const bool mainClause = !subordinate.at(clauseIndex);
        // The trigger: a content trigger beats a reporting verb; a noun after a
        // light verb ("hosted talks", "struck an agreement") beats the verb.
        QList<TriggerMatch> inClause;
        for (const TriggerMatch &t : triggers) {
            if (t.begin >= clause.begin && t.end <= clause.end)
                inClause.append(t);
        }
        if (inClause.isEmpty())
            continue;
        const TriggerMatch *best = nullptr;
        // A content verb beats a noun, which is then usually its subject ("those
        // talks collapsed"); a noun beats a light verb ("hosted talks"); anything
        // beats a reporting verb.
        auto score = [&](const TriggerMatch &t) {
            double s = t.weight;
            if (words.reportingLemmas.contains(t.lemma))
                s -= 10;
            else if (t.nominal)
                s += 1;
            else if (!words.lightVerbs.contains(t.lemma))
                s += 2;
            else
                s += 0.5;
            return s;
        };
        for (const TriggerMatch &t : inClause) {
            if (!best || score(t) > score(*best))
                best = &t;
        }
        if (words.reportingLemmas.contains(best->lemma) && best->cameoRoot == 1
            && inClause.size() == 1 && best->lemma == QLatin1String("say")) {
            continue; // "X said" alone reports, it is not news of its own
        }
        const TriggerMatch trigger = *best;

        // The tense of the clause, or else of the sentence. A present-tense word
        // outranks past participles ("negotiations are taking place later than
        // planned" is news of today, not of the story's past).
        auto tenseOf =
            [](const QList<TenseDetector::Marker> &markers, qsizetype from, qsizetype to) {
                bool past = false;
                bool present = false;
                for (const TenseDetector::Marker &marker : markers) {
                    if (marker.begin < from || marker.end > to)
                        continue;
                    if (marker.tense == TenseDetector::Tense::Future)
                        return TenseDetector::Tense::Future;
                    present = present || marker.tense == TenseDetector::Tense::Present;
                    past = past || marker.tense == TenseDetector::Tense::Past;
                }
                return present ? TenseDetector::Tense::Present
                       : past  ? TenseDetector::Tense::Past
                               : TenseDetector::Tense::Unknown;
            };
        TenseDetector::Tense tense = tenseOf(tenseMarkers,
                                             clause.begin - sentence.begin,
                                             clause.end - sentence.begin);
        if (tense == TenseDetector::Tense::Unknown)
            tense = tenseOf(tenseMarkers, 0, sentence.length());
        const bool pastOrUnknown = tense == TenseDetector::Tense::Past
                                   || tense == TenseDetector::Tense::Unknown;

        // The date: the clause's own time expression, except one that opens a
        // span ("since 2010": a state, not a happening) and, for a statement,
        // one inside what was stated ("announced that he had died in 2013").
        std::optional<TimeExpression> date;
        const bool statement = trigger.cameoRoot == 1;
        for (const TimeExpression &time : std::as_const(times)) {
            if (!overlaps(time.begin, time.end, clause.begin, clause.end)
                || precededBySince(text, time.begin))
                continue;
            if (statement && time.begin > trigger.end
                && text.mid(trigger.end, time.begin - trigger.end).contains(QLatin1String(" that "))) {
                continue;
            }
            date = time;
            break;
        }
        // "since July 2015, when Pakistan hosted a meeting": a when-clause
        // right after a date happened at that date.
        if (!date && text.mid(clause.begin, 5).compare(u"when ", Qt::CaseInsensitive) == 0) {
            for (const TimeExpression &time : std::as_const(times)) {
                const QStringView gap = text.mid(time.end, clause.begin - time.end);
                if (time.end <= clause.begin && gap.size() <= 3 && gap.trimmed().size() <= 1) {
                    date = time;
                    date->qualifier = DateSpan::Qualifier::None; // "since" bounded the other clause
                }
            }
        }
        if (date && !sentenceDate && date->begin < trigger.begin)
            sentenceDate = date;
        if (!date && sentenceDate)
            date = sentenceDate;
        if (!date && !times.isEmpty() && times.first().begin < clause.begin
            && !precededBySince(text, times.first().begin))
            date = times.first();

        Event event;
        event.type = EventType(trigger.cameoRoot);
        event.modality = ModalityDetector::detectModality(sentenceText,
                                                          trigger.begin - sentence.begin,
                                                          trigger.end - sentence.begin);
        double confidence = 0.35 + std::min(trigger.weight, 1.0) * 0.2;
        if (date) {
            event.date = date->span;
            event.date.setQualifier(date->qualifier);
            event.dateText = date->text;
            confidence += date->span.isValid() ? 0.25 : 0.05;
        } else if (event.modality == Event::Modality::Hypothetical
                   || event.modality == Event::Modality::Planned
                   || tense == TenseDetector::Tense::Future) {
            continue; // an undated possibility is not a happening to put on a timeline
        } else if (pastOrUnknown) {
            // Undated past-tense reporting happens at the narrative time.
            event.date = state.narrative; // dateText stays empty: nothing in this sentence says it
            confidence += state.narrative.isValid() ? (state.narrativeIsPublication ? 0.05 : 0.1)
                                                    : 0;
        } else if (input.publishedDay) {
            // The present tense of news is the day of publication.
            event.date = DateSpan::fromJulianDay(*input.publishedDay);
            confidence += 0.05;
        }

        // The participants.
        QList<EventCandidate::Participant> participants;
        const bool symmetric = words.symmetricLemmas.contains(trigger.lemma);
        for (const ActorMention &mention : std::as_const(mentions)) {
            if (mention.begin < clause.begin || mention.end > clause.end)
                continue;
            EventCandidate::Participant participant;
            participant.actor = actorIndex(mention, state);
            participant.inferred = mention.inferred;
            if (symmetric)
                participant.role = Event::Role::Participant;
            else
                participant.role = mention.end <= trigger.begin ? Event::Role::Source
                                                                : Event::Role::Target;
            const bool already = std::any_of(participants.begin(),
                                             participants.end(),
                                             [&](const auto &p) {
                                                 return p.actor == participant.actor;
                                             });
            if (!already)
                participants.append(participant);
        }
        if (participants.isEmpty())
            participants = previousParticipants;
        // Without actors, only an explicit date or a plainly narrated deed
        // ("rebels attacked a checkpoint") makes an event.
        if (participants.isEmpty() && !date
            && (trigger.nominal || trigger.weight < 0.7 || tense != TenseDetector::Tense::Past
                || !event.date.isValid()))
            continue;
        previousParticipants = participants;
        confidence += std::min<qsizetype>(participants.size(), 2) * 0.08;

        const QStringView clauseText = text.mid(clause.begin, clause.length());
        // A that-clause after a statement ("said on Sunday that troops had
        // targeted ...") is what was said, not a relative clause.
        const bool complement = !mainClause
                                && std::any_of(triggers.begin(),
                                               triggers.end(),
                                               [&](const TriggerMatch &t) {
                                                   return t.cameoRoot == 1 && t.end <= clause.begin
                                                          && clause.begin - t.end <= 30;
                                               });
        QString title = mainClause
                            ? titleFromClause(clauseText)
                            : titleFromClause(subordinateClauseText(text, clause, complement));
        if (title.isEmpty())
            title = titleFromClause(sentenceText);
        event.title = title;
        event.location = locationIn(clauseText);
        if (event.location.isEmpty())
            event.location = locationIn(sentenceText);
        event.confidence = std::clamp(confidence, 0.05, 0.99);

        if (date && mainClause)
            datedEventInSentence = event.date;

        Evidence evidence;
        evidence.begin = sentence.begin;
        evidence.end = sentence.end;
        evidence.sentence = sentenceText.toString();
        event.evidence.append(evidence);

        // The same happening told twice in one article is one event.
        bool merged = false;
        for (EventCandidate &known : state.result.events) {
            if (known.event.type == event.type && known.event.date == event.date
                && known.event.date.isValid() && known.lemma == trigger.lemma) {
                if (!std::any_of(known.event.evidence.begin(),
                                 known.event.evidence.end(),
                                 [&](const Evidence &e) { return e.begin == evidence.begin; })) {
                    known.event.evidence.append(evidence);
                }
                for (const auto &p : std::as_const(participants)) {
                    if (!std::any_of(known.participants.begin(),
                                     known.participants.end(),
                                     [&](const auto &k) { return k.actor == p.actor; }))
                        known.participants.append(p);
                }
                merged = true;
                break;
            }
        }
        if (!merged) {
            EventCandidate candidate;
            candidate.event = event;
            candidate.participants = participants;
            candidate.lemma = trigger.lemma;
            state.result.events.append(candidate);
        }
    }

    // An explicit date moves the story's clock for the sentences after it: the
    // date of the last event this sentence dated, or else its last plain date.
    std::optional<DateSpan> clock;
    for (const TimeExpression &time : std::as_const(times)) {
        bool inSubordinate = false;
        for (qsizetype c = 0; c < clauses.size(); ++c) {
            if (subordinate.at(c) && time.begin >= clauses.at(c).begin
                && time.end <= clauses.at(c).end)
                inSubordinate = true;
        }
        if (time.type == TimeExpression::Type::Date && time.qualifier == DateSpan::Qualifier::None
            && !inSubordinate)
            clock = time.span;
    }
    if (datedEventInSentence)
        clock = *datedEventInSentence;
    if (clock) {
        state.narrative = *clock;
        state.narrativeIsPublication = false;
    }
}

QString EventBuilder::titleFromClause(QStringView clause, int maxLength)
{
    static const QRegularExpression leading(
        QStringLiteral(
            R"(^(?:(?:but|and|when|after|before|while|as|then|since|so|until|although|whereas|meanwhile|however|also|separately|still|moreover|furthermore|in addition)\b[\s,]*)+)"),
        QRegularExpression::CaseInsensitiveOption);
    // A fronted adverbial of time: "In 2015, ", "Last month, ", "On Monday, ".
    static const QRegularExpression frontedTime(
        QStringLiteral(
            R"(^(?:(?:in|on|by|during|since|last|early|late|earlier|later|next|this|over|at)\b[^,]{0,40}(?:,\s*\d{4})?,\s+))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attribution(
        QStringLiteral(
            R"(,["”’]?\s+(?:[^,]{1,60}\s+)?(?:said|says|told|added|reported|according to)[^,]*$)"),
        QRegularExpression::CaseInsensitiveOption);

    // A dateline opening the lede: "KHARTOUM, March 3 (Reuters) - ".
    static const QRegularExpression dateline(QStringLiteral(
        R"(^\p{Lu}[\p{Lu}\s.'’-]{1,30}(?:,[^-—–(\n]{1,40})?(?:\([^)\n]{1,40}\))?\s*[-—–]+\s+)"));

    QString title = clause.trimmed().toString();
    title.remove(dateline);
    title.remove(leading);
    title.remove(frontedTime);
    title.remove(attribution);
    title = title.trimmed();
    while (!title.isEmpty() && QStringLiteral(".,;:\"'“”‘’ ").contains(title.back()))
        title.chop(1);
    while (!title.isEmpty() && QStringLiteral("\"'“”‘’ ").contains(title.front()))
        title.remove(0, 1);
    if (title.isEmpty())
        return {};
    title[0] = title[0].toUpper();
    if (title.size() > maxLength) {
        qsizetype cut = title.lastIndexOf(u' ', maxLength - 1);
        if (cut < maxLength / 2)
            cut = maxLength - 1;
        title = title.left(cut).trimmed();
        while (!title.isEmpty() && QStringLiteral(",;: ").contains(title.back()))
            title.chop(1);
        title += QChar(0x2026);
    }
    return title;
}

QString EventBuilder::locationIn(QStringView clause)
{
    // A place: a capitalised name after a locative preposition, optionally
    // behind "the (garrison) city of".
    static const QRegularExpression place(QStringLiteral(
        R"(\b(?:in|at|near|outside|inside)\s+(?:the\s+(?:[a-z-]+\s+){0,2}(?:city|town|village|province|region|district|capital|state|county|camp|area|port)\s+of\s+)?)"
        R"(((?:al-|el-)?\p{Lu}[\p{L}'’-]+(?:\s+(?:al-|el-|de\s+)?\p{Lu}[\p{L}'’-]+){0,2}))"));
    static const QSet<QString> notPlaces = [] {
        const QStringList lines = LexiconFile::lines(QStringLiteral(":/extract/not-places.txt"));
        return QSet<QString>(lines.begin(), lines.end());
    }();
    auto it = place.globalMatch(clause);
    while (it.hasNext()) {
        const auto match = it.next();
        QString name = match.captured(1);
        if (name.endsWith(QLatin1String("'s")) || name.endsWith(QStringLiteral("’s")))
            name.chop(2);
        const QString firstWord = name.section(u' ', 0, 0);
        if (notPlaces.contains(firstWord) || notPlaces.contains(name))
            continue;
        return name;
    }
    return {};
}

bool EventBuilder::followsLocativePreposition(QStringView text, qsizetype offset)
{
    const AssemblyLexicon &words = AssemblyLexicon::instance();
    qsizetype end = offset;
    while (end > 0 && text[end - 1].isSpace())
        --end;
    // Skip a determiner: "in the Philippines".
    qsizetype begin = end;
    while (begin > 0 && text[begin - 1].isLetter())
        --begin;
    QString word = text.mid(begin, end - begin).toString().toLower();
    if (word == QLatin1String("the")) {
        end = begin;
        while (end > 0 && text[end - 1].isSpace())
            --end;
        begin = end;
        while (begin > 0 && text[begin - 1].isLetter())
            --begin;
        word = text.mid(begin, end - begin).toString().toLower();
    }
    return words.locativeWords.contains(word);
}

} // namespace Faultline
