#include "core/model/datespan.h"
#include "core/query/timescale.h"

#include <QTest>

using Faultline::DateSpan;
using Faultline::TimeScale;
using Direction = TimeScale::Direction;

class tst_TimeScale : public QObject
{
    Q_OBJECT

private slots:
    void mapping_data();
    void mapping();
    void roundTrip_data();
    void roundTrip();
    void zoomKeepsAnchor_data();
    void zoomKeepsAnchor();
    void zoomLimits_data();
    void zoomLimits();
    void pan_data();
    void pan();
    void clampsToRange_data();
    void clampsToRange();
    void widthChangeKeepsRange();
    void directionMirrorsX_data();
    void directionMirrorsX();
    void forwardIsLeftToRight();
};

namespace {
const double Y2020 = double(DateSpan::julianDay(2020, 1, 1));
const double Y2021 = double(DateSpan::julianDay(2021, 1, 1));
} // namespace

void tst_TimeScale::mapping_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("day");
    QTest::addColumn<double>("x");
    QTest::addColumn<Direction>("direction");

    const auto Ltr = Direction::LeftToRight;
    const auto Rtl = Direction::RightToLeft;
    QTest::newRow("start") << Y2020 << Y2021 << 366.0 << Y2020 << 0.0 << Ltr;
    QTest::newRow("end") << Y2020 << Y2021 << 366.0 << Y2021 << 366.0 << Ltr;
    QTest::newRow("one day per pixel") << Y2020 << Y2021 << 366.0 << Y2020 + 59 << 59.0 << Ltr;
    QTest::newRow("noon") << Y2020 << Y2020 + 1 << 240.0 << Y2020 + 0.5 << 120.0 << Ltr;
    QTest::newRow("six in the morning")
        << Y2020 << Y2020 + 1 << 240.0 << Y2020 + 0.25 << 60.0 << Ltr;
    QTest::newRow("left of the view") << Y2020 << Y2021 << 732.0 << Y2020 - 10 << -20.0 << Ltr;
    QTest::newRow("right of the view") << Y2020 << Y2021 << 732.0 << Y2021 + 5 << 742.0 << Ltr;
    const double bce = double(DateSpan::julianDay(-499, 1, 1));
    QTest::newRow("bce") << bce << bce + 1000 << 100.0 << bce + 500 << 50.0 << Ltr;
    // Time running right to left: the start at the right edge.
    QTest::newRow("rtl start") << Y2020 << Y2021 << 366.0 << Y2020 << 366.0 << Rtl;
    QTest::newRow("rtl end") << Y2020 << Y2021 << 366.0 << Y2021 << 0.0 << Rtl;
    QTest::newRow("rtl one day per pixel") << Y2020 << Y2021 << 366.0 << Y2020 + 59 << 307.0 << Rtl;
    QTest::newRow("rtl six in the morning")
        << Y2020 << Y2020 + 1 << 240.0 << Y2020 + 0.25 << 180.0 << Rtl;
    QTest::newRow("rtl before the view") << Y2020 << Y2021 << 732.0 << Y2020 - 10 << 752.0 << Rtl;
    QTest::newRow("rtl after the view") << Y2020 << Y2021 << 732.0 << Y2021 + 5 << -10.0 << Rtl;
    QTest::newRow("rtl bce") << bce << bce + 1000 << 100.0 << bce + 250 << 75.0 << Rtl;
}

void tst_TimeScale::mapping()
{
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(double, width);
    QFETCH(double, day);
    QFETCH(double, x);
    QFETCH(Direction, direction);

    const TimeScale scale(from, to, width, direction);
    QCOMPARE(scale.direction(), direction);
    QCOMPARE(scale.x(day), x);
    QCOMPARE(scale.day(x), day);
    QCOMPARE(scale.daysPerPixel(), (to - from) / width);
}

void tst_TimeScale::roundTrip_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<double>("width");

    QTest::newRow("a year") << Y2020 << Y2021 << 1000.0;
    QTest::newRow("two hours") << Y2020 << Y2020 + 2.0 / 24 << 3840.0;
    QTest::newRow("seven millennia") << TimeScale::MinDay << TimeScale::MaxDay << 800.0;
}

