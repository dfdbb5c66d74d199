#include "ui/timeline/timelineview.h"

#include "core/model/datespan.h"
#include "core/query/timelineindexloader.h"
#include "core/query/tooltiptext.h"
#include "core/store/eventrepository.h"
#include "core/store/workspace.h"
#include "ui/settings/preferences.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDate>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QMenu>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QScrollBar>
#include <QSqlQuery>
#include <QStyle>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcTimelineView, "faultline.ui")

namespace Faultline {

namespace {

constexpr double ZoomStep = 1.5;
constexpr double DefaultSpan = 365.2425;
const TimelineIndex EmptyIndex;

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
    , m_horizontalBar(new QScrollBar(Qt::Horizontal, this))
    , m_verticalBar(new QScrollBar(Qt::Vertical, this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 200);
    grabGesture(Qt::PinchGesture);
    setAccessibleName(tr("Timeline"));
    m_verticalBar->hide();
    m_horizontalBar->setAccessibleName(tr("Scroll the timeline in time"));
    m_verticalBar->setAccessibleName(tr("Scroll the lanes"));
    connect(m_horizontalBar, &QScrollBar::valueChanged, this, &TimelineView::horizontalScrolled);
    connect(m_verticalBar, &QScrollBar::valueChanged, this, &TimelineView::verticalScrolled);
    updateStyle();
    const QDate today = QDate::currentDate();
    const double end = double(DateSpan::julianDay(today.year(), 12, 31)) + 1;
    m_scale = TimeScale(end - DefaultSpan, end, 800, Preferences::load().timeDirection);
    // The scroll bar runs the way time does, whatever the layout direction.
    m_horizontalBar->setLayoutDirection(m_scale.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    updateAccessibleDescription();
}

TimelineView::~TimelineView() = default;

QSize TimelineView::sizeHint() const
{
    return QSize(900, 420);
}

void TimelineView::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_titles.setWorkspace(workspace);
    m_painter.clearCaches();
    m_selectedId = 0;
    m_selectedPosition = -1;
    m_hoveredId = 0;
    m_toolTipId = 0;
    m_laneOrderKeys.clear();
    m_collapsed.clear();
    loadIndex();
    fitAll();
}

void TimelineView::reload()
{
    m_titles.clear();
    m_painter.clearCaches();
    m_toolTipId = 0;
    loadIndex();
}

void TimelineView::loadIndex()
{
    m_fullIndex = TimelineIndex();
    if (m_workspace && m_workspace->isOpen()) {
        QString error;
        const TimelineIndexLoader loader(*m_workspace);
        auto loaded = loader.load(m_laneMode, &error);
        if (loaded)
            m_fullIndex = std::move(*loaded);
        else
            qCWarning(lcTimelineView) << "cannot load the timeline:" << error;
    }
    applyFilter();
}

void TimelineView::applyFilter()
{
    m_filtered = false;
    m_filteredIndex = TimelineIndex();
    if (m_workspace && m_workspace->isOpen()
        && (!m_filter.isEmpty() || !m_filter.includeUnresolved)) {
        QString error;
        const TimelineIndexLoader loader(*m_workspace);
        auto filtered = loader.filtered(m_fullIndex, m_filter, &error);
        if (filtered) {
            m_filteredIndex = std::move(*filtered);
            m_filtered = true;
        } else {
            qCWarning(lcTimelineView) << "cannot filter the timeline:" << error;
        }
    }
    indexChanged();
}

void TimelineView::indexChanged()
{
    const TimelineIndex *idx = index();
    m_laneIndexOfKey.clear();
    m_laneIndexOfKey.reserve(idx->laneCount());
    for (int lane = 0; lane < idx->laneCount(); ++lane)
        m_laneIndexOfKey.insert(idx->laneKey(lane), lane);
    m_selectedPosition = m_selectedId != 0 ? idx->positionOf(m_selectedId) : -1;
    m_hoveredId = 0;
    updateScaleWidth();
    syncScrollBars();
    updateAccessibleDescription();
    update();
    emit countsChanged();
}

void TimelineView::setFilter(const EventFilter &filter)
{
    m_filter = filter;
    applyFilter();
}

void TimelineView::setLaneMode(LaneMode mode)
{
    if (mode == m_laneMode)
        return;
    m_laneMode = mode;
    m_laneOrderKeys.clear();
    m_collapsed.clear();
    m_laneScroll = 0;
    loadIndex();
}

LaneMode TimelineView::laneMode() const
{
    return m_laneMode;
}

void TimelineView::setSelectedEvent(qint64 eventId)
{
    if (eventId == m_selectedId)
        return;
    m_selectedId = eventId;
    m_selectedPosition = eventId != 0 ? index()->positionOf(eventId) : -1;
    if (m_selectedPosition >= 0)
        revealPosition(quint32(m_selectedPosition));
    update();
}

qint64 TimelineView::selectedEvent() const
{
    return m_selectedId;
}

void TimelineView::setVisibleRange(double fromDay, double toDay)
{
    TimeScale scale = m_scale;
    scale.setRange(fromDay, toDay);
    setScale(scale);
}

double TimelineView::visibleFrom() const
{
    return m_scale.from();
}

double TimelineView::visibleTo() const
{
    return m_scale.to();
}

const TimelineIndex *TimelineView::index() const
{
    return m_filtered ? &m_filteredIndex : &m_fullIndex;
}

int TimelineView::totalCount() const
{
    return index()->totalCount();
}

int TimelineView::unresolvedCount() const
{
    return index()->unresolvedCount();
}

int TimelineView::visibleCount() const
{
    const TimelineIndex *idx = index();
    return int(idx->positionAtOrAfter(std::floor(m_scale.to()) + 1)
               - idx->positionAtOrAfter(std::floor(m_scale.from())));
}

TimelineOptions TimelineView::options() const
{
    TimelineOptions options;
    options.scale = m_scale;
    options.laneOrder = displayOrder();
    options.collapsed = m_collapsed;
    options.laneScroll = m_laneScroll;
    options.selectedEventId = m_selectedId;
    options.selectedPosition = m_selectedPosition;
    options.hoveredEventId = m_hoveredId;
    options.titles = &m_titles;
    const bool hasEvents = m_fullIndex.totalCount() > 0;
    if (hasEvents && index()->isEmpty()) {
        options.emptyTitle = tr("No matching events");
        options.emptyMessage = tr("No event matches the current filter. Clear the filter to see "
                                  "all events again.");
    }
    return options;
}

QList<int> TimelineView::displayOrder() const
{
    QList<int> order;
    if (m_laneOrderKeys.isEmpty())
        return order;
    const TimelineIndex *idx = index();
    order.reserve(idx->laneCount());
    QList<bool> seen(idx->laneCount(), false);
    for (qint64 key : m_laneOrderKeys) {
        const auto it = m_laneIndexOfKey.constFind(key);
        if (it != m_laneIndexOfKey.constEnd() && !seen[it.value()]) {
            seen[it.value()] = true;
            order.append(it.value());
        }
    }
    for (int lane = 0; lane < idx->laneCount(); ++lane) {
        if (!seen[lane])
            order.append(lane);
    }
    return order;
}

QList<qint64> TimelineView::laneOrder() const
{
    QList<qint64> keys;
    const TimelineIndex *idx = index();
    QList<int> order = displayOrder();
    if (order.isEmpty()) {
        for (int lane = 0; lane < idx->laneCount(); ++lane)
            order.append(lane);
    }
    for (int lane : std::as_const(order))
        keys.append(idx->laneKey(lane));
    return keys;
}

void TimelineView::moveLane(qint64 laneKey, int delta)
{
    QList<qint64> keys = laneOrder();
    const qsizetype from = keys.indexOf(laneKey);
    if (from < 0)
        return;
    const qsizetype to = std::clamp<qsizetype>(from + delta, 0, keys.size() - 1);
    if (to == from)
        return;
    keys.move(from, to);
    m_laneOrderKeys = keys;
    syncScrollBars();
    update();
}

void TimelineView::setLaneCollapsed(qint64 laneKey, bool collapsed)
{
    if (collapsed)
        m_collapsed.insert(laneKey);
    else
        m_collapsed.remove(laneKey);
    syncScrollBars();
    update();
}

bool TimelineView::isLaneCollapsed(qint64 laneKey) const
{
    return m_collapsed.contains(laneKey);
}

QRectF TimelineView::paintRect() const
{
    qreal w = width();
    if (m_verticalBar->isVisible())
        w -= m_verticalBar->width();
    return QRectF(0,
                  0,
                  std::max<qreal>(1, w),
                  std::max<qreal>(1, height() - m_horizontalBar->height()));
}

QRectF TimelineView::plotRect() const
{
    return m_painter.layout(paintRect(), index(), options()).plot;
}

void TimelineView::setTimeDirection(TimeScale::Direction direction)
{
    if (direction == m_scale.direction())
        return;
    m_scale.setDirection(direction);
    m_horizontalBar->setLayoutDirection(m_scale.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    updateScaleWidth();
    syncScrollBars();
    update();
}

void TimelineView::updateScaleWidth()
{
    const double width = plotRect().width();
    if (std::abs(width - m_scale.width()) > 1e-9)
        m_scale.setWidth(width);
}

void TimelineView::setScale(const TimeScale &scale)
{
    const bool changed = scale.from() != m_scale.from() || scale.to() != m_scale.to();
    m_fitted = false; // fitAll() sets it again after this
    m_scale = scale;
    updateScaleWidth();
    syncScrollBars();
    update();
    if (changed) {
        updateAccessibleDescription();
        emit visibleRangeChanged(m_scale.from(), m_scale.to());
    }
}

void TimelineView::syncScrollBars()
{
    m_syncingBars = true;
    // Horizontal: the data extent with a margin, widened to include the view.
    const TimelineIndex *idx = index();
    double from = m_scale.from();
    double to = m_scale.to();
    if (idx->resolvedCount() > 0) {
        const double margin = std::max(30.0, (idx->extentTo() - idx->extentFrom()) * 0.05);
        from = std::min(from, idx->extentFrom() - margin);
        to = std::max(to, idx->extentTo() + margin);
    }
    from = std::max(from, TimeScale::MinDay);
    to = std::min(to, TimeScale::MaxDay);
    double unit = m_scale.daysPerPixel();
    const double total = (to - from) / unit;
    if (total > 1e9)
        unit *= total / 1e9;
    m_barOrigin = from;
    m_barUnit = unit;
    const int page = std::max(1, int(m_scale.span() / unit));
    m_horizontalBar->setRange(0, std::max(0, int((to - from - m_scale.span()) / unit)));
    m_horizontalBar->setPageStep(page);
    m_horizontalBar->setSingleStep(std::max(1, page / 20));
    m_horizontalBar->setValue(int(std::round((m_scale.from() - from) / unit)));

    // Vertical: lanes taller than the view.
    const TimelinePainter::Layout layout = m_painter.layout(paintRect(), idx, options());
    const int overflow = int(std::ceil(layout.contentHeight - layout.lanes.height()));
    const bool needed = overflow > 0;
    if (needed != m_verticalBar->isVisible()) {
        m_verticalBar->setVisible(needed);
        if (!needed)
            m_laneScroll = 0;
        resizeEvent(nullptr);
    }
    if (needed) {
        m_verticalBar->setRange(0, overflow);
        m_verticalBar->setPageStep(int(layout.lanes.height()));
        m_verticalBar->setSingleStep(std::max(1, int(layout.lanes.height() / 10)));
        m_laneScroll = std::clamp<qreal>(m_laneScroll, 0, overflow);
        m_verticalBar->setValue(int(m_laneScroll));
    }
    m_syncingBars = false;
}

void TimelineView::horizontalScrolled(int value)
{
    if (m_syncingBars)
        return;
    const double from = m_barOrigin + value * m_barUnit;
    setVisibleRange(from, from + m_scale.span());
}

void TimelineView::verticalScrolled(int value)
{
    if (m_syncingBars)
        return;
    m_laneScroll = value;
    update();
}

void TimelineView::zoomBy(double factor, double anchorX)
{
    TimeScale scale = m_scale;
    scale.zoom(factor, anchorX);
    setScale(scale);
}

void TimelineView::panBy(double dx)
{
    TimeScale scale = m_scale;
    scale.pan(dx);
    setScale(scale);
}

void TimelineView::zoomIn()
{
    zoomBy(ZoomStep, m_scale.width() / 2);
}

void TimelineView::zoomOut()
{
    zoomBy(1 / ZoomStep, m_scale.width() / 2);
}

void TimelineView::fitAll()
{
    const TimelineIndex *idx = index();
    if (idx->resolvedCount() == 0) {
        const QDate today = QDate::currentDate();
        const double end = double(DateSpan::julianDay(today.year(), 12, 31)) + 1;
        setVisibleRange(end - DefaultSpan, end);
        return;
    }
    const double span = idx->extentTo() - idx->extentFrom();
    const double margin = std::max(15.0, span * 0.03);
    // Labels run after their glyphs (the way time runs): leave room for the last ones.
    const double width = m_scale.width();
    const double labelRoom = width > 400 ? std::min(200.0, width * 0.2) : 0.0;
    const double daysPerPixel = (span + 2 * margin) / std::max(1.0, width - labelRoom);
    setVisibleRange(idx->extentFrom() - margin, idx->extentTo() + margin + labelRoom * daysPerPixel);
    m_fitted = true;
}

void TimelineView::zoomToSelection()
{
    if (m_selectedPosition < 0)
        return;
    const TimelineIndex::EventRef ev = index()->event(quint32(m_selectedPosition));
    const double span = double(ev.latestDay) + 1 - ev.earliestDay;
    const double margin = std::max(7.0, span * 0.25);
    setVisibleRange(ev.earliestDay - margin, ev.latestDay + 1 + margin);
}

void TimelineView::goToDate(qint64 julianDay)
{
    const double half = m_scale.span() / 2;
    setVisibleRange(julianDay + 0.5 - half, julianDay + 0.5 + half);
}

void TimelineView::revealPosition(quint32 position)
{
    const TimelineIndex::EventRef ev = index()->event(position);
    const double start = ev.earliestDay;
    const double end = double(ev.latestDay) + 1;
    if (end > m_scale.from() && start < m_scale.to())
        return;
    const double centre = (start + end) / 2;
    const double half = m_scale.span() / 2;
    setVisibleRange(centre - half, centre + half);
}

void TimelineView::selectAndReveal(quint32 position)
{
    m_selectedPosition = position;
    m_selectedId = index()->eventId(position);
    revealPosition(position);
    update();
    emit eventSelected(m_selectedId);
}

bool TimelineView::moveSelection(int delta)
{
    const TimelineIndex *idx = index();
    const int count = idx->resolvedCount();
    if (count == 0)
        return false;
    qint64 next = 0;
    if (m_selectedPosition < 0) {
        next = std::min<qint64>(idx->positionAtOrAfter(m_scale.from()), count - 1);
        if (delta < 0)
            next = std::max<qint64>(0, qint64(idx->positionAtOrAfter(m_scale.to())) - 1);
    } else {
        next = m_selectedPosition + delta;
        if (next < 0 || next >= count)
            return false;
    }
    selectAndReveal(quint32(next));
    return true;
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_painter.paint(&painter, paintRect(), index(), options());
    if (m_dragging && m_eventDragEnabled && m_pressHit.kind == TimelinePainter::Hit::Kind::Event) {
        // Where the dragged event will start: a line and the day under the pointer.
        const QRectF plot = plotRect();
        const double x = std::clamp(m_lastMousePos.x(), plot.left(), plot.right());
        painter.setPen(QPen(palette().highlight().color(), 1.5, Qt::DashLine));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        const qint64 day = qint64(std::floor(m_scale.day(x - plot.left())));
        painter.setPen(palette().text().color());
        painter.drawText(QPointF(x + 4, plot.top() + fontMetrics().ascent() + 2),
                         DateSpan::fromJulianDay(day).toDisplayString());
    }
    if (m_verticalBar->isVisible() && m_horizontalBar->isVisible()) {
        // The corner between the two scroll bars.
        painter.fillRect(QRectF(m_verticalBar->x(),
                                m_horizontalBar->y(),
                                m_verticalBar->width(),
                                m_horizontalBar->height()),
                         palette().window());
    }
}

void TimelineView::resizeEvent(QResizeEvent *)
{
    const int barHeight = m_horizontalBar->sizeHint().height();
    const int barWidth = m_verticalBar->isVisible() ? m_verticalBar->sizeHint().width() : 0;
    m_horizontalBar->setGeometry(0, height() - barHeight, width() - barWidth, barHeight);
    m_verticalBar->setGeometry(width() - barWidth, 0, barWidth, std::max(0, height() - barHeight));
    if (m_syncingBars)
        return;
    const double oldWidth = m_scale.width();
    updateScaleWidth();
    syncScrollBars();
    // Until the user zooms or pans, the whole story stays in view.
    if (m_fitted && std::abs(oldWidth - m_scale.width()) > 0.5)
        fitAll();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QRectF plot = plotRect();
    const QPointF pos = event->position();
    QPoint angle = event->angleDelta();
    const QPoint pixels = event->pixelDelta();
    if (event->modifiers() & Qt::ShiftModifier && angle.x() == 0)
        angle = QPoint(angle.y(), 0); // Shift turns the wheel into a horizontal one
    // Over the lane headers (on the side where time starts) the wheel scrolls the lanes.
    const bool overHeaders = m_scale.isRightToLeft() ? pos.x() > plot.right()
                                                     : pos.x() < plot.left();
    if (overHeaders && m_verticalBar->isVisible()) {
        m_verticalBar->setValue(m_verticalBar->value()
                                - (pixels.isNull() ? angle.y() / 2 : pixels.y()));
        event->accept();
        return;
    }
    if (std::abs(angle.x()) > std::abs(angle.y())) {
        const double dx = !pixels.isNull() && !(event->modifiers() & Qt::ShiftModifier)
                              ? pixels.x()
                              : angle.x() / 120.0 * plot.width() / 10;
        panBy(dx);
    } else if (angle.y() != 0) {
        // 120 units (one notch) zoom by 1.25; trackpads send smaller steps.
        const double factor = std::pow(1.25, angle.y() / 120.0);
        zoomBy(factor, std::clamp(pos.x() - plot.left(), 0.0, plot.width()));
    }
    event->accept();
}

bool TimelineView::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::NativeGesture: {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            const double x = gesture->position().x() - plotRect().left();
            zoomBy(1.0 + gesture->value(), std::clamp(x, 0.0, m_scale.width()));
            return true;
        }
        break;
    }
    case QEvent::Gesture: {
        auto *gestureEvent = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestureEvent->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) {
                const QPointF centre = mapFromGlobal(pinch->centerPoint().toPoint());
                const double x = centre.x() - plotRect().left();
                zoomBy(pinch->scaleFactor(), std::clamp(x, 0.0, m_scale.width()));
            }
            gestureEvent->accept(pinch);
            return true;
        }
        break;
    }
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const TimelinePainter::Hit hit = m_painter.hitTest(help->pos());
        if (hit.kind == TimelinePainter::Hit::Kind::Event) {
            QToolTip::showText(help->globalPos(), toolTipFor(hit.eventId), this);
        } else if (hit.kind == TimelinePainter::Hit::Kind::Cluster) {
            const TimelineIndex::Counts counts = index()->countsInRange(hit.lane, hit.from, hit.to);
            quint32 total = 0;
            for (quint32 c : counts)
                total += c;
            QToolTip::showText(help->globalPos(),
                               tr("%Ln event(s) here; double-click to zoom in", nullptr, int(total)),
                               this);
        } else if (hit.kind == TimelinePainter::Hit::Kind::LaneHeader
                   || hit.kind == TimelinePainter::Hit::Kind::LaneToggle) {
            QToolTip::showText(help->globalPos(),
                               ToolTipText::fromPlainText(index()->laneName(hit.lane)),
                               this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    default:
        break;
    }
    return QWidget::event(event);
}

