#include "ui/undo/createeventcommand.h"

namespace Faultline {

CreateEventCommand::CreateEventCommand(const EventDraft &draft)
    : WorkspaceCommand(tr("New Event “%1”").arg(draft.event.title.trimmed()))
    , m_draft(draft)
{
    m_draft.event.id = 0;
}

bool CreateEventCommand::apply(Workspace &workspace, QString *error)
{
    return m_draft.write(workspace, &m_eventId, error);
}

} // namespace Faultline
