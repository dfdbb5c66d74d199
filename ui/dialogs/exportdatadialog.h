#pragma once

#include "core/interchange/datafilewriter.h"
#include "core/query/eventfilter.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QThread;

namespace Faultline {

class Workspace;

// File > Export Data…: a data format (TimelineJS, CSV, JSON, ACLED, GEXF, GraphML), the
// scope (everything or the current filter) and a file. The export runs on a worker thread
// with its own read-only connection to the workspace, shows progress and can be cancelled.
class ExportDataDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDataDialog(Workspace *workspace,
                     const EventFilter &currentFilter,
                     QWidget *parent = nullptr);
    ~ExportDataDialog() override;

    DataFileWriter::Format format() const;
    void setFormat(DataFileWriter::Format format);
    void setEverything(bool everything);
    QString path() const;
    void setPath(const QString &path);
    // The events the export covers, as chosen.
    EventFilter filter() const;

    // Starts the export to path(); false (with the reason shown) when it cannot start.
    bool startExport();
    bool isRunning() const { return m_thread != nullptr; }
    void cancelExport();
    QString errorText() const; // the last failure, empty after a success

signals:
    void exportFinished(bool ok);

public slots:
    void reject() override;

private:
    void chooseFile();
    void updateControls();
    void showProgress(qint64 done, qint64 total);
    void finishExport(bool ok, const QString &error);

    Workspace *m_workspace = nullptr;
    EventFilter m_currentFilter;
    QComboBox *m_format = nullptr;
    QRadioButton *m_everything = nullptr;
    QRadioButton *m_filtered = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_exportButton = nullptr;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_error;
    bool m_closeWhenStopped = false;
};

} // namespace Faultline