QString TimelineView::toolTipFor(qint64 eventId)
{
    if (eventId == m_toolTipId)
        return m_toolTipText;
    if (!m_workspace || !m_workspace->isOpen())
        return QString();
    const EventRepository events(*m_workspace);
    const std::optional<Event> event = events.find(eventId);
    if (!event)
        return QString();
    // Article text is data: escape everything that comes from the workspace.
    QString html = QStringLiteral("<b>%1</b>").arg(event->title.toHtmlEscaped());
    const QString resolved = event->date.isValid() ? event->date.toDisplayString()
                                                   : tr("unresolved");
    if (!event->dateText.isEmpty())
        html += QStringLiteral("<br>")
                + tr("Date: “%1”, resolved to %2")
                      .arg(event->dateText.toHtmlEscaped(), resolved.toHtmlEscaped());
    else
        html += QStringLiteral("<br>") + tr("Date: %1").arg(resolved.toHtmlEscaped());
    if (event->type.isValid())
        html += QStringLiteral("<br>") + tr("Type: %1").arg(event->type.name().toHtmlEscaped());
    QSqlQuery query(m_workspace->database());
    query.prepare(
        QStringLiteral("SELECT a.name FROM event_actors ea JOIN actors a ON a.id = ea.actor_id "
                       "WHERE ea.event_id = ? ORDER BY ea.rowid"));
    query.addBindValue(eventId);
    QStringList actors;
    if (query.exec()) {
        while (query.next())
            actors.append(query.value(0).toString().toHtmlEscaped());
    }
    actors.removeDuplicates();
    if (!actors.isEmpty())
        html += QStringLiteral("<br>") + tr("Actors: %1").arg(actors.join(QStringLiteral(", ")));
    m_toolTipId = eventId;
    m_toolTipText = html;
    return html;
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position();
    m_lastMousePos = event->position();
    m_pressHit = m_painter.hitTest(event->position());
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragging && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
            m_dragging = true;
        const bool headerDrag = m_pressHit.kind == TimelinePainter::Hit::Kind::LaneHeader;
        const bool eventDrag = m_eventDragEnabled
                               && m_pressHit.kind == TimelinePainter::Hit::Kind::Event;
        if (m_dragging && eventDrag) {
            setCursor(Qt::SizeHorCursor);
            m_lastMousePos = pos;
            update(); // the drop line follows
            event->accept();
            return;
        }
        if (m_dragging && !headerDrag) {
            panBy(pos.x() - m_lastMousePos.x());
            setCursor(Qt::ClosedHandCursor);
        } else if (m_dragging && headerDrag) {
            setCursor(Qt::SizeVerCursor);
        }
        m_lastMousePos = pos;
        event->accept();
        return;
    }
    const TimelinePainter::Hit hit = m_painter.hitTest(pos);
    const qint64 hovered = hit.kind == TimelinePainter::Hit::Kind::Event ? hit.eventId : 0;
    if (hovered != m_hoveredId) {
        m_hoveredId = hovered;
        update();
    }
    setCursor(hit.kind == TimelinePainter::Hit::Kind::Event
                      || hit.kind == TimelinePainter::Hit::Kind::LaneToggle
                  ? Qt::PointingHandCursor
                  : Qt::ArrowCursor);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    unsetCursor();
    const TimelinePainter::Hit hit = m_pressHit;
    if (m_dragging) {
        m_dragging = false;
        if (m_eventDragEnabled && hit.kind == TimelinePainter::Hit::Kind::Event) {
            const double delta = m_scale.day(event->position().x() - plotRect().left())
                                 - m_scale.day(m_pressPos.x() - plotRect().left());
            update();
            emit eventDragged(hit.eventId, delta);
        } else if (hit.kind == TimelinePainter::Hit::Kind::LaneHeader) {
            // Drop the lane where the pointer is.
            const TimelinePainter::Hit target = m_painter.hitTest(event->position());
            if (target.lane >= 0 && target.lane != hit.lane) {
                QList<qint64> keys = laneOrder();
                const qsizetype from = keys.indexOf(index()->laneKey(hit.lane));
                const qsizetype to = keys.indexOf(index()->laneKey(target.lane));
                if (from >= 0 && to >= 0) {
                    keys.move(from, to);
                    m_laneOrderKeys = keys;
                    syncScrollBars();
                    update();
                }
            }
        }
        event->accept();
        return;
    }
    switch (hit.kind) {
    case TimelinePainter::Hit::Kind::Event:
        if (hit.eventId != m_selectedId) {
            m_selectedId = hit.eventId;
            m_selectedPosition = index()->positionOf(hit.eventId);
            update();
            emit eventSelected(m_selectedId);
        }
        break;
    case TimelinePainter::Hit::Kind::LaneToggle: {
        const qint64 key = index()->laneKey(hit.lane);
        setLaneCollapsed(key, !isLaneCollapsed(key));
        break;
    }
    case TimelinePainter::Hit::Kind::LaneHeader:
        break;
    case TimelinePainter::Hit::Kind::Cluster:
    case TimelinePainter::Hit::Kind::None:
        if (m_selectedId != 0) {
            m_selectedId = 0;
            m_selectedPosition = -1;
            update();
            emit eventSelected(0);
        }
        break;
    }
    event->accept();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseDoubleClickEvent(event);
        return;
    }
    const TimelinePainter::Hit hit = m_painter.hitTest(event->position());
    switch (hit.kind) {
    case TimelinePainter::Hit::Kind::Event:
        emit eventActivated(hit.eventId);
        break;
    case TimelinePainter::Hit::Kind::Cluster: {
        // Zoom to the cluster, at least by a factor of four.
        double from = hit.from;
        double to = hit.to;
        const double margin = (to - from) * 0.15;
        from -= margin;
        to += margin;
        if (to - from > m_scale.span() / 4) {
            zoomBy(4, event->position().x() - plotRect().left());
        } else {
            setVisibleRange(from, to);
        }
        break;
    }
    case TimelinePainter::Hit::Kind::LaneHeader: {
        const qint64 key = index()->laneKey(hit.lane);
        setLaneCollapsed(key, !isLaneCollapsed(key));
        break;
    }
    case TimelinePainter::Hit::Kind::None:
        if (plotRect().contains(event->position()))
            emit emptyDoubleClicked(
                qint64(std::floor(m_scale.day(event->position().x() - plotRect().left()))));
        break;
    case TimelinePainter::Hit::Kind::LaneToggle:
        break;
    }
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const bool step = mods & (Qt::AltModifier | Qt::ControlModifier);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        break;
    case Qt::Key_Home:
        fitAll();
        break;
    // Arrows move towards what is on that side: earlier or later as time runs.
    case Qt::Key_Left:
        if (step)
            moveSelection(m_scale.isRightToLeft() ? 1 : -1);
        else
            panBy(m_scale.width() / 8);
        break;
    case Qt::Key_Right:
        if (step)
            moveSelection(m_scale.isRightToLeft() ? -1 : 1);
        else
            panBy(-m_scale.width() / 8);
        break;
    case Qt::Key_Up:
        m_verticalBar->setValue(m_verticalBar->value() - m_verticalBar->singleStep());
        break;
    case Qt::Key_Down:
        m_verticalBar->setValue(m_verticalBar->value() + m_verticalBar->singleStep());
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selectedId != 0)
            emit eventActivated(m_selectedId);
        break;
    case Qt::Key_Escape:
        if (m_selectedId != 0) {
            m_selectedId = 0;
            m_selectedPosition = -1;
            update();
            emit eventSelected(0);
        }
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool TimelineView::focusNextPrevChild(bool next)
{
    // Tab walks the events in time; past the last one focus moves on.
    if (moveSelection(next ? 1 : -1))
        return true;
    return QWidget::focusNextPrevChild(next);
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    const TimelinePainter::Hit hit = m_painter.hitTest(event->pos());
    QMenu menu(this);
    if (hit.lane >= 0 && index()->laneMode() != LaneMode::None) {
        const qint64 key = index()->laneKey(hit.lane);
        const QList<qint64> keys = laneOrder();
        const qsizetype at = keys.indexOf(key);
        QAction *up = menu.addAction(tr("Move Lane Up"), this, [this, key] { moveLane(key, -1); });
        up->setEnabled(at > 0);
        QAction *down = menu.addAction(tr("Move Lane Down"), this, [this, key] {
            moveLane(key, 1);
        });
        down->setEnabled(at >= 0 && at + 1 < keys.size());
        const bool collapsed = isLaneCollapsed(key);
        menu.addAction(collapsed ? tr("Expand Lane") : tr("Collapse Lane"),
                       this,
                       [this, key, collapsed] { setLaneCollapsed(key, !collapsed); });
        menu.addAction(tr("Expand All Lanes"), this, [this] {
            m_collapsed.clear();
            syncScrollBars();
            update();
        });
        menu.addSeparator();
    }
    menu.addAction(tr("Zoom In"), this, &TimelineView::zoomIn);
    menu.addAction(tr("Zoom Out"), this, &TimelineView::zoomOut);
    menu.addAction(tr("Fit All"), this, &TimelineView::fitAll);
    QAction *toSelection = menu.addAction(tr("Zoom to Selection"),
                                          this,
                                          &TimelineView::zoomToSelection);
    toSelection->setEnabled(m_selectedPosition >= 0);
    menu.exec(event->globalPos());
}

