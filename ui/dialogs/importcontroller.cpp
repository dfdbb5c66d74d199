#include "ui/dialogs/importcontroller.h"

#include "core/extract/extractionpipeline.h"
#include "core/ingest/articlefiles.h"
#include "core/interchange/dataimporter.h"
#include "core/store/extractionjob.h"
#include "core/store/workspace.h"
#include "ui/dialogs/dataimportdialog.h"
#include "ui/dialogs/importreviewdialog.h"

#include <QFileInfo>
#include <QLabel>
#include <QLoggingCategory>
#include <QMimeData>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>
#include <QUrl>

#include <algorithm>

Q_LOGGING_CATEGORY(lcImportUi, "faultline.ui")

namespace Faultline {

namespace {

QStringList localPaths(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    const QList<QUrl> urls = data->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

ImportController::ImportController(QWidget *window, QStatusBar *statusBar)
    : QObject(window)
    , m_window(window)
    , m_statusBar(statusBar)
    , m_pipeline(std::make_shared<const ExtractionPipeline>())
{
    setObjectName(QStringLiteral("importController"));
    m_job = new ExtractionJob(m_pipeline, this);

    m_progressLabel = new QLabel(window);
    m_progressLabel->setObjectName(QStringLiteral("importProgressLabel"));
    m_progressLabel->setTextFormat(Qt::PlainText);
    m_progressBar = new QProgressBar(window);
    m_progressBar->setObjectName(QStringLiteral("importProgressBar"));
    m_progressBar->setMaximumWidth(200);
    m_progressBar->setTextVisible(true);
    m_cancelButton = new QToolButton(window);
    m_cancelButton->setObjectName(QStringLiteral("importCancelButton"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop reading articles; what was read stays for review"));
    m_statusBar->addPermanentWidget(m_progressLabel);
    m_statusBar->addPermanentWidget(m_progressBar);
    m_statusBar->addPermanentWidget(m_cancelButton);
    m_progressLabel->hide();
    m_progressBar->hide();
    m_cancelButton->hide();

    connect(m_cancelButton, &QToolButton::clicked, this, &ImportController::cancel);
    connect(m_job, &ExtractionJob::progress, this, &ImportController::jobProgress);
    connect(m_job, &ExtractionJob::finished, this, &ImportController::jobFinished);
    connect(m_job,
            &ExtractionJob::documentReady,
            this,
            [this](int,
                   const ImportSource &source,
                   const Document &document,
                   const ExtractionResult &extraction,
                   qint64 duplicateOf) {
                if (m_discarded)
                    return;
                ++m_read;
                if (duplicateOf != 0)
                    ++m_duplicates;
                ensureReview();
                m_review->addDocument(source, document, extraction, duplicateOf);
            });
    connect(m_job,
            &ExtractionJob::failed,
            this,
            [this](int, const ImportSource &source, const QString &error) {
                if (m_discarded)
                    return;
                m_failures.append(tr("“%1” %2").arg(source.displayName(), error));
                ensureReview();
                m_review->addFailure(source, error);
            });
}

ImportController::~ImportController() = default;

void ImportController::setWorkspace(Workspace *workspace)
{
    if (workspace == m_workspace)
        return;
    // A review belongs to the workspace it was started for.
    m_discarded = m_job->isRunning();
    m_job->cancel();
    if (m_review)
        m_review->deleteLater();
    m_review = nullptr;
    m_scanCancelled = m_scanning;
    m_workspace = workspace;
    m_job->setWorkspace(workspace);
}

ImportReviewDialog *ImportController::reviewDialog() const
{
    return m_review.data();
}

bool ImportController::isRunning() const
{
    return m_job->isRunning() || m_scanning;
}

QString ImportController::refusalReason(const QString &fileName) const
{
    return tr("Faultline imports .txt, .md, .html and .pdf articles and .csv, .tsv and .json "
              "event data; “%1” is none of these.")
        .arg(fileName);
}

bool ImportController::canImport(const QMimeData *data, QString *reason) const
{
    auto refuse = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (!m_workspace)
        return refuse(tr("Open a workspace to import articles into it."));
    if (m_workspace->isReadOnly())
        return refuse(tr("This workspace is read-only; articles cannot be imported into it."));
    if (isRunning())
        return refuse(tr("An import is running; wait for it or cancel it."));
    if (!data)
        return refuse(tr("There is nothing to import."));
    const QStringList paths = localPaths(data);
    if (!paths.isEmpty()) {
        int usable = 0;
        QString firstRefused;
        for (const QString &path : paths) {
            const QFileInfo info(path);
            if (info.isDir() || ArticleFiles::isArticleFile(path) || DataImporter::isDataFile(path))
                ++usable;
            else if (firstRefused.isEmpty())
                firstRefused = info.fileName();
        }
        if (usable == 0)
            return refuse(refusalReason(firstRefused));
        if (reason)
            *reason = tr("Drop to read %n file(s) or folder(s) for review.", nullptr, usable);
        return true;
    }
    if (data->hasUrls())
        return refuse(tr("Faultline imports files from this computer, not web addresses; "
                         "save the page first."));
    if (data->hasHtml() || data->hasText()) {
        if ((data->hasHtml() ? data->html() : data->text()).trimmed().isEmpty())
            return refuse(tr("The dropped text is empty."));
        if (reason)
            *reason = tr("Drop to read the text as an article for review.");
        return true;
    }
    return refuse(tr("Faultline imports articles as files, text or HTML; this is none of these."));
}

QList<ImportSource> ImportController::sourcesFrom(const QMimeData *data, QStringList *refused) const
{
    QList<ImportSource> sources;
    const QStringList paths = localPaths(data);
    if (!paths.isEmpty()) {
        QStringList wanted;
        for (const QString &path : paths) {
            const QFileInfo info(path);
            if (info.isDir() || ArticleFiles::isArticleFile(path))
                wanted.append(path);
            else if (DataImporter::isDataFile(path))
                continue; // event data: importMimeData hands it to a DataImportDialog
            else
                refused->append(refusalReason(info.fileName()));
        }
        QStringList missing;
        const QStringList files = ArticleFiles::collect(wanted, &missing);
        for (const QString &path : std::as_const(missing))
            refused->append(tr("“%1” does not exist.").arg(QFileInfo(path).fileName()));
        for (const QString &file : files)
            sources.append(ImportSource::fromFile(file));
        return sources;
    }
    if (data->hasHtml())
        sources.append(ImportSource::fromData(data->html().toUtf8(),
                                              QStringLiteral("text/html"),
                                              tr("Dropped HTML")));
    else if (data->hasText())
        sources.append(ImportSource::fromData(data->text().toUtf8(),
                                              QStringLiteral("text/plain"),
                                              tr("Dropped text")));
    return sources;
}

bool ImportController::importMimeData(const QMimeData *data)
{
    QString reason;
    if (!canImport(data, &reason)) {
        showMessage(reason, 8000);
        return false;
    }
    const QStringList paths = localPaths(data);
    if (std::any_of(paths.cbegin(), paths.cend(), [](const QString &path) {
            return QFileInfo(path).isDir();
        })) {
        scanThenImport(paths);
        return true;
    }
    QStringList refused;
    const QList<ImportSource> sources = sourcesFrom(data, &refused);
    QStringList dataFiles;
    for (const QString &path : localPaths(data)) {
        if (!QFileInfo(path).isDir() && DataImporter::isDataFile(path))
            dataFiles.append(path);
    }
    if (!dataFiles.isEmpty())
        startDataImport(dataFiles);
    if (sources.isEmpty() && refused.isEmpty() && !dataFiles.isEmpty())
        return true;
    return importSources(sources, refused);
}

void ImportController::scanThenImport(const QStringList &paths)
{
    QStringList dataFiles;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir() && DataImporter::isDataFile(path))
            dataFiles.append(path);
    }
    if (!dataFiles.isEmpty())
        startDataImport(dataFiles);
    m_scanning = true;
    m_scanCancelled = false;
    m_progressLabel->setText(tr("Looking for articles…"));
    m_progressLabel->show();
    m_progressBar->setRange(0, 0); // busy: how many is not known yet
    m_progressBar->show();
    m_cancelButton->setEnabled(true);
    m_cancelButton->show();
    // Listing a large folder tree takes a while; the window stays responsive.
    // sourcesFrom only reads the file system and translations.
    m_scanPool.start([this, paths] {
        QMimeData data;
        QList<QUrl> urls;
        for (const QString &path : paths)
            urls.append(QUrl::fromLocalFile(path));
        data.setUrls(urls);
        QStringList refused;
        const QList<ImportSource> sources = sourcesFrom(&data, &refused);
        QMetaObject::invokeMethod(
            this,
            [this, sources, refused] { scanFinished(sources, refused); },
            Qt::QueuedConnection);
    });
}

void ImportController::scanFinished(const QList<ImportSource> &sources, const QStringList &refused)
{
    m_scanning = false;
    if (m_scanCancelled || !m_workspace) {
        m_progressLabel->hide();
        m_progressBar->hide();
        m_cancelButton->hide();
        m_lastSummary = tr("Import cancelled; no article was read.");
        showMessage(m_lastSummary, 8000);
        emit readingFinished();
        return;
    }
    importSources(sources, refused);
}

void ImportController::startDataImport(const QStringList &files)
{
    auto *dialog = new DataImportDialog(m_workspace->path(), files, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DataImportDialog::imported, this, &ImportController::workspaceChanged);
    m_dataImport = dialog;
    dialog->show();
}

DataImportDialog *ImportController::dataImportDialog() const
{
    return m_dataImport.data();
}

bool ImportController::importPaths(const QStringList &paths)
{
    QMimeData data;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    data.setUrls(urls);
    return importMimeData(&data);
}

bool ImportController::importSources(const QList<ImportSource> &sources, const QStringList &refused)
{
    if (!m_workspace || m_workspace->isReadOnly() || isRunning())
        return false;
    m_failures = refused;
    m_read = 0;
    m_duplicates = 0;
    m_discarded = false;
    if (sources.isEmpty()) {
        m_lastSummary = refused.isEmpty() ? tr("There were no articles to import.")
                                          : refused.join(QLatin1Char(' '));
        showMessage(m_lastSummary, 8000);
        emit readingFinished();
        return false;
    }
    m_progressBar->setRange(0, int(sources.size()));
    m_progressBar->setValue(0);
    m_progressLabel->show();
    m_progressBar->show();
    m_cancelButton->show();
    m_cancelButton->setEnabled(true);
    ensureReview();
    m_review->setReading(true, tr("Reading articles…"));
    m_job->start(sources);
    return true;
}

void ImportController::cancel()
{
    if (!isRunning())
        return;
    if (m_scanning) {
        m_scanCancelled = true;
        m_cancelButton->setEnabled(false);
        m_progressLabel->setText(tr("Cancelling…"));
        return;
    }
    m_job->cancel();
    m_cancelButton->setEnabled(false);
    m_progressLabel->setText(tr("Cancelling…"));
}

void ImportController::ensureReview()
{
    if (m_review)
        return;
    m_review = new ImportReviewDialog(m_pipeline, m_window);
    m_review->setAttribute(Qt::WA_DeleteOnClose);
    m_review->setWorkspace(m_workspace);
    connect(m_review,
            &ImportReviewDialog::importAccepted,
            this,
            [this](const ImportReviewDialog::Outcome &outcome) {
                QString text = tr("%n article(s) imported", nullptr, outcome.articles);
                text += tr(" with %n event(s)", nullptr, outcome.events);
                if (m_duplicates > 0)
                    text += tr(", %n already in the workspace", nullptr, m_duplicates);
                const QStringList failures = m_failures + outcome.errors;
                if (!failures.isEmpty())
                    text += tr(", %n failed: ", nullptr, int(failures.size()))
                            + failures.join(QStringLiteral("; "));
                text += u'.';
                m_lastSummary = text;
                showMessage(text, 15000);
                if (outcome.articles > 0) {
                    emit articlesImported(outcome.articles);
                    emit workspaceChanged();
                }
            });
    connect(m_review, &QDialog::rejected, this, [this] {
        m_discarded = true;
        m_job->cancel();
        showMessage(tr("Import discarded; nothing was written."), 8000);
    });
    m_review->show();
}

void ImportController::jobProgress(int index, int total, const QString &name)
{
    m_progressBar->setRange(0, total);
    m_progressBar->setValue(index);
    const QString text = tr("Reading %1 (%2 of %3)").arg(name).arg(index + 1).arg(total);
    m_progressLabel->setText(text);
    if (m_review)
        m_review->setReading(true, text);
}

void ImportController::jobFinished(bool cancelled)
{
    m_progressLabel->hide();
    m_progressBar->hide();
    m_cancelButton->hide();
    if (m_discarded) {
        m_lastSummary = tr("Import discarded; nothing was written.");
        showMessage(m_lastSummary, 8000);
        emit readingFinished();
        return;
    }
    QString text = tr("%n article(s) read", nullptr, m_read);
    if (m_duplicates > 0)
        text += tr(", %n already in the workspace", nullptr, m_duplicates);
    if (!m_failures.isEmpty())
        text += tr(", %n failed: ", nullptr, int(m_failures.size()))
                + m_failures.join(QStringLiteral("; "));
    if (cancelled)
        text += tr(" (cancelled)");
    text += u'.';
    m_lastSummary = text;
    qCInfo(lcImportUi).noquote() << text;
    showMessage(text, 15000);
    if (m_review)
        m_review->setReading(false, text);
    emit readingFinished();
}

void ImportController::showMessage(const QString &message, int timeout)
{
    m_statusBar->showMessage(message, timeout);
}

} // namespace Faultline
