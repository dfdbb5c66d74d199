#include "core/model/calendarformatter.h"
#include "core/model/datespan.h"

#include <QDate>
#include <QTest>

using Faultline::CalendarFormatter;
using Faultline::DateSpan;
using System = CalendarFormatter::System;

class tst_CalendarFormatter : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void conversions_data();
    void conversions();
    void roundTrip_data();
    void roundTrip();
    void format_data();
    void format();
    void digitsFollowTheLocale();
    void eraBeforeTheEpoch();
    void keys();
    void defaultSystemReachesDateSpan();
};

void tst_CalendarFormatter::cleanup()
{
    CalendarFormatter::setDefaultSystem(System::Gregorian);
}

// Known dates in three calendars (Solar Hijri as used in Iran and Afghanistan,
// the arithmetic Islamic civil calendar).
void tst_CalendarFormatter::conversions_data()
{
    QTest::addColumn<QDate>("gregorian");
    QTest::addColumn<int>("shYear");
    QTest::addColumn<int>("shMonth");
    QTest::addColumn<int>("shDay");
    QTest::addColumn<int>("ahYear");
    QTest::addColumn<int>("ahMonth");
    QTest::addColumn<int>("ahDay");

    QTest::newRow("Nowruz 1399") << QDate(2020, 3, 20) << 1399 << 1 << 1 << 1441 << 7 << 25;
    QTest::newRow("Nowruz 1400") << QDate(2021, 3, 21) << 1400 << 1 << 1 << 1442 << 8 << 7;
    QTest::newRow("22 Bahman 1357") << QDate(1979, 2, 11) << 1357 << 11 << 22 << 1399 << 3 << 13;
    QTest::newRow("2001-09-11") << QDate(2001, 9, 11) << 1380 << 6 << 20 << 1422 << 6 << 22;
    QTest::newRow("1 Muharram 1442") << QDate(2020, 8, 20) << 1399 << 5 << 30 << 1442 << 1 << 1;
    QTest::newRow("Doha talks") << QDate(2020, 9, 14) << 1399 << 6 << 24 << 1442 << 1 << 26;
    // The civil epoch, 16 July 622 Julian (19 July proleptic Gregorian).
    QTest::newRow("epoch") << QDate(622, 7, 19) << 1 << 4 << 27 << 1 << 1 << 1;
}

void tst_CalendarFormatter::conversions()
{
    QFETCH(QDate, gregorian);
    QFETCH(int, shYear);
    QFETCH(int, shMonth);
    QFETCH(int, shDay);
    QFETCH(int, ahYear);
    QFETCH(int, ahMonth);
    QFETCH(int, ahDay);
    const qint64 jd = gregorian.toJulianDay();
    const QLocale c = QLocale::c();

    const CalendarFormatter::Date g = CalendarFormatter(System::Gregorian, c).date(jd);
    QCOMPARE(g, (CalendarFormatter::Date{gregorian.year(), gregorian.month(), gregorian.day()}));
    QCOMPARE(CalendarFormatter(System::SolarHijri, c).date(jd),
             (CalendarFormatter::Date{shYear, shMonth, shDay}));
    QCOMPARE(CalendarFormatter(System::IslamicCivil, c).date(jd),
             (CalendarFormatter::Date{ahYear, ahMonth, ahDay}));
    // And back: Solar Hijri <-> Islamic through the Julian day.
    QCOMPARE(CalendarFormatter(System::SolarHijri, c).julianDay(shYear, shMonth, shDay), jd);
    QCOMPARE(CalendarFormatter(System::IslamicCivil, c).julianDay(ahYear, ahMonth, ahDay), jd);
}

void tst_CalendarFormatter::roundTrip_data()
{
    QTest::addColumn<int>("system");
    QTest::newRow("gregorian") << int(System::Gregorian);
    QTest::newRow("solar hijri") << int(System::SolarHijri);
    QTest::newRow("islamic") << int(System::IslamicCivil);
}

void tst_CalendarFormatter::roundTrip()
{
    QFETCH(int, system);
    const CalendarFormatter calendar(System(system), QLocale::c());
    // Every day across a few years, including BCE ones: date() and julianDay() agree.
    for (qint64 start : {DateSpan::julianDay(-50, 1, 1), DateSpan::julianDay(2018, 1, 1)}) {
        for (qint64 jd = start; jd < start + 3 * 366; ++jd) {
            const CalendarFormatter::Date d = calendar.date(jd);
            QVERIFY2(calendar.julianDay(d.year, d.month, d.day) == jd,
                     qPrintable(QString::number(jd)));
        }
    }
    // Month 13 is the first month of the next year.
    QCOMPARE(calendar.julianDay(1400, 13, 1), calendar.julianDay(1401, 1, 1));
}

