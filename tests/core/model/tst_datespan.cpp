#include "core/model/datespan.h"

#include <QDate>
#include <QTest>

using Faultline::DateSpan;
using P = DateSpan::Precision;

class tst_DateSpan : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void julianDayMatchesQDate_data();
    void julianDayMatchesQDate();
    void roundTripEveryDayOfFourCenturies();
    void monthLengths_data();
    void monthLengths();
    void leapYears_data();
    void leapYears();
    void bce();
    void ordering();
    void overlap_data();
    void overlap();
    void constructors_data();
    void constructors();
    void names();
    void dayOfWeek();
};

void tst_DateSpan::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("precision");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<qint64>("length");

    QTest::newRow("year") << "2015" << int(P::Year) << "2015"
                          << "2015" << qint64(365);
    QTest::newRow("leap year") << "2020" << int(P::Year) << "2020"
                               << "2020" << qint64(366);
    QTest::newRow("month") << "2020-02" << int(P::Month) << "2020-02"
                           << "2020-02" << qint64(29);
    QTest::newRow("month non-leap") << "2019-02" << int(P::Month) << "2019-02"
                                    << "2019-02" << qint64(28);
    QTest::newRow("day") << "2020-09-14" << int(P::Day) << "2020-09-14"
                         << "2020-09-14" << qint64(1);
    QTest::newRow("leap day") << "2000-02-29" << int(P::Day) << "2000-02-29"
                              << "2000-02-29" << qint64(1);
    QTest::newRow("whitespace") << "  2015-03 " << int(P::Month) << "2015-03"
                                << "2015-03" << qint64(31);
    QTest::newRow("quarter") << "2015-Q2" << int(P::Season) << "2015-04"
                             << "2015-06" << qint64(91);
    QTest::newRow("summer") << "2015-SU" << int(P::Season) << "2015-06"
                            << "2015-08" << qint64(92);
    QTest::newRow("winter") << "2016-WI" << int(P::Season) << "2015-12"
                            << "2016-02" << qint64(91);
    QTest::newRow("year 0") << "0000" << int(P::Year) << "0000"
                            << "0000" << qint64(366);
    QTest::newRow("bce year") << "-0500" << int(P::Year) << "-0500"
                              << "-0500" << qint64(365);
    QTest::newRow("bce day") << "-0044-03-15" << int(P::Day) << "-0044-03-15"
                             << "-0044-03-15" << qint64(1);
    QTest::newRow("5000 bce") << "-5000" << int(P::Year) << "-5000"
                              << "-5000" << qint64(365);
    QTest::newRow("expanded year") << "+12000" << int(P::Year) << "+12000"
                                   << "+12000" << qint64(366);
    QTest::newRow("interval") << "2015/2016" << int(P::Year) << "2015"
                              << "2016" << qint64(731);
    QTest::newRow("interval of days") << "2020-09-12/2020-09-13" << int(P::Day) << "2020-09-12"
                                      << "2020-09-13" << qint64(2);
    // Each end keeps what it said: the span takes the finer precision of the two.
    QTest::newRow("day to year") << "2021-02-20/2121" << int(P::Day) << "2021-02-20"
                                 << "2121-12-31" << qint64(36839);
    QTest::newRow("year to month") << "2015/2016-03" << int(P::Month) << "2015-01"
                                   << "2016-03" << qint64(456);
    QTest::newRow("quarter to day") << "2015-Q2/2015-12-24" << int(P::Day) << "2015-04-01"
                                    << "2015-12-24" << qint64(268);
    QTest::newRow("quarter to year") << "2015-Q2/2016" << int(P::Month) << "2015-04"
                                     << "2016-12" << qint64(641);
    QTest::newRow("bce day to year") << "-0044-03-15/-0043" << int(P::Day) << "-0044-03-15"
                                     << "-0043-12-31" << qint64(657);
}

void tst_DateSpan::parse()
{
    QFETCH(QString, text);
    QFETCH(int, precision);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(qint64, length);

    const auto span = DateSpan::fromIso(text);
    QVERIFY(span);
    QVERIFY(span->isValid());
    QCOMPARE(int(span->precision()), precision);
    QCOMPARE(span->startIso(), start);
    QCOMPARE(span->endIso(), end);
    QCOMPARE(span->lengthInDays(), length);
    // Formatting and parsing again gives the same span.
    if (span->precision() != P::Season) {
        const auto again = DateSpan::fromIso(span->toIso());
        QVERIFY(again);
        QCOMPARE(*again, *span);
    }
}

