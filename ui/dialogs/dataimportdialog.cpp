#include "ui/dialogs/dataimportdialog.h"

#include "ui/dialogs/columnmappingdialog.h"
#include "ui/dialogs/dataimportjob.h"
#include "ui/undo/dataimportcommand.h"
#include "ui/undo/undocontroller.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Faultline {

namespace {

const QString SkipBadRowsKey = QStringLiteral("import/skipBadRows");

} // namespace

DataImportDialog::DataImportDialog(const QString &workspacePath,
                                   const QStringList &files,
                                   QWidget *parent)
    : QDialog(parent)
    , m_workspacePath(workspacePath)
    , m_files(files)
{
    setObjectName(QStringLiteral("dataImportDialog"));
    setWindowTitle(tr("Import Event Data"));
    m_job = new DataImportJob(this);
    connect(m_job, &DataImportJob::progress, this, &DataImportDialog::showProgress);
    connect(m_job, &DataImportJob::finished, this, &DataImportDialog::jobFinished);
    if (parent)
        m_undo = parent->window()->findChild<UndoController *>();

    auto *layout = new QVBoxLayout(this);
    QStringList lines;
    for (const QString &file : files) {
        const DataImporter::Preview preview = DataImporter::preview(file);
        const QString name = QFileInfo(file).fileName();
        lines << (preview.error.isEmpty() ? tr("%1: %2").arg(name, DataFormat::name(preview.format))
                                          : tr("%1: %2").arg(name, preview.error));
    }
    m_intro = new QLabel(tr("Files to import:") + u'\n' + lines.join(u'\n'), this);
    m_intro->setObjectName(QStringLiteral("dataImportFiles"));
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *badRows = new QGroupBox(tr("When a row cannot be read"), this);
    auto *badRowsLayout = new QVBoxLayout(badRows);
    m_refuse = new QRadioButton(tr("Import nothing from that file"), badRows);
    m_refuse->setObjectName(QStringLiteral("refuseBadRows"));
    m_skip = new QRadioButton(tr("Skip the row and import the others"), badRows);
    m_skip->setObjectName(QStringLiteral("skipBadRows"));
    const bool skip = QSettings().value(SkipBadRowsKey, false).toBool();
    (skip ? m_skip : m_refuse)->setChecked(true);
    badRowsLayout->addWidget(m_refuse);
    badRowsLayout->addWidget(m_skip);
    layout->addWidget(badRows);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("dataImportProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("dataImportReport"));
    m_report->setReadOnly(true);
    m_report->hide();
    layout->addWidget(m_report, 1);

    m_buttons = new QDialogButtonBox(this);
    m_importButton = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("dataImportButton"));
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("dataImportCancelButton"));
    connect(m_importButton, &QPushButton::clicked, this, &DataImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &DataImportDialog::reject);
    layout->addWidget(m_buttons);
    resize(560, 420);
}

void DataImportDialog::setUndoController(UndoController *controller)
{
    m_undo = controller;
}

UndoController *DataImportDialog::undoController() const
{
    return m_undo.data();
}

bool DataImportDialog::isRunning() const
{
    return m_job->isRunning();
}

void DataImportDialog::startImport()
{
    if (m_current >= 0)
        return;
    QSettings().setValue(SkipBadRowsKey, m_skip->isChecked());
    m_refuse->setEnabled(false);
    m_skip->setEnabled(false);
    m_importButton->setEnabled(false);
    m_report->show();
    m_progress->show();
    next();
}

void DataImportDialog::next()
{
    ++m_current;
    if (m_cancelled || m_current >= m_files.size()) {
        finishAll();
        return;
    }
    const QString file = m_files.at(m_current);
    const QString name = QFileInfo(file).fileName();
    DataImporter::Options options;
    options.skipBadRows = m_skip->isChecked();
    const DataImporter::Preview preview = DataImporter::preview(file);
    if (!preview.error.isEmpty()) {
        append(tr("%1: %2").arg(name, preview.error));
        next();
        return;
    }
    if (preview.format == DataFormat::Kind::GenericCsv) {
        ColumnMappingDialog mapping(name, preview.header, this);
        if (mapping.exec() != QDialog::Accepted) {
            append(tr("%1: not imported; no columns were chosen.").arg(name));
            next();
            return;
        }
        options.mapping = mapping.mapping();
    }
    m_progress->setValue(0);
    m_status->setText(
        tr("Importing %1 (%2 of %3)…").arg(name).arg(m_current + 1).arg(m_files.size()));
    m_cancelButton->setEnabled(true);
    m_job->start(m_workspacePath, file, options);
}

void DataImportDialog::showProgress(qint64 done, qint64 total)
{
    m_progress->setValue(total > 0 ? int(qMin<qint64>(1000, done * 1000 / total)) : 0);
}

void DataImportDialog::jobFinished(bool ok)
{
    const QString name = QFileInfo(m_files.at(m_current)).fileName();
    const DataImporter::Summary &summary = m_job->summary();
    if (!ok) {
        append(tr("%1: %2").arg(name, m_job->errorString()));
    } else {
        QString line = tr("%1: %2, %n event(s)", nullptr, int(summary.eventsAdded))
                           .arg(name, DataFormat::name(summary.format));
        line += tr(", %n new actor(s)", nullptr, summary.actorsAdded);
        if (summary.badRowCount > 0)
            line += tr(", %n bad row(s) skipped: ", nullptr, int(summary.badRowCount))
                    + summary.badRowText(50);
        append(line + u'.');
        DataImportCommand::record(m_undo, name, summary.footprint);
        if (summary.eventsAdded > 0) {
            m_eventsWritten += summary.eventsAdded;
            emit imported(summary.eventsAdded);
        }
    }
    next();
}

void DataImportDialog::append(const QString &line)
{
    m_report->appendPlainText(line);
}

void DataImportDialog::finishAll()
{
    m_progress->hide();
    m_status->setText(m_cancelled
                          ? tr("Cancelled; the file being imported was not written.")
                          : tr("Done: %n event(s) imported.", nullptr, int(m_eventsWritten)));
    m_importButton->hide();
    m_cancelButton->setEnabled(true);
    m_cancelButton->setText(tr("Close"));
    m_current = int(m_files.size());
    emit allFinished();
}

void DataImportDialog::reject()
{
    if (isRunning()) {
        // Cancel first; the dialog stays until the worker has rolled back.
        m_cancelled = true;
        m_job->cancel();
        m_cancelButton->setEnabled(false);
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace Faultline
