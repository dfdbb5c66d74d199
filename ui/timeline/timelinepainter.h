#pragma once

#include "core/model/calendarformatter.h"
#include "core/model/eventtype.h"
#include "core/query/axisticks.h"
#include "core/query/timelineindex.h"
#include "core/query/timescale.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSet>
#include <QStaticText>
#include <QString>

#include <array>
#include <vector>

class QFontMetricsF;
class QLocale;
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
    QColor accent;                // the selection, shared with the other views
    QFont font;                   // labels; sized in points so screen and PDF match
    qreal headerWidth = 180;      // lane headers, when there are lanes
    qreal densityColumnWidth = 2; // aggregated bars, in device-independent pixels

    static TimelineStyle light(const QFont &font = QFont());
    static TimelineStyle fromPalette(const QPalette &palette, const QFont &font);
    static QColor quadClassColor(EventType::QuadClass quadClass);
};

// What to paint besides the index: the time window, lane order and state.
struct TimelineOptions
{
    TimeScale scale;        // its width is set to the plot width by the painter
    QList<int> laneOrder;   // index lanes in display order; empty: the index's order
    QSet<qint64> collapsed; // keys of collapsed lanes
    qreal laneScroll = 0;   // how far the lanes are scrolled up, in pixels
    qint64 selectedEventId = 0;
    qint64 selectedPosition = -1; // TimelineIndex::positionOf(selectedEventId), kept by the caller
    qint64 hoveredEventId = 0;
    bool showLegend = true;
    bool showUnresolvedNote = true;
    QString emptyTitle; // shown when the index has no events
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
        int lane = -1; // index lane
        QRectF rect;   // the whole row, header included
        QRectF header; // empty without headers
        QRectF toggle; // collapse/expand button in the header
        QRectF plot;   // where its events are drawn
        bool collapsed = false;
    };
    struct Layout
    {
        QRectF rect;
        QRectF axis;                        // tick labels, above the lanes
        QRectF lanes;                       // the lane area, headers included (clip)
        QRectF plot;                        // x range of the time axis inside the lanes
        QRectF footer;                      // legend and notes
        qreal contentHeight = 0;            // all lanes, for vertical scrolling
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
    // Forgets cached labels (titles may have changed) and glyph images.
    void clearCaches();
    const TimelineStyle &style() const { return m_style; }

    Layout layout(const QRectF &rect,
                  const TimelineIndex *index,
                  const TimelineOptions &options) const;
    // The scale adjusted to the plot width of this rect.
    TimeScale scaleFor(const QRectF &rect,
                       const TimelineIndex *index,
                       const TimelineOptions &options) const;
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

    // Tick positions are in the calendar's months and years.
    static QString tickLabel(const AxisTicks::Tick &tick,
                             AxisTicks::Unit unit,
                             bool major,
                             const CalendarFormatter &calendar = CalendarFormatter());
    static QString yearLabel(qint64 year); // a Gregorian year in the user's digits
    static QString hourFormat(const QLocale &locale);

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
        size_t offset; // into m_columnTotals
        size_t columns;
    };

    static double logOfCount(quint32 count);
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
    // Raster devices: the bars written into an image row by row (a few
    // memcpys per row instead of a fill per bar and scanline).
    void paintBarsAsImage(QPainter *painter,
                          const LaneGeometry &row,
                          size_t totalsOffset,
                          size_t columns,
                          qreal top,
                          qreal bottom,
                          double logMax);
    struct CachedLabel
    {
        QString title;
        QStaticText text; // elided to the longest label
        qreal width = 0;
    };
    static void paintPointGlyph(QPainter *painter,
                                const QRectF &rect,
                                const QColor &colour,
                                bool imprecise,
                                bool approximate,
                                bool hovered);
    const QImage &glyphSprite(EventType::QuadClass quadClass,
                              bool imprecise,
                              bool approximate,
                              bool hovered,
                              qreal size,
                              qreal ratio);
    const CachedLabel *cachedLabel(qint64 eventId,
                                   const EventTitleCache &titles,
                                   const QFontMetricsF &fm);
    // False when the lane is too crowded for single glyphs (nothing drawn then).
    bool paintEvents(QPainter *painter,
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
    std::vector<quint32> m_boundaries; // event position at each column edge
    std::vector<qreal> m_columnEdges;  // x of each column edge, from the plot's left
    std::vector<int> m_columnPixels;   // device x0, x1 per column
    bool m_columnsReady = false;
    bool m_dayColumns = false;
    std::vector<TimelineIndex::Counts> m_columnCounts;
    std::vector<qreal> m_rowEnds;
    std::vector<quint32> m_entries;
    std::vector<quint32> m_positions;
    struct PendingLabel
    {
        QStaticText text;
        QString title;
        qreal width;
        qint64 eventId;
        int slot;
        qreal x;
        qreal top;
        qreal available;
        bool selected;
    };
    std::vector<PendingLabel> m_pendingLabels;
    struct LaidOutEvent
    {
        quint32 position = 0;
        qreal x0 = 0;
        qreal x1 = 0;
        qreal labelX = 0;
        int slot = 0;
        bool point = false;
        bool asPoint = false;
        bool labelInside = false;
        bool withLabel = false;
        bool overflow = false;
    };
    std::vector<LaidOutEvent> m_items;
    std::vector<std::pair<int, qreal>> m_overflowGlyphs; // row, x of glyphs placed without room
    std::vector<quint32> m_covering;
    std::array<std::vector<QRectF>, TimelineIndex::QuadClassCount> m_rects;
    struct BandStep
    {
        int row;
        int column;
        quint32 colour;
    };
    std::vector<BandStep> m_bandSteps;
    std::vector<BandStep> m_sortedSteps;
    std::vector<size_t> m_rowStarts;
    std::vector<quint32> m_bandLine;
    std::vector<quint32> m_bandBase;
    std::vector<int> m_gridMinorX; // device pixels of the last axis' grid lines
    std::vector<int> m_gridMajorX;
    QImage m_band;
    QHash<int, QImage> m_sprites;
    qreal m_spriteSize = 0;
    qreal m_spriteRatio = 0;
    QHash<qint64, CachedLabel> m_labels;
    QFont m_labelFont;
    TimeScale m_scale;
    mutable QFont m_labelFontCacheKey;
    mutable QString m_labelCalendarCacheKey; // calendar and locale of the cached widths
    mutable double m_labelWidthCache[10] = {};
};

} // namespace Faultline
