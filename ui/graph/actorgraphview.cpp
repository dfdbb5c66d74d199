#include "ui/graph/actorgraphview.h"

#include "core/query/actorgraphbuilder.h"
#include "core/query/forcelayout.h"
#include "core/query/layoutrunner.h"
#include "core/store/eventrepository.h"
#include "core/store/workspace.h"
#include "ui/graph/graphbuildjob.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QLoggingCategory>
#include <QMouseEvent>
#include <QPainter>
#include <QSqlQuery>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Faultline {

Q_LOGGING_CATEGORY(lcActorGraphView, "faultline.ui")

namespace {

constexpr double ZoomStep = 1.25;
constexpr double MinZoom = 0.01;
constexpr double MaxZoom = 40;
constexpr double FitMargin = 24; // pixels around the fitted graph

} // namespace

ActorGraphView::ActorGraphView(QWidget *parent)
    : QWidget(parent)
    , m_nodeCap(ActorGraphBuilder::DefaultNodeCap)
    , m_runner(new LayoutRunner(this))
    , m_rebuildTimer(new QTimer(this))
    , m_buildJob(new GraphBuildJob(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Actor graph"));
    m_rebuildTimer->setSingleShot(true);
    connect(m_rebuildTimer, &QTimer::timeout, this, &ActorGraphView::rebuild);
    connect(m_buildJob, &GraphBuildJob::built, this, &ActorGraphView::applyBuilt);
    connect(m_runner, &LayoutRunner::positionsChanged, this, [this](const LayoutSnapshot &snapshot) {
        applySnapshot(snapshot, false);
    });
    connect(m_runner, &LayoutRunner::finished, this, [this](const LayoutSnapshot &snapshot) {
        applySnapshot(snapshot, true);
    });
    updateStyle();
    updateTexts();
}

ActorGraphView::~ActorGraphView() = default;

QSize ActorGraphView::sizeHint() const
{
    return {420, 340};
}

void ActorGraphView::setWorkspace(Workspace *workspace)
{
    m_filter = EventFilter();
    // The same workspace again (after an import): keep the picture, warm-start from it.
    if (workspace != m_workspace) {
        m_workspace = workspace;
        m_known.clear();
        m_pinned.clear();
        m_options.highlightedActors.clear();
        m_options.hoveredActorId = 0;
        m_autoFit = true;
        if (m_egoActor) {
            m_egoActor.reset();
            emit egoViewChanged();
        }
        m_runner->cancel();
        m_graph = ActorGraph();
        m_positions.clear();
    }
    scheduleRebuild();
}

void ActorGraphView::setFilter(const EventFilter &filter)
{
    m_filter = filter;
    scheduleRebuild();
}

void ActorGraphView::setTimeRange(double fromDay, double toDay)
{
    m_rangeFrom = std::min(fromDay, toDay);
    m_rangeTo = std::max(fromDay, toDay);
    scheduleRebuild();
}

void ActorGraphView::clearTimeRange()
{
    m_rangeFrom.reset();
    m_rangeTo.reset();
    scheduleRebuild();
}

void ActorGraphView::setNodeCap(int cap)
{
    if (cap == m_nodeCap)
        return;
    m_nodeCap = cap;
    scheduleRebuild();
}

std::optional<std::pair<double, double>> ActorGraphView::timeRange() const
{
    if (!m_rangeFrom || !m_rangeTo)
        return std::nullopt;
    return std::make_pair(*m_rangeFrom, *m_rangeTo);
}

void ActorGraphView::showNeighbourhood(qint64 actorId, int depth)
{
    depth = std::clamp(depth, 1, MaxEgoDepth);
    if (m_egoActor == actorId && m_egoDepth == depth)
        return;
    m_egoActor = actorId;
    m_egoDepth = depth;
    const int node = m_graph.indexOf(actorId);
    if (node >= 0)
        m_egoName = m_graph.nodes()[size_t(node)].name;
    m_autoFit = true;
    rebuild();
    emit egoViewChanged();
}

void ActorGraphView::setNeighbourhoodDepth(int depth)
{
    depth = std::clamp(depth, 1, MaxEgoDepth);
    if (depth == m_egoDepth)
        return;
    m_egoDepth = depth;
    if (m_egoActor) {
        rebuild();
        emit egoViewChanged();
    }
}

void ActorGraphView::showFullGraph()
{
    if (!m_egoActor)
        return;
    m_egoActor.reset();
    m_autoFit = true;
    rebuild();
    emit egoViewChanged();
}

QString ActorGraphView::egoActorName() const
{
    if (!m_egoActor)
        return QString();
    const int node = m_graph.indexOf(*m_egoActor);
    return node >= 0 ? m_graph.nodes()[size_t(node)].name : m_egoName;
}

void ActorGraphView::setLegendVisible(bool visible)
{
    if (m_legendWanted == visible)
        return;
    m_legendWanted = visible;
    updateLegendShown();
    if (m_autoFit)
        fit();
    update();
}

void ActorGraphView::updateLegendShown()
{
    // A small view keeps its room for the graph.
    m_options.showLegend = m_legendWanted && height() >= MinLegendHeight
                           && width() >= MinLegendWidth;
}

void ActorGraphView::setHighlightedActors(const QSet<qint64> &actorIds)
{
    if (m_options.highlightedActors == actorIds)
        return;
    m_options.highlightedActors = actorIds;
    update();
}

EventFilter ActorGraphView::effectiveFilter() const
{
    EventFilter filter = m_filter;
    filter.limit = -1;
    filter.offset = 0;
    if (m_rangeFrom) {
        const qint64 from = qint64(std::floor(*m_rangeFrom));
        filter.fromDay = filter.fromDay ? std::max(*filter.fromDay, from) : from;
    }
    if (m_rangeTo) {
        const qint64 to = qint64(std::ceil(*m_rangeTo));
        filter.toDay = filter.toDay ? std::min(*filter.toDay, to) : to;
    }
    return filter;
}

bool ActorGraphView::isLayoutRunning() const
{
    return m_runner->isRunning();
}

bool ActorGraphView::isRebuildPending() const
{
    return m_rebuildTimer->isActive() || m_building;
}

std::optional<QPointF> ActorGraphView::positionOf(qint64 actorId) const
{
    const int index = m_graph.indexOf(actorId);
    if (index < 0 || size_t(index) >= m_positions.size())
        return std::nullopt;
    return m_positions[size_t(index)];
}

QPointF ActorGraphView::mapToWidget(const QPointF &layoutPoint) const
{
    return ActorGraphPainter::toScreen(layoutPoint, QRectF(rect()), m_options);
}

QPointF ActorGraphView::mapFromWidget(const QPointF &widgetPoint) const
{
    return ActorGraphPainter::toLayout(widgetPoint, QRectF(rect()), m_options);
}

void ActorGraphView::scheduleRebuild()
{
    // At most one rebuild per interval; calls in between coalesce into the next.
    if (m_rebuildTimer->isActive())
        return;
    const qint64 elapsed = m_sinceRebuild.isValid() ? m_sinceRebuild.elapsed() : RebuildIntervalMs;
    m_rebuildTimer->start(int(std::max<qint64>(0, RebuildIntervalMs - elapsed)));
}

void ActorGraphView::rebuild()
{
    m_rebuildTimer->stop();
    m_sinceRebuild.restart();
    m_error.clear();
    if (!m_workspace || !m_workspace->isOpen()) {
        m_buildJob->cancel();
        m_building = false;
        m_runner->cancel();
        m_graph = ActorGraph();
        m_positions.clear();
        finishRebuild();
        return;
    }
    // An ego view looks at the whole graph: the neighbours of a minor actor
    // may well be outside the top actors.
    const int nodeCap = m_egoActor ? 0 : m_nodeCap;
    if (isLarge()) {
        m_building = true;
        m_buildJob->start(m_workspace->path(), effectiveFilter(), nodeCap);
        updateTexts();
        update();
        return;
    }
    ActorGraphBuilder builder(*m_workspace);
    builder.setNodeCap(nodeCap);
    QString error;
    std::optional<ActorGraph> graph = builder.build(effectiveFilter(), &error);
    applyBuilt(graph ? std::move(*graph) : ActorGraph(), graph ? QString() : error);
}

bool ActorGraphView::isLarge() const
{
    QSqlQuery query(m_workspace->database());
    return query.exec(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM event_actors"))
           && query.next() && query.value(0).toLongLong() >= m_backgroundFromParticipants;
}

void ActorGraphView::applyBuilt(ActorGraph graph, const QString &error)
{
    m_building = false;
    if (!m_workspace || !m_workspace->isOpen())
        return;
    m_error = error;
    if (!error.isEmpty())
        qCWarning(lcActorGraphView) << "actor graph not built:" << error;
    if (m_egoActor) {
        const int node = graph.indexOf(*m_egoActor);
        if (node >= 0)
            m_egoName = graph.nodes()[size_t(node)].name;
        graph = graph.egoView(*m_egoActor, m_egoDepth);
    }
    m_graph = std::move(graph);
    m_workspaceHasEvents = !m_graph.isEmpty()
                           || EventRepository(*m_workspace).count(EventFilter()) > 0;
    // Until the layout reports, show known actors where they were and new
    // ones at the middle of their known neighbours.
    m_positions.assign(m_graph.nodes().size(), QPointF());
    std::vector<char> placed(m_graph.nodes().size(), 0);
    for (int i = 0; i < m_graph.nodeCount(); ++i) {
        const qint64 id = m_graph.nodes()[size_t(i)].actorId;
        if (const auto pin = m_pinned.constFind(id); pin != m_pinned.cend()) {
            m_positions[size_t(i)] = *pin;
            placed[size_t(i)] = 1;
        } else if (const auto known = m_known.constFind(id); known != m_known.cend()) {
            m_positions[size_t(i)] = *known;
            placed[size_t(i)] = 1;
        }
    }
    for (int i = 0; i < m_graph.nodeCount(); ++i) {
        if (placed[size_t(i)])
            continue;
        QPointF sum;
        int count = 0;
        for (int e : m_graph.incidentEdges(i)) {
            const ActorGraph::Edge &edge = m_graph.edges()[size_t(e)];
            const int other = edge.source == i ? edge.target : edge.source;
            if (placed[size_t(other)]) {
                sum += m_positions[size_t(other)];
                ++count;
            }
        }
        if (count > 0)
            m_positions[size_t(i)] = sum / count;
    }
    startLayout();
    finishRebuild();
}

void ActorGraphView::finishRebuild()
{
    updateTexts();
    if (m_autoFit)
        fit();
    update();
    emit graphChanged();
}

void ActorGraphView::relayout()
{
    if (!m_graph.isEmpty())
        startLayout();
}

void ActorGraphView::startLayout()
{
    QHash<qint64, QPointF> previous;
    previous.reserve(m_graph.nodeCount());
    for (int i = 0; i < m_graph.nodeCount(); ++i) {
        const qint64 id = m_graph.nodes()[size_t(i)].actorId;
        if (m_pinned.contains(id))
            previous.insert(id, m_pinned.value(id));
        else if (m_known.contains(id))
            previous.insert(id, m_known.value(id));
    }
    QSet<qint64> pinned;
    for (auto it = m_pinned.cbegin(); it != m_pinned.cend(); ++it)
        pinned.insert(it.key());
    m_generation = m_runner->start(ForceLayout::graphOf(m_graph),
                                   ForceLayout::Settings(),
                                   previous,
                                   pinned);
}

void ActorGraphView::applySnapshot(const LayoutSnapshot &snapshot, bool finished)
{
    if (snapshot.generation != m_generation)
        return;
    if (snapshot.ids.size() == qsizetype(m_positions.size())) {
        for (qsizetype i = 0; i < snapshot.ids.size(); ++i) {
            const qint64 id = snapshot.ids.at(i);
            const QPointF position = m_pinned.value(id, snapshot.positions.at(i));
            m_positions[size_t(i)] = position;
            m_known.insert(id, position);
        }
    }
    if (m_autoFit)
        fit();
    update();
    if (finished)
        emit layoutFinished();
}

void ActorGraphView::zoomIn()
{
    zoomBy(ZoomStep, QRectF(rect()).center());
}

void ActorGraphView::zoomOut()
{
    zoomBy(1 / ZoomStep, QRectF(rect()).center());
}

void ActorGraphView::fit()
{
    m_autoFit = true;
    if (m_positions.empty() || width() <= 0 || height() <= 0) {
        m_options.center = QPointF();
        m_options.scale = 1;
        update();
        return;
    }
    double left = 0, right = 0, top = 0, bottom = 0;
    for (size_t i = 0; i < m_positions.size(); ++i) {
        const double r = ActorGraph::nodeRadius(m_graph.nodes()[i].eventCount);
        const QPointF p = m_positions[i];
        if (i == 0 || p.x() - r < left)
            left = p.x() - r;
        if (i == 0 || p.x() + r > right)
            right = p.x() + r;
        if (i == 0 || p.y() - r < top)
            top = p.y() - r;
        if (i == 0 || p.y() + r > bottom)
            bottom = p.y() + r;
    }
    // The legend takes the top: the fitted graph starts below it.
    const double legend = m_options.showLegend
                              ? m_painter.paintLegend(nullptr,
                                                      QPointF(),
                                                      std::min(width() - 16.0, 420.0),
                                                      m_painter.style().font,
                                                      ActorGraphPainter::legendItemsOf(m_graph),
                                                      false)
                                    + 8
                              : 0.0;
    const double availableWidth = std::max(10.0, width() - 2 * FitMargin);
    const double availableHeight = std::max(10.0, height() - 2 * FitMargin - legend);
    const double scale = std::min(availableWidth / std::max(right - left, 1e-6),
                                  availableHeight / std::max(bottom - top, 1e-6));
    // A lone actor or two should not fill the whole view.
    m_options.scale = std::clamp(scale, MinZoom, 3.0);
    m_options.center = QPointF((left + right) / 2, (top + bottom) / 2)
                       - QPointF(0, legend / 2 / m_options.scale);
    update();
}

void ActorGraphView::zoomBy(double factor, const QPointF &anchor)
{
    const QPointF under = mapFromWidget(anchor);
    m_options.scale = std::clamp(m_options.scale * factor, MinZoom, MaxZoom);
    m_options.center = under - (anchor - QRectF(rect()).center()) / m_options.scale;
    m_autoFit = false;
    update();
}

void ActorGraphView::updateStyle()
{
    m_painter.setStyle(ActorGraphStyle::fromPalette(palette(), font()));
    update();
}

void ActorGraphView::updateTexts()
{
    const int hidden = m_graph.hiddenActorCount();
    if (m_building) {
        // Over the graph it replaces; alone, the empty state below says it.
        m_options.cornerNote = m_graph.isEmpty() ? QString() : tr("Building the actor graph…");
    } else if (m_egoActor) {
        m_options.cornerNote
            = hidden > 0
                  ? tr("Neighbourhood of %1, %Ln step(s); %2 actors hidden", nullptr, m_egoDepth)
                        .arg(egoActorName(), QLocale().toString(hidden))
                  : tr("Neighbourhood of %1, %Ln step(s)", nullptr, m_egoDepth).arg(egoActorName());
    } else {
        m_options.cornerNote = hidden > 0 ? tr("%Ln actor(s) hidden: only the top %1 are shown",
                                               nullptr,
                                               hidden)
                                                .arg(QLocale().toString(m_graph.nodeCount()))
                                          : QString();
    }
    if (m_building) {
        m_options.emptyTitle = tr("Building the actor graph…");
        m_options.emptyMessage = tr("In a large workspace this takes a few seconds; the timeline "
                                    "and the table can be used meanwhile.");
    } else if (!m_workspace) {
        m_options.emptyTitle = tr("No workspace open");
        m_options.emptyMessage = tr("Open or create a workspace to see who deals with whom.");
    } else if (!m_error.isEmpty()) {
        m_options.emptyTitle = tr("The actor graph could not be built");
        m_options.emptyMessage = m_error;
    } else if (!m_workspaceHasEvents) {
        m_options.emptyTitle = tr("The workspace is empty");
        m_options.emptyMessage = tr("Import articles (File > Import, or drop files here) and the "
                                    "actors of their events appear here.");
    } else if (m_egoActor) {
        m_options.emptyTitle = tr("%1 is not in the current filter").arg(egoActorName());
        m_options.emptyMessage = tr("No event in the current filters and time range names this "
                                    "actor. Widen the filters or go back to all actors.");
    } else {
        m_options.emptyTitle = tr("No actors in the current filter");
        m_options.emptyMessage = tr(
            "No event in the current filters and time range names an actor. Widen the time "
            "range or clear the filters.");
    }
}

QString ActorGraphView::toolTipFor(int node) const
{
    const ActorGraph::Node &n = m_graph.nodes()[size_t(node)];
    QString text = QStringLiteral("<b>%1</b><br>%2<br>%3")
                       .arg(n.name.toHtmlEscaped(),
                            Actor::kindName(n.kind).toHtmlEscaped(),
                            tr("%Ln event(s)", nullptr, n.eventCount));
    if (m_pinned.contains(n.actorId))
        text += QStringLiteral("<br>") + tr("Pinned").toHtmlEscaped();
    return text;
}

bool ActorGraphView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const ActorGraphPainter::Hit hit = m_painter.hitTest(help->pos(),
                                                             QRectF(rect()),
                                                             m_graph,
                                                             m_positions,
                                                             m_options);
        if (hit.kind == ActorGraphPainter::Hit::Kind::Node) {
            QToolTip::showText(help->globalPos(), toolTipFor(hit.node), this);
        } else if (hit.kind == ActorGraphPainter::Hit::Kind::Edge) {
            const ActorGraph::Edge &edge = m_graph.edges()[size_t(hit.edge)];
            const QString a = m_graph.nodes()[size_t(edge.source)].name.toHtmlEscaped();
            const QString b = m_graph.nodes()[size_t(edge.target)].name.toHtmlEscaped();
            const QString what = edge.kind == ActorGraph::EdgeKind::Affiliation
                                     ? tr("belongs to").toHtmlEscaped()
                                     : tr("%Ln shared event(s)", nullptr, edge.eventCount);
            QToolTip::showText(help->globalPos(),
                               QStringLiteral("<b>%1</b> – <b>%2</b><br>%3").arg(a, b, what),
                               this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void ActorGraphView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_painter.paint(&painter, QRectF(rect()), m_graph, m_positions, m_options);
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void ActorGraphView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateLegendShown();
    if (m_autoFit)
        fit();
}

void ActorGraphView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    zoomBy(std::pow(ZoomStep, steps), event->position());
    event->accept();
}

void ActorGraphView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton && !m_pressed) {
        const ActorGraphPainter::Hit hit = m_painter.hitTest(event->position(),
                                                             QRectF(rect()),
                                                             m_graph,
                                                             m_positions,
                                                             m_options);
        if (hit.kind == ActorGraphPainter::Hit::Kind::Node) {
            emit actorContextMenuRequested(m_graph.nodes()[size_t(hit.node)].actorId,
                                           event->globalPosition().toPoint());
            event->accept();
            return;
        }
    }
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position();
    m_lastMousePos = event->position();
    m_pressHit = m_painter.hitTest(event->position(),
                                   QRectF(rect()),
                                   m_graph,
                                   m_positions,
                                   m_options);
    event->accept();
}

