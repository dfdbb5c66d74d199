#pragma once

#include "core/query/timelineindex.h"
#include "core/query/timescale.h"

#include <QtCharts/QChartView>

#include <array>
#include <functional>
#include <vector>

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace Faultline {

// The strip below the timeline: events per period over the whole extent, stacked
// by quad class, with the timeline's visible range on it; dragging selects a range.
class OverviewChart : public QChartView
{
    Q_OBJECT

public:
    enum class Period { Day, Month, Year };

    explicit OverviewChart(QWidget *parent = nullptr);
    ~OverviewChart() override;

    // Where the pre-binned counts come from. The index may be replaced by its
    // owner at any time, so the chart asks for it whenever it rebins.
    void setIndexSource(std::function<const TimelineIndex *()> source);

    // The binned range [from, to) in Julian days, aligned to whole periods.
    double dataFrom() const { return m_dataFrom; }
    double dataTo() const { return m_dataTo; }
    Period period() const { return m_period; }
    int binCount() const { return int(m_bins.size()); }
    const std::vector<TimelineIndex::Counts> &bins() const { return m_bins; }
    double visibleFrom() const { return m_visibleFrom; }
    double visibleTo() const { return m_visibleTo; }

    // Which way time runs, like the timeline (the preference by default).
    void setTimeDirection(TimeScale::Direction direction);
    TimeScale::Direction timeDirection() const { return m_direction; }

    // Mapping between widget x and days, through the chart's plot area.
    double dayAtX(double x) const;
    double xForDay(double day) const;
    QRectF plotAreaInView() const;

    // The period a range suggests: years for long ranges, months for medium, days for short.
    static Period periodFor(double days);

public slots:
    // Re-reads the index and rebins (after a filter change or reload).
    void rebuild();
    void setVisibleRange(double fromDay, double toDay);

signals:
    void rangeSelected(double fromDay, double toDay);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyColors();
    void updateSeries();
    void drawLabels(QPainter *painter, const QRectF &plot);
    // Where a day falls across the binned range, from the left: 0 to 1.
    double fractionOf(double day) const;

    std::function<const TimelineIndex *()> m_source;
    std::array<QAreaSeries *, TimelineIndex::QuadClassCount> m_areas{};
    std::array<QLineSeries *, TimelineIndex::QuadClassCount> m_uppers{};
    std::array<QLineSeries *, TimelineIndex::QuadClassCount> m_lowers{};
    QValueAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    std::vector<TimelineIndex::Counts> m_bins;
    Period m_period = Period::Year;
    double m_dataFrom = 0;
    double m_dataTo = 0;
    double m_visibleFrom = 0;
    double m_visibleTo = 0;
    int m_lastPlotWidth = -1;
    TimeScale::Direction m_direction = TimeScale::Direction::LeftToRight;

    bool m_dragging = false;
    double m_dragStartX = 0;
    double m_dragAnchorDay = 0;
};

} // namespace Faultline
