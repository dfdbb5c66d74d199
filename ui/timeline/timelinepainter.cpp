#include "ui/timeline/timelinepainter.h"

#include "core/model/datespan.h"
#include "core/query/eventtitlecache.h"
#include "ui/panels/quadclasspalette.h"

#include <QDate>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QLocale>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPolygonF>
#include <QRegularExpression>
#include <QTextOption>
#include <QTime>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

namespace Faultline {

namespace {

using Q = EventType::QuadClass;

// Stacking order of the density bars, bottom first: conflict nearest the baseline.
constexpr std::array<Q, TimelineIndex::QuadClassCount> StackOrder = {Q::MaterialConflict,
                                                                     Q::VerbalConflict,
                                                                     Q::MaterialCooperation,
                                                                     Q::VerbalCooperation,
                                                                     Q::Unknown};

constexpr qreal LabelGap = 4;
constexpr qreal MaxLabelWidth = 260;
constexpr qreal SpriteMargin = 2;
constexpr size_t MaxCoveringDrawn = 3;

qreal devicePixelRatioOf(QPainter *painter)
{
    return painter->device() ? std::max<qreal>(1.0, painter->device()->devicePixelRatioF()) : 1.0;
}

qreal alignToDevice(qreal value, qreal ratio)
{
    return std::round(value * ratio) / ratio;
}

} // namespace

TimelineStyle TimelineStyle::light(const QFont &font)
{
    TimelineStyle style;
    style.background = QColor(0xfb, 0xfb, 0xfa);
    style.headerBackground = QColor(0xf2, 0xf2, 0xf0);
    style.text = QColor(0x22, 0x22, 0x22);
    style.mutedText = QColor(0x6b, 0x6b, 0x6b);
    style.axisLine = QColor(0x9a, 0x9a, 0x9a);
    style.gridMinor = QColor(0xee, 0xee, 0xec);
    style.gridMajor = QColor(0xdc, 0xdc, 0xd8);
    style.laneSeparator = QColor(0xe4, 0xe4, 0xe0);
    style.accent = QColor(0xcc, 0x22, 0x77); // Okabe-Ito reddish purple, free of the quad colours
    style.font = font;
    return style;
}

TimelineStyle TimelineStyle::fromPalette(const QPalette &palette, const QFont &font)
{
    TimelineStyle style = light(font);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = base.lightnessF() < 0.5;
    auto mix = [](const QColor &a, const QColor &b, qreal t) {
        return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                                a.greenF() * (1 - t) + b.greenF() * t,
                                a.blueF() * (1 - t) + b.blueF() * t);
    };
    style.background = base;
    style.headerBackground = palette.color(QPalette::Window);
    style.text = text;
    style.mutedText = mix(base, text, 0.6);
    style.axisLine = mix(base, text, 0.45);
    style.gridMinor = mix(base, text, dark ? 0.10 : 0.06);
    style.gridMajor = mix(base, text, dark ? 0.20 : 0.13);
    style.laneSeparator = mix(base, text, dark ? 0.16 : 0.10);
    if (dark)
        style.accent = QColor(0xe0, 0x6a, 0xa8);
    return style;
}

QColor TimelineStyle::quadClassColor(EventType::QuadClass quadClass)
{
    return QuadClassPalette::color(quadClass);
}

TimelinePainter::TimelinePainter()
    : m_style(TimelineStyle::light())
{}

void TimelinePainter::setStyle(const TimelineStyle &style)
{
    m_style = style;
    m_labelFontCacheKey = QFont();
    clearCaches();
    std::fill(std::begin(m_labelWidthCache), std::end(m_labelWidthCache), 0.0);
}

double TimelinePainter::logOfCount(quint32 count)
{
    // Bars take log(1 + count) for every column of every lane: a table for the common counts.
    static const std::vector<double> table = [] {
        std::vector<double> values(4096);
        for (size_t i = 0; i < values.size(); ++i)
            values[i] = std::log1p(double(i));
        return values;
    }();
    return count < table.size() ? table[count] : std::log1p(double(count));
}

void TimelinePainter::clearCaches()
{
    m_labels.clear();
    m_sprites.clear();
}

qreal TimelinePainter::lineHeight() const
{
    return std::ceil(QFontMetricsF(m_style.font).height());
}

qreal TimelinePainter::expandedLaneHeight() const
{
    return std::ceil(lineHeight() * 3.4);
}

qreal TimelinePainter::collapsedLaneHeight() const
{
    return std::ceil(lineHeight() * 1.35);
}

TimelinePainter::Layout TimelinePainter::layout(const QRectF &rect,
                                                const TimelineIndex *index,
                                                const TimelineOptions &options) const
{
    Layout result;
    result.rect = rect;
    const qreal lh = lineHeight();
    const qreal axisHeight = std::ceil(lh * 2 + 10);
    const qreal footerHeight = (options.showLegend || options.showUnresolvedNote)
                                   ? std::ceil(lh + 10)
                                   : 0;
    const bool headers = index && index->laneMode() != LaneMode::None;
    const qreal headerWidth = headers
                                  ? std::round(std::min(m_style.headerWidth, rect.width() * 0.35))
                                  : 0;
    // Lane headers sit where time starts: on the right when it runs right to left.
    const bool rtl = options.scale.isRightToLeft();
    const qreal plotLeft = rtl ? rect.left() : rect.left() + headerWidth;
    const qreal headerLeft = rtl ? rect.right() - headerWidth : rect.left();
    result.axis = QRectF(plotLeft, rect.top(), rect.width() - headerWidth, axisHeight);
    result.footer = QRectF(rect.left(), rect.bottom() - footerHeight, rect.width(), footerHeight);
    result.lanes = QRectF(rect.left(),
                          result.axis.bottom(),
                          rect.width(),
                          std::max<qreal>(0, result.footer.top() - result.axis.bottom()));
    result.plot = QRectF(plotLeft,
                         result.lanes.top(),
                         std::max<qreal>(1, rect.width() - headerWidth),
                         result.lanes.height());
    if (!index)
        return result;

    if (!headers) {
        LaneGeometry row;
        row.lane = 0;
        row.rect = result.lanes;
        row.plot = result.plot;
        result.laneRows.push_back(row);
        result.contentHeight = result.lanes.height();
        return result;
    }
    const int count = index->laneCount();
    qreal expanded = expandedLaneHeight();
    const qreal collapsed = collapsedLaneHeight();
    // A few lanes share out the free height (up to three times their own),
    // so their events get more rows for labels.
    int collapsedCount = 0;
    for (qint64 key : options.collapsed)
        collapsedCount += index->laneIndexOf(key) >= 0 ? 1 : 0;
    const int expandedCount = count - collapsedCount;
    if (expandedCount > 0) {
        const qreal free = result.lanes.height() - collapsedCount * collapsed;
        expanded = std::clamp(std::floor(free / expandedCount), expanded, expanded * 3);
    }
    qreal y = result.lanes.top() - options.laneScroll;
    auto addRow = [&](int lane) {
        if (lane < 0 || lane >= count)
            return;
        const bool isCollapsed = options.collapsed.contains(index->laneKey(lane));
        const qreal h = isCollapsed ? collapsed : expanded;
        if (y + h > result.lanes.top() && y < result.lanes.bottom()) {
            LaneGeometry row;
            row.lane = lane;
            row.collapsed = isCollapsed;
            row.rect = QRectF(rect.left(), y, rect.width(), h);
            row.header = QRectF(headerLeft, y, headerWidth, h);
            const qreal t = std::min(h, lh);
            row.toggle = QRectF(rtl ? row.header.right() - 4 - t : row.header.left() + 4,
                                y + (std::min(h, lh * 1.35) - t) / 2,
                                t,
                                t);
            row.plot = QRectF(plotLeft, y, rect.width() - headerWidth, h);
            result.laneRows.push_back(row);
        }
        y += h;
    };
    if (options.laneOrder.isEmpty()) {
        for (int lane = 0; lane < count; ++lane)
            addRow(lane);
    } else {
        QList<bool> seen(count, false);
        for (int lane : options.laneOrder) {
            if (lane >= 0 && lane < count && !seen[lane]) {
                seen[lane] = true;
                addRow(lane);
            }
        }
        for (int lane = 0; lane < count; ++lane) {
            if (!seen[lane])
                addRow(lane);
        }
    }
    result.contentHeight = y + options.laneScroll - result.lanes.top();
    return result;
}

