#pragma once

#include "core/model/eventtype.h"
#include "core/query/axisticks.h"
#include "core/query/timelineindex.h"
#include "core/query/timescale.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QSet>
#include <QString>

#include <array>
#include <vector>

class QPainter;
class QPalette;

namespace Faultline {

class EventTitleCache;

// Colours and metrics of the timeline, shared by the screen and every export.
struct TimelineStyle
{
    QColor background;
    QColor headerBackground;
    QColor text;
    QColor mutedText;
    QColor axisLine;
    QColor gridMinor;
    QColor gridMajor;
    QColor laneSeparator;
    QColor accent; // the selection, shared with the other views
    QFont font;    // labels; sized in points so screen and PDF match
    qreal headerWidth = 180;      // lane headers, when there are lanes
    qreal densityColumnWidth = 2; // aggregated bars, in device-independent pixels

    static TimelineStyle light(const QFont &font = QFont());
    static TimelineStyle fromPalette(const QPalette &palette, const QFont &font);
    static QColor quadClassColor(EventType::QuadClass quadClass);
};

// What to paint besides the index: the time window, lane order and state.
struct TimelineOptions
{
    TimeScale scale;         // its width is set to the plot width by the painter
    QList<int> laneOrder;    // index lanes in display order; empty: the index's order
    QSet<qint64> collapsed;  // keys of collapsed lanes
    qreal laneScroll = 0;    // how far the lanes are scrolled up, in pixels
    qint64 selectedEventId = 0;
    qint64 selectedPosition = -1; // TimelineIndex::positionOf(selectedEventId), kept by the caller
    qint64 hoveredEventId = 0;
    bool showLegend = true;
    bool showUnresolvedNote = true;
    QString emptyTitle;   // shown when the index has no events
    QString emptyMessage;
    EventTitleCache *titles = nullptr; // labels; without it events have none
};

// Paints a timeline onto any QPainter: axis, lanes with headers, events as
// glyphs and soft-ended spans or, where they would overlap, as stacked density
// bars per column; labels without collisions, legend, selection, empty state.
// The widget and the PNG/PDF/SVG exports use the same class.
class TimelinePainter
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::TimelinePainter)

public:
    struct LaneGeometry
    {
        int lane = -1;        // index lane
        QRectF rect;          // the whole row, header included
        QRectF header;        // empty without headers
        QRectF toggle;        // collapse/expand button in the header
        QRectF plot;          // where its events are drawn
        bool collapsed = false;
    };
    struct Layout
    {
        QRectF rect;
        QRectF axis;   // tick labels, above the lanes
        QRectF lanes;  // the lane area, headers included (clip)
        QRectF plot;   // x range of the time axis inside the lanes
        QRectF footer; // legend and notes
        qreal contentHeight = 0; // all lanes, for vertical scrolling
        std::vector<LaneGeometry> laneRows; // only the rows that are visible
    };
    // What is under a point after a paint.
    struct Hit
    {
        enum class Kind { None, Event, Cluster, LaneHeader, LaneToggle };
        Kind kind = Kind::None;
        qint64 eventId = 0;
        int lane = -1;
        double from = 0; // cluster extent in days
        double to = 0;
    };

    TimelinePainter();

    void setStyle(const TimelineStyle &style);
    const TimelineStyle &style() const { return m_style; }

    Layout layout(const QRectF &rect, const TimelineIndex *index, const TimelineOptions &options) const;
    // The scale adjusted to the plot width of this rect.
    TimeScale scaleFor(const QRectF &rect, const TimelineIndex *index, const TimelineOptions &options) const;
    void paint(QPainter *painter,
               const QRectF &rect,
               const TimelineIndex *index,
               const TimelineOptions &options);

    // Valid for the last paint.
    Hit hitTest(const QPointF &point) const;
    const Layout &lastLayout() const { return m_layout; }
    AxisTicks::Step lastMinorStep() const { return m_minorStep; }
    // Labels drawn by the last paint, for tests: minor and major tick labels.
    const QStringList &lastAxisLabels() const { return m_axisLabels; }
    int lastGlyphCount() const { return m_glyphCount; }
    int lastAggregatedLaneCount() const { return m_aggregatedLanes; }

    static QString tickLabel(const AxisTicks::Tick &tick, AxisTicks::Unit unit, bool major);
    static QString yearLabel(qint64 year);

private:
    struct GlyphHit
    {
        QRectF rect;
        qint64 eventId;
        int lane;
    };
    struct ClusterLane
    {
        int lane;
        QRectF plot;
        qreal columnWidth;
        size_t offset; // into m_columnTotals
        size_t columns;
    };

    qreal lineHeight() const;
    qreal expandedLaneHeight() const;
    qreal collapsedLaneHeight() const;
    double labelWidth(AxisTicks::Unit unit) const;
    void paintAxis(QPainter *painter, const Layout &layout, const TimeScale &scale);
    void paintLane(QPainter *painter,
                   const LaneGeometry &row,
                   const TimelineIndex &index,
                   const TimeScale &scale,
                   const TimelineOptions &options);
    bool paintDensity(QPainter *painter,
                      const LaneGeometry &row,
                      const TimelineIndex &index,
                      const TimeScale &scale,
                      const TimelineOptions &options);
    void paintEvents(QPainter *painter,
                     const LaneGeometry &row,
                     const TimelineIndex &index,
                     const TimeScale &scale,
                     const TimelineOptions &options);
    void paintHeader(QPainter *painter, const LaneGeometry &row, const TimelineIndex &index);
    void paintFooter(QPainter *painter,
                     const Layout &layout,
                     const TimelineIndex *index,
                     const TimelineOptions &options);
    void paintEmpty(QPainter *painter, const QRectF &rect, const TimelineOptions &options);

    TimelineStyle m_style;
    Layout m_layout;
    AxisTicks::Step m_minorStep;
    QStringList m_axisLabels;
    int m_glyphCount = 0;
    int m_aggregatedLanes = 0;
    std::vector<GlyphHit> m_glyphHits;
    std::vector<ClusterLane> m_clusterLanes;
    std::vector<quint32> m_columnTotals;
    // Scratch buffers reused across frames (sized by the width, never by events).
    std::vector<quint32> m_boundaries;
    std::vector<TimelineIndex::Counts> m_columnCounts;
    std::vector<qreal> m_rowEnds;
    std::vector<quint32> m_entries;
    std::array<std::vector<QRectF>, TimelineIndex::QuadClassCount> m_rects;
    TimeScale m_scale;
    mutable QFont m_labelFontCacheKey;
    mutable double m_labelWidthCache[10] = {};
};

} // namespace Faultline
