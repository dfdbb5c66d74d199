#pragma once

#include "core/extract/actormention.h"
#include "core/extract/extractionresult.h"
#include "core/extract/textspan.h"
#include "core/extract/timeexpression.h"
#include "core/extract/triggermatch.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Faultline {

class TenseDetector;
class TriggerLexicon;

// Assembles events from what the taggers found in a document: one event per
// clause that holds an event trigger, dated by the time expression of the
// clause, of the sentence, or the narrative time carried from earlier
// sentences, with the actors of the clause as participants.
class EventBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::EventBuilder)

public:
    struct Input
    {
        QString text;
        QList<TextSpan> sentences; // the sentences events may come from
        QList<TimeExpression> times;
        QList<ActorMention> mentions;
        std::optional<qint64> publishedDay;
    };

    EventBuilder(const TriggerLexicon &lexicon, const TenseDetector &tense);

    ExtractionResult build(const Input &input) const;

    // A short title from a clause: leading conjunctions, dates and trailing
    // attributions removed, capitalised, at most maxLength characters.
    static QString titleFromClause(QStringView clause, int maxLength = 100);
    // "in the garrison city of Rawalpindi" -> "Rawalpindi"; empty when none.
    static QString locationIn(QStringView clause);
    // Whether the word before offset makes a place of what follows ("in Qatar").
    static bool followsLocativePreposition(QStringView text, qsizetype offset);

private:
    struct State;
    void buildSentence(const Input &input, const TextSpan &sentence, State &state) const;
    int actorIndex(const ActorMention &mention, State &state) const;

    const TriggerLexicon &m_lexicon;
    const TenseDetector &m_tense;
};

} // namespace Faultline
