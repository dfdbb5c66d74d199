#pragma once

#include "ui/undo/workspacecommand.h"

namespace Faultline {

// Gives an actor a new canonical name; the old one stays as an alias, so
// articles that use it keep finding the actor.
class RenameActorCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::RenameActorCommand)

public:
    RenameActorCommand(qint64 actorId, const QString &oldName, const QString &newName);

    bool apply(Workspace &workspace, QString *error) override;

private:
    qint64 m_actorId = 0;
    QString m_newName;
};

} // namespace Faultline
