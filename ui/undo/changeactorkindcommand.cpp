#include "ui/undo/changeactorkindcommand.h"

#include "core/store/actorrepository.h"

namespace Faultline {

ChangeActorKindCommand::ChangeActorKindCommand(qint64 actorId, const QString &name, Actor::Kind kind)
    : WorkspaceCommand(tr("Make “%1” %2").arg(name, Actor::kindName(kind)))
    , m_actorId(actorId)
    , m_kind(kind)
{}

bool ChangeActorKindCommand::apply(Workspace &workspace, QString *error)
{
    ActorRepository actors(workspace);
    std::optional<Actor> actor = actors.find(m_actorId);
    if (!actor) {
        if (error)
            *error = tr("There is no actor with the id %1.").arg(m_actorId);
        return false;
    }
    if (actor->kind == m_kind)
        return true;
    actor->kind = m_kind;
    return actors.update(*actor, error);
}

} // namespace Faultline
