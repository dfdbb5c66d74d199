#include "core/ingest/datetextparser.h"

#include <QTest>

using namespace Faultline;

class tst_DateTextParser : public QObject
{
    Q_OBJECT

private slots:
    void find_data();
    void find();
    void parseWhole_data();
    void parseWhole();
    void monthFromName_data();
    void monthFromName();
    void julianDay();
};

void tst_DateTextParser::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("found");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");

    QTest::newRow("iso") << QStringLiteral("2020-09-14") << true << 2020 << 9 << 14;
    QTest::newRow("iso date-time")
        << QStringLiteral("2023-11-06T08:30:00+06:30") << true << 2023 << 11 << 6;
    QTest::newRow("slashes year first") << QStringLiteral("2021/03/03") << true << 2021 << 3 << 3;
    QTest::newRow("month day year")
        << QStringLiteral("September 14, 2020") << true << 2020 << 9 << 14;
    QTest::newRow("abbreviated with period")
        << QStringLiteral("Sept. 14, 2020") << true << 2020 << 9 << 14;
    QTest::newRow("day month year") << QStringLiteral("3 March 2021") << true << 2021 << 3 << 3;
    QTest::newRow("ordinal") << QStringLiteral("the 21st of June, 2019") << true << 2019 << 6 << 21;
    QTest::newRow("no year") << QStringLiteral("Nov. 12") << true << 0 << 11 << 12;
    QTest::newRow("weekday and time")
        << QStringLiteral("Mon 14 Sep 2020 10:32 GMT") << true << 2020 << 9 << 14;
    QTest::newRow("numeric day first unambiguous")
        << QStringLiteral("25/12/2020") << true << 2020 << 12 << 25;
    QTest::newRow("numeric month first unambiguous")
        << QStringLiteral("12/25/2020") << true << 2020 << 12 << 25;
    QTest::newRow("numeric ambiguous") << QStringLiteral("03/04/2020") << false << 0 << 0 << 0;
    QTest::newRow("month and year") << QStringLiteral("February 2020") << true << 2020 << 2 << 0;
    QTest::newRow("impossible day") << QStringLiteral("February 30, 2021") << false << 0 << 0 << 0;
    QTest::newRow("leap day") << QStringLiteral("29 February 2024") << true << 2024 << 2 << 29;
    QTest::newRow("no date") << QStringLiteral("may be postponed") << false << 0 << 0 << 0;
}

void tst_DateTextParser::find()
{
    QFETCH(QString, text);
    QFETCH(bool, found);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    const std::optional<PartialDate> date = DateTextParser::find(text);
    QCOMPARE(date.has_value(), found);
    if (!found)
        return;
    QCOMPARE(date->year.value_or(0), qint64(year));
    QCOMPARE(date->month, month);
    QCOMPARE(date->day, day);
}

void tst_DateTextParser::parseWhole_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("whole");
    QTest::newRow("date") << QStringLiteral("14 September 2020") << true;
    QTest::newRow("date and time") << QStringLiteral("September 14, 2020 10:32 AM ET") << true;
    QTest::newRow("weekday") << QStringLiteral("Monday, 14 September 2020 | 14:05 GMT") << true;
    QTest::newRow("iso date-time") << QStringLiteral("2020-09-14T10:00:00Z") << true;
    QTest::newRow("sentence") << QStringLiteral("Talks began on 14 September 2020 in Doha")
                              << false;
}

void tst_DateTextParser::parseWhole()
{
    QFETCH(QString, text);
    QFETCH(bool, whole);
    QCOMPARE(DateTextParser::parseWhole(text).has_value(), whole);
}

void tst_DateTextParser::monthFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("month");
    QTest::newRow("January") << QStringLiteral("January") << 1;
    QTest::newRow("sept") << QStringLiteral("Sept.") << 9;
    QTest::newRow("sep") << QStringLiteral("sep") << 9;
    QTest::newRow("DEC") << QStringLiteral("DEC") << 12;
    QTest::newRow("may") << QStringLiteral("May") << 5;
    QTest::newRow("junk") << QStringLiteral("Jux") << 0;
}

void tst_DateTextParser::monthFromName()
{
    QFETCH(QString, name);
    QFETCH(int, month);
    QCOMPARE(DateTextParser::monthFromName(name), month);
}

void tst_DateTextParser::julianDay()
{
    QVERIFY(!DateTextParser::julianDay(PartialDate{std::nullopt, 9, 14}));
    QVERIFY(!DateTextParser::julianDay(PartialDate{2021, 2, 29}));
    QCOMPARE(*DateTextParser::julianDay(PartialDate{2000, 1, 1}), qint64(2451545));
}

QTEST_APPLESS_MAIN(tst_DateTextParser)
#include "tst_datetextparser.moc"
