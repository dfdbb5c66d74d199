#pragma once

#include "core/query/actorgraph.h"
#include "core/query/eventfilter.h"

#include <QObject>
#include <QString>

#include <optional>

class QThread;

namespace Faultline {

// Builds the actor graph of a large workspace on a worker thread, with a
// read-only connection of its own, so that the window and the timeline do not
// wait for a pass over every participant. One build runs at a time; a request
// made meanwhile replaces any waiting one and runs next, and only the result
// of the latest request is delivered.
class GraphBuildJob : public QObject
{
    Q_OBJECT

public:
    explicit GraphBuildJob(QObject *parent = nullptr);
    ~GraphBuildJob() override; // waits for a running build

    void start(const QString &workspacePath, const EventFilter &filter, int nodeCap);
    // Drops the waiting request and any result still to come.
    void cancel();
    bool isBusy() const { return m_thread || m_waiting; }

signals:
    // graph is empty with error set when the build failed.
    void built(const Faultline::ActorGraph &graph, const QString &error);

private:
    struct Request
    {
        QString path;
        EventFilter filter;
        int nodeCap = 0;
    };
    void run(const Request &request);
    void threadFinished();

    QThread *m_thread = nullptr;
    std::optional<Request> m_waiting;
    int m_ticket = 0;        // of the latest request
    int m_runningTicket = 0; // of the build on the thread
    std::optional<ActorGraph> m_result;
    QString m_error;
};

} // namespace Faultline