void tst_CalendarFormatter::format_data()
{
    QTest::addColumn<int>("system");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<DateSpan>("span");
    QTest::addColumn<QString>("expected");

    const auto G = int(System::Gregorian);
    const auto SH = int(System::SolarHijri);
    const auto AH = int(System::IslamicCivil);
    DateSpan aboutYear = DateSpan::year(2015);
    aboutYear.setQualifier(DateSpan::Qualifier::Approximate);
    DateSpan beforeMonth = DateSpan::month(2020, 8);
    beforeMonth.setQualifier(DateSpan::Qualifier::Before);

    QTest::newRow("G day") << G << "en_GB" << DateSpan::day(2020, 9, 14)
                           << "Monday, 14 September 2020";
    QTest::newRow("G month") << G << "en_GB" << DateSpan::month(2020, 8) << "August 2020";
    QTest::newRow("G year") << G << "en_GB" << DateSpan::year(2015) << "2015";
    QTest::newRow("G about") << G << "en_GB" << aboutYear << "about 2015";
    QTest::newRow("G BCE") << G << "en_GB" << DateSpan::year(-43) << "44 BCE";
    QTest::newRow("G decade") << G << "en_GB" << DateSpan::decade(2010) << "the 2010s";
    QTest::newRow("G season") << G << "en_GB" << DateSpan::season(2020, 3)
                              << "Mar 2020 to May 2020";
    QTest::newRow("G unresolved") << G << "en_GB" << DateSpan() << "unresolved";

    QTest::newRow("SH day") << SH << "en_GB" << DateSpan::day(2020, 3, 20)
                            << "Friday, 1 Farvardin 1399";
    QTest::newRow("SH month") << SH << "en_GB" << DateSpan::month(2020, 8)
                              << "Mordad – Shahrivar 1399";
    QTest::newRow("SH month fa") << SH << "fa" << DateSpan::month(2020, 8)
                                 << QString::fromUtf8("مرداد – شهریور ۱۳۹۹");
    QTest::newRow("SH before") << SH << "en_GB" << beforeMonth << "before Mordad – Shahrivar 1399";
    QTest::newRow("SH year") << SH << "en_GB" << DateSpan::year(2015) << "1393–1394";
    QTest::newRow("SH year across")
        << SH << "en_GB" << DateSpan::month(2021, 3) << "Esfand 1399 to Farvardin 1400";
    QTest::newRow("AH day ar") << AH << "ar" << DateSpan::day(2020, 8, 20)
                               << QString::fromUtf8("الخميس، ١ محرم ١٤٤٢");
    QTest::newRow("AH day en") << AH << "en_GB" << DateSpan::day(2020, 8, 20)
                               << "Thursday, 1 Muharram 1442";
    QTest::newRow("AH year") << AH << "en_GB" << DateSpan::year(2020) << "1441–1442";
}

void tst_CalendarFormatter::format()
{
    QFETCH(int, system);
    QFETCH(QString, locale);
    QFETCH(DateSpan, span);
    QFETCH(QString, expected);
    const CalendarFormatter calendar{System(system), QLocale(locale)};
    QCOMPARE(calendar.format(span), expected);
}

void tst_CalendarFormatter::digitsFollowTheLocale()
{
    const CalendarFormatter persian(System::SolarHijri, QLocale(QStringLiteral("fa")));
    QCOMPARE(persian.yearText(1399), QString::fromUtf8("۱۳۹۹"));
    const CalendarFormatter arabic(System::IslamicCivil, QLocale(QStringLiteral("ar")));
    // No group separator in years: ١٤٤٢, never ١٬٤٤٢.
    QCOMPARE(arabic.yearText(1442), QString::fromUtf8("١٤٤٢"));
    const CalendarFormatter english(System::Gregorian, QLocale(QStringLiteral("en_US")));
    QCOMPARE(english.yearText(2020), QStringLiteral("2020"));
}

void tst_CalendarFormatter::eraBeforeTheEpoch()
{
    // 1 January 600 is 23.2 lunar years before the Hijra, in the 24th year before
    // it: years before year 1 carry the era.
    const CalendarFormatter islamic(System::IslamicCivil, QLocale(QStringLiteral("en_GB")));
    QCOMPARE(islamic.date(DateSpan::julianDay(600, 1, 1)).year, -23);
    QVERIFY(islamic.format(DateSpan::day(600, 1, 1)).endsWith(QLatin1String(" 24 BH")));
    const CalendarFormatter gregorian(System::Gregorian, QLocale(QStringLiteral("en_GB")));
    QCOMPARE(gregorian.yearText(0), QStringLiteral("1 BCE"));
}

void tst_CalendarFormatter::keys()
{
    for (System system : CalendarFormatter::systems()) {
        QCOMPARE(CalendarFormatter::systemFromKey(CalendarFormatter::systemKey(system)), system);
        QVERIFY(!CalendarFormatter::systemName(system).isEmpty());
    }
    QVERIFY(!CalendarFormatter::systemFromKey(u"julian"));
}

void tst_CalendarFormatter::defaultSystemReachesDateSpan()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
    QCOMPARE(DateSpan::month(2020, 8).toDisplayString(), QStringLiteral("August 2020"));
    CalendarFormatter::setDefaultSystem(System::SolarHijri);
    QCOMPARE(CalendarFormatter().system(), System::SolarHijri);
    QCOMPARE(DateSpan::month(2020, 8).toDisplayString(), QStringLiteral("Mordad – Shahrivar 1399"));
    QLocale::setDefault(previous);
}

QTEST_APPLESS_MAIN(tst_CalendarFormatter)
#include "tst_calendarformatter.moc"
