#include "core/interchange/timelinejsonreader.h"

#include <QFile>
#include <QTest>

using namespace Faultline;

class tst_TimelineJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void visStart_data();
    void visStart();
    void numberOutOfRangeFromTheFuzzCorpus();
};

void tst_TimelineJsonReader::visStart_data()
{
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("milliseconds") << QByteArray("1614729600000") << QByteArray("2021-03-03");
    QTest::newRow("epoch") << QByteArray("0") << QByteArray("1970-01-01");
    QTest::newRow("before epoch") << QByteArray("-86400000") << QByteArray("1969-12-31");
    QTest::newRow("string") << QByteArray("\"2021-03-03\"") << QByteArray("2021-03-03");
    // Beyond qint64: kept as the number, which no date reader takes for a date.
    QTest::newRow("2^63") << QByteArray("9223372036854775808")
                          << QByteArray("9.22337203685478e+18");
    QTest::newRow("huge") << QByteArray("3.2e43") << QByteArray("3.2e+43");
    QTest::newRow("huge negative") << QByteArray("-1e300") << QByteArray("-1e+300");
}

void tst_TimelineJsonReader::visStart()
{
    QFETCH(QByteArray, start);
    QFETCH(QByteArray, expected);
    TimelineJsonReader reader;
    QString error;
    QVERIFY2(reader.read("[{\"id\": 1, \"start\": " + start + ", \"content\": \"Talks\"}]", &error),
             qPrintable(error));
    QCOMPARE(reader.format(), DataFormat::Kind::VisTimelineJson);
    QCOMPARE(reader.rows().size(), 1);
    QCOMPARE(reader.rows().first().field(1).toByteArray(), expected);
    QCOMPARE(reader.rows().first().text(3), QStringLiteral("Talks"));
}

void tst_TimelineJsonReader::numberOutOfRangeFromTheFuzzCorpus()
{
    QFile file(QStringLiteral(FAULTLINE_SOURCE_DIR
                              "/tests/fuzz/corpus/timelinejson/vis-start-out-of-range.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    TimelineJsonReader reader;
    QString error;
    QVERIFY2(reader.read(file.readAll(), &error), qPrintable(error));
    QCOMPARE(reader.rows().size(), 2);
    const CsvRow &row = reader.rows().at(1);
    QCOMPARE(row.text(0), QStringLiteral("x"));
    QVERIFY2(row.text(1).startsWith(QStringLiteral("3.2")), qPrintable(row.text(1)));
}

QTEST_GUILESS_MAIN(tst_TimelineJsonReader)
#include "tst_timelinejsonreader.moc"