TimeScale TimelinePainter::scaleFor(const QRectF &rect,
                                    const TimelineIndex *index,
                                    const TimelineOptions &options) const
{
    TimeScale scale = options.scale;
    scale.setWidth(layout(rect, index, options).plot.width());
    return scale;
}

QString TimelinePainter::hourFormat(const QLocale &locale)
{
    // The locale's short time format without seconds (some, like C, keep them).
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[:.]s+")));
    return format;
}

QString TimelinePainter::yearLabel(qint64 year)
{
    return CalendarFormatter(CalendarFormatter::System::Gregorian, QLocale()).yearText(year);
}

QString TimelinePainter::tickLabel(const AxisTicks::Tick &tick,
                                   AxisTicks::Unit unit,
                                   bool major,
                                   const CalendarFormatter &calendar)
{
    using U = AxisTicks::Unit;
    const QLocale &locale = calendar.locale();
    switch (unit) {
    case U::Hour:
    case U::SixHours:
        return locale.toString(QTime(tick.hour, 0), hourFormat(locale));
    case U::Day:
    case U::Week:
        if (major)
            return tr("%1 %2", "day month")
                .arg(calendar.number(tick.dayOfMonth), calendar.monthName(tick.month, tick.year));
        return calendar.number(tick.dayOfMonth);
    case U::Month:
        if (major)
            return tr("%1 %2", "month year")
                .arg(calendar.standaloneMonthName(tick.month, tick.year),
                     calendar.yearText(tick.year));
        return calendar.standaloneMonthName(tick.month, tick.year, QLocale::ShortFormat);
    case U::Quarter:
        return tr("Q%1").arg(calendar.number((tick.month - 1) / 3 + 1));
    case U::Year:
    case U::Century:
    case U::Millennium:
        return calendar.yearText(tick.year);
    case U::Decade:
        return tick.year >= 1 ? tr("%1s", "decade").arg(calendar.number(tick.year))
                              : calendar.yearText(tick.year);
    }
    return QString();
}

double TimelinePainter::labelWidth(AxisTicks::Unit unit) const
{
    const CalendarFormatter calendar;
    const QString calendarKey = CalendarFormatter::systemKey(calendar.system()) + u' '
                                + calendar.locale().name();
    if (!(m_labelFontCacheKey == m_style.font) || m_labelCalendarCacheKey != calendarKey
        || m_labelWidthCache[0] == 0) {
        m_labelFontCacheKey = m_style.font;
        m_labelCalendarCacheKey = calendarKey;
        const QFontMetricsF fm(m_style.font);
        const QLocale &locale = calendar.locale();
        using U = AxisTicks::Unit;
        auto width = [&fm](const QString &text) { return fm.horizontalAdvance(text); };
        qreal month = 0;
        for (int m = 1; m <= calendar.monthsInYear(2000); ++m)
            month = std::max(month,
                             width(calendar.standaloneMonthName(m, 2000, QLocale::ShortFormat)));
        const qreal padding = fm.height() * 0.9;
        m_labelWidthCache[int(U::Hour)] = width(locale.toString(QTime(23, 0), hourFormat(locale)))
                                          + padding;
        m_labelWidthCache[int(U::SixHours)] = m_labelWidthCache[int(U::Hour)];
        m_labelWidthCache[int(U::Day)] = width(calendar.number(30)) + padding;
        m_labelWidthCache[int(U::Week)] = m_labelWidthCache[int(U::Day)];
        m_labelWidthCache[int(U::Month)] = month + padding;
        m_labelWidthCache[int(U::Quarter)] = width(tr("Q%1").arg(calendar.number(4))) + padding;
        m_labelWidthCache[int(U::Year)] = width(calendar.yearText(-4999)) + padding;
        m_labelWidthCache[int(U::Decade)] = width(calendar.yearText(-4999)) + padding;
        m_labelWidthCache[int(U::Century)] = m_labelWidthCache[int(U::Decade)];
        m_labelWidthCache[int(U::Millennium)] = m_labelWidthCache[int(U::Decade)];
    }
    return m_labelWidthCache[int(unit)];
}

void TimelinePainter::paint(QPainter *painter,
                            const QRectF &rect,
                            const TimelineIndex *index,
                            const TimelineOptions &options)
{
    m_glyphHits.clear();
    m_clusterLanes.clear();
    m_columnTotals.clear();
    m_axisLabels.clear();
    m_glyphCount = 0;
    m_aggregatedLanes = 0;
    m_columnsReady = false;

    painter->save();
    painter->setFont(m_style.font);
    painter->fillRect(rect, m_style.background);
    m_layout = layout(rect, index, options);

    if (!index || index->isEmpty()) {
        m_layout.laneRows.clear();
        paintEmpty(painter, rect, options);
        painter->restore();
        return;
    }

    TimeScale scale = options.scale;
    scale.setWidth(m_layout.plot.width());
    m_scale = scale;
    paintAxis(painter, m_layout, scale);

    painter->save();
    painter->setClipRect(m_layout.lanes);
    for (const LaneGeometry &row : m_layout.laneRows)
        paintLane(painter, row, *index, scale, options);
    for (const LaneGeometry &row : m_layout.laneRows) {
        if (!row.header.isEmpty())
            paintHeader(painter, row, *index);
    }
    if (index->resolvedCount() == 0) {
        painter->setPen(m_style.mutedText);
        painter->drawText(m_layout.plot,
                          Qt::AlignCenter | Qt::TextWordWrap,
                          tr("No event has a resolved date."));
    }
    painter->restore();

    paintFooter(painter, m_layout, index, options);
    painter->restore();
}