void tst_DateSpan::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("word") << "yesterday";
    QTest::newRow("short year") << "215";
    QTest::newRow("month 13") << "2015-13";
    QTest::newRow("month 0") << "2015-00";
    QTest::newRow("feb 30") << "2020-02-30";
    QTest::newRow("feb 29 non-leap") << "2019-02-29";
    QTest::newRow("feb 29 1900") << "1900-02-29";
    QTest::newRow("day 32") << "2015-01-32";
    QTest::newRow("april 31") << "2015-04-31";
    QTest::newRow("trailing") << "2015-01-01x";
    QTest::newRow("slashes") << "01/02/2015";
    QTest::newRow("bad quarter") << "2015-Q5";
    QTest::newRow("reversed interval") << "2016/2015";
    QTest::newRow("unsigned long year") << "12000";
}

void tst_DateSpan::rejects()
{
    QFETCH(QString, text);
    QVERIFY(!DateSpan::fromIso(text));
}

void tst_DateSpan::julianDayMatchesQDate_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::newRow("epoch 2000") << 2000 << 1 << 1;
    QTest::newRow("sample") << 2020 << 9 << 14;
    QTest::newRow("gregorian start") << 1582 << 10 << 15;
    QTest::newRow("unix epoch") << 1970 << 1 << 1;
    QTest::newRow("far future") << 2100 << 12 << 31;
    QTest::newRow("leap day") << 2024 << 2 << 29;
}

void tst_DateSpan::julianDayMatchesQDate()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QCOMPARE(DateSpan::julianDay(year, month, day), QDate(year, month, day).toJulianDay());
}

void tst_DateSpan::roundTripEveryDayOfFourCenturies()
{
    const qint64 first = DateSpan::julianDay(1800, 1, 1);
    const qint64 last = DateSpan::julianDay(2200, 12, 31);
    qint64 expectedYear = 1800;
    int expectedMonth = 1;
    int expectedDay = 1;
    for (qint64 jd = first; jd <= last; ++jd) {
        qint64 y = 0;
        int m = 0;
        int d = 0;
        DateSpan::toYearMonthDay(jd, &y, &m, &d);
        QCOMPARE(y, expectedYear);
        QCOMPARE(m, expectedMonth);
        QCOMPARE(d, expectedDay);
        QCOMPARE(DateSpan::julianDay(y, m, d), jd);
        if (++expectedDay > DateSpan::daysInMonth(expectedYear, expectedMonth)) {
            expectedDay = 1;
            if (++expectedMonth > 12) {
                expectedMonth = 1;
                ++expectedYear;
            }
        }
    }
}

void tst_DateSpan::monthLengths_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("days");
    const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    for (int m = 1; m <= 12; ++m)
        QTest::addRow("2019-%02d", m) << 2019 << m << lengths[m - 1];
    QTest::newRow("feb 2020") << 2020 << 2 << 29;
    QTest::newRow("feb 1900") << 1900 << 2 << 28;
    QTest::newRow("feb 2000") << 2000 << 2 << 29;
    QTest::newRow("feb 0 (1 BCE)") << 0 << 2 << 29;
    QTest::newRow("feb -4 (5 BCE)") << -4 << 2 << 29;
    QTest::newRow("feb -1 (2 BCE)") << -1 << 2 << 28;
    QTest::newRow("month 13") << 2019 << 13 << 0;
}

void tst_DateSpan::monthLengths()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, days);
    QCOMPARE(DateSpan::daysInMonth(year, month), days);
    if (days > 0)
        QCOMPARE(DateSpan::month(year, month).lengthInDays(), qint64(days));
}

void tst_DateSpan::leapYears_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("leap");
    QTest::newRow("2016") << 2016 << true;
    QTest::newRow("2015") << 2015 << false;
    QTest::newRow("1900") << 1900 << false;
    QTest::newRow("2000") << 2000 << true;
    QTest::newRow("2100") << 2100 << false;
    QTest::newRow("2400") << 2400 << true;
    QTest::newRow("0") << 0 << true;
    QTest::newRow("-100") << -100 << false;
    QTest::newRow("-400") << -400 << true;
}

void tst_DateSpan::leapYears()
{
    QFETCH(int, year);
    QFETCH(bool, leap);
    QCOMPARE(DateSpan::isLeapYear(year), leap);
    QCOMPARE(DateSpan::year(year).lengthInDays(), qint64(leap ? 366 : 365));
}

void tst_DateSpan::bce()
{
    // 1 BCE (year 0) ends the day before 1 CE begins.
    QCOMPARE(DateSpan::year(0).latestDay() + 1, DateSpan::year(1).earliestDay());
    QVERIFY(DateSpan::year(-500) < DateSpan::year(-499));
    QCOMPARE(DateSpan::fromIso(u"-0500")->toDisplayString(), QStringLiteral("501 BCE"));
    // QDate has no year 0: its year -1 is our year 0.
    QCOMPARE(DateSpan::julianDay(0, 6, 1), QDate(-1, 6, 1).toJulianDay());
    QCOMPARE(DateSpan::julianDay(-43, 3, 15), QDate(-44, 3, 15).toJulianDay());
    QCOMPARE(DateSpan::decade(-5).startIso(), QStringLiteral("-0010"));
    QCOMPARE(DateSpan::century(-150).startIso(), QStringLiteral("-0200"));
}

