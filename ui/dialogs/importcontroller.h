#pragma once

#include "core/store/importsource.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThreadPool>

#include <memory>

class QLabel;
class QMimeData;
class QProgressBar;
class QStatusBar;
class QToolButton;

namespace Faultline {

class DataImportDialog;
class ExtractionJob;
class ExtractionPipeline;
class ImportReviewDialog;
class Workspace;

// Imports from the GUI: turns dropped or pasted data and chosen files into
// sources, extracts them off the GUI thread with progress in the status bar,
// and opens the review in which the user accepts what is written.
class ImportController : public QObject
{
    Q_OBJECT

public:
    ImportController(QWidget *window, QStatusBar *statusBar);
    ~ImportController() override;

    void setWorkspace(Workspace *workspace);

    // Whether a drop or paste of this data would import something; *reason
    // says why not, or what would happen.
    bool canImport(const QMimeData *data, QString *reason) const;
    // Starts importing the data; false with the reason shown when it cannot.
    bool importMimeData(const QMimeData *data);
    bool importPaths(const QStringList &paths);
    bool importSources(const QList<ImportSource> &sources, const QStringList &refused = {});
    void cancel();

    bool isRunning() const;
    ExtractionJob *job() const { return m_job; }
    ImportReviewDialog *reviewDialog() const;   // the open review, or null
    DataImportDialog *dataImportDialog() const; // the last data import opened, or null
    QProgressBar *progressBar() const { return m_progressBar; }
    QToolButton *cancelButton() const { return m_cancelButton; }
    QString lastSummary() const { return m_lastSummary; }

signals:
    // The review wrote this many articles (before workspaceChanged).
    void articlesImported(int articles);
    // Articles were written: the views reload.
    void workspaceChanged();
    // The extraction of a batch ended (review open, or nothing to review).
    void readingFinished();

private:
    QList<ImportSource> sourcesFrom(const QMimeData *data, QStringList *refused) const;
    // Dropped folders are searched on a worker thread; then their articles import.
    void scanThenImport(const QStringList &paths);
    void scanFinished(const QList<ImportSource> &sources, const QStringList &refused);
    QString refusalReason(const QString &fileName) const;
    void showMessage(const QString &message, int timeout = 0);
    void jobProgress(int index, int total, const QString &name);
    void jobFinished(bool cancelled);
    void ensureReview();
    // Event data files (ACLED, UCDP, GDELT, ...) go to a DataImportDialog.
    void startDataImport(const QStringList &files);

    QWidget *m_window = nullptr;
    QStatusBar *m_statusBar = nullptr;
    Workspace *m_workspace = nullptr;
    std::shared_ptr<const ExtractionPipeline> m_pipeline;
    ExtractionJob *m_job = nullptr;
    QPointer<ImportReviewDialog> m_review;
    QPointer<DataImportDialog> m_dataImport;
    QStringList m_failures; // "name: reason" of this batch
    int m_read = 0;         // documents read in this batch
    int m_duplicates = 0;
    bool m_discarded = false; // the review was closed while reading
    QString m_lastSummary;

    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QToolButton *m_cancelButton = nullptr;
    bool m_scanning = false; // dropped folders are being searched
    bool m_scanCancelled = false;
    QThreadPool m_scanPool; // last: destroyed first, waiting for a search that uses this
};

} // namespace Faultline
