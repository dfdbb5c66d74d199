#include "core/interchange/timelinejsonreader.h"
#include "core/interchange/timelinejsrowmapper.h"

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
    void visGroups_data();
    void visGroups();
    void timelineJsGroup();
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

void tst_TimelineJsonReader::visGroups_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("group");
    QTest::newRow("named in the groups") << QByteArray(
        R"({"items": [{"start": "2020-09-12", "content": "Talks", "group": 2}],
            "groups": [{"id": 1, "content": "Pakistan"}, {"id": 2, "content": "<b>Taliban</b>"}]})")
                                         << QStringLiteral("Taliban");
    QTest::newRow("string id named in the groups") << QByteArray(
        R"({"items": [{"start": "2020-09-12", "content": "Talks", "group": "t"}],
            "groups": [{"id": "t", "content": "", "title": "Taliban"}]})")
                                                   << QStringLiteral("Taliban");
    QTest::newRow("a name of its own")
        << QByteArray(R"([{"start": "2020-09-12", "content": "Talks", "group": "Fight"}])")
        << QStringLiteral("Fight");
    // An id that nothing names says nothing.
    QTest::newRow("unnamed id") << QByteArray(
        R"([{"start": "2020-09-12", "content": "Talks", "group": 3}])")
                                << QString();
    QTest::newRow("no group") << QByteArray(R"([{"start": "2020-09-12", "content": "Talks"}])")
                              << QString();
}

void tst_TimelineJsonReader::visGroups()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, group);
    TimelineJsonReader reader;
    QString error;
    QVERIFY2(reader.read(json, &error), qPrintable(error));
    QCOMPARE(reader.format(), DataFormat::Kind::VisTimelineJson);
    QCOMPARE(reader.header().text(4), QStringLiteral("group"));
    QCOMPARE(reader.rows().size(), 1);
    QCOMPARE(reader.rows().first().text(4), group);
}

void tst_TimelineJsonReader::timelineJsGroup()
{
    TimelineJsonReader reader;
    QString error;
    QVERIFY2(reader.read(R"({"events": [{"start_date": {"year": 2019}, "text": {"headline": "A"},
                                         "group": "Consult"}]})",
                         &error),
             qPrintable(error));
    QCOMPARE(reader.format(), DataFormat::Kind::TimelineJsJson);
    const int group = int(TimelineJsRowMapper::columns().indexOf("Group"));
    QCOMPARE(reader.header().text(group), QStringLiteral("Group"));
    QCOMPARE(reader.rows().first().text(group), QStringLiteral("Consult"));
}

QTEST_GUILESS_MAIN(tst_TimelineJsonReader)
#include "tst_timelinejsonreader.moc"