void TimelinePainter::paintAxis(QPainter *painter, const Layout &layout, const TimeScale &scale)
{
    const CalendarFormatter calendar;
    const AxisTicks ticks(
        scale, [this](AxisTicks::Unit unit) { return labelWidth(unit); }, calendar.system());
    m_minorStep = ticks.minorStep();
    const QRectF &plot = layout.plot;
    const QRectF &axis = layout.axis;
    const qreal ratio = devicePixelRatioOf(painter);
    const QFontMetricsF fm(m_style.font, painter->device());
    const qreal lh = lineHeight();
    const qreal majorBaseline = axis.top() + 4 + fm.ascent();
    const qreal minorBaseline = axis.top() + 6 + lh + fm.ascent();

    // Grid through the lanes: minor lines lighter than major ones.
    painter->save();
    painter->setClipRect(layout.lanes.united(axis));
    painter->setRenderHint(QPainter::Antialiasing, false);
    QVarLengthArray<QLineF, 256> minorLines;
    QVarLengthArray<QLineF, 64> majorLines;
    m_gridMinorX.clear();
    m_gridMajorX.clear();
    for (const AxisTicks::Tick &tick : ticks.minorTicks()) {
        const qreal x = alignToDevice(plot.left() + scale.x(tick.day), ratio);
        if (x >= plot.left() && x <= plot.right()) {
            minorLines.append(QLineF(x, axis.bottom() - 4, x, layout.lanes.bottom()));
            m_gridMinorX.push_back(int(std::round(x * ratio)));
        }
    }
    for (const AxisTicks::Tick &tick : ticks.majorTicks()) {
        const qreal x = alignToDevice(plot.left() + scale.x(tick.day), ratio);
        if (x >= plot.left() && x <= plot.right()) {
            majorLines.append(QLineF(x, axis.top() + 2, x, layout.lanes.bottom()));
            m_gridMajorX.push_back(int(std::round(x * ratio)));
        }
    }
    painter->setPen(QPen(m_style.gridMinor, 0));
    painter->drawLines(minorLines.data(), int(minorLines.size()));
    painter->setPen(QPen(m_style.gridMajor, 0));
    painter->drawLines(majorLines.data(), int(majorLines.size()));
    painter->setPen(QPen(m_style.axisLine, 0));
    const qreal base = alignToDevice(axis.bottom(), ratio);
    painter->drawLine(QLineF(plot.left(), base, plot.right(), base));
    painter->restore();

    painter->save();
    painter->setClipRect(axis);
    // Ticks come in time order; labels follow their tick the way time runs.
    const bool rtl = scale.isRightToLeft();
    auto beyondEnd = [&plot, rtl](qreal x) { return rtl ? x < plot.left() : x > plot.right(); };
    const qreal pastEnd = rtl ? plot.left() - 1000 : plot.right() + 1000;
    auto room = [rtl](qreal x, qreal next) { return rtl ? x - next : next - x; };
    auto labelLeft = [rtl](qreal x, qreal width) { return rtl ? x - 3 - width : x + 3; };
    // Minor labels: right after their tick.
    painter->setPen(m_style.mutedText);
    const QList<AxisTicks::Tick> &minor = ticks.minorTicks();
    for (qsizetype i = 0; i < minor.size(); ++i) {
        const qreal x = plot.left() + scale.x(minor[i].day);
        if (beyondEnd(x))
            break;
        const QString label = tickLabel(minor[i], m_minorStep.unit, false, calendar);
        const qreal next = i + 1 < minor.size() ? plot.left() + scale.x(minor[i + 1].day) : pastEnd;
        const qreal width = fm.horizontalAdvance(label);
        if (3 + width > room(x, next) - 2)
            continue;
        painter->drawText(QPointF(labelLeft(x, width), minorBaseline), label);
        m_axisLabels.append(label);
    }
    // Major labels: the one scrolled past the edge where time starts sticks to it.
    painter->setPen(m_style.text);
    QFont bold = m_style.font;
    bold.setWeight(QFont::DemiBold);
    painter->setFont(bold);
    const QFontMetricsF boldFm(bold, painter->device());
    const QList<AxisTicks::Tick> &major = ticks.majorTicks();
    for (qsizetype i = 0; i < major.size(); ++i) {
        qreal x = plot.left() + scale.x(major[i].day);
        if (beyondEnd(x))
            break;
        const QString label = tickLabel(major[i], ticks.majorStep().unit, true, calendar);
        const qreal width = boldFm.horizontalAdvance(label);
        const qreal next = i + 1 < major.size() ? plot.left() + scale.x(major[i + 1].day) : pastEnd;
        x = rtl ? std::min(x, plot.right()) : std::max(x, plot.left());
        if (3 + width > room(x, next) - 4 && i + 1 < major.size() && !beyondEnd(next))
            continue;
        painter->drawText(QPointF(labelLeft(x, width), majorBaseline), label);
        m_axisLabels.append(label);
    }
    painter->restore();
}

void TimelinePainter::paintLane(QPainter *painter,
                                const LaneGeometry &row,
                                const TimelineIndex &index,
                                const TimeScale &scale,
                                const TimelineOptions &options)
{
    const qreal ratio = devicePixelRatioOf(painter);
    // Separator under each lane with a header.
    if (!row.header.isEmpty()) {
        painter->setPen(QPen(m_style.laneSeparator, 0));
        const qreal y = alignToDevice(row.rect.bottom(), ratio) - 1 / ratio;
        painter->drawLine(QLineF(row.rect.left(), y, row.rect.right(), y));
    }
    if (index.laneSize(row.lane) == 0)
        return;

    // How many events would be drawn one by one.
    const double margin = 12 * scale.daysPerPixel();
    const quint32 first = index.laneEntryAtOrAfter(row.lane,
                                                   index.positionAtOrAfter(scale.from() - margin));
    const quint32 last = index.laneEntryAtOrAfter(row.lane,
                                                  index.positionAtOrAfter(scale.to() + margin));
    const qreal lh = lineHeight();
    const int rows = std::max(1, int((row.plot.height() - 6) / (lh * 1.3)));
    const double glyphBudget = std::min<double>(2000, rows * row.plot.width() / 14.0);
    const bool individual = !row.collapsed && double(last - first) <= glyphBudget;

    painter->save();
    painter->setClipRect(row.plot.intersected(m_layout.lanes), Qt::IntersectClip);
    // A lane whose events would mostly overlap falls back to density.
    if (!individual || !paintEvents(painter, row, index, scale, options)) {
        paintDensity(painter, row, index, scale, options);
        ++m_aggregatedLanes;
    }
    painter->restore();
}

