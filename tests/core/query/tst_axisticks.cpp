#include "core/model/datespan.h"
#include "core/query/axisticks.h"

#include <QDate>
#include <QTest>

using Faultline::AxisTicks;
using Faultline::DateSpan;
using Faultline::TimeScale;
using U = AxisTicks::Unit;

Q_DECLARE_METATYPE(AxisTicks::Unit)

class tst_AxisTicks : public QObject
{
    Q_OBJECT

private slots:
    void unitAcrossZoom_data();
    void unitAcrossZoom();
    void ticksOnCalendarBoundaries_data();
    void ticksOnCalendarBoundaries();
    void labelsDoNotOverlap_data();
    void labelsDoNotOverlap();
    void majorStartsAtOrBeforeView();
    void bce();
    void widerLabelsPickCoarserUnit();
    void otherCalendars_data();
    void otherCalendars();
};

namespace {

qint64 floorMod(qint64 a, qint64 b)
{
    const qint64 m = a % b;
    return m < 0 ? m + b : m;
}

const double Sep2020 = double(DateSpan::julianDay(2020, 9, 14));

} // namespace

void tst_AxisTicks::unitAcrossZoom_data()
{
    QTest::addColumn<double>("span");
    QTest::addColumn<AxisTicks::Unit>("unit");
    QTest::addColumn<int>("multiple");

    // 1000 pixels, labels 60 pixels apart: a step of at least 6% of the span.
    QTest::newRow("half a day") << 0.5 << U::Hour << 1;
    QTest::newRow("three days") << 3.0 << U::SixHours << 1;
    QTest::newRow("ten days") << 10.0 << U::Day << 1;
    QTest::newRow("two months") << 60.0 << U::Week << 1;
    QTest::newRow("ten months") << 300.0 << U::Month << 1;
    QTest::newRow("three years") << 1000.0 << U::Quarter << 1;
    QTest::newRow("ten years") << 3650.0 << U::Year << 1;
    QTest::newRow("thirty years") << 10957.0 << U::Year << 2;
    QTest::newRow("a century") << 36524.0 << U::Decade << 1;
    QTest::newRow("a millennium") << 365242.0 << U::Century << 1;
    QTest::newRow("seven millennia") << 2600000.0 << U::Century << 5;
}

void tst_AxisTicks::unitAcrossZoom()
{
    QFETCH(double, span);
    QFETCH(AxisTicks::Unit, unit);
    QFETCH(int, multiple);

    const TimeScale scale(Sep2020 - span / 2, Sep2020 + span / 2, 1000);
    const AxisTicks ticks(scale, 60.0);
    QCOMPARE(ticks.minorStep().unit, unit);
    QCOMPARE(ticks.minorStep().multiple, multiple);
    // The major step is coarser than the minor one.
    QVERIFY(ticks.majorStep().approximateDays() > ticks.minorStep().approximateDays());
}

void tst_AxisTicks::ticksOnCalendarBoundaries_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("span");

    QTest::newRow("hours") << Sep2020 + 0.3 << 0.5;
    QTest::newRow("six hours") << Sep2020 - 1.1 << 3.0;
    QTest::newRow("days") << Sep2020 << 10.0;
    QTest::newRow("weeks") << Sep2020 - 3.7 << 60.0;
    QTest::newRow("months across a leap February")
        << double(DateSpan::julianDay(2019, 11, 20)) << 300.0;
    QTest::newRow("quarters") << Sep2020 << 1000.0;
    QTest::newRow("years") << Sep2020 << 3650.0;
    QTest::newRow("decades") << Sep2020 - 20000 << 36524.0;
    QTest::newRow("centuries bce") << double(DateSpan::julianDay(-3000, 5, 5)) << 365242.0;
}