void tst_TimeScale::roundTrip()
{
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(double, width);

    for (Direction direction : {Direction::LeftToRight, Direction::RightToLeft}) {
        const TimeScale scale(from, to, width, direction);
        for (double x = -width; x <= 2 * width; x += width / 7) {
            // Julian days near 2.5 million leave about 1e-10 days of precision:
            // a thousandth of a pixel even at two hours over 3840 pixels.
            QVERIFY(std::abs(scale.x(scale.day(x)) - x) < 1e-3);
        }
    }
}

void tst_TimeScale::zoomKeepsAnchor_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<double>("factor");
    QTest::addColumn<double>("anchorX");
    QTest::addColumn<Direction>("direction");

    const auto Ltr = Direction::LeftToRight;
    const auto Rtl = Direction::RightToLeft;
    QTest::newRow("in at the centre") << Y2020 << Y2021 << 2.0 << 500.0 << Ltr;
    QTest::newRow("in at the left edge") << Y2020 << Y2021 << 1.25 << 0.0 << Ltr;
    QTest::newRow("in near the right") << Y2020 << Y2021 << 3.0 << 930.0 << Ltr;
    QTest::newRow("out at a third") << Y2020 << Y2021 << 0.5 << 333.0 << Ltr;
    QTest::newRow("deep in") << Y2020 << Y2020 + 3 << 10.0 << 120.0 << Ltr;
    const double bce = double(DateSpan::julianDay(-1999, 1, 1));
    QTest::newRow("bce") << bce << bce + 3650 << 1.7 << 610.0 << Ltr;
    QTest::newRow("rtl in near the right") << Y2020 << Y2021 << 3.0 << 930.0 << Rtl;
    QTest::newRow("rtl in at the left edge") << Y2020 << Y2021 << 1.25 << 0.0 << Rtl;
    QTest::newRow("rtl out at a third") << Y2020 << Y2021 << 0.5 << 333.0 << Rtl;
    QTest::newRow("rtl deep in") << Y2020 << Y2020 + 3 << 10.0 << 120.0 << Rtl;
}

void tst_TimeScale::zoomKeepsAnchor()
{
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(double, factor);
    QFETCH(double, anchorX);
    QFETCH(Direction, direction);

    TimeScale scale(from, to, 1000, direction);
    const double anchorDay = scale.day(anchorX);
    scale.zoom(factor, anchorX);
    QVERIFY(std::abs(scale.day(anchorX) - anchorDay) < 1e-6);
    QVERIFY(std::abs(scale.span() - (to - from) / factor) < 1e-6);
}

void tst_TimeScale::zoomLimits_data()
{
    QTest::addColumn<double>("factor");
    QTest::addColumn<double>("expectedSpan");

    QTest::newRow("no closer than two hours") << 1e9 << TimeScale::MinSpan;
    QTest::newRow("no wider than the range")
        << 1e-9 << std::min(TimeScale::MaxSpan, TimeScale::MaxDay - TimeScale::MinDay);
}

void tst_TimeScale::zoomLimits()
{
    QFETCH(double, factor);
    QFETCH(double, expectedSpan);

    TimeScale scale(Y2020, Y2021, 1000);
    scale.zoom(factor, 400);
    QVERIFY(std::abs(scale.span() - expectedSpan) < 1e-6);
    QVERIFY(scale.from() >= TimeScale::MinDay);
    QVERIFY(scale.to() <= TimeScale::MaxDay);
}

void tst_TimeScale::pan_data()
{
    QTest::addColumn<double>("dx");
    QTest::addColumn<double>("expectedFrom");
    QTest::addColumn<Direction>("direction");

    // 366 days over 732 pixels: half a day per pixel.
    const auto Ltr = Direction::LeftToRight;
    const auto Rtl = Direction::RightToLeft;
    QTest::newRow("right shows earlier") << 100.0 << Y2020 - 50 << Ltr;
    QTest::newRow("left shows later") << -20.0 << Y2020 + 10 << Ltr;
    QTest::newRow("nothing") << 0.0 << Y2020 << Ltr;
    // Right to left, the content still follows the pointer: what was on the left is later.
    QTest::newRow("rtl right shows later") << 100.0 << Y2020 + 50 << Rtl;
    QTest::newRow("rtl left shows earlier") << -20.0 << Y2020 - 10 << Rtl;
}

