#include "ui/undo/renameactorcommand.h"

#include "core/store/actorrepository.h"

namespace Faultline {

RenameActorCommand::RenameActorCommand(qint64 actorId,
                                       const QString &oldName,
                                       const QString &newName)
    : WorkspaceCommand(tr("Rename “%1” to “%2”").arg(oldName, newName.trimmed()))
    , m_actorId(actorId)
    , m_newName(newName.trimmed())
{}

bool RenameActorCommand::apply(Workspace &workspace, QString *error)
{
    ActorRepository actors(workspace);
    std::optional<Actor> actor = actors.find(m_actorId);
    if (!actor) {
        if (error)
            *error = tr("There is no actor with the id %1.").arg(m_actorId);
        return false;
    }
    if (m_newName.isEmpty()) {
        if (error)
            *error = tr("An actor needs a name.");
        return false;
    }
    if (m_newName == actor->name)
        return true;
    const std::optional<Actor> other = actors.findByName(m_newName);
    if (other && other->id != m_actorId
        && other->name.compare(m_newName, Qt::CaseInsensitive) == 0) {
        if (error)
            *error = tr("There is already an actor named “%1”; merge the two instead.")
                         .arg(other->name);
        return false;
    }
    const QString oldName = actor->name;
    actor->aliases.removeIf(
        [&](const QString &alias) { return alias.compare(m_newName, Qt::CaseInsensitive) == 0; });
    if (oldName.compare(m_newName, Qt::CaseInsensitive) != 0)
        actor->aliases.append(oldName);
    actor->name = m_newName;
    return actors.update(*actor, error);
}

} // namespace Faultline
