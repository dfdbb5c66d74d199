#pragma once

#include "core/query/eventfilter.h"
#include "core/query/eventtitlecache.h"
#include "core/query/lanemode.h"
#include "core/query/timelineindex.h"
#include "core/query/timescale.h"
#include "ui/timeline/timelinepainter.h"

#include <QHash>
#include <QPointF>
#include <QWidget>

class QScrollBar;

namespace Faultline {

class Workspace;

// The interactive timeline: zoom (wheel at the cursor, pinch, keys), pan (drag,
// scroll bar, arrow keys), lanes that collapse and reorder, selection shared
// through signals, tooltips fetched lazily from the workspace. Painting goes
// through TimelinePainter, so what is on screen is what the exports show.
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    QSize sizeHint() const override;

    void setWorkspace(Faultline::Workspace *workspace); // loads the index (nullptr clears)
    void reload();                                      // after events changed in the workspace
    void setFilter(const Faultline::EventFilter &filter);
    Faultline::EventFilter filter() const { return m_filter; }
    void setLaneMode(Faultline::LaneMode mode);
    Faultline::LaneMode laneMode() const;
    void setSelectedEvent(qint64 eventId); // 0 clears; scrolls it into view if needed
    qint64 selectedEvent() const;
    void setVisibleRange(double fromDay, double toDay);
    double visibleFrom() const;
    double visibleTo() const;
    // The index the view draws (after the filter); never null, empty without a workspace.
    const Faultline::TimelineIndex *index() const;
    int totalCount() const;      // events passing the filter, dated or not
    int unresolvedCount() const; // of those, the ones without a resolved date
    int visibleCount() const;    // dated events starting inside the visible range

    // For tests and the export: the current scale, painter and lane state.
    TimeScale scale() const { return m_scale; }
    const TimelinePainter &painter() const { return m_painter; }
    TimelineOptions options() const;
    QRectF plotRect() const; // where the time axis runs, in widget coordinates
    void setLaneCollapsed(qint64 laneKey, bool collapsed);
    bool isLaneCollapsed(qint64 laneKey) const;
    void moveLane(qint64 laneKey, int delta); // in display order
    // Dragging an event's mark sideways moves it (eventDragged) instead of panning.
    void setEventDragEnabled(bool enabled) { m_eventDragEnabled = enabled; }
    bool isEventDragEnabled() const { return m_eventDragEnabled; }
    QList<qint64> laneOrder() const; // lane keys in display order
    // Which way time runs (the preference by default); the visible range stays.
    void setTimeDirection(TimeScale::Direction direction);
    TimeScale::Direction timeDirection() const { return m_scale.direction(); }

public slots:
    void zoomIn();
    void zoomOut();
    void fitAll();
    void zoomToSelection();
    void goToDate(qint64 julianDay);

signals:
    void eventSelected(qint64 eventId);                 // user clicked/moved selection (0 = none)
    void eventActivated(qint64 eventId);                // double-click on an event or Enter
    void emptyDoubleClicked(qint64 julianDay);          // double-click on the plot, off any event
    void eventDragged(qint64 eventId, double dayDelta); // an event's mark dragged sideways
    void visibleRangeChanged(double fromDay, double toDay);
    void countsChanged();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void loadIndex();
    void applyFilter();
    void indexChanged();
    QRectF paintRect() const;
    void updateScaleWidth();
    void syncScrollBars();
    void horizontalScrolled(int value);
    void verticalScrolled(int value);
    void setScale(const TimeScale &scale);
    void zoomBy(double factor, double anchorX);
    void panBy(double dx);
    void selectAndReveal(quint32 position);
    bool moveSelection(int delta); // false when there is nothing further
    void revealPosition(quint32 position);
    QString toolTipFor(qint64 eventId);
    QList<int> displayOrder() const; // lane indexes
    void updateStyle();
    void updateAccessibleDescription();

    Workspace *m_workspace = nullptr;
    TimelineIndex m_fullIndex;
    TimelineIndex m_filteredIndex;
    bool m_filtered = false;
    EventFilter m_filter;
    LaneMode m_laneMode = LaneMode::None;
    TimeScale m_scale;
    TimelinePainter m_painter;
    mutable EventTitleCache m_titles; // filled while painting
    QScrollBar *m_horizontalBar = nullptr;
    QScrollBar *m_verticalBar = nullptr;
    bool m_syncingBars = false;
    double m_barOrigin = 0;
    double m_barUnit = 1;
    qreal m_laneScroll = 0;

    qint64 m_selectedId = 0;
    qint64 m_selectedPosition = -1;
    qint64 m_hoveredId = 0;
    qint64 m_toolTipId = 0;
    QString m_toolTipText;

    QList<qint64> m_laneOrderKeys;
    QSet<qint64> m_collapsed;
    QHash<qint64, int> m_laneIndexOfKey;

    // Mouse state.
    QPointF m_pressPos;
    QPointF m_lastMousePos;
    bool m_pressed = false;
    bool m_dragging = false;
    TimelinePainter::Hit m_pressHit;
    bool m_eventDragEnabled = false;
    bool m_fitted = false; // the range is fitAll()'s, to be refitted on resize
};

} // namespace Faultline
