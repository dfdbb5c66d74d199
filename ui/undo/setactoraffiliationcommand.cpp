#include "ui/undo/setactoraffiliationcommand.h"

#include "core/store/actorrepository.h"

#include <QSet>

namespace Faultline {

SetActorAffiliationCommand::SetActorAffiliationCommand(qint64 actorId,
                                                       const QString &name,
                                                       std::optional<qint64> parentId,
                                                       const QString &parentName)
    : WorkspaceCommand(parentId ? tr("Affiliate “%1” with “%2”").arg(name, parentName)
                                : tr("Clear Affiliation of “%1”").arg(name))
    , m_actorId(actorId)
    , m_parentId(parentId)
{}

bool SetActorAffiliationCommand::apply(Workspace &workspace, QString *error)
{
    ActorRepository actors(workspace);
    std::optional<Actor> actor = actors.find(m_actorId);
    if (!actor) {
        if (error)
            *error = tr("There is no actor with the id %1.").arg(m_actorId);
        return false;
    }
    if (m_parentId) {
        // Walk up from the new parent: reaching the actor would make a circle.
        QSet<qint64> seen;
        std::optional<qint64> step = m_parentId;
        while (step && !seen.contains(*step)) {
            if (*step == m_actorId) {
                if (error)
                    *error = tr("“%1” cannot belong to an actor that belongs to it.")
                                 .arg(actor->name);
                return false;
            }
            seen.insert(*step);
            const std::optional<Actor> parent = actors.find(*step);
            if (!parent) {
                if (error)
                    *error = tr("There is no actor with the id %1.").arg(*step);
                return false;
            }
            step = parent->affiliationId;
        }
    }
    if (actor->affiliationId == m_parentId)
        return true;
    actor->affiliationId = m_parentId;
    return actors.update(*actor, error);
}

} // namespace Faultline
