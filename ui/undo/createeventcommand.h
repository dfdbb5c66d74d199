#pragma once

#include "ui/undo/eventdraft.h"
#include "ui/undo/workspacecommand.h"

namespace Faultline {

// Adds an event made by hand.
class CreateEventCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::CreateEventCommand)

public:
    explicit CreateEventCommand(const EventDraft &draft);

    bool apply(Workspace &workspace, QString *error) override;
    qint64 eventId() const { return m_eventId; } // once applied

private:
    EventDraft m_draft;
    qint64 m_eventId = 0;
};

} // namespace Faultline
