#include "core/query/layoutrunner.h"

#include <QElapsedTimer>
#include <QThread>

namespace Faultline {

namespace {

LayoutSnapshot snapshotOf(const ForceLayout &layout, int generation, bool stable)
{
    LayoutSnapshot snapshot;
    snapshot.generation = generation;
    snapshot.iteration = layout.iteration();
    snapshot.stable = stable;
    snapshot.ids = QList<qint64>(layout.graph().ids.begin(), layout.graph().ids.end());
    const std::vector<QPointF> positions = layout.positions();
    snapshot.positions = QList<QPointF>(positions.begin(), positions.end());
    return snapshot;
}

} // namespace

LayoutRunner::LayoutRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Faultline::LayoutSnapshot>();
}

LayoutRunner::~LayoutRunner()
{
    cancel();
    // The workers post to this object; they must be gone before it is.
    for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
        if (thread)
            thread->wait();
    }
}

int LayoutRunner::start(ForceLayout::Graph graph,
                        const ForceLayout::Settings &settings,
                        const QHash<qint64, QPointF> &previous,
                        const QSet<qint64> &pinned)
{
    cancel();
    const int generation = ++m_generation;
    auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelFlag;
    m_running = true;
    const int interval = m_intervalMs;
    const int maxIterations = m_maxIterations;
    const int overlapIterations = m_overlapIterations;
    QPointer<LayoutRunner> self(this);
    QThread *thread = QThread::create([=, graph = std::move(graph)]() mutable {
        ForceLayout layout(std::move(graph), settings);
        layout.initialize(previous, pinned);
        QElapsedTimer sinceReport;
        sinceReport.start();
        auto post = [&](bool last) {
            const LayoutSnapshot snapshot = snapshotOf(layout, generation, last);
            // Queued to the runner's thread; dropped there if a newer run started.
            QMetaObject::invokeMethod(
                self.data(),
                [self, snapshot, last]() {
                    if (self)
                        self->deliver(snapshot, last);
                },
                Qt::QueuedConnection);
        };
        while (layout.advance(maxIterations, overlapIterations)) {
            if (cancelFlag->load())
                return;
            if (sinceReport.elapsed() >= interval) {
                post(false);
                sinceReport.restart();
            }
        }
        if (cancelFlag->load())
            return;
        post(true);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.removeAll(QPointer<QThread>());
    m_threads.append(thread);
    thread->start(QThread::LowPriority);
    return generation;
}

void LayoutRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    if (m_running) {
        m_running = false;
        emit cancelled(m_generation);
    }
}

void LayoutRunner::deliver(const LayoutSnapshot &snapshot, bool last)
{
    if (snapshot.generation != m_generation || !m_running)
        return;
    if (last) {
        m_running = false;
        m_cancel.reset();
        emit positionsChanged(snapshot);
        emit finished(snapshot);
    } else {
        emit positionsChanged(snapshot);
    }
}

} // namespace Faultline
