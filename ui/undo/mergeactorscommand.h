#pragma once

#include "ui/undo/workspacecommand.h"

namespace Faultline {

// Merges one actor into another: its events move to the survivor, and its name
// and aliases become the survivor's aliases. Undo splits them back exactly.
class MergeActorsCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::MergeActorsCommand)

public:
    MergeActorsCommand(qint64 fromId,
                       const QString &fromName,
                       qint64 intoId,
                       const QString &intoName);

    bool apply(Workspace &workspace, QString *error) override;

private:
    qint64 m_fromId = 0;
    qint64 m_intoId = 0;
};

} // namespace Faultline