bool TimelinePainter::paintDensity(QPainter *painter,
                                   const LaneGeometry &row,
                                   const TimelineIndex &index,
                                   const TimeScale &scale,
                                   const TimelineOptions &options)
{
    const qreal ratio = devicePixelRatioOf(painter);
    // Columns: one per day when a day is wide enough (the data's resolution),
    // else columns of a fixed width. All lanes of a frame share them. Their
    // edges are offsets from the side where time starts (the forward scale);
    // columnLeft() turns them into x.
    const TimeScale forward = scale.forward();
    const bool rtl = scale.isRightToLeft();
    auto columnLeft = [&](size_t c, qreal width) {
        return rtl ? row.plot.right() - m_columnEdges[c] - width
                   : row.plot.left() + m_columnEdges[c];
    };
    if (!m_columnsReady) {
        m_columnsReady = true;
        m_dayColumns = forward.pixelsPerDay() * ratio >= 4;
        m_columnEdges.clear();
        m_boundaries.clear();
        if (m_dayColumns) {
            const double firstDay = std::floor(forward.from());
            const size_t days = size_t(std::ceil(forward.to()) - firstDay);
            for (size_t c = 0; c <= days; ++c) {
                m_columnEdges.push_back(
                    std::clamp(forward.x(firstDay + double(c)), 0.0, row.plot.width()));
                m_boundaries.push_back(index.positionAtOrAfter(firstDay + double(c)));
            }
        } else {
            const qreal columnWidth = std::max<qreal>(1.0,
                                                      std::round(m_style.densityColumnWidth * ratio))
                                      / ratio;
            const size_t count = size_t(std::ceil(row.plot.width() / columnWidth));
            // Column c holds the events whose glyph centre (mid-day for a
            // point) falls in it: start days in [day(x) - 0.5, day(x') - 0.5).
            for (size_t c = 0; c <= count; ++c) {
                const qreal x = qreal(c) * columnWidth;
                m_columnEdges.push_back(std::min(x, row.plot.width()));
                m_boundaries.push_back(index.positionAtOrAfter(forward.day(x) - 0.5));
            }
        }
    }
    if (m_columnEdges.size() < 2)
        return false;
    const size_t columns = m_columnEdges.size() - 1;
    std::vector<quint32> &entries = m_entries;
    index.laneEntriesAtOrAfter(row.lane, m_boundaries, &entries);

    m_columnCounts.resize(columns);
    const size_t totalsOffset = m_columnTotals.size();
    m_columnTotals.resize(totalsOffset + columns);
    TimelineIndex::Counts previous = index.countsBefore(row.lane, entries[0]);
    quint32 maxTotal = 0;
    for (size_t c = 0; c < columns; ++c) {
        const TimelineIndex::Counts next = index.countsBefore(row.lane, entries[c + 1]);
        quint32 total = 0;
        for (int k = 0; k < TimelineIndex::QuadClassCount; ++k) {
            m_columnCounts[c][size_t(k)] = next[size_t(k)] - previous[size_t(k)];
            total += m_columnCounts[c][size_t(k)];
        }
        m_columnTotals[totalsOffset + c] = total;
        maxTotal = std::max(maxTotal, total);
        previous = next;
    }
    m_clusterLanes.push_back({row.lane, row.plot, totalsOffset, columns});
    if (maxTotal == 0)
        return true;

    // Bar height grows with log(count), so one event stays visible next to a thousand.
    const qreal top = row.plot.top() + (row.collapsed ? 3 : 6);
    const qreal bottom = alignToDevice(row.plot.bottom() - (row.header.isEmpty() ? 4 : 3), ratio);
    const qreal height = std::max<qreal>(1, bottom - top);
    const double logMax = std::log1p(double(maxTotal));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    const bool raster = painter->paintEngine()
                        && painter->paintEngine()->type() == QPaintEngine::Raster
                        && painter->transform().isIdentity();
    if (raster) {
        paintBarsAsImage(painter, row, totalsOffset, columns, top, bottom, logMax);
    } else {
        // Vector devices (PDF, SVG, print) get one rectangle per bar and class.
        auto &rects = m_rects;
        for (auto &list : rects)
            list.clear();
        for (size_t c = 0; c < columns; ++c) {
            const quint32 total = m_columnTotals[totalsOffset + c];
            if (total == 0)
                continue;
            const qreal barHeight = std::max<qreal>(2.0 / ratio,
                                                    height * std::log1p(double(total)) / logMax);
            const qreal columnWidth = m_columnEdges[c + 1] - m_columnEdges[c]
                                      - (m_dayColumns && m_columnEdges[c + 1] - m_columnEdges[c] >= 4
                                             ? 1
                                             : 0);
            const qreal x = columnLeft(c, columnWidth);
            qreal y = bottom;
            quint32 cumulative = 0;
            for (const Q quad : StackOrder) {
                const quint32 count = m_columnCounts[c][size_t(quad)];
                if (count == 0)
                    continue;
                cumulative += count;
                const qreal nextY = alignToDevice(bottom - barHeight * cumulative / total, ratio);
                if (nextY < y)
                    rects[size_t(quad)].push_back(QRectF(x, nextY, columnWidth, y - nextY));
                y = nextY;
            }
        }
        painter->setPen(Qt::NoPen);
        for (const Q quad : StackOrder) {
            const auto &list = rects[size_t(quad)];
            if (list.empty())
                continue;
            painter->setBrush(TimelineStyle::quadClassColor(quad));
            painter->drawRects(list.data(), int(list.size()));
        }
    }
    // Wide day columns (a few days over the whole view) say how many events
    // they hold, so ten thousand events on one day read as a number.
    if (m_dayColumns && !row.collapsed && columns <= 400) {
        const QFontMetricsF fm(m_style.font, painter->device());
        for (size_t c = 0; c < columns; ++c) {
            const quint32 total = m_columnTotals[totalsOffset + c];
            const qreal columnWidth = m_columnEdges[c + 1] - m_columnEdges[c];
            if (total == 0)
                continue;
            const QString text = QLocale().toString(qint64(total));
            const qreal textWidth = fm.horizontalAdvance(text);
            if (textWidth + 6 > columnWidth)
                continue;
            const qreal barTop = bottom
                                 - std::max<qreal>(2.0 / ratio,
                                                   height * std::log1p(double(total)) / logMax);
            const bool inside = barTop - fm.height() - 2 < row.plot.top();
            const qreal x = columnLeft(c, columnWidth) + (columnWidth - textWidth) / 2;
            const qreal baseline = inside ? barTop + 2 + fm.ascent() : barTop - 3 - fm.descent();
            painter->setPen(inside ? QColor(Qt::white) : m_style.mutedText);
            painter->drawText(QPointF(x, baseline), text);
        }
    }
    // The selected event, if it is in this lane: a line in the accent colour.
    const qint64 position = options.selectedPosition;
    if (options.selectedEventId != 0 && position >= 0 && position < index.resolvedCount()
        && index.eventId(quint32(position)) == options.selectedEventId) {
        if (index.laneEntryOf(row.lane, quint32(position)) >= 0) {
            const TimelineIndex::EventRef ev = index.event(quint32(position));
            const qreal x = row.plot.left() + scale.x((ev.earliestDay + ev.latestDay + 1) / 2.0);
            painter->setPen(QPen(m_style.accent, 2));
            painter->drawLine(QLineF(x, row.plot.top() + 2, x, row.plot.bottom() - 2));
        }
    }
    painter->restore();
    return true;
}