void ActorGraphView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_pressed) {
        if (!m_dragging && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
            m_dragging = true;
        if (m_dragging) {
            if (m_pressHit.kind == ActorGraphPainter::Hit::Kind::Node
                && size_t(m_pressHit.node) < m_positions.size()) {
                const qint64 id = m_graph.nodes()[size_t(m_pressHit.node)].actorId;
                const QPointF layoutPoint = mapFromWidget(pos);
                m_pinned.insert(id, layoutPoint);
                m_known.insert(id, layoutPoint);
                m_positions[size_t(m_pressHit.node)] = layoutPoint;
                m_autoFit = false;
                setCursor(Qt::ClosedHandCursor);
            } else {
                m_options.center -= (pos - m_lastMousePos) / m_options.scale;
                m_autoFit = false;
                setCursor(Qt::ClosedHandCursor);
            }
            update();
        }
        m_lastMousePos = pos;
        return;
    }
    const ActorGraphPainter::Hit hit = m_painter.hitTest(pos,
                                                         QRectF(rect()),
                                                         m_graph,
                                                         m_positions,
                                                         m_options);
    const qint64 hovered = hit.kind == ActorGraphPainter::Hit::Kind::Node
                               ? m_graph.nodes()[size_t(hit.node)].actorId
                               : 0;
    if (hit.kind == ActorGraphPainter::Hit::Kind::None)
        unsetCursor();
    else
        setCursor(Qt::PointingHandCursor);
    if (hovered != m_options.hoveredActorId) {
        m_options.hoveredActorId = hovered;
        update();
    }
}

