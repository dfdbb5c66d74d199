#include "core/model/datespan.h"
#include "core/query/timelineindex.h"
#include "ui/panels/overviewchart.h"

#include <QImage>
#include <QSignalSpy>
#include <QTest>

#include <numeric>

using namespace Faultline;

namespace {

// Events every `stepDays` from `first` to `last` (inclusive), CAMEO roots cycling.
TimelineIndex makeIndex(qint64 first, qint64 last, int stepDays, int unresolved = 0)
{
    std::vector<TimelineIndex::Row> rows;
    qint64 id = 1;
    for (qint64 day = first; day <= last; day += stepDays) {
        TimelineIndex::Row row;
        row.id = id;
        row.earliestDay = qint32(day);
        row.latestDay = qint32(day);
        row.cameoRoot = quint8(1 + id % 20);
        rows.push_back(row);
        ++id;
    }
    for (int i = 0; i < unresolved; ++i) {
        TimelineIndex::Row row;
        row.id = id++;
        row.resolved = false;
        rows.push_back(row);
    }
    return TimelineIndex::build(std::move(rows), LaneMode::None);
}

quint64 total(const std::vector<TimelineIndex::Counts> &bins)
{
    quint64 sum = 0;
    for (const TimelineIndex::Counts &counts : bins)
        sum += std::accumulate(counts.begin(), counts.end(), quint64(0));
    return sum;
}

} // namespace

class tst_OverviewChart : public QObject
{
    Q_OBJECT

private slots:
    void periodFor_data();
    void periodFor();
    void binsPerPeriod_data();
    void binsPerPeriod();
    void atMostOneBinPerPixel();
    void emptyIndex();
    void visibleRangeIsDrawn();
    void dragSelectsRange();
    void clickMovesRange();
    void rightToLeftTime();

private:
    void showChart(OverviewChart &chart, int width = 800);
};

void tst_OverviewChart::showChart(OverviewChart &chart, int width)
{
    chart.resize(width, chart.height());
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTRY_VERIFY(chart.plotAreaInView().width() > width / 2);
}

void tst_OverviewChart::periodFor_data()
{
    QTest::addColumn<double>("days");
    QTest::addColumn<int>("period");
    QTest::newRow("one day") << 1.0 << int(OverviewChart::Period::Day);
    QTest::newRow("three months") << 90.0 << int(OverviewChart::Period::Day);
    QTest::newRow("two years") << 730.0 << int(OverviewChart::Period::Month);
    QTest::newRow("fifteen years") << 15 * 365.25 << int(OverviewChart::Period::Month);
    QTest::newRow("twenty-five years") << 25 * 365.25 << int(OverviewChart::Period::Year);
    QTest::newRow("seven millennia") << 7000 * 365.25 << int(OverviewChart::Period::Year);
}

void tst_OverviewChart::periodFor()
{
    QFETCH(double, days);
    QFETCH(int, period);
    QCOMPARE(int(OverviewChart::periodFor(days)), period);
}

void tst_OverviewChart::binsPerPeriod_data()
{
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("period");
    QTest::addColumn<int>("bins");
    QTest::addColumn<qint64>("alignedFrom");
    QTest::newRow("25 years by year")
        << DateSpan::julianDay(2000, 3, 5) << DateSpan::julianDay(2024, 6, 1) << 7
        << int(OverviewChart::Period::Year) << 25 << DateSpan::julianDay(2000, 1, 1);
    QTest::newRow("two years by month")
        << DateSpan::julianDay(2019, 1, 15) << DateSpan::julianDay(2020, 12, 20) << 3
        << int(OverviewChart::Period::Month) << 24 << DateSpan::julianDay(2019, 1, 1);
    QTest::newRow("a month by day")
        << DateSpan::julianDay(2020, 9, 1) << DateSpan::julianDay(2020, 9, 30) << 1
        << int(OverviewChart::Period::Day) << 30 << DateSpan::julianDay(2020, 9, 1);
    QTest::newRow("one day") << DateSpan::julianDay(2020, 9, 14) << DateSpan::julianDay(2020, 9, 14)
                             << 1 << int(OverviewChart::Period::Day) << 1
                             << DateSpan::julianDay(2020, 9, 14);
}

void tst_OverviewChart::binsPerPeriod()
{
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    QFETCH(int, step);
    QFETCH(int, period);
    QFETCH(int, bins);
    QFETCH(qint64, alignedFrom);

    const TimelineIndex index = makeIndex(first, last, step, 3);
    OverviewChart chart;
    chart.setIndexSource([&index] { return &index; });
    showChart(chart);
    QCOMPARE(int(chart.period()), period);
    QCOMPARE(chart.binCount(), bins);
    QCOMPARE(chart.dataFrom(), double(alignedFrom));
    // Every dated event is in exactly one bin; unresolved ones in none.
    QCOMPARE(total(chart.bins()), quint64(index.resolvedCount()));
}

