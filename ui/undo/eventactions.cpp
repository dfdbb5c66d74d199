#include "ui/undo/eventactions.h"

#include "core/store/eventrepository.h"
#include "core/store/workspace.h"
#include "ui/dialogs/eventeditdialog.h"
#include "ui/undo/createeventcommand.h"
#include "ui/undo/deleteeventscommand.h"
#include "ui/undo/editeventcommand.h"
#include "ui/undo/moveeventcommand.h"
#include "ui/undo/undocontroller.h"

namespace Faultline {

EventActions::EventActions(UndoController *undo, QWidget *window)
    : QObject(window)
    , m_undo(undo)
    , m_window(window)
{
    setObjectName(QStringLiteral("eventActions"));
}

EventEditDialog *EventActions::dialog() const
{
    return m_dialog.data();
}

EventEditDialog *EventActions::openDialog()
{
    if (!m_undo->isEditable())
        return nullptr;
    if (m_dialog)
        m_dialog->close(); // one event at a time
    m_dialog = new EventEditDialog(m_undo->workspace(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    return m_dialog;
}

EventEditDialog *EventActions::newEvent(std::optional<qint64> day)
{
    EventEditDialog *dialog = openDialog();
    if (!dialog)
        return nullptr;
    Event event;
    if (day)
        event.date = DateSpan::fromJulianDay(*day);
    dialog->setEvent(event);
    dialog->setSubmitHandler([this](const EventDraft &draft, QString *error) {
        auto *command = new CreateEventCommand(draft);
        // A new event always writes rows, so a successful command is on the stack, alive.
        if (!m_undo->execute(command, error))
            return false;
        emit eventWritten(command->eventId());
        return true;
    });
    dialog->open();
    return dialog;
}

EventEditDialog *EventActions::editEvent(qint64 eventId)
{
    if (!m_undo->isEditable() || eventId <= 0)
        return nullptr;
    const std::optional<Event> event = EventRepository(*m_undo->workspace()).find(eventId);
    if (!event)
        return nullptr;
    EventEditDialog *dialog = openDialog();
    dialog->setEvent(*event);
    dialog->setSubmitHandler([this, eventId](const EventDraft &draft, QString *error) {
        if (!m_undo->execute(new EditEventCommand(draft), error))
            return false;
        emit eventWritten(eventId);
        return true;
    });
    dialog->open();
    return dialog;
}

bool EventActions::deleteEvents(const QList<qint64> &eventIds)
{
    if (!m_undo->isEditable() || eventIds.isEmpty())
        return false;
    QString title;
    if (eventIds.size() == 1) {
        if (const std::optional<Event> event = EventRepository(*m_undo->workspace())
                                                   .find(eventIds.constFirst()))
            title = event->title;
    }
    return m_undo->execute(new DeleteEventsCommand(eventIds, title));
}

bool EventActions::moveEvent(qint64 eventId, double dayDelta)
{
    if (!m_undo->isEditable())
        return false;
    const std::optional<Event> event = EventRepository(*m_undo->workspace()).find(eventId);
    if (!event)
        return false;
    if (!m_undo->execute(new MoveEventCommand(eventId, event->title, dayDelta)))
        return false;
    emit eventWritten(eventId);
    return true;
}

} // namespace Faultline
