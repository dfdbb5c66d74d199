#include "ui/undo/deleteeventscommand.h"

#include "core/store/eventrepository.h"

namespace Faultline {

DeleteEventsCommand::DeleteEventsCommand(const QList<qint64> &eventIds, const QString &title)
    : WorkspaceCommand(eventIds.size() == 1
                           ? tr("Delete “%1”").arg(title)
                           : tr("Delete %n Event(s)", nullptr, int(eventIds.size())))
    , m_eventIds(eventIds)
{}

bool DeleteEventsCommand::apply(Workspace &workspace, QString *error)
{
    if (m_eventIds.isEmpty()) {
        if (error)
            *error = tr("No event is selected.");
        return false;
    }
    EventRepository events(workspace);
    for (qint64 id : std::as_const(m_eventIds)) {
        if (!events.remove(id, error))
            return false;
    }
    return true;
}

} // namespace Faultline
