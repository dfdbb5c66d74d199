#pragma once

#include "ui/undo/eventdraft.h"
#include "ui/undo/workspacecommand.h"

namespace Faultline {

// Replaces the fields and actors of a stored event.
class EditEventCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::EditEventCommand)

public:
    explicit EditEventCommand(const EventDraft &draft); // draft.event.id set

    bool apply(Workspace &workspace, QString *error) override;

private:
    EventDraft m_draft;
};

} // namespace Faultline
