#pragma once

#include "core/interchange/dataimporter.h"

#include <QDialog>
#include <QPointer>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace Faultline {

class DataImportJob;
class UndoController;

// Imports event data files (ACLED, UCDP, GDELT, TimelineJS, vis-timeline, CSV)
// into a workspace off the GUI thread: shows the formats found, asks whether a
// bad row refuses the file or is skipped, asks for the columns of a generic
// CSV, shows progress with a cancel button, and reports per file what was
// imported and which lines were bad.
class DataImportDialog : public QDialog
{
    Q_OBJECT

public:
    DataImportDialog(const QString &workspacePath,
                     const QStringList &files,
                     QWidget *parent = nullptr);

    QRadioButton *skipBadRowsButton() const { return m_skip; }
    QRadioButton *refuseButton() const { return m_refuse; }
    QPushButton *importButton() const { return m_importButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QProgressBar *progressBar() const { return m_progress; }
    QPlainTextEdit *report() const { return m_report; }
    DataImportJob *job() const { return m_job; }
    // Each file imported becomes one undoable step on this controller's stack
    // (when its workspace can be changed). By default the controller of the
    // parent's window, if it has one.
    void setUndoController(UndoController *controller);
    UndoController *undoController() const;
    bool isRunning() const;

    void startImport();

signals:
    // Events were written: the views reload.
    void imported(qint64 events);
    // Every file was handled (imported, refused, failed or cancelled).
    void allFinished();

protected:
    void reject() override;

private:
    void next();
    void jobFinished(bool ok);
    void showProgress(qint64 done, qint64 total);
    void append(const QString &line);
    void finishAll();

    QString m_workspacePath;
    QStringList m_files;
    int m_current = -1;
    qint64 m_eventsWritten = 0;
    bool m_cancelled = false;
    DataImportJob *m_job = nullptr;
    QPointer<UndoController> m_undo;
    QLabel *m_intro = nullptr;
    QRadioButton *m_refuse = nullptr;
    QRadioButton *m_skip = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_report = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace Faultline
