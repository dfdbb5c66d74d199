#include "core/interchange/actorgraphspells.h"

#include <algorithm>

namespace Faultline {

void ActorGraphSpells::append(QList<Spell> &spells, const Spell &spell)
{
    // Events mostly come in date order: merging with the last spell keeps the lists short.
    if (!spells.isEmpty() && spell.firstDay >= spells.last().firstDay
        && spell.firstDay <= spells.last().lastDay + 1) {
        spells.last().lastDay = std::max(spells.last().lastDay, spell.lastDay);
        return;
    }
    spells.append(spell);
}

void ActorGraphSpells::addEvent(const Event &event)
{
    if (!event.date.isValid())
        return;
    const Spell spell{event.date.earliestDay(), event.date.latestDay()};
    QList<qint64> actors;
    for (const Event::Participant &participant : event.participants) {
        if (!actors.contains(participant.actorId))
            actors << participant.actorId;
    }
    for (int i = 0; i < actors.size(); ++i) {
        append(m_actors[actors[i]], spell);
        for (int j = i + 1; j < actors.size(); ++j) {
            const QPair<qint64, qint64> key(std::min(actors[i], actors[j]),
                                            std::max(actors[i], actors[j]));
            append(m_pairs[key], spell);
        }
    }
}

QList<ActorGraphSpells::Spell> ActorGraphSpells::normalised(QList<Spell> spells)
{
    std::sort(spells.begin(), spells.end(), [](const Spell &a, const Spell &b) {
        return a.firstDay < b.firstDay;
    });
    QList<Spell> merged;
    for (const Spell &spell : std::as_const(spells))
        append(merged, spell);
    return merged;
}

QList<ActorGraphSpells::Spell> ActorGraphSpells::actorSpells(qint64 actorId) const
{
    return normalised(m_actors.value(actorId));
}

QList<ActorGraphSpells::Spell> ActorGraphSpells::pairSpells(qint64 firstActorId,
                                                            qint64 secondActorId) const
{
    return normalised(m_pairs.value(
        {std::min(firstActorId, secondActorId), std::max(firstActorId, secondActorId)}));
}

} // namespace Faultline
