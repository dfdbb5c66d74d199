#include "ui/graph/graphbuildjob.h"

#include "core/query/actorgraphbuilder.h"
#include "core/store/workspace.h"

#include <QThread>

namespace Faultline {

GraphBuildJob::GraphBuildJob(QObject *parent)
    : QObject(parent)
{}

GraphBuildJob::~GraphBuildJob()
{
    m_waiting.reset();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void GraphBuildJob::start(const QString &workspacePath, const EventFilter &filter, int nodeCap)
{
    ++m_ticket;
    const Request request{workspacePath, filter, nodeCap};
    if (m_thread) {
        m_waiting = request;
        return;
    }
    run(request);
}

void GraphBuildJob::cancel()
{
    ++m_ticket; // a running build's result is no longer wanted
    m_waiting.reset();
}

void GraphBuildJob::run(const Request &request)
{
    m_runningTicket = m_ticket;
    m_result.reset();
    m_error.clear();
    m_thread = QThread::create([this, request] {
        // The connection belongs to this thread: opened, used and closed here.
        Workspace workspace;
        QString error;
        if (!workspace.open(request.path, Workspace::OpenMode::ReadOnly, &error)) {
            m_error = error;
            return;
        }
        ActorGraphBuilder builder(workspace);
        builder.setNodeCap(request.nodeCap);
        m_result = builder.build(request.filter, &m_error);
    });
    connect(m_thread, &QThread::finished, this, &GraphBuildJob::threadFinished);
    m_thread->start(QThread::LowPriority);
}

void GraphBuildJob::threadFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    const bool wanted = m_runningTicket == m_ticket;
    std::optional<ActorGraph> graph = std::move(m_result);
    const QString error = m_error;
    if (m_waiting) {
        const Request next = *m_waiting;
        m_waiting.reset();
        run(next);
    }
    if (wanted)
        emit built(graph.value_or(ActorGraph()), graph ? QString() : error);
}

} // namespace Faultline
