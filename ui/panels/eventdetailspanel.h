#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;

namespace Faultline {

class Workspace;

// The selected event in full: date, type, actors, a dataset's figures, and each
// piece of evidence with its sentence highlighted in the article text.
class EventDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EventDetailsPanel(QWidget *parent = nullptr);
    ~EventDetailsPanel() override;

    void setWorkspace(Workspace *workspace);
    // Shows the event; 0 or an unknown id shows the empty state.
    void setEvent(qint64 eventId);
    qint64 eventId() const { return m_eventId; }
    // Re-reads the shown event from the store.
    void reload();

    int evidenceCount() const;
    QPlainTextEdit *evidenceTextView(int index) const;
    // The pale marker used for evidence; depends on a light or dark palette.
    QColor markerColor() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void clearContent();
    void retranslateUi();
    void highlight(QPlainTextEdit *view) const;

    Workspace *m_workspace = nullptr;
    qint64 m_eventId = 0;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_date = nullptr;
    QLabel *m_dateWritten = nullptr;
    QLabel *m_precision = nullptr;
    QLabel *m_typeChip = nullptr;
    QLabel *m_type = nullptr;
    QLabel *m_actors = nullptr;
    QLabel *m_location = nullptr;
    QLabel *m_confidence = nullptr;
    QLabel *m_status = nullptr;
    // Shown only for events that have them (data imports, or entered by hand).
    QLabel *m_fatalities = nullptr;
    QLabel *m_coordinates = nullptr;
    QLabel *m_externalId = nullptr;
    QTabWidget *m_evidenceTabs = nullptr;
};

} // namespace Faultline