void tst_OverviewChart::atMostOneBinPerPixel()
{
    // 5000 BCE to 2100: seven thousand years cannot get a bar each in 300 pixels.
    const TimelineIndex index = makeIndex(DateSpan::julianDay(-4999, 1, 1),
                                          DateSpan::julianDay(2100, 1, 1),
                                          3650);
    OverviewChart chart;
    chart.setIndexSource([&index] { return &index; });
    showChart(chart, 300);
    QVERIFY(chart.binCount() > 0);
    QVERIFY2(chart.binCount() <= int(chart.plotAreaInView().width()),
             qPrintable(QString::number(chart.binCount())));
    QCOMPARE(total(chart.bins()), quint64(index.resolvedCount()));

    // Wider, more bins, still capped by the pixels.
    const int before = chart.binCount();
    chart.resize(900, chart.height());
    QTRY_VERIFY(chart.binCount() > before);
    QVERIFY(chart.binCount() <= int(chart.plotAreaInView().width()));
}

void tst_OverviewChart::emptyIndex()
{
    const TimelineIndex index;
    OverviewChart chart;
    chart.setIndexSource([&index] { return &index; });
    showChart(chart);
    QCOMPARE(chart.binCount(), 0);
    chart.setVisibleRange(0, 10);
    const QImage image = chart.grab().toImage();
    QVERIFY(!image.isNull());
    QSignalSpy selected(&chart, &OverviewChart::rangeSelected);
    QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, QPoint(100, 20));
    QCOMPARE(selected.count(), 0);
}

void tst_OverviewChart::visibleRangeIsDrawn()
{
    const TimelineIndex index = makeIndex(DateSpan::julianDay(1990, 1, 1),
                                          DateSpan::julianDay(2019, 12, 31),
                                          5);
    OverviewChart chart;
    chart.setIndexSource([&index] { return &index; });
    showChart(chart);
    const QRectF plot = chart.plotAreaInView();
    // Just under the top of the plot the stacked areas never reach (the y range has headroom).
    const int y = int(plot.top() + 2);
    const double inside = DateSpan::julianDay(2005, 6, 1);
    const int xInside = int(chart.xForDay(inside));
    const int xOutside = int(chart.xForDay(DateSpan::julianDay(1995, 6, 1)));

    const QImage before = chart.grab().toImage();
    chart.setVisibleRange(DateSpan::julianDay(2003, 1, 1), DateSpan::julianDay(2008, 1, 1));
    QCOMPARE(chart.visibleFrom(), double(DateSpan::julianDay(2003, 1, 1)));
    const QImage after = chart.grab().toImage();
    const qreal ratio = after.devicePixelRatio();
    const auto pixel = [ratio](const QImage &image, int x, int yy) {
        return image.pixelColor(int(x * ratio), int(yy * ratio));
    };
    QVERIFY(pixel(after, xInside, y) != pixel(before, xInside, y));
    QCOMPARE(pixel(after, xOutside, y), pixel(before, xOutside, y));
}

