#pragma once

#include "core/model/event.h"

#include <QHash>
#include <QList>

namespace Faultline {

// When each actor and each pair of actors were active: the days of their dated events,
// merged into disjoint spells, for the time spells of graph exports (Gephi's timeline).
class ActorGraphSpells
{
public:
    struct Spell
    {
        qint64 firstDay = 0; // Julian days, inclusive
        qint64 lastDay = 0;

        friend bool operator==(const Spell &, const Spell &) = default;
    };

    // Adds the event's days to each of its actors and each pair of them; an event with
    // an unresolved date adds nothing.
    void addEvent(const Event &event);

    // Disjoint spells in ascending order; overlapping and adjacent days are merged.
    QList<Spell> actorSpells(qint64 actorId) const;
    QList<Spell> pairSpells(qint64 firstActorId, qint64 secondActorId) const; // either order

private:
    static void append(QList<Spell> &spells, const Spell &spell);
    static QList<Spell> normalised(QList<Spell> spells);

    QHash<qint64, QList<Spell>> m_actors;
    QHash<QPair<qint64, qint64>, QList<Spell>> m_pairs;
};

} // namespace Faultline