void TimelinePainter::paintBarsAsImage(QPainter *painter,
                                       const LaneGeometry &row,
                                       size_t totalsOffset,
                                       size_t columns,
                                       qreal top,
                                       qreal bottom,
                                       double logMax)
{
    const qreal ratio = devicePixelRatioOf(painter);
    const int left = int(std::round(row.plot.left() * ratio));
    const int topRow = int(std::floor(top * ratio));
    const int bottomRow = int(std::round(bottom * ratio));
    const int width = int(std::ceil(row.plot.width() * ratio));
    const int height = bottomRow - topRow;
    if (width <= 0 || height <= 0)
        return;
    // Opaque (RGB32) so drawing it is a plain copy: the background and the
    // grid lines the bars stand in front of are part of the image.
    if (m_band.width() < width || m_band.height() < height)
        m_band = QImage(std::max(width, m_band.width()),
                        std::max(height, m_band.height()),
                        QImage::Format_RGB32);
    m_bandBase.assign(size_t(width), m_style.background.rgb());
    for (int x : m_gridMinorX) {
        if (x - left >= 0 && x - left < width)
            m_bandBase[size_t(x - left)] = m_style.gridMinor.rgb();
    }
    for (int x : m_gridMajorX) {
        if (x - left >= 0 && x - left < width)
            m_bandBase[size_t(x - left)] = m_style.gridMajor.rgb();
    }

    std::array<quint32, TimelineIndex::QuadClassCount> colours{};
    for (int k = 0; k < TimelineIndex::QuadClassCount; ++k)
        colours[size_t(k)] = TimelineStyle::quadClassColor(Q(k)).rgba(); // opaque: premultiplied as is

    // Per column, the rows where its colour changes, top segment first; rows
    // are then written top-down from a line buffer.
    m_bandSteps.clear();
    for (size_t c = 0; c < columns; ++c) {
        const quint32 total = m_columnTotals[totalsOffset + c];
        if (total == 0)
            continue;
        const double barPixels = std::max(2.0, height * logOfCount(total) / logMax);
        // Segment boundaries from the bottom, in rows from the band's top.
        std::array<int, TimelineIndex::QuadClassCount> starts{};
        std::array<quint32, TimelineIndex::QuadClassCount> segmentColours{};
        int segments = 0;
        quint32 cumulative = 0;
        for (const Q quad : StackOrder) {
            const quint32 count = m_columnCounts[c][size_t(quad)];
            if (count == 0)
                continue;
            cumulative += count;
            starts[size_t(segments)] = height - int(std::lround(barPixels * cumulative / total));
            segmentColours[size_t(segments)] = colours[size_t(quad)];
            ++segments;
        }
        for (int k = segments - 1; k >= 0; --k)
            m_bandSteps.push_back(
                {std::max(0, starts[size_t(k)]), int(c), segmentColours[size_t(k)]});
    }
    // Device pixel edges of the columns; wide day columns keep a one-pixel gap.
    const bool rtl = m_scale.isRightToLeft();
    m_columnPixels.resize(2 * columns);
    for (size_t c = 0; c < columns; ++c) {
        const int x0 = std::clamp(int(std::round(m_columnEdges[c] * ratio)), 0, width);
        int x1 = std::clamp(int(std::round(m_columnEdges[c + 1] * ratio)), 0, width);
        if (m_dayColumns && x1 - x0 >= 4)
            --x1;
        // Right to left, the offsets count from the band's right end.
        m_columnPixels[2 * c] = rtl ? width - x1 : x0;
        m_columnPixels[2 * c + 1] = rtl ? width - x0 : x1;
    }
    // Counting sort by row, stable: within a row the lower segment comes last and wins.
    m_rowStarts.assign(size_t(height) + 1, 0);
    for (const BandStep &step : m_bandSteps)
        ++m_rowStarts[size_t(std::min(step.row, height - 1)) + 1];
    for (size_t r = 1; r < m_rowStarts.size(); ++r)
        m_rowStarts[r] += m_rowStarts[r - 1];
    m_sortedSteps.resize(m_bandSteps.size());
    for (const BandStep &step : m_bandSteps)
        m_sortedSteps[m_rowStarts[size_t(std::min(step.row, height - 1))]++] = step;
    m_bandSteps.swap(m_sortedSteps);
    m_bandLine = m_bandBase;
    size_t next = 0;
    for (int y = 0; y < height; ++y) {
        for (; next < m_bandSteps.size() && m_bandSteps[next].row <= y; ++next) {
            const BandStep &step = m_bandSteps[next];
            const int x0 = m_columnPixels[2 * size_t(step.column)];
            const int x1 = m_columnPixels[2 * size_t(step.column) + 1];
            for (int x = x0; x < x1; ++x)
                m_bandLine[size_t(x)] = step.colour;
        }
        std::memcpy(m_band.scanLine(y), m_bandLine.data(), size_t(width) * sizeof(quint32));
    }
    painter->drawImage(QRectF(left / ratio, topRow / ratio, width / ratio, height / ratio),
                       m_band,
                       QRectF(0, 0, width, height));
}

void TimelinePainter::paintPointGlyph(QPainter *painter,
                                      const QRectF &rect,
                                      const QColor &colour,
                                      bool imprecise,
                                      bool approximate,
                                      bool hovered)
{
    QPen outline(colour.darker(hovered ? 170 : 135), hovered ? 1.6 : 1.0);
    if (approximate)
        outline.setStyle(Qt::DashLine);
    QColor fill = colour;
    if (imprecise)
        fill.setAlphaF(0.55); // an imprecise date too short to show as a span
    if (approximate)
        fill = fill.lighter(125);
    painter->setPen(outline);
    painter->setBrush(fill);
    if (imprecise) {
        painter->drawEllipse(rect);
        return;
    }
    const qreal yc = rect.center().y();
    QPolygonF diamond;
    diamond << QPointF(rect.center().x(), rect.top()) << QPointF(rect.right(), yc)
            << QPointF(rect.center().x(), rect.bottom()) << QPointF(rect.left(), yc);
    painter->drawPolygon(diamond);
}

const QImage &TimelinePainter::glyphSprite(EventType::QuadClass quadClass,
                                           bool imprecise,
                                           bool approximate,
                                           bool hovered,
                                           qreal size,
                                           qreal ratio)
{
    if (m_spriteSize != size || m_spriteRatio != ratio) {
        m_sprites.clear();
        m_spriteSize = size;
        m_spriteRatio = ratio;
    }
    const int key = int(quadClass) * 8 + (imprecise ? 4 : 0) + (approximate ? 2 : 0)
                    + (hovered ? 1 : 0);
    auto it = m_sprites.find(key);
    if (it == m_sprites.end()) {
        const qreal side = size + 2 * SpriteMargin;
        QImage image(QSize(int(std::ceil(side * ratio)), int(std::ceil(side * ratio))),
                     QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing, true);
        paintPointGlyph(&p,
                        QRectF(SpriteMargin, SpriteMargin, size, size),
                        TimelineStyle::quadClassColor(quadClass),
                        imprecise,
                        approximate,
                        hovered);
        p.end();
        it = m_sprites.insert(key, image);
    }
    return it.value();
}

const TimelinePainter::CachedLabel *TimelinePainter::cachedLabel(qint64 eventId,
                                                                 const EventTitleCache &titles,
                                                                 const QFontMetricsF &fm)
{
    if (!(m_labelFont == m_style.font)) {
        m_labels.clear();
        m_labelFont = m_style.font;
    }
    auto it = m_labels.find(eventId);
    if (it == m_labels.end()) {
        const QString title = titles.title(eventId);
        if (title.isEmpty())
            return nullptr;
        if (m_labels.size() > 20000)
            m_labels.clear(); // bounded: the labels of a few screens
        CachedLabel label;
        label.title = title;
        const QString shown = fm.horizontalAdvance(title) > MaxLabelWidth
                                  ? fm.elidedText(title, Qt::ElideRight, MaxLabelWidth)
                                  : title;
        // Titles come from articles: never let Qt guess rich text.
        label.text = QStaticText(shown);
        label.text.setTextFormat(Qt::PlainText);
        // Titles in Arabic, Persian or Hebrew take their own base direction.
        QTextOption option;
        option.setTextDirection(Qt::LayoutDirectionAuto);
        label.text.setTextOption(option);
        label.text.setPerformanceHint(QStaticText::AggressiveCaching);
        label.text.prepare(QTransform(), m_style.font);
        label.width = std::min(fm.horizontalAdvance(shown), MaxLabelWidth);
        it = m_labels.insert(eventId, label);
    }
    return &it.value();
}

