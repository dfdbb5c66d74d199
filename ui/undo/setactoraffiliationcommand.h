#pragma once

#include "ui/undo/workspacecommand.h"

#include <optional>

namespace Faultline {

// Sets or clears the actor another one belongs to (Baradar -> Taliban).
class SetActorAffiliationCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::SetActorAffiliationCommand)

public:
    // parentName names the step; empty when clearing.
    SetActorAffiliationCommand(qint64 actorId,
                               const QString &name,
                               std::optional<qint64> parentId,
                               const QString &parentName);

    bool apply(Workspace &workspace, QString *error) override;

private:
    qint64 m_actorId = 0;
    std::optional<qint64> m_parentId;
};

} // namespace Faultline
