#include "ui/dialogs/exportdatadialog.h"

#include "core/store/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>

namespace Faultline {

ExportDataDialog::ExportDataDialog(Workspace *workspace,
                                   const EventFilter &currentFilter,
                                   QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_currentFilter(currentFilter)
{
    setWindowTitle(tr("Export Data"));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("dataFormat"));
    for (DataFileWriter::Format format : DataFileWriter::formats())
        m_format->addItem(DataFileWriter::formatName(format), int(format));

    m_everything = new QRadioButton(tr("&Everything"), this);
    m_everything->setObjectName(QStringLiteral("scopeEverything"));
    m_filtered = new QRadioButton(tr("The current &filter"), this);
    m_filtered->setObjectName(QStringLiteral("scopeFiltered"));
    // With no filter set both mean the same: offer the filter only when there is one.
    m_filtered->setEnabled(!m_currentFilter.isEmpty());
    (m_currentFilter.isEmpty() ? m_everything : m_filtered)->setChecked(true);
    auto *scope = new QVBoxLayout;
    scope->addWidget(m_everything);
    scope->addWidget(m_filtered);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("dataPath"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(m_browse);

    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = m_buttons->addButton(tr("E&xport"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("Scope:"), scope);
    form->addRow(tr("F&ile:"), file);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString base = m_workspace ? QFileInfo(m_workspace->path()).completeBaseName()
                                     : QStringLiteral("faultline");
    m_path->setText(
        QDir(folder).filePath(base + QLatin1Char('.') + DataFileWriter::suffix(format())));

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        // Keep the file name, change its suffix to the format's.
        const QString current = path();
        if (current.isEmpty())
            return;
        const QFileInfo info(current);
        setPath(info.dir().filePath(info.completeBaseName() + QLatin1Char('.')
                                    + DataFileWriter::suffix(format())));
    });
    connect(m_browse, &QPushButton::clicked, this, &ExportDataDialog::chooseFile);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDataDialog::updateControls);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDataDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDataDialog::reject);
    updateControls();
}

ExportDataDialog::~ExportDataDialog()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

DataFileWriter::Format ExportDataDialog::format() const
{
    return DataFileWriter::Format(m_format->currentData().toInt());
}

void ExportDataDialog::setFormat(DataFileWriter::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDataDialog::setEverything(bool everything)
{
    (everything || !m_filtered->isEnabled() ? m_everything : m_filtered)->setChecked(true);
}

QString ExportDataDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDataDialog::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

EventFilter ExportDataDialog::filter() const
{
    EventFilter filter = m_filtered->isChecked() ? m_currentFilter : EventFilter();
    filter.limit = -1;
    filter.offset = 0;
    return filter;
}

QString ExportDataDialog::errorText() const
{
    return m_error;
}

void ExportDataDialog::chooseFile()
{
    const QString suffix = DataFileWriter::suffix(format());
    QString chosen = QFileDialog::getSaveFileName(this,
                                                  tr("Export Data"),
                                                  path(),
                                                  tr("%1 (*.%2)")
                                                      .arg(DataFileWriter::formatName(format()),
                                                           suffix));
    if (chosen.isEmpty())
        return;
    if (QFileInfo(chosen).suffix().isEmpty())
        chosen += QLatin1Char('.') + suffix;
    setPath(chosen);
}

void ExportDataDialog::updateControls()
{
    const bool running = isRunning();
    m_format->setEnabled(!running);
    m_everything->setEnabled(!running);
    m_filtered->setEnabled(!running && !m_currentFilter.isEmpty());
    m_path->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_exportButton->setEnabled(!running && !path().isEmpty() && m_workspace
                               && m_workspace->isOpen());
    m_progress->setVisible(running);
}

bool ExportDataDialog::startExport()
{
    if (isRunning())
        return false;
    m_error.clear();
    if (!m_workspace || !m_workspace->isOpen() || path().isEmpty()) {
        m_error = tr("Choose a file to export to.");
        m_status->setText(m_error);
        return false;
    }
    // The worker opens its own connection: an SQLite connection belongs to one thread.
    const QString workspacePath = m_workspace->path();
    const QString outPath = QDir::fromNativeSeparators(path());
    const DataFileWriter::Format chosen = format();
    const EventFilter scope = filter();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_thread = QThread::create([this, workspacePath, outPath, chosen, scope, cancel] {
        Workspace workspace;
        QString error;
        bool ok = workspace.open(workspacePath, Workspace::OpenMode::ReadOnly, &error);
        if (ok) {
            DataFileWriter writer(workspace);
            writer.setProgress([this, cancel](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(
                    this, [this, done, total] { showProgress(done, total); }, Qt::QueuedConnection);
                return !cancel->load();
            });
            ok = writer.write(chosen, scope, outPath, &error);
        }
        QMetaObject::invokeMethod(
            this, [this, ok, error] { finishExport(ok, error); }, Qt::QueuedConnection);
    });
    m_progress->setRange(0, 0);
    m_status->setText(tr("Exporting…"));
    updateControls();
    m_thread->start();
    return true;
}

void ExportDataDialog::showProgress(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    // The bar counts in permille so that totals beyond int stay exact enough.
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
}

void ExportDataDialog::cancelExport()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ExportDataDialog::finishExport(bool ok, const QString &error)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_error = ok ? QString() : error;
    m_status->setText(ok ? tr("Exported to %1.").arg(path()) : error);
    updateControls();
    emit exportFinished(ok);
    if (ok)
        accept();
    else if (m_closeWhenStopped)
        QDialog::reject();
}

void ExportDataDialog::reject()
{
    // The first Cancel stops a running export; the dialog closes when it has stopped.
    if (isRunning()) {
        m_closeWhenStopped = true;
        cancelExport();
        return;
    }
    QDialog::reject();
}

} // namespace Faultline
