#include "ui/undo/eventdraft.h"

#include "core/store/actorrepository.h"
#include "core/store/eventrepository.h"
#include "core/store/workspace.h"

namespace Faultline {

bool EventDraft::write(Workspace &workspace, qint64 *eventId, QString *error) const
{
    Event stored = event;
    stored.title = stored.title.trimmed();
    if (stored.title.isEmpty()) {
        if (error)
            *error = tr("An event needs a title.");
        return false;
    }
    ActorRepository actors(workspace);
    QList<Event::Participant> resolved;
    for (const Participant &participant : participants) {
        const QString name = participant.actorName.trimmed();
        if (name.isEmpty())
            continue;
        qint64 actorId = 0;
        if (const std::optional<Actor> known = actors.findByName(name)) {
            actorId = known->id;
        } else {
            Actor actor;
            actor.name = name;
            if (!actors.insert(actor, error))
                return false;
            actorId = actor.id;
        }
        Event::Participant entry{actorId, participant.role, false};
        // An actor the extraction inferred stays marked so while it keeps its role.
        for (const Event::Participant &old : std::as_const(event.participants)) {
            if (old.actorId == actorId && old.role == participant.role)
                entry.inferred = old.inferred;
        }
        if (!resolved.contains(entry))
            resolved << entry;
    }
    stored.participants = resolved;
    EventRepository events(workspace);
    if (stored.id == 0) {
        if (!events.insert(stored, error))
            return false;
    } else if (!events.update(stored, error)) {
        return false;
    }
    if (eventId)
        *eventId = stored.id;
    return true;
}

} // namespace Faultline
