#pragma once

#include "ui/undo/workspacecommand.h"

#include <QList>

namespace Faultline {

// Deletes events with their actors' participation and their evidence.
class DeleteEventsCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::DeleteEventsCommand)

public:
    // title: of the one event, to name the step; ignored for several.
    DeleteEventsCommand(const QList<qint64> &eventIds, const QString &title);

    bool apply(Workspace &workspace, QString *error) override;

private:
    QList<qint64> m_eventIds;
};

} // namespace Faultline
