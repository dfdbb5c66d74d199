#pragma once

#include "core/model/event.h"
#include "ui/undo/eventdraft.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace Faultline {

class Workspace;

// Creates or edits one event by hand: title, dates with precision and
// qualifier, CAMEO type, actors with their roles, location, fatalities,
// coordinates and notes.
class EventEditDialog : public QDialog
{
    Q_OBJECT

public:
    // Writes a draft; false with *error keeps the dialog open showing the reason.
    using SubmitHandler = std::function<bool(const EventDraft &draft, QString *error)>;

    explicit EventEditDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~EventEditDialog() override;

    void setEvent(const Event &event); // an event to edit, its actors named from the workspace
    void setDate(const DateSpan &date);
    void setSubmitHandler(SubmitHandler handler) { m_submit = std::move(handler); }

    bool isNewEvent() const { return m_event.id == 0; }
    // The date as entered: nullopt with *error when it cannot be read.
    std::optional<DateSpan> date(QString *error) const;
    // Fatalities and coordinates as entered into *event (empty fields clear them);
    // false with *error, and *event unchanged, when a field cannot be read.
    bool readFigures(Event *event, QString *error) const;
    // What was entered; call after validating the date and the figures.
    EventDraft draft() const;
    void addParticipant(const QString &actorName, Event::Role role);

    void accept() override;

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *startEdit() const { return m_start; }
    QLineEdit *endEdit() const { return m_end; }
    QComboBox *precisionCombo() const { return m_precision; }
    QComboBox *qualifierCombo() const { return m_qualifier; }
    QComboBox *typeCombo() const { return m_type; }
    QTableWidget *participantTable() const { return m_participants; }
    QLineEdit *locationEdit() const { return m_location; }
    QLineEdit *fatalitiesEdit() const { return m_fatalities; }
    QLineEdit *latitudeEdit() const { return m_latitude; }
    QLineEdit *longitudeEdit() const { return m_longitude; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QLabel *errorLabel() const { return m_error; }
    QDialogButtonBox *buttonBox() const { return m_buttons; }

private:
    void startEdited(const QString &text);
    void removeSelectedParticipants();

    Workspace *m_workspace = nullptr;
    Event m_event;
    QStringList m_actorNames;
    SubmitHandler m_submit;

    QLineEdit *m_title = nullptr;
    QLineEdit *m_start = nullptr;
    QLineEdit *m_end = nullptr;
    QComboBox *m_precision = nullptr;
    QComboBox *m_qualifier = nullptr;
    QComboBox *m_type = nullptr;
    QTableWidget *m_participants = nullptr;
    QLineEdit *m_location = nullptr;
    QLineEdit *m_fatalities = nullptr;
    QLineEdit *m_latitude = nullptr;
    QLineEdit *m_longitude = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Faultline