void tst_AxisTicks::ticksOnCalendarBoundaries()
{
    QFETCH(double, from);
    QFETCH(double, span);

    const TimeScale scale(from, from + span, 1000);
    const AxisTicks ticks(scale, 60.0);
    const AxisTicks::Step step = ticks.minorStep();
    QVERIFY(ticks.minorTicks().size() >= 2);
    double previous = -1e300;
    for (const AxisTicks::Tick &tick : ticks.minorTicks()) {
        QVERIFY(tick.day > previous);
        previous = tick.day;
        QVERIFY(tick.day >= scale.from() && tick.day <= scale.to());
        // The tick sits exactly on the calendar position it names.
        QCOMPARE(tick.day,
                 double(DateSpan::julianDay(tick.year, tick.month, tick.dayOfMonth))
                     + tick.hour / 24.0);
        switch (step.unit) {
        case U::Hour:
            break;
        case U::SixHours:
            QCOMPARE(tick.hour % 6, 0);
            break;
        case U::Day:
            QCOMPARE(tick.hour, 0);
            break;
        case U::Week:
            QCOMPARE(DateSpan::dayOfWeek(qint64(tick.day)), 1);
            break;
        case U::Month:
            QCOMPARE(tick.dayOfMonth, 1);
            break;
        case U::Quarter:
            QCOMPARE(tick.dayOfMonth, 1);
            QCOMPARE((tick.month - 1) % 3, 0);
            break;
        case U::Year:
        case U::Decade:
        case U::Century:
        case U::Millennium: {
            QCOMPARE(tick.month, 1);
            QCOMPARE(tick.dayOfMonth, 1);
            const qint64 years = qint64(std::llround(step.approximateDays() / 365.2425));
            QCOMPARE(floorMod(tick.year, years), qint64(0));
            break;
        }
        }
    }
}

void tst_AxisTicks::labelsDoNotOverlap_data()
{
    QTest::addColumn<double>("span");
    QTest::addColumn<double>("spacing");

    for (double span : {0.3, 2.0, 40.0, 500.0, 5000.0, 80000.0, 2000000.0}) {
        for (double spacing : {40.0, 90.0}) {
            QTest::addRow("span %g spacing %g", span, spacing) << span << spacing;
        }
    }
}

void tst_AxisTicks::labelsDoNotOverlap()
{
    QFETCH(double, span);
    QFETCH(double, spacing);

    const TimeScale scale(Sep2020 - span, Sep2020, 1200);
    const AxisTicks ticks(scale, spacing);
    const QList<AxisTicks::Tick> &minor = ticks.minorTicks();
    // Calendar units vary in length (February, leap years): allow 10%.
    for (qsizetype i = 1; i < minor.size(); ++i)
        QVERIFY(scale.x(minor[i].day) - scale.x(minor[i - 1].day) >= spacing * 0.9);
    QVERIFY(minor.size() <= 1200 / (spacing * 0.9) + 2);
}

void tst_AxisTicks::majorStartsAtOrBeforeView()
{
    const TimeScale scale(Sep2020, Sep2020 + 300, 1000);
    const AxisTicks ticks(scale, 60.0);
    QCOMPARE(ticks.minorStep().unit, U::Month);
    QCOMPARE(ticks.majorStep().unit, U::Year);
    QVERIFY(!ticks.majorTicks().isEmpty());
    QCOMPARE(ticks.majorTicks().first().year, qint64(2020));
    QVERIFY(ticks.majorTicks().first().day <= scale.from());
    QCOMPARE(ticks.majorTicks().at(1).year, qint64(2021));
}

void tst_AxisTicks::bce()
{
    // 600 BCE (year -599) to 400 BCE: two centuries on 1000 pixels.
    const double from = double(DateSpan::julianDay(-599, 1, 1));
    const double to = double(DateSpan::julianDay(-399, 1, 1));
    const TimeScale scale(from, to, 1000);
    const AxisTicks ticks(scale, 45.0); // a decade is 50 pixels
    QCOMPARE(ticks.minorStep().unit, U::Decade);
    QCOMPARE(ticks.minorStep().multiple, 1);
    QList<qint64> years;
    for (const AxisTicks::Tick &tick : ticks.minorTicks())
        years.append(tick.year);
    QVERIFY(years.contains(-590));
    QVERIFY(years.contains(-500));
    QVERIFY(years.contains(-400));
    for (qint64 year : std::as_const(years))
        QCOMPARE(floorMod(year, 10), qint64(0));
    // A step of years that has to round down across year 0.
    const auto around = AxisTicks::ticks({U::Year, 5},
                                         double(DateSpan::julianDay(-7, 6, 1)),
                                         double(DateSpan::julianDay(8, 1, 1)));
    QList<qint64> across;
    for (const AxisTicks::Tick &tick : around)
        across.append(tick.year);
    QCOMPARE(across, (QList<qint64>{-10, -5, 0, 5}));
}

