#include "ui/panels/overviewchart.h"

#include "core/model/calendarformatter.h"
#include "core/model/datespan.h"
#include "core/query/axisticks.h"
#include "core/query/timescale.h"
#include "ui/panels/quadclasspalette.h"
#include "ui/settings/preferences.h"

#include <QApplication>
#include <QGraphicsLayout>
#include <QLocale>
#include <QMouseEvent>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace Faultline {

namespace {

using Q = EventType::QuadClass;
// Bottom to top: conflict at the base, where the eye compares best.
constexpr std::array<Q, TimelineIndex::QuadClassCount> StackOrder = {Q::MaterialConflict,
                                                                     Q::VerbalConflict,
                                                                     Q::MaterialCooperation,
                                                                     Q::VerbalCooperation,
                                                                     Q::Unknown};

} // namespace

OverviewChart::OverviewChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("overviewChart"));
    retranslateUi();
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setDragMode(QGraphicsView::NoDrag);
    setFrameShape(QFrame::NoFrame);
    setMinimumHeight(fontMetrics().height() * 4);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFixedHeight(fontMetrics().height() * 6);
    setCursor(Qt::CrossCursor);

    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    // Room under the plot for the period labels drawn in drawForeground().
    chart->setMargins(QMargins(4, 2, 4, fontMetrics().height() + 4));

    m_axisX = new QValueAxis(chart);
    m_axisY = new QValueAxis(chart);
    for (QValueAxis *axis : {m_axisX, m_axisY}) {
        axis->setVisible(false);
        axis->setLabelsVisible(false);
        axis->setGridLineVisible(false);
    }
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);

    for (size_t layer = 0; layer < StackOrder.size(); ++layer) {
        auto *upper = new QLineSeries(chart);
        auto *lower = new QLineSeries(chart);
        auto *area = new QAreaSeries(upper, lower);
        area->setName(EventType::quadClassName(StackOrder[layer]));
        chart->addSeries(area);
        area->attachAxis(m_axisX);
        area->attachAxis(m_axisY);
        m_uppers[layer] = upper;
        m_lowers[layer] = lower;
        m_areas[layer] = area;
    }
    // setChart() releases the chart QChartView's constructor made without
    // deleting it.
    QChart *defaultChart = this->chart();
    setChart(chart);
    delete defaultChart;
    m_direction = Preferences::load().timeDirection;
    m_axisX->setReverse(m_direction == TimeScale::Direction::RightToLeft);
    applyColors();
    connect(chart, &QChart::plotAreaChanged, this, [this](const QRectF &plot) {
        // At most one bin per pixel: a new width may need other bins.
        if (int(plot.width()) != m_lastPlotWidth)
            rebuild();
    });
    updateSeries();
}

OverviewChart::~OverviewChart() = default;

void OverviewChart::setIndexSource(std::function<const TimelineIndex *()> source)
{
    m_source = std::move(source);
    rebuild();
}

OverviewChart::Period OverviewChart::periodFor(double days)
{
    if (days > 20 * 365.25)
        return Period::Year;
    if (days > 180)
        return Period::Month;
    return Period::Day;
}

void OverviewChart::rebuild()
{
    m_bins.clear();
    m_dataFrom = 0;
    m_dataTo = 0;
    const TimelineIndex *index = m_source ? m_source() : nullptr;
    const QRectF plot = chart()->plotArea();
    m_lastPlotWidth = int(plot.width());
    if (!index || index->resolvedCount() == 0 || index->extentTo() <= index->extentFrom()) {
        updateSeries();
        return;
    }

    const double from = index->extentFrom();
    const double to = index->extentTo();
    m_period = periodFor(to - from);
    qint64 firstYear = 0;
    qint64 lastYear = 0;
    int firstMonth = 1;
    int lastMonth = 1;
    DateSpan::toYearMonthDay(qint64(std::floor(from)), &firstYear, &firstMonth, nullptr);
    DateSpan::toYearMonthDay(qint64(std::ceil(to)) - 1, &lastYear, &lastMonth, nullptr);
    qint64 periods = 1;
    switch (m_period) {
    case Period::Year:
        m_dataFrom = double(DateSpan::julianDay(firstYear, 1, 1));
        m_dataTo = double(DateSpan::julianDay(lastYear + 1, 1, 1));
        periods = lastYear - firstYear + 1;
        break;
    case Period::Month:
        m_dataFrom = double(DateSpan::julianDay(firstYear, firstMonth, 1));
        m_dataTo = double(lastMonth == 12 ? DateSpan::julianDay(lastYear + 1, 1, 1)
                                          : DateSpan::julianDay(lastYear, lastMonth + 1, 1));
        periods = (lastYear - firstYear) * 12 + (lastMonth - firstMonth) + 1;
        break;
    case Period::Day:
        m_dataFrom = std::floor(from);
        m_dataTo = std::max(std::ceil(to), m_dataFrom + 1);
        periods = qint64(m_dataTo - m_dataFrom);
        break;
    }
    const qint64 maxBins = std::max<qint64>(1, m_lastPlotWidth > 0 ? m_lastPlotWidth : width());
    const int bins = int(std::clamp<qint64>(periods, 1, maxBins));
    m_bins = index->histogram(m_dataFrom, m_dataTo, bins);
    updateSeries();
}

