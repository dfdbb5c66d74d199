#pragma once

#include "core/interchange/dataimporter.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>

class QThread;

namespace Faultline {

// Runs one DataImporter on a worker thread, with a workspace connection of its
// own on the file, and reports progress and the outcome on the job's thread.
// The summary's footprint says which rows it wrote, for undo (ImportStash).
class DataImportJob : public QObject
{
    Q_OBJECT

public:
    explicit DataImportJob(QObject *parent = nullptr);
    ~DataImportJob() override; // cancels and waits: nothing is left half-written

    // False when a run is still going.
    bool start(const QString &workspacePath,
               const QString &file,
               const DataImporter::Options &options);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    // Of the last run, valid once finished() was emitted.
    const DataImporter::Summary &summary() const { return m_summary; }
    QString errorString() const { return m_error; }

signals:
    void progress(qint64 done, qint64 total);
    void finished(bool ok);

private:
    void threadFinished();

    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    DataImporter::Summary m_summary;
    QString m_error;
    bool m_ok = false;
};

} // namespace Faultline
