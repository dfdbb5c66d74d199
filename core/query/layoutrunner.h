#pragma once

#include "core/query/forcelayout.h"
#include "core/query/layoutsnapshot.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <atomic>
#include <memory>

class QThread;

namespace Faultline {

// Runs a ForceLayout on a worker thread and reports positions every
// interval; start() again (a new filter) cancels the running layout. Never
// blocks the calling thread, except the destructor, which waits for the
// cancelled worker's current step.
class LayoutRunner : public QObject
{
    Q_OBJECT

public:
    explicit LayoutRunner(QObject *parent = nullptr);
    ~LayoutRunner() override;

    void setReportInterval(int milliseconds) { m_intervalMs = milliseconds; }
    int reportInterval() const { return m_intervalMs; }
    void setMaxIterations(int iterations) { m_maxIterations = iterations; }
    void setOverlapIterations(int iterations) { m_overlapIterations = iterations; }

    // Starts laying out `graph`, warm-started from `previous` (by id); pinned
    // ids keep their previous position. Returns the generation of this run.
    int start(ForceLayout::Graph graph,
              const ForceLayout::Settings &settings,
              const QHash<qint64, QPointF> &previous = {},
              const QSet<qint64> &pinned = {});
    void cancel();
    bool isRunning() const { return m_running; }
    int generation() const { return m_generation; }

signals:
    void positionsChanged(const Faultline::LayoutSnapshot &snapshot);
    void finished(const Faultline::LayoutSnapshot &snapshot);
    void cancelled(int generation);

private:
    void deliver(const LayoutSnapshot &snapshot, bool last);

    int m_intervalMs = 50;
    int m_maxIterations = 1500;
    int m_overlapIterations = 100;
    int m_generation = 0;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<QPointer<QThread>> m_threads;
};

} // namespace Faultline