bool TimelinePainter::paintEvents(QPainter *painter,
                                  const LaneGeometry &row,
                                  const TimelineIndex &index,
                                  const TimeScale &scale,
                                  const TimelineOptions &options)
{
    const qreal lh = lineHeight();
    const qreal rowHeight = std::round(lh * 1.3);
    const qreal glyph = std::round(lh * 0.62);
    const double margin = 300 * scale.daysPerPixel();
    // The layout runs forward in time (x grows with time, labels follow their
    // glyph); mirror() turns its x into the painted one when time runs right to left.
    const TimeScale forward = scale.forward();
    const bool rtl = scale.isRightToLeft();
    auto mirror = [&row, rtl](qreal x) { return rtl ? row.plot.left() + row.plot.right() - x : x; };
    // Events whose span covers most of the view (a month or a year seen at the
    // scale of days) would take every row: beyond a few they are summarised
    // in a strip at the top of the lane instead of drawn one by one.
    std::vector<quint32> &positions = m_positions;
    positions.clear();
    m_covering.clear();
    quint32 coveringTotal = 0;
    const double coveringLength = std::max(2.0, scale.span() * 0.5);
    index.forEachInRange(row.lane,
                         scale.from() - margin,
                         scale.to() + margin,
                         [&](quint32, quint32 pos) {
                             const double length = double(index.endDay(pos)) + 1
                                                   - index.startDay(pos);
                             if (length >= coveringLength) {
                                 ++coveringTotal;
                                 if (m_covering.size() < MaxCoveringDrawn)
                                     m_covering.push_back(pos);
                                 return true;
                             }
                             positions.push_back(pos);
                             return positions.size() < 4000;
                         });
    const bool summariseCovering = coveringTotal > MaxCoveringDrawn;
    if (!summariseCovering && !m_covering.empty()) {
        positions.insert(positions.begin(), m_covering.begin(), m_covering.end());
        std::sort(positions.begin(), positions.end());
    }
    if (positions.empty() && coveringTotal == 0)
        return true;

    if (options.titles) {
        std::vector<qint64> ids;
        ids.reserve(positions.size());
        for (quint32 pos : positions)
            ids.push_back(index.eventId(pos));
        options.titles->prefetch(ids);
    }
    const QFontMetricsF fm(m_style.font, painter->device());
    const QRectF strip(row.plot.left() + 2,
                       row.plot.top() + 3,
                       row.plot.width() - 4,
                       fm.height() + 2);
    const qreal top = summariseCovering ? strip.bottom() + 3 : row.plot.top() + 4;
    const int rowCount = std::max(1, int((row.plot.bottom() - top - 2) / rowHeight));
    m_rowEnds.assign(size_t(rowCount), -1e12);

    // Pass 1, layout: greedy row packing, the first row free at x0 takes the
    // glyph and its label; a glyph that finds no free row overlaps another.
    m_items.clear();
    int overflowCount = 0;
    for (quint32 pos : positions) {
        const TimelineIndex::EventRef ev = index.event(pos);
        LaidOutEvent item;
        item.position = pos;
        item.point = ev.earliestDay == ev.latestDay && ev.precision == DateSpan::Precision::Day;
        item.x0 = row.plot.left() + forward.x(ev.earliestDay);
        item.x1 = row.plot.left() + forward.x(double(ev.latestDay) + 1);
        item.asPoint = item.point || item.x1 - item.x0 < glyph;
        if (item.asPoint) {
            const qreal centre = (item.x0 + item.x1) / 2;
            item.x0 = centre - glyph / 2;
            item.x1 = centre + glyph / 2;
        }
        if (item.x1 < row.plot.left() - MaxLabelWidth || item.x0 > row.plot.right())
            continue;
        const CachedLabel *label = options.titles ? cachedLabel(ev.id, *options.titles, fm)
                                                  : nullptr;
        const qreal labelWidth = label ? label->width : 0;
        item.labelInside = !item.asPoint
                           && (item.x1 - item.x0) >= labelWidth + 2 * LabelGap + glyph;
        item.labelX = item.labelInside ? std::max(item.x0, row.plot.left()) + LabelGap + glyph / 2
                                       : item.x1 + LabelGap;
        const qreal itemEnd = item.labelInside
                                  ? item.x1
                                  : (labelWidth > 0 ? item.labelX + labelWidth : item.x1);
        int slot = -1;
        for (int r = 0; r < rowCount; ++r) {
            if (m_rowEnds[size_t(r)] <= item.x0 - 2) {
                slot = r;
                break;
            }
        }
        item.withLabel = slot >= 0 && labelWidth > 0;
        item.overflow = slot < 0;
        if (item.overflow) {
            ++overflowCount;
            slot = int(std::min_element(m_rowEnds.begin(), m_rowEnds.end()) - m_rowEnds.begin());
        }
        item.slot = slot;
        m_rowEnds[size_t(slot)] = std::max(m_rowEnds[size_t(slot)],
                                           item.withLabel ? itemEnd + 8 : item.x1 + 2);
        m_items.push_back(item);
    }
    // Too crowded to read one by one: the caller draws density instead.
    if (overflowCount > std::max<int>(3, int(m_items.size()) / 5))
        return false;

    if (summariseCovering) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_style.gridMinor);
        painter->drawRoundedRect(strip, strip.height() / 2, strip.height() / 2);
        painter->setPen(m_style.mutedText);
        painter->drawText(strip.adjusted(10, 0, -10, 0),
                          (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter
                              | Qt::TextSingleLine,
                          tr("%Ln event(s) dated only to a longer period span this whole range",
                             nullptr,
                             int(coveringTotal)));
        painter->restore();
    }

    // Pass 2: glyphs.
    const qreal ratio = devicePixelRatioOf(painter);
    // Raster targets blit prepared glyph images; vector targets get real paths.
    const bool sprites = painter->paintEngine()
                         && painter->paintEngine()->type() == QPaintEngine::Raster
                         && painter->transform().isIdentity();
    m_pendingLabels.clear();
    m_overflowGlyphs.clear();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    for (const LaidOutEvent &item : m_items) {
        const TimelineIndex::EventRef ev = index.event(item.position);
        const qreal x0 = rtl ? mirror(item.x1) : item.x0;
        const qreal x1 = rtl ? mirror(item.x0) : item.x1;
        const qreal yc = top + item.slot * rowHeight + rowHeight / 2;
        const QColor color = TimelineStyle::quadClassColor(ev.quadClass);
        const bool selected = ev.id == options.selectedEventId;
        const bool hovered = ev.id == options.hoveredEventId;
        const bool approximate = ev.qualifier == DateSpan::Qualifier::Approximate;
        QRectF glyphRect;
        if (item.asPoint) {
            glyphRect = QRectF(x0, yc - glyph / 2, glyph, glyph);
            if (sprites) {
                const QImage &sprite
                    = glyphSprite(ev.quadClass, !item.point, approximate, hovered, glyph, ratio);
                painter->drawImage(QPointF(alignToDevice(x0 - SpriteMargin, ratio),
                                           alignToDevice(yc - glyph / 2 - SpriteMargin, ratio)),
                                   sprite);
            } else {
                paintPointGlyph(painter, glyphRect, color, !item.point, approximate, hovered);
            }
        } else {
            // A span with soft ends; an open side for "before" / "after".
            const qreal h = std::round(glyph * 0.8);
            glyphRect = QRectF(x0, yc - h / 2, x1 - x0, h);
            const qreal w = glyphRect.width();
            const qreal soft = std::min<qreal>(w * 0.25, 14.0) / w;
            // "Before" is open towards earlier times, "after" towards later ones.
            const auto earlier = DateSpan::Qualifier::Before;
            const auto later = DateSpan::Qualifier::After;
            const bool openLeft = ev.qualifier == (rtl ? later : earlier);
            const bool openRight = ev.qualifier == (rtl ? earlier : later);
            QLinearGradient gradient(glyphRect.left(), 0, glyphRect.right(), 0);
            QColor solid = color;
            solid.setAlphaF(selected ? 0.75 : 0.55);
            QColor clear = color;
            clear.setAlphaF(0.0);
            gradient.setColorAt(0, clear);
            gradient.setColorAt(openLeft ? std::min(0.45, 3 * soft) : soft, solid);
            gradient.setColorAt(openRight ? std::max(0.55, 1 - 3 * soft) : 1 - soft, solid);
            gradient.setColorAt(1, clear);
            painter->setPen(Qt::NoPen);
            painter->setBrush(gradient);
            painter->drawRoundedRect(glyphRect, h / 2, h / 2);
            if (approximate || hovered) {
                QPen outline(color.darker(hovered ? 170 : 135), hovered ? 1.6 : 1.0);
                if (approximate)
                    outline.setStyle(Qt::DashLine);
                painter->setBrush(Qt::NoBrush);
                painter->setPen(outline);
                painter->drawRoundedRect(glyphRect, h / 2, h / 2);
            }
            if (openLeft || openRight) {
                // A chevron pointing into the open side.
                const qreal ax = openLeft ? glyphRect.left() : glyphRect.right();
                const qreal d = openLeft ? -h * 0.45 : h * 0.45;
                QPolygonF arrow;
                arrow << QPointF(ax - d, yc - h * 0.45) << QPointF(ax, yc)
                      << QPointF(ax - d, yc + h * 0.45);
                painter->setPen(QPen(color.darker(140), 1.4));
                painter->setBrush(Qt::NoBrush);
                painter->drawPolyline(arrow);
            }
        }
        if (selected) {
            painter->setPen(QPen(m_style.accent, 2.2));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(glyphRect.adjusted(-3, -3, 3, 3), 4, 4);
        }
        ++m_glyphCount;
        m_glyphHits.push_back({glyphRect.adjusted(-3, -3, 3, 3), ev.id, row.lane});
        if (item.overflow)
            m_overflowGlyphs.emplace_back(item.slot, item.x0);
        if (item.withLabel) {
            const CachedLabel *label = options.titles ? cachedLabel(ev.id, *options.titles, fm)
                                                      : nullptr;
            if (!label)
                continue;
            const qreal labelX = std::max(item.labelX,
                                          row.plot.left() + (item.labelInside ? LabelGap : 0));
            const qreal available = item.labelInside ? item.x1 - labelX - LabelGap : label->width;
            m_pendingLabels.push_back({label->text,
                                       label->title,
                                       label->width,
                                       ev.id,
                                       item.slot,
                                       labelX,
                                       yc - fm.height() / 2,
                                       available,
                                       selected});
        }
    }

    // Pass 3: labels, shortened where a glyph that found no free row sits on them.
    std::sort(m_overflowGlyphs.begin(), m_overflowGlyphs.end());
    for (PendingLabel &pending : m_pendingLabels) {
        auto it = std::upper_bound(m_overflowGlyphs.begin(),
                                   m_overflowGlyphs.end(),
                                   std::make_pair(pending.slot, pending.x));
        if (it != m_overflowGlyphs.end() && it->first == pending.slot
            && it->second < pending.x + pending.available)
            pending.available = it->second - pending.x - 3;
        if (pending.available <= fm.averageCharWidth() * 2)
            continue;
        painter->setPen(pending.selected ? m_style.accent.darker(120) : m_style.text);
        if (pending.selected) {
            QFont bold = m_style.font;
            bold.setWeight(QFont::DemiBold);
            painter->setFont(bold);
        }
        painter->setLayoutDirection(Qt::LayoutDirectionAuto);
        // Right to left, a label ends where it would start left to right.
        const qreal end = mirror(pending.x);
        if (pending.available + 0.5 >= pending.width && !pending.selected) {
            painter->drawStaticText(QPointF(rtl ? end - pending.width : pending.x, pending.top),
                                    pending.text);
        } else {
            const QString elided = fm.elidedText(pending.title, Qt::ElideRight, pending.available);
            const qreal left = rtl ? end - painter->fontMetrics().horizontalAdvance(elided)
                                   : pending.x;
            painter->drawText(QPointF(left, pending.top + fm.ascent()), elided);
        }
        if (pending.selected)
            painter->setFont(m_style.font);
        m_glyphHits.push_back({QRectF(rtl ? end - pending.available : pending.x,
                                      pending.top,
                                      pending.available,
                                      fm.height()),
                               pending.eventId,
                               row.lane});
    }
    painter->restore();
    return true;
}