void tst_AxisTicks::widerLabelsPickCoarserUnit()
{
    const TimeScale scale(Sep2020, Sep2020 + 300, 1000);
    // 3.3 pixels a day: a week is 23 pixels, a month 101, a quarter 304.
    const AxisTicks narrow(scale, [](U) { return 20.0; });
    const AxisTicks wide(scale, [](U unit) { return unit == U::Month ? 200.0 : 30.0; });
    QCOMPARE(narrow.minorStep().unit, U::Week);
    QCOMPARE(wide.minorStep().unit, U::Quarter);
}

void tst_AxisTicks::otherCalendars_data()
{
    using System = Faultline::CalendarFormatter::System;
    QTest::addColumn<int>("system");
    QTest::addColumn<int>("unit");
    QTest::addColumn<QList<QDate>>("expected"); // the first boundaries, Gregorian

    // 2020-01-01 to 2022-01-01. Solar Hijri years start at Nowruz, Islamic
    // civil years about 11 days earlier each Gregorian year (the arithmetic
    // calendar: 1 Muharram 1441 is 1 September 2019, a day after the sighting).
    QTest::newRow("SH years") << int(System::SolarHijri) << int(U::Year)
                              << QList<QDate>{QDate(2019, 3, 21),
                                              QDate(2020, 3, 20),
                                              QDate(2021, 3, 21)};
    QTest::newRow("AH years") << int(System::IslamicCivil) << int(U::Year)
                              << QList<QDate>{QDate(2019, 9, 1),
                                              QDate(2020, 8, 20),
                                              QDate(2021, 8, 10)};
    QTest::newRow("SH months") << int(System::SolarHijri) << int(U::Month)
                               << QList<QDate>{QDate(2019, 12, 22),
                                               QDate(2020, 1, 21),
                                               QDate(2020, 2, 20),
                                               QDate(2020, 3, 20),
                                               QDate(2020, 4, 20)};
    QTest::newRow("G months") << int(System::Gregorian) << int(U::Month)
                              << QList<QDate>{QDate(2020, 1, 1),
                                              QDate(2020, 2, 1),
                                              QDate(2020, 3, 1)};
}

void tst_AxisTicks::otherCalendars()
{
    using Faultline::CalendarFormatter;
    QFETCH(int, system);
    QFETCH(int, unit);
    QFETCH(QList<QDate>, expected);
    const auto ticks = AxisTicks::ticks({U(unit), 1},
                                        double(DateSpan::julianDay(2020, 1, 1)),
                                        double(DateSpan::julianDay(2022, 1, 1)),
                                        CalendarFormatter::System(system));
    QVERIFY(ticks.size() >= expected.size());
    const CalendarFormatter calendar(CalendarFormatter::System(system), QLocale::c());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(qint64(ticks[i].day), expected[i].toJulianDay());
        // Each tick is the first day of a month (and, for years, of the year).
        QCOMPARE(ticks[i].dayOfMonth, 1);
        if (U(unit) == U::Year)
            QCOMPARE(ticks[i].month, 1);
        const CalendarFormatter::Date date = calendar.date(qint64(ticks[i].day));
        QCOMPARE(ticks[i].year, date.year);
        QCOMPARE(ticks[i].month, date.month);
    }
}

QTEST_APPLESS_MAIN(tst_AxisTicks)
#include "tst_axisticks.moc"