void tst_DateSpan::ordering()
{
    const DateSpan year = DateSpan::year(2015);
    const DateSpan january = DateSpan::month(2015, 1);
    const DateSpan firstDay = DateSpan::day(2015, 1, 1);
    const DateSpan later = DateSpan::day(2015, 1, 2);
    const DateSpan unresolved;
    QVERIFY(firstDay < january); // same start, shorter first
    QVERIFY(january < year);
    QVERIFY(year < later);       // earliest day decides
    QVERIFY(later < unresolved); // unresolved last
    QVERIFY(!(unresolved < later));
    QVERIFY(!(year < year));
    QList<DateSpan> spans{unresolved, later, year, firstDay, january};
    std::sort(spans.begin(), spans.end());
    QCOMPARE(spans, (QList<DateSpan>{firstDay, january, year, later, unresolved}));
}

void tst_DateSpan::overlap_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("overlaps");
    QTest::newRow("year contains month") << "2015"
                                         << "2015-06" << true;
    QTest::newRow("adjacent years") << "2015"
                                    << "2016" << false;
    QTest::newRow("last day and year") << "2015-12-31"
                                       << "2015" << true;
    QTest::newRow("next day") << "2016-01-01"
                              << "2015" << false;
    QTest::newRow("winter spans new year") << "2016-WI"
                                           << "2015-12-25" << true;
    QTest::newRow("same day") << "2020-09-14"
                              << "2020-09-14" << true;
    QTest::newRow("interval") << "2015/2017"
                              << "2016-05" << true;
}

void tst_DateSpan::overlap()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, overlaps);
    const auto spanA = DateSpan::fromIso(a);
    const auto spanB = DateSpan::fromIso(b);
    QVERIFY(spanA && spanB);
    QCOMPARE(spanA->overlaps(*spanB), overlaps);
    QCOMPARE(spanB->overlaps(*spanA), overlaps);
    QVERIFY(!spanA->overlaps(DateSpan()));
}

void tst_DateSpan::constructors_data()
{
    QTest::addColumn<DateSpan>("span");
    QTest::addColumn<QString>("iso");
    QTest::addColumn<int>("precision");
    QTest::newRow("decade") << DateSpan::decade(2014) << "2010/2019" << int(P::Decade);
    QTest::newRow("century") << DateSpan::century(1999) << "1900/1999" << int(P::Century);
    QTest::newRow("season") << DateSpan::season(2015, 6) << "2015-06/2015-08" << int(P::Season);
    QTest::newRow("invalid day") << DateSpan::day(2015, 2, 29) << "" << int(P::Day);
    QTest::newRow("invalid month") << DateSpan::month(2015, 0) << "" << int(P::Day);
}

void tst_DateSpan::constructors()
{
    QFETCH(DateSpan, span);
    QFETCH(QString, iso);
    QFETCH(int, precision);
    QCOMPARE(span.toIso(), iso);
    QCOMPARE(span.isValid(), !iso.isEmpty());
    if (span.isValid())
        QCOMPARE(int(span.precision()), precision);
}

void tst_DateSpan::names()
{
    for (auto p : {P::Day, P::Month, P::Season, P::Year, P::Decade, P::Century})
        QCOMPARE(DateSpan::precisionFromName(DateSpan::precisionName(p)), p);
    QCOMPARE(DateSpan::precisionName(P::Season), QStringLiteral("season"));
    QVERIFY(!DateSpan::precisionFromName(u"fortnight"));
    using Q = DateSpan::Qualifier;
    for (auto q : {Q::None, Q::Approximate, Q::Before, Q::After})
        QCOMPARE(DateSpan::qualifierFromName(DateSpan::qualifierName(q)), q);
    QVERIFY(!DateSpan().isValid());
    QCOMPARE(DateSpan().toIso(), QString());
}

void tst_DateSpan::dayOfWeek()
{
    QCOMPARE(DateSpan::dayOfWeek(DateSpan::julianDay(2020, 9, 14)), 1); // a Monday
    QCOMPARE(DateSpan::dayOfWeek(DateSpan::julianDay(2020, 9, 13)), 7);
    QCOMPARE(DateSpan::dayOfWeek(DateSpan::julianDay(2000, 1, 1)), 6);
    QCOMPARE(DateSpan::dayOfWeek(DateSpan::julianDay(-100, 1, 1)), QDate(-101, 1, 1).dayOfWeek());
}

QTEST_APPLESS_MAIN(tst_DateSpan)
#include "tst_datespan.moc"