void TimelinePainter::paintHeader(QPainter *painter,
                                  const LaneGeometry &row,
                                  const TimelineIndex &index)
{
    const qreal ratio = devicePixelRatioOf(painter);
    painter->save();
    painter->fillRect(row.header, m_style.headerBackground);
    painter->setPen(QPen(m_style.laneSeparator, 0));
    // The header sits on the left, or on the right when time runs right to left.
    const bool rtl = m_scale.isRightToLeft();
    const qreal edge = rtl ? alignToDevice(row.header.left(), ratio)
                           : alignToDevice(row.header.right(), ratio) - 1 / ratio;
    painter->drawLine(QLineF(edge, row.header.top(), edge, row.header.bottom()));
    const qreal y = alignToDevice(row.rect.bottom(), ratio) - 1 / ratio;
    painter->drawLine(QLineF(row.header.left(), y, row.header.right(), y));

    // Collapse toggle: a small triangle, pointing into the lane when collapsed.
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QRectF t = row.toggle.adjusted(row.toggle.width() * 0.28,
                                         row.toggle.height() * 0.28,
                                         -row.toggle.width() * 0.28,
                                         -row.toggle.height() * 0.28);
    QPolygonF triangle;
    if (row.collapsed && rtl)
        triangle << t.topRight() << QPointF(t.left(), t.center().y()) << t.bottomRight();
    else if (row.collapsed)
        triangle << t.topLeft() << QPointF(t.right(), t.center().y()) << t.bottomLeft();
    else
        triangle << t.topLeft() << t.topRight() << QPointF(t.center().x(), t.bottom());
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_style.mutedText);
    painter->drawPolygon(triangle);

    const QFontMetricsF fm(m_style.font, painter->device());
    const qreal textLeft = rtl ? row.header.left() + 6 : row.toggle.right() + 4;
    const qreal width = rtl ? row.toggle.left() - 4 - textLeft : row.header.right() - textLeft - 6;
    const QString count = QLocale().toString(qint64(index.laneSize(row.lane)));
    const qreal countWidth = fm.horizontalAdvance(count);
    const qreal baseline = row.toggle.center().y() - fm.height() / 2 + fm.ascent();
    painter->setPen(m_style.text);
    // Actor names and article titles keep their own script's direction.
    painter->setLayoutDirection(Qt::LayoutDirectionAuto);
    // Texts hug the toggle: left-aligned, or right-aligned when the header is on the right.
    auto leftOf = [&](const QString &text) {
        return rtl ? textLeft + width - fm.horizontalAdvance(text) : textLeft;
    };
    const qreal nameWidth = row.collapsed ? width - countWidth - 6 : width;
    const QString name = fm.elidedText(index.laneName(row.lane), Qt::ElideRight, nameWidth);
    painter->drawText(QPointF(leftOf(name), baseline), name);
    painter->setPen(m_style.mutedText);
    if (row.collapsed) {
        painter->drawText(QPointF(rtl ? textLeft : row.header.right() - 6 - countWidth, baseline),
                          count);
    } else {
        const QString events = fm.elidedText(tr("%Ln event(s)",
                                                nullptr,
                                                int(index.laneSize(row.lane))),
                                             Qt::ElideRight,
                                             width);
        painter->drawText(QPointF(leftOf(events), baseline + fm.lineSpacing()), events);
    }
    painter->restore();
}

