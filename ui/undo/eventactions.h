#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class QWidget;

namespace Faultline {

class EventEditDialog;
class UndoController;

// Editing events from the GUI: the event dialog for new and existing events,
// deleting and moving, each change an undoable command.
class EventActions : public QObject
{
    Q_OBJECT

public:
    EventActions(UndoController *undo, QWidget *window);

    // Opens the dialog (window-modal, returns at once) for a new event, on day when given.
    EventEditDialog *newEvent(std::optional<qint64> day = std::nullopt);
    EventEditDialog *editEvent(qint64 eventId);
    bool deleteEvents(const QList<qint64> &eventIds);
    // Moves the event by about dayDelta days, in whole units of its date's precision.
    bool moveEvent(qint64 eventId, double dayDelta);
    EventEditDialog *dialog() const; // the open one, or null

signals:
    // An event was created, edited or moved: the views may select it.
    void eventWritten(qint64 eventId);

private:
    EventEditDialog *openDialog();

    UndoController *m_undo = nullptr;
    QWidget *m_window = nullptr;
    QPointer<EventEditDialog> m_dialog;
};

} // namespace Faultline