void ActorGraphView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    unsetCursor();
    if (m_dragging) {
        m_dragging = false;
        // The others make room around the node where it was put.
        if (m_pressHit.kind == ActorGraphPainter::Hit::Kind::Node)
            relayout();
        return;
    }
    if (m_pressHit.kind == ActorGraphPainter::Hit::Kind::Node) {
        emit actorSelected(m_graph.nodes()[size_t(m_pressHit.node)].actorId);
    } else if (m_pressHit.kind == ActorGraphPainter::Hit::Kind::Edge) {
        const ActorGraph::Edge &edge = m_graph.edges()[size_t(m_pressHit.edge)];
        emit edgeSelected(m_graph.nodes()[size_t(edge.source)].actorId,
                          m_graph.nodes()[size_t(edge.target)].actorId);
    }
}

void ActorGraphView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        fit();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ActorGraphView::leaveEvent(QEvent *event)
{
    if (m_options.hoveredActorId != 0) {
        m_options.hoveredActorId = 0;
        update();
    }
    QWidget::leaveEvent(event);
}

void ActorGraphView::contextMenuEvent(QContextMenuEvent *event)
{
    // A right-click on a node was handled on press; the menu key opens the
    // menu of the node under the pointer.
    if (event->reason() == QContextMenuEvent::Mouse) {
        event->accept();
        return;
    }
    const ActorGraphPainter::Hit hit = m_painter.hitTest(event->pos(),
                                                         QRectF(rect()),
                                                         m_graph,
                                                         m_positions,
                                                         m_options);
    if (hit.kind == ActorGraphPainter::Hit::Kind::Node) {
        emit actorContextMenuRequested(m_graph.nodes()[size_t(hit.node)].actorId,
                                       event->globalPos());
        event->accept();
        return;
    }
    event->ignore();
}

void ActorGraphView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        updateStyle();
    } else if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Actor graph"));
        updateTexts();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace Faultline