void tst_OverviewChart::dragSelectsRange()
{
    const TimelineIndex index = makeIndex(DateSpan::julianDay(1990, 1, 1),
                                          DateSpan::julianDay(2019, 12, 31),
                                          5);
    OverviewChart chart;
    chart.setIndexSource([&index] { return &index; });
    showChart(chart);
    QSignalSpy selected(&chart, &OverviewChart::rangeSelected);
    const QRectF plot = chart.plotAreaInView();
    const QPoint start(int(plot.left() + plot.width() * 0.6), int(plot.center().y()));
    const QPoint end(int(plot.left() + plot.width() * 0.3), int(plot.center().y()));
    QTest::mousePress(chart.viewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(chart.viewport(), QPoint((start.x() + end.x()) / 2, start.y()));
    QTest::mouseMove(chart.viewport(), end);
    QTest::mouseRelease(chart.viewport(), Qt::LeftButton, {}, end);
    QVERIFY(selected.count() >= 1);
    const double from = selected.last().at(0).toDouble();
    const double to = selected.last().at(1).toDouble();
    // Dragging right to left still gives from < to.
    QVERIFY(from < to);
    const double daysPerPixel = (chart.dataTo() - chart.dataFrom()) / plot.width();
    QVERIFY(qAbs(from - chart.dayAtX(end.x())) <= daysPerPixel);
    QVERIFY(qAbs(to - chart.dayAtX(start.x())) <= daysPerPixel);
    QCOMPARE(chart.visibleFrom(), from);
    QCOMPARE(chart.visibleTo(), to);
}

void tst_OverviewChart::clickMovesRange()
{
    const TimelineIndex index = makeIndex(DateSpan::julianDay(1990, 1, 1),
                                          DateSpan::julianDay(2019, 12, 31),
                                          5);
    OverviewChart chart;
    chart.setIndexSource([&index] { return &index; });
    showChart(chart);
    chart.setVisibleRange(DateSpan::julianDay(2000, 1, 1), DateSpan::julianDay(2001, 1, 1));
    const double span = chart.visibleTo() - chart.visibleFrom();
    QSignalSpy selected(&chart, &OverviewChart::rangeSelected);
    const QRectF plot = chart.plotAreaInView();
    const QPoint at(int(plot.left() + plot.width() * 0.8), int(plot.center().y()));
    QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(selected.count(), 1);
    const double from = selected.at(0).at(0).toDouble();
    const double to = selected.at(0).at(1).toDouble();
    QVERIFY(qAbs((to - from) - span) < 1e-6);
    QVERIFY(qAbs((from + to) / 2 - chart.dayAtX(at.x())) < 1e-6);
}

void tst_OverviewChart::rightToLeftTime()
{
    const TimelineIndex index = makeIndex(DateSpan::julianDay(1990, 1, 1),
                                          DateSpan::julianDay(2019, 12, 31),
                                          5);
    OverviewChart chart;
    chart.setIndexSource([&index] { return &index; });
    chart.setTimeDirection(TimeScale::Direction::RightToLeft);
    QCOMPARE(chart.timeDirection(), TimeScale::Direction::RightToLeft);
    showChart(chart);
    const QRectF plot = chart.plotAreaInView();
    // The start of the data at the right edge, later years to the left.
    QVERIFY(qAbs(chart.xForDay(chart.dataFrom()) - plot.right()) < 1e-6);
    QVERIFY(qAbs(chart.xForDay(chart.dataTo()) - plot.left()) < 1e-6);
    QVERIFY(chart.xForDay(DateSpan::julianDay(2019, 1, 1))
            < chart.xForDay(DateSpan::julianDay(1995, 1, 1)));
    const double day = DateSpan::julianDay(2003, 4, 5);
    QVERIFY(qAbs(chart.dayAtX(chart.xForDay(day)) - day) < 1e-6);

    // A drag from right to left selects a range with from < to, under the pointer.
    QSignalSpy selected(&chart, &OverviewChart::rangeSelected);
    const QPoint start(int(plot.left() + plot.width() * 0.6), int(plot.center().y()));
    const QPoint end(int(plot.left() + plot.width() * 0.3), int(plot.center().y()));
    QTest::mousePress(chart.viewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(chart.viewport(), end);
    QTest::mouseRelease(chart.viewport(), Qt::LeftButton, {}, end);
    QVERIFY(selected.count() >= 1);
    const double from = selected.last().at(0).toDouble();
    const double to = selected.last().at(1).toDouble();
    QVERIFY(from < to);
    const double daysPerPixel = (chart.dataTo() - chart.dataFrom()) / plot.width();
    // Right to left, the pointer's start (further right) is the earlier end.
    QVERIFY(qAbs(from - chart.dayAtX(start.x())) <= daysPerPixel);
    QVERIFY(qAbs(to - chart.dayAtX(end.x())) <= daysPerPixel);

    // The visible range is drawn where its days are: left of the centre for late years.
    chart.setVisibleRange(DateSpan::julianDay(2015, 1, 1), DateSpan::julianDay(2017, 1, 1));
    const QImage image = chart.grab().toImage();
    const int y = int(plot.center().y());
    const int lateX = int(chart.xForDay(DateSpan::julianDay(2016, 1, 1)));
    const int earlyX = int(chart.xForDay(DateSpan::julianDay(1996, 1, 1)));
    QVERIFY(lateX < plot.center().x());
    chart.setVisibleRange(DateSpan::julianDay(1995, 1, 1), DateSpan::julianDay(1997, 1, 1));
    const QImage moved = chart.grab().toImage();
    QVERIFY(image.pixel(lateX, y) != moved.pixel(lateX, y));
    QVERIFY(image.pixel(earlyX, y) != moved.pixel(earlyX, y));
}

QTEST_MAIN(tst_OverviewChart)
#include "tst_overviewchart.moc"