void tst_TimeScale::pan()
{
    QFETCH(double, dx);
    QFETCH(double, expectedFrom);
    QFETCH(Direction, direction);

    TimeScale scale(Y2020, Y2021, 732, direction);
    const double dayAt100 = scale.day(100);
    scale.pan(dx);
    // The content moved by dx pixels, in both directions.
    QVERIFY(std::abs(scale.x(dayAt100) - (100 + dx)) < 1e-6);
    QCOMPARE(scale.from(), expectedFrom);
    QCOMPARE(scale.span(), 366.0);
}

void tst_TimeScale::clampsToRange_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<double>("expectedFrom");
    QTest::addColumn<double>("expectedTo");

    QTest::newRow("inside") << Y2020 << Y2021 << Y2020 << Y2021;
    QTest::newRow("reversed") << Y2021 << Y2020 << Y2020 << Y2021;
    QTest::newRow("before 5000 BCE") << TimeScale::MinDay - 100 << TimeScale::MinDay + 100
                                     << TimeScale::MinDay << TimeScale::MinDay + 200;
    QTest::newRow("after 2200") << TimeScale::MaxDay - 10 << TimeScale::MaxDay + 30
                                << TimeScale::MaxDay - 40 << TimeScale::MaxDay;
    QTest::newRow("too short, centred")
        << Y2020 << Y2020 << Y2020 - TimeScale::MinSpan / 2 << Y2020 + TimeScale::MinSpan / 2;
}

void tst_TimeScale::clampsToRange()
{
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(double, expectedFrom);
    QFETCH(double, expectedTo);

    const TimeScale scale(from, to, 500);
    QCOMPARE(scale.from(), expectedFrom);
    QCOMPARE(scale.to(), expectedTo);
}

void tst_TimeScale::widthChangeKeepsRange()
{
    TimeScale scale(Y2020, Y2021, 500);
    scale.setWidth(1000);
    QCOMPARE(scale.from(), Y2020);
    QCOMPARE(scale.to(), Y2021);
    QCOMPARE(scale.x(Y2021), 1000.0);
    TimeScale same(Y2020, Y2021, 1000);
    QVERIFY(scale == same);
}

void tst_TimeScale::directionMirrorsX_data()
{
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("day");

    QTest::newRow("inside") << 1000.0 << Y2020 + 100.25;
    QTest::newRow("outside") << 640.0 << Y2021 + 40;
    QTest::newRow("at the start") << 333.0 << Y2020;
}

void tst_TimeScale::directionMirrorsX()
{
    QFETCH(double, width);
    QFETCH(double, day);

    const TimeScale ltr(Y2020, Y2021, width);
    TimeScale rtl = ltr;
    rtl.setDirection(Direction::RightToLeft);
    QVERIFY(rtl.isRightToLeft());
    QVERIFY(!(rtl == ltr));
    QVERIFY(std::abs(rtl.x(day) - (width - ltr.x(day))) < 1e-9);
    QVERIFY(std::abs(rtl.day(width - ltr.x(day)) - day) < 1e-6);
    // Later is left: a day after `day` maps to a smaller x.
    QVERIFY(rtl.x(day + 1) < rtl.x(day));
    // A move of the pointer by dx adds the same days either way, with the opposite sign.
    QCOMPARE(rtl.daysForPixels(10), -ltr.daysForPixels(10));
    QVERIFY(std::abs(rtl.day(300 + 10) - rtl.day(300) - rtl.daysForPixels(10)) < 1e-6);
    QVERIFY(std::abs(ltr.day(300 + 10) - ltr.day(300) - ltr.daysForPixels(10)) < 1e-6);
    // Same window, same resolution.
    QCOMPARE(rtl.from(), ltr.from());
    QCOMPARE(rtl.to(), ltr.to());
    QCOMPARE(rtl.daysPerPixel(), ltr.daysPerPixel());
}

void tst_TimeScale::forwardIsLeftToRight()
{
    const TimeScale rtl(Y2020, Y2021, 500, Direction::RightToLeft);
    const TimeScale forward = rtl.forward();
    QCOMPARE(forward.direction(), Direction::LeftToRight);
    QCOMPARE(forward, TimeScale(Y2020, Y2021, 500));
    // The forward x is the distance from the side where time starts.
    QVERIFY(std::abs(forward.x(Y2020 + 30) - (500 - rtl.x(Y2020 + 30))) < 1e-9);
}

QTEST_APPLESS_MAIN(tst_TimeScale)
#include "tst_timescale.moc"