void OverviewChart::updateSeries()
{
    const size_t count = m_bins.size();
    std::vector<double> base(count, 0.0);
    double maxTotal = 0;
    const double binWidth = count > 0 ? (m_dataTo - m_dataFrom) / double(count) : 0;
    for (size_t layer = 0; layer < StackOrder.size(); ++layer) {
        const size_t classIndex = size_t(StackOrder[layer]);
        QList<QPointF> upper;
        QList<QPointF> lower;
        upper.reserve(qsizetype(count * 2));
        lower.reserve(qsizetype(count * 2));
        for (size_t i = 0; i < count; ++i) {
            const double x0 = m_dataFrom + double(i) * binWidth;
            const double x1 = x0 + binWidth;
            const double top = base[i] + double(m_bins[i][classIndex]);
            // Steps, not slopes: a bin is a period, its count holds across it.
            lower.append({x0, base[i]});
            lower.append({x1, base[i]});
            upper.append({x0, top});
            upper.append({x1, top});
            base[i] = top;
            maxTotal = std::max(maxTotal, top);
        }
        m_uppers[layer]->replace(upper);
        m_lowers[layer]->replace(lower);
    }
    if (count > 0) {
        m_axisX->setRange(m_dataFrom, m_dataTo);
        m_axisY->setRange(0, std::max(1.0, maxTotal * 1.08));
    } else {
        m_axisX->setRange(0, 1);
        m_axisY->setRange(0, 1);
    }
    viewport()->update();
}

void OverviewChart::applyColors()
{
    const QPalette pal = palette();
    chart()->setBackgroundBrush(pal.color(QPalette::Base));
    chart()->setBackgroundPen(Qt::NoPen);
    chart()->setPlotAreaBackgroundVisible(false);
    for (size_t layer = 0; layer < StackOrder.size(); ++layer) {
        const QColor color = QuadClassPalette::color(StackOrder[layer]);
        m_areas[layer]->setBrush(color);
        m_areas[layer]->setPen(QPen(color, 0.5));
    }
}

void OverviewChart::setVisibleRange(double fromDay, double toDay)
{
    if (fromDay == m_visibleFrom && toDay == m_visibleTo)
        return;
    m_visibleFrom = fromDay;
    m_visibleTo = toDay;
    viewport()->update();
}

void OverviewChart::setTimeDirection(TimeScale::Direction direction)
{
    if (direction == m_direction)
        return;
    m_direction = direction;
    m_axisX->setReverse(direction == TimeScale::Direction::RightToLeft);
    viewport()->update();
}

double OverviewChart::fractionOf(double day) const
{
    const double fraction = (day - m_dataFrom) / (m_dataTo - m_dataFrom);
    return m_direction == TimeScale::Direction::RightToLeft ? 1 - fraction : fraction;
}

QRectF OverviewChart::plotAreaInView() const
{
    const QRectF plot = chart()->plotArea(); // in chart coordinates
    return mapFromScene(chart()->mapToScene(plot)).boundingRect();
}

double OverviewChart::dayAtX(double x) const
{
    const QRectF plot = plotAreaInView();
    if (plot.width() <= 0 || m_dataTo <= m_dataFrom)
        return m_dataFrom;
    double fraction = (x - plot.left()) / plot.width();
    if (m_direction == TimeScale::Direction::RightToLeft)
        fraction = 1 - fraction;
    return m_dataFrom + fraction * (m_dataTo - m_dataFrom);
}

double OverviewChart::xForDay(double day) const
{
    const QRectF plot = plotAreaInView();
    if (m_dataTo <= m_dataFrom)
        return plot.left();
    return plot.left() + fractionOf(day) * plot.width();
}

void OverviewChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    viewport()->update();
}

void OverviewChart::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    const QRectF plot = chart()->mapToScene(chart()->plotArea()).boundingRect();
    if (plot.width() <= 0)
        return;
    if (m_bins.empty()) {
        // Say what the strip is for rather than leave a blank band.
        painter->save();
        painter->setPen(palette().color(QPalette::PlaceholderText));
        painter->setFont(font());
        painter->drawText(plot, Qt::AlignCenter, tr("Events per period appear here"));
        painter->restore();
        return;
    }

    painter->save();
    drawLabels(painter, plot);

    if (m_visibleTo > m_visibleFrom) {
        const QRectF viewPlot = plotAreaInView();
        const auto toScene = [&](double day) {
            return plot.left() + (xForDay(day) - viewPlot.left());
        };
        const double a = std::clamp(toScene(m_visibleFrom), plot.left(), plot.right());
        const double b = std::clamp(toScene(m_visibleTo), plot.left(), plot.right());
        const double left = std::min(a, b);
        const double right = std::max(a, b);
        // Never thinner than two pixels: a day in a century is still visible.
        QRectF range(left, plot.top(), std::max(2.0, right - left), plot.height());
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlphaF(0.22);
        QColor edge = palette().color(QPalette::Highlight);
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(QPen(edge, 1));
        painter->setBrush(fill);
        painter->drawRect(range);
    }
    painter->restore();
}