void TimelineView::leaveEvent(QEvent *event)
{
    if (m_hoveredId != 0) {
        m_hoveredId = 0;
        update();
    }
    QWidget::leaveEvent(event);
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange) {
        updateStyle();
        updateScaleWidth();
        update();
    } else if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        // Axis labels follow the language and calendar; they are written at paint time.
        updateStyle();
        updateAccessibleDescription();
        update();
    }
    QWidget::changeEvent(event);
}

void TimelineView::updateStyle()
{
    m_painter.setStyle(TimelineStyle::fromPalette(palette(), font()));
}

void TimelineView::updateAccessibleDescription()
{
    const TimelineIndex *idx = index();
    if (idx->isEmpty()) {
        setAccessibleDescription(tr("No events. Drop articles here to extract their events."));
        return;
    }
    qint64 year = 0;
    qint64 lastYear = 0;
    DateSpan::toYearMonthDay(qint64(std::floor(m_scale.from())), &year, nullptr, nullptr);
    DateSpan::toYearMonthDay(qint64(std::floor(m_scale.to())), &lastYear, nullptr, nullptr);
    setAccessibleDescription(
        tr("%Ln event(s) from %1 to %2. Plus and minus zoom, arrow keys "
           "pan, Tab moves between events, Enter opens one.",
           nullptr,
           idx->totalCount())
            .arg(TimelinePainter::yearLabel(year), TimelinePainter::yearLabel(lastYear)));
}

} // namespace Faultline