void TimelinePainter::paintFooter(QPainter *painter,
                                  const Layout &layout,
                                  const TimelineIndex *index,
                                  const TimelineOptions &options)
{
    if (layout.footer.isEmpty())
        return;
    painter->save();
    const qreal ratio = devicePixelRatioOf(painter);
    painter->setPen(QPen(m_style.laneSeparator, 0));
    const qreal y = alignToDevice(layout.footer.top(), ratio);
    painter->drawLine(QLineF(layout.footer.left(), y, layout.footer.right(), y));
    const QFontMetricsF fm(m_style.font, painter->device());
    const qreal baseline = layout.footer.center().y() - fm.height() / 2 + fm.ascent();
    qreal right = layout.footer.right() - 8;
    if (options.showLegend) {
        const TimelineIndex::Counts totals = index ? index->totals() : TimelineIndex::Counts{};
        QList<Q> shown = {Q::VerbalCooperation,
                          Q::MaterialCooperation,
                          Q::VerbalConflict,
                          Q::MaterialConflict};
        if (totals[size_t(Q::Unknown)] > 0)
            shown.append(Q::Unknown);
        const qreal chip = std::round(fm.height() * 0.7);
        for (auto it = shown.crbegin(); it != shown.crend(); ++it) {
            const QString name = EventType::quadClassName(*it);
            const qreal w = fm.horizontalAdvance(name);
            right -= w;
            painter->setPen(m_style.text);
            painter->drawText(QPointF(right, baseline), name);
            right -= chip + 5;
            QuadClassPalette::paintChip(painter,
                                        QRectF(right,
                                               layout.footer.center().y() - chip / 2,
                                               chip,
                                               chip),
                                        TimelineStyle::quadClassColor(*it));
            right -= 16;
        }
    }
    if (options.showUnresolvedNote && index && index->unresolvedCount() > 0) {
        const QString note = tr("%Ln event(s) without a resolved date",
                                nullptr,
                                index->unresolvedCount());
        painter->setPen(m_style.mutedText);
        const qreal available = right - layout.footer.left() - 16;
        painter->drawText(QPointF(layout.footer.left() + 8, baseline),
                          fm.elidedText(note, Qt::ElideRight, available));
    }
    painter->restore();
}

void TimelinePainter::paintEmpty(QPainter *painter,
                                 const QRectF &rect,
                                 const TimelineOptions &options)
{
    const QString title = options.emptyTitle.isEmpty() ? tr("No events yet") : options.emptyTitle;
    const QString message = options.emptyMessage.isEmpty()
                                ? tr("Drop articles here to extract their events, or open the "
                                     "sample workspace.")
                                : options.emptyMessage;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QFont titleFont = m_style.font;
    if (titleFont.pointSizeF() > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    else
        titleFont.setPixelSize(int(titleFont.pixelSize() * 1.5));
    titleFont.setWeight(QFont::DemiBold);
    const QFontMetricsF titleFm(titleFont, painter->device());
    const QFontMetricsF fm(m_style.font, painter->device());
    const qreal width = std::min<qreal>(rect.width() - 40, 520);
    const QRectF messageBounds = fm.boundingRect(QRectF(0, 0, width - 48, 1000),
                                                 Qt::AlignHCenter | Qt::TextWordWrap,
                                                 message);
    const qreal height = titleFm.height() + 12 + messageBounds.height() + 56;
    const QRectF box(rect.center().x() - width / 2, rect.center().y() - height / 2, width, height);
    QPen dashed(m_style.axisLine, 1.5, Qt::DashLine);
    painter->setPen(dashed);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(box, 12, 12);
    painter->setFont(titleFont);
    painter->setPen(m_style.text);
    const QRectF titleRect(box.left(), box.top() + 28, box.width(), titleFm.height());
    painter->drawText(titleRect, Qt::AlignHCenter | Qt::AlignTop, title);
    painter->setFont(m_style.font);
    painter->setPen(m_style.mutedText);
    painter->drawText(QRectF(box.left() + 24,
                             titleRect.bottom() + 12,
                             box.width() - 48,
                             messageBounds.height() + 4),
                      Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                      message);
    painter->restore();
}

TimelinePainter::Hit TimelinePainter::hitTest(const QPointF &point) const
{
    Hit hit;
    for (auto it = m_glyphHits.crbegin(); it != m_glyphHits.crend(); ++it) {
        if (it->rect.contains(point)) {
            hit.kind = Hit::Kind::Event;
            hit.eventId = it->eventId;
            hit.lane = it->lane;
            return hit;
        }
    }
    for (const LaneGeometry &row : m_layout.laneRows) {
        if (!row.rect.contains(point) || !m_layout.lanes.contains(point))
            continue;
        hit.lane = row.lane;
        if (row.header.contains(point)) {
            hit.kind = row.toggle.adjusted(-3, -3, 3, 3).contains(point) ? Hit::Kind::LaneToggle
                                                                         : Hit::Kind::LaneHeader;
            return hit;
        }
        for (const ClusterLane &cluster : m_clusterLanes) {
            if (cluster.lane != row.lane || !cluster.plot.contains(point))
                continue;
            // Column edges are offsets from the side where time starts.
            const qreal px = m_scale.isRightToLeft() ? cluster.plot.right() - point.x()
                                                     : point.x() - cluster.plot.left();
            const auto edge = std::upper_bound(m_columnEdges.begin(), m_columnEdges.end(), px);
            if (edge == m_columnEdges.begin() || edge == m_columnEdges.end())
                break;
            const auto column = size_t(edge - m_columnEdges.begin() - 1);
            if (column >= cluster.columns)
                break;
            const quint32 *totals = m_columnTotals.data() + cluster.offset;
            // Look a few columns around the pointer, then grow over the run
            // of occupied columns (gaps of up to two columns belong to it).
            size_t centre = cluster.columns;
            for (size_t d = 0; d <= 3 && centre == cluster.columns; ++d) {
                if (column >= d && totals[column - d] > 0)
                    centre = column - d;
                else if (column + d < cluster.columns && totals[column + d] > 0)
                    centre = column + d;
            }
            if (centre == cluster.columns)
                break;
            size_t begin = centre;
            size_t end = centre;
            for (size_t gap = 0; begin > 0 && gap <= 2;) {
                --begin;
                gap = totals[begin] > 0 ? 0 : gap + 1;
            }
            while (begin < centre && totals[begin] == 0)
                ++begin;
            for (size_t gap = 0; end + 1 < cluster.columns && gap <= 2;) {
                ++end;
                gap = totals[end] > 0 ? 0 : gap + 1;
            }
            while (end > centre && totals[end] == 0)
                --end;
            hit.kind = Hit::Kind::Cluster;
            const TimeScale forward = m_scale.forward();
            hit.from = forward.day(m_columnEdges[begin]);
            hit.to = forward.day(m_columnEdges[end + 1]);
            return hit;
        }
        return hit;
    }
    return hit;
}

} // namespace Faultline
