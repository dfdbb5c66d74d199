#pragma once

#include "core/extract/extractionresult.h"
#include "core/ingest/document.h"
#include "core/store/importsource.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace Faultline {

class ExtractionPipeline;
class Workspace;

// Reads sources and extracts their events on a worker thread, one source after
// the other, writing nothing; results arrive as signals on the job's thread.
class ExtractionJob : public QObject
{
    Q_OBJECT

public:
    // The pipeline is shared with the worker, so it stays alive while one runs.
    explicit ExtractionJob(std::shared_ptr<const ExtractionPipeline> pipeline,
                           QObject *parent = nullptr);
    ~ExtractionJob() override; // cancels and waits for the source being read

    // Duplicates are looked up in this workspace (on the job's thread); may be null.
    void setWorkspace(Workspace *workspace) { m_workspace = workspace; }

    // Starts on sources; returns false when a run is still going.
    bool start(const QList<ImportSource> &sources);
    // Stops after the source being read; finished(true) follows.
    void cancel();
    bool isRunning() const { return m_running; }
    int total() const { return int(m_sources.size()); }

signals:
    // Before reading sources[index].
    void progress(int index, int total, const QString &name);
    // duplicateOf: the article already holding the same text, 0 if none;
    // -1 when an earlier source of this run had the same text.
    void documentReady(int index,
                       const Faultline::ImportSource &source,
                       const Faultline::Document &document,
                       const Faultline::ExtractionResult &extraction,
                       qint64 duplicateOf);
    // error: a fragment to follow the name, "is empty".
    void failed(int index, const Faultline::ImportSource &source, const QString &error);
    void finished(bool cancelled);

private:
    void runNext();
    void deliver(int index,
                 const std::optional<Document> &document,
                 const ExtractionResult &extraction,
                 const QString &error);

    std::shared_ptr<const ExtractionPipeline> m_pipeline;
    Workspace *m_workspace = nullptr;
    QList<ImportSource> m_sources;
    QSet<QString> m_hashes; // of this run's documents
    int m_next = 0;
    bool m_running = false;
    std::atomic<bool> m_cancelled{false};
    QThreadPool m_pool; // one worker; owned so the destructor can wait for it
};

} // namespace Faultline