void OverviewChart::drawLabels(QPainter *painter, const QRectF &plot)
{
    const QFontMetricsF metrics(font());
    // Ticks and labels in the user's calendar and locale, like the timeline's axis.
    const CalendarFormatter calendar;
    const auto labelFor = [&calendar](AxisTicks::Unit unit, const AxisTicks::Tick &tick) {
        switch (unit) {
        case AxisTicks::Unit::Hour:
        case AxisTicks::Unit::SixHours:
        case AxisTicks::Unit::Day:
        case AxisTicks::Unit::Week:
            return tr("%1 %2", "day month")
                .arg(calendar.number(tick.dayOfMonth),
                     calendar.standaloneMonthName(tick.month, tick.year, QLocale::ShortFormat));
        case AxisTicks::Unit::Month:
        case AxisTicks::Unit::Quarter:
            return tr("%1 %2", "month year")
                .arg(calendar.standaloneMonthName(tick.month, tick.year, QLocale::ShortFormat),
                     calendar.yearText(tick.year));
        default:
            return calendar.yearText(tick.year);
        }
    };
    // Label the finest calendar unit whose labels fit side by side.
    const double padding = metrics.horizontalAdvance(QStringLiteral("MM"));
    const bool bce = m_dataFrom < DateSpan::julianDay(1, 1, 1);
    const auto labelWidth = [&](AxisTicks::Unit unit) {
        AxisTicks::Tick sample;
        sample.year = bce ? -4999 : 2000;
        sample.month = 9;
        sample.dayOfMonth = 30;
        return metrics.horizontalAdvance(labelFor(unit, sample)) + padding;
    };
    const TimeScale scale(m_dataFrom, m_dataTo, plot.width());
    const AxisTicks ticks(scale, labelWidth, calendar.system());
    const AxisTicks::Unit unit = ticks.minorStep().unit;

    const QColor textColor = palette().color(QPalette::Text);
    QColor tickColor = textColor;
    tickColor.setAlphaF(0.35);
    painter->setFont(font());
    // Labels follow their tick the way time runs; lastEnd is where the
    // previous one (and its padding) ends, in that direction.
    const bool rtl = m_direction == TimeScale::Direction::RightToLeft;
    double lastEnd = rtl ? 1e9 : -1e9;
    for (const AxisTicks::Tick &tick : ticks.minorTicks()) {
        const double x = plot.left() + fractionOf(tick.day) * plot.width();
        if (x < plot.left() - 0.5 || x > plot.right() + 0.5)
            continue;
        painter->setPen(QPen(tickColor, 1));
        painter->drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3));
        const QString label = labelFor(unit, tick);
        const double width = metrics.horizontalAdvance(label);
        const double left = rtl ? x - 3 - width : x + 3;
        const bool overlaps = rtl ? left + width >= lastEnd : left <= lastEnd;
        if (overlaps || left < plot.left() - 4 || left + width > plot.right() + 4)
            continue;
        painter->setPen(textColor);
        painter->drawText(QPointF(left, plot.bottom() + 2 + metrics.ascent()), label);
        lastEnd = rtl ? left - padding / 2 : left + width + padding / 2;
    }
}

void OverviewChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_bins.empty()) {
        QChartView::mousePressEvent(event);
        return;
    }
    m_dragging = true;
    m_dragStartX = event->position().x();
    m_dragAnchorDay = std::clamp(dayAtX(m_dragStartX), m_dataFrom, m_dataTo);
    event->accept();
}

void OverviewChart::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging) {
        QChartView::mouseMoveEvent(event);
        return;
    }
    const double x = event->position().x();
    if (std::abs(x - m_dragStartX) < QApplication::startDragDistance())
        return;
    const double day = std::clamp(dayAtX(x), m_dataFrom, m_dataTo);
    const double from = std::min(day, m_dragAnchorDay);
    const double to = std::max(day, m_dragAnchorDay);
    if (to <= from)
        return;
    setVisibleRange(from, to);
    emit rangeSelected(from, to);
    event->accept();
}

void OverviewChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    m_dragging = false;
    const double x = event->position().x();
    if (std::abs(x - m_dragStartX) >= QApplication::startDragDistance()) {
        mouseMoveEvent(event);
        return;
    }
    // A click moves the current window there, keeping its width.
    double span = m_visibleTo - m_visibleFrom;
    if (span <= 0)
        span = (m_dataTo - m_dataFrom) / 10;
    const double centre = std::clamp(dayAtX(x), m_dataFrom, m_dataTo);
    setVisibleRange(centre - span / 2, centre + span / 2);
    emit rangeSelected(centre - span / 2, centre + span / 2);
    event->accept();
}

void OverviewChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        applyColors();
        viewport()->update();
    } else if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        viewport()->update();
    } else if (event->type() == QEvent::LocaleChange) {
        viewport()->update();
    }
}

void OverviewChart::retranslateUi()
{
    setAccessibleName(tr("Overview: events per period"));
    setToolTip(tr("Drag to choose the time range the timeline shows; click to move it there."));
}

} // namespace Faultline
