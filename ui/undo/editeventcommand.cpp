#include "ui/undo/editeventcommand.h"

namespace Faultline {

EditEventCommand::EditEventCommand(const EventDraft &draft)
    : WorkspaceCommand(tr("Edit “%1”").arg(draft.event.title.trimmed()))
    , m_draft(draft)
{}

bool EditEventCommand::apply(Workspace &workspace, QString *error)
{
    if (m_draft.event.id <= 0) {
        if (error)
            *error = tr("The event is not stored yet.");
        return false;
    }
    qint64 id = 0;
    return m_draft.write(workspace, &id, error);
}

} // namespace Faultline
