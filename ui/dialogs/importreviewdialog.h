#pragma once

#include "core/extract/extractionresult.h"
#include "core/ingest/document.h"
#include "core/store/importsource.h"

#include <QDialog>
#include <QList>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Faultline {

class ExtractionPipeline;
class Workspace;

// Non-modal review of extracted articles before anything is written: one page
// per document with its publication date (editable, re-resolving relative
// dates), its events to accept or reject, and the evidence in the text.
class ImportReviewDialog : public QDialog
{
    Q_OBJECT

public:
    // What an acceptance wrote.
    struct Outcome
    {
        int articles = 0;
        int events = 0;
        QStringList errors; // "name: reason", nothing written for those
    };

    ImportReviewDialog(std::shared_ptr<const ExtractionPipeline> pipeline,
                       QWidget *parent = nullptr);
    ~ImportReviewDialog() override;

    void setWorkspace(Workspace *workspace) { m_workspace = workspace; }

    void addDocument(const ImportSource &source,
                     const Document &document,
                     const ExtractionResult &extraction,
                     qint64 duplicateOf);
    void addFailure(const ImportSource &source, const QString &error);
    // While sources are being read the accept buttons wait; text says how far it is.
    void setReading(bool reading, const QString &text = QString());

    int documentCount() const { return int(m_entries.size()); }
    int importableCount() const;
    void setCurrentDocument(int index);
    int currentDocument() const;
    // The current extraction of a document (after any change of its date).
    ExtractionResult extraction(int index) const;
    std::optional<qint64> publishedDay(int index) const;
    void setEventAccepted(int document, int event, bool accepted);
    bool isEventAccepted(int document, int event) const;

    // Writes the importable documents (all events, or only the checked
    // documents and events), one transaction per article, then closes.
    Outcome acceptDocuments(bool onlySelected);

    QListWidget *documentList() const { return m_list; }
    QTreeWidget *eventTree() const { return m_events; }
    QLineEdit *dateEdit() const { return m_dateEdit; }
    QLabel *dateNote() const { return m_dateNote; }
    QLabel *titleLabel() const { return m_title; }
    QPlainTextEdit *textView() const { return m_text; }
    QPushButton *acceptAllButton() const { return m_acceptAll; }
    QPushButton *acceptSelectedButton() const { return m_acceptSelected; }
    QPushButton *discardButton() const { return m_discard; }

signals:
    void importAccepted(const Faultline::ImportReviewDialog::Outcome &outcome);

private:
    struct Entry;

    void showEntry(int index);
    void fillEvents(int index);
    void updateDateNote(int index);
    void dateEdited(const QString &text);
    void eventItemChanged();
    void highlightEvidence();
    void updateButtons();
    void acceptAndClose(bool onlySelected);

    std::shared_ptr<const ExtractionPipeline> m_pipeline;
    Workspace *m_workspace = nullptr;
    QList<std::shared_ptr<Entry>> m_entries;
    bool m_reading = false;
    bool m_filling = false;

    QListWidget *m_list = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_outlet = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_dateEdit = nullptr;
    QLabel *m_dateNote = nullptr;
    QTreeWidget *m_events = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_progress = nullptr;
    QPushButton *m_acceptAll = nullptr;
    QPushButton *m_acceptSelected = nullptr;
    QPushButton *m_discard = nullptr;
};

} // namespace Faultline
