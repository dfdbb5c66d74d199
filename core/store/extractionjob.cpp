#include "core/store/extractionjob.h"

#include "core/extract/extractionpipeline.h"
#include "core/ingest/documentreader.h"
#include "core/model/article.h"
#include "core/store/articlerepository.h"
#include "core/store/storelogging.h"
#include "core/store/workspace.h"

namespace Faultline {

ExtractionJob::ExtractionJob(std::shared_ptr<const ExtractionPipeline> pipeline, QObject *parent)
    : QObject(parent)
    , m_pipeline(std::move(pipeline))
{
    m_pool.setMaxThreadCount(1);
}

ExtractionJob::~ExtractionJob()
{
    m_cancelled = true;
    // Results posted after this are dropped with the object's pending events.
    m_pool.waitForDone();
}

bool ExtractionJob::start(const QList<ImportSource> &sources)
{
    if (m_running)
        return false;
    m_sources = sources;
    m_hashes.clear();
    m_next = 0;
    m_cancelled = false;
    m_running = true;
    runNext();
    return true;
}

void ExtractionJob::cancel()
{
    m_cancelled = true;
}

void ExtractionJob::runNext()
{
    if (m_cancelled || m_next >= m_sources.size()) {
        m_running = false;
        emit finished(m_cancelled);
        return;
    }
    const int index = m_next++;
    const ImportSource source = m_sources.at(index);
    emit progress(index, int(m_sources.size()), source.displayName());
    // Only the source, the pipeline (const, shared) and this object's address
    // cross to the worker; the workspace connection stays on this thread.
    std::shared_ptr<const ExtractionPipeline> pipeline = m_pipeline;
    m_pool.start([this, index, source, pipeline] {
        QString error;
        std::optional<Document> document = source.isFile()
                                               ? DocumentReader::readFile(source.path, &error)
                                               : DocumentReader::readData(source.data,
                                                                          source.mimeType,
                                                                          &error);
        if (document && document->text.trimmed().isEmpty()) {
            error = tr("holds no article text");
            document.reset();
        }
        ExtractionResult extraction;
        if (document) {
            if (!source.isFile() && document->title.isEmpty())
                document->title = source.label;
            extraction = pipeline->run(*document);
            extraction.warnings = document->warnings + extraction.warnings;
        }
        QMetaObject::invokeMethod(
            this,
            [this, index, document, extraction, error] {
                deliver(index, document, extraction, error);
            },
            Qt::QueuedConnection);
    });
}

void ExtractionJob::deliver(int index,
                            const std::optional<Document> &document,
                            const ExtractionResult &extraction,
                            const QString &error)
{
    const ImportSource source = m_sources.value(index);
    if (!document) {
        qCInfo(lcStore).noquote() << source.displayName() << "was not read:" << error;
        emit failed(index, source, error);
    } else {
        const QString hash = Article::hashText(document->text);
        qint64 duplicateOf = 0;
        if (m_workspace && m_workspace->database().isOpen()) {
            if (const std::optional<qint64> id = ArticleRepository(*m_workspace).findByHash(hash))
                duplicateOf = *id;
        }
        if (duplicateOf == 0 && m_hashes.contains(hash))
            duplicateOf = -1;
        m_hashes.insert(hash);
        emit documentReady(index, source, *document, extraction, duplicateOf);
    }
    runNext();
}

} // namespace Faultline
