#pragma once

#include "core/query/actorgraph.h"
#include "core/query/eventfilter.h"
#include "core/query/layoutsnapshot.h"
#include "ui/graph/actorgraphpainter.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPoint>
#include <QPointF>
#include <QSet>
#include <QWidget>

#include <optional>
#include <utility>
#include <vector>

class QTimer;

namespace Faultline {

class GraphBuildJob;
class LayoutRunner;
class Workspace;

// The interactive actor graph: zoom (wheel at the cursor, keys), pan (drag on
// empty space), fit; drag a node to move and pin it; click a node or an edge
// to select it. The graph is rebuilt for the filter and time range at most once
// per RebuildIntervalMs, and laid out on a worker thread, warm-started from the
// positions shown before. Painting goes through ActorGraphPainter.
class ActorGraphView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RebuildIntervalMs = 200;

    explicit ActorGraphView(QWidget *parent = nullptr);
    ~ActorGraphView() override;

    QSize sizeHint() const override;

    void setWorkspace(Faultline::Workspace *workspace); // nullptr clears
    void setFilter(const Faultline::EventFilter &filter);
    void setTimeRange(double fromDay, double toDay);
    void clearTimeRange();
    const EventFilter &filter() const { return m_filter; }
    // The time window the graph follows (Julian days), if any.
    std::optional<std::pair<double, double>> timeRange() const;
    // At most this many actors, those with most events; <= 0: no cap.
    void setNodeCap(int cap);
    int nodeCap() const { return m_nodeCap; }
    // Ego view: the actor and its neighbours up to depth (1-3) steps, over the
    // whole graph of the filter (the cap does not apply). The actor stays
    // chosen when the filter changes; showFullGraph() goes back.
    void showNeighbourhood(qint64 actorId, int depth);
    void setNeighbourhoodDepth(int depth);
    void showFullGraph();
    std::optional<qint64> egoActor() const { return m_egoActor; }
    int egoDepth() const { return m_egoDepth; }
    static constexpr int MaxEgoDepth = 3;
    // The legend of kinds and relations at the top, when the view is at least
    // MinLegendWidth x MinLegendHeight.
    void setLegendVisible(bool visible);
    bool isLegendVisible() const { return m_legendWanted; }
    bool isLegendShown() const { return m_options.showLegend; }
    static constexpr int MinLegendWidth = 320;
    static constexpr int MinLegendHeight = 300;
    // Actors marked in the accent colour (the actors of the selected event).
    void setHighlightedActors(const QSet<qint64> &actorIds);
    QSet<qint64> highlightedActors() const { return m_options.highlightedActors; }

    const ActorGraph &graph() const { return m_graph; }
    // The filter the graph was last built for (the time range included).
    EventFilter effectiveFilter() const;
    bool isLayoutRunning() const;
    // Whether a rebuild is waiting for its throttle or being built in the background.
    bool isRebuildPending() const;
    // Workspaces with at least this many participant rows get their graph built
    // on a worker thread (200,000 by default).
    void setBackgroundBuildFrom(qint64 participants)
    {
        m_backgroundFromParticipants = participants;
    }
    // Layout position of an actor; nullopt when it is not in the graph.
    std::optional<QPointF> positionOf(qint64 actorId) const;
    QPointF mapToWidget(const QPointF &layoutPoint) const;
    QPointF mapFromWidget(const QPointF &widgetPoint) const;
    double zoom() const { return m_options.scale; }
    bool isPinned(qint64 actorId) const { return m_pinned.contains(actorId); }
    QString cornerNote() const { return m_options.cornerNote; }
    QString emptyTitle() const { return m_options.emptyTitle; }
    const ActorGraphPainter &painter() const { return m_painter; }

public slots:
    void zoomIn();
    void zoomOut();
    void fit();
    void rebuild();  // at once, without waiting for the throttle
    void relayout(); // lays the current graph out again, warm

signals:
    void actorSelected(qint64 actorId);
    void edgeSelected(qint64 firstActorId, qint64 secondActorId);
    // Right-click (or the menu key with the pointer) on a node.
    void actorContextMenuRequested(qint64 actorId, const QPoint &globalPos);
    void graphChanged();   // rebuilt for a new filter, range or workspace
    void egoViewChanged(); // entered, left, or another actor or depth
    void layoutFinished();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void scheduleRebuild();
    bool isLarge() const;
    void applyBuilt(ActorGraph graph, const QString &error);
    void finishRebuild();
    void startLayout();
    void applySnapshot(const LayoutSnapshot &snapshot, bool finished);
    void zoomBy(double factor, const QPointF &anchor);
    void updateStyle();
    void updateTexts();
    QString toolTipFor(int node) const;
    QString egoActorName() const;
    void updateLegendShown();

    Workspace *m_workspace = nullptr;
    EventFilter m_filter;
    std::optional<double> m_rangeFrom;
    std::optional<double> m_rangeTo;
    int m_nodeCap;
    QString m_error;
    std::optional<qint64> m_egoActor;
    QString m_egoName; // the actor's name when last seen, for the texts
    int m_egoDepth = 1;
    bool m_workspaceHasEvents = false;
    bool m_legendWanted = false;

    ActorGraph m_graph;
    std::vector<QPointF> m_positions; // aligned with m_graph.nodes()
    QHash<qint64, QPointF> m_known;   // last position of every actor seen
    QHash<qint64, QPointF> m_pinned;  // positions the user dragged nodes to
    LayoutRunner *m_runner = nullptr;
    int m_generation = -1;

    QTimer *m_rebuildTimer = nullptr;
    QElapsedTimer m_sinceRebuild;
    // Graphs of workspaces with this many participant rows are built in the background.
    qint64 m_backgroundFromParticipants = 200000;
    GraphBuildJob *m_buildJob = nullptr;
    bool m_building = false;

    ActorGraphPainter m_painter;
    ActorGraphOptions m_options;
    bool m_autoFit = true; // follows the layout until the user zooms or pans

    // Mouse state.
    QPointF m_pressPos;
    QPointF m_lastMousePos;
    bool m_pressed = false;
    bool m_dragging = false;
    ActorGraphPainter::Hit m_pressHit;
};

} // namespace Faultline
