#include "core/interchange/datadates.h"

#include <QTest>

using namespace Faultline;

class tst_DataDates : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
};

void tst_DataDates::parse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("monthFirst");
    QTest::addColumn<QString>("expected"); // DateSpan::toIso(), empty when no date

    QTest::newRow("iso day") << QByteArray("2020-09-14") << false << "2020-09-14";
    QTest::newRow("iso month") << QByteArray("2020-09") << false << "2020-09";
    QTest::newRow("iso year") << QByteArray("2015") << false << "2015";
    QTest::newRow("iso with time")
        << QByteArray("2019-05-03 00:00:00.000") << false << "2019-05-03";
    QTest::newRow("iso with T") << QByteArray("2015-07-29T10:00:00.000Z") << false << "2015-07-29";
    QTest::newRow("compact") << QByteArray("20200914") << false << "2020-09-14";
    QTest::newRow("slashes year first") << QByteArray("2020/09/14") << false << "2020-09-14";
    QTest::newRow("day first") << QByteArray("14/09/2020") << false << "2020-09-14";
    QTest::newRow("day first ambiguous") << QByteArray("03/04/2012") << false << "2012-04-03";
    QTest::newRow("month first ambiguous") << QByteArray("03/04/2012") << true << "2012-03-04";
    QTest::newRow("month first impossible") << QByteArray("14/09/2020") << true << "2020-09-14";
    QTest::newRow("dots") << QByteArray("14.09.2020") << false << "2020-09-14";
    QTest::newRow("two-digit year") << QByteArray("15-Mar-12") << false << "2012-03-15";
    QTest::newRow("acled current") << QByteArray("05 January 2020") << false << "2020-01-05";
    QTest::newRow("acled older") << QByteArray("20-April-2012") << false << "2012-04-20";
    QTest::newRow("month name first") << QByteArray("September 14, 2020") << false << "2020-09-14";
    QTest::newRow("ordinal") << QByteArray("1st March 2019") << false << "2019-03-01";
    QTest::newRow("sept") << QByteArray("14 Sept 2020") << false << "2020-09-14";
    QTest::newRow("month and year") << QByteArray("August 2020") << false << "2020-08";
    QTest::newRow("leap day") << QByteArray("29 February 2020") << false << "2020-02-29";
    QTest::newRow("no leap day") << QByteArray("29 February 2019") << false << "";
    QTest::newRow("month 13") << QByteArray("2020-13-01") << false << "";
    QTest::newRow("unknown month and day") << QByteArray("2020-00-00") << false << "2020";
    QTest::newRow("unknown day") << QByteArray("2020-09-00") << false << "2020-09";
    QTest::newRow("day without month") << QByteArray("2020-00-14") << false << "";
    QTest::newRow("compact day without month") << QByteArray("20200014") << false << "";
    QTest::newRow("day first without month") << QByteArray("14/00/2020") << false << "";
    QTest::newRow("day 32") << QByteArray("32/01/2020") << false << "";
    QTest::newRow("words") << QByteArray("soon") << false << "";
    QTest::newRow("empty") << QByteArray("  ") << false << "";
    QTest::newRow("seven digits") << QByteArray("2020091") << false << "";
    QTest::newRow("trailing junk") << QByteArray("2020-09-14x") << false << "";
}

void tst_DataDates::parse()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, monthFirst);
    QFETCH(QString, expected);
    const auto date = DataDates::parse(text,
                                       monthFirst ? DataDates::Order::MonthFirst
                                                  : DataDates::Order::DayFirst);
    QCOMPARE(date ? date->toIso() : QString(), expected);
}

QTEST_APPLESS_MAIN(tst_DataDates)
#include "tst_datadates.moc"
