#include "ui/dialogs/dataimportjob.h"

#include "core/store/workspace.h"

#include <QThread>

namespace Faultline {

DataImportJob::DataImportJob(QObject *parent)
    : QObject(parent)
{}

DataImportJob::~DataImportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool DataImportJob::start(const QString &workspacePath,
                          const QString &file,
                          const DataImporter::Options &options)
{
    if (m_thread)
        return false;
    m_cancel = false;
    m_summary = {};
    m_error.clear();
    m_ok = false;
    DataImporter::Options run = options;
    run.cancel = &m_cancel;
    // Called on the worker; queued to the job's thread (the job outlives the worker).
    run.progress = [this](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
    };
    m_thread = QThread::create([this, workspacePath, file, run] {
        // The connection belongs to this thread: opened, used and closed here.
        Workspace workspace;
        QString error;
        if (!workspace.open(workspacePath, Workspace::OpenMode::ReadWrite, &error)) {
            m_error = error;
            return;
        }
        DataImporter importer(workspace);
        m_ok = importer.importFile(file, run, &m_summary, &m_error);
    });
    connect(m_thread, &QThread::finished, this, &DataImportJob::threadFinished);
    m_thread->start();
    return true;
}

void DataImportJob::cancel()
{
    m_cancel = true;
}

void DataImportJob::threadFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    emit finished(m_ok);
}

} // namespace Faultline
