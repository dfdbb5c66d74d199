#include "ui/undo/mergeactorscommand.h"

#include "core/store/actorrepository.h"

namespace Faultline {

MergeActorsCommand::MergeActorsCommand(qint64 fromId,
                                       const QString &fromName,
                                       qint64 intoId,
                                       const QString &intoName)
    : WorkspaceCommand(tr("Merge “%1” into “%2”").arg(fromName, intoName))
    , m_fromId(fromId)
    , m_intoId(intoId)
{}

bool MergeActorsCommand::apply(Workspace &workspace, QString *error)
{
    return ActorRepository(workspace).merge(m_fromId, m_intoId, error);
}

} // namespace Faultline
