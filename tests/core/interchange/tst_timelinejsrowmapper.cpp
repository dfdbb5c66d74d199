#include "core/interchange/timelinejsrowmapper.h"

#include <QTest>

using namespace Faultline;

class tst_TimelineJsRowMapper : public QObject
{
    Q_OBJECT

private slots:
    void mapGroup_data();
    void mapGroup();
    void groupColumnOfTheSheet_data();
    void groupColumnOfTheSheet();
};

namespace {

CsvRow rowOf(const QList<QByteArray> &fields)
{
    CsvRow row;
    row.setLine(2);
    for (const QByteArray &field : fields)
        row.appendField(field);
    return row;
}

} // namespace

void tst_TimelineJsRowMapper::mapGroup_data()
{
    QTest::addColumn<QByteArray>("group");
    QTest::addColumn<int>("root");      // 0: the type is not set
    QTest::addColumn<QString>("actor"); // empty: no actor added
    QTest::newRow("type name") << QByteArray("Consult") << 4 << QString();
    QTest::newRow("type name, other case") << QByteArray("fight") << 19 << QString();
    QTest::newRow("code and name") << QByteArray("18 Assault") << 18 << QString();
    QTest::newRow("an actor") << QByteArray("Taliban") << 0 << QStringLiteral("Taliban");
    QTest::newRow("a theme") << QByteArray("Talks") << 0 << QStringLiteral("Talks");
    QTest::newRow("non-ASCII actor") << QByteArray("طالبان") << 0 << QStringLiteral("طالبان");
    QTest::newRow("quad class is no type")
        << QByteArray("Material conflict") << 0 << QStringLiteral("Material conflict");
    QTest::newRow("empty") << QByteArray() << 0 << QString();
}

void tst_TimelineJsRowMapper::mapGroup()
{
    QFETCH(QByteArray, group);
    QFETCH(int, root);
    QFETCH(QString, actor);
    DataRecord record;
    TimelineJsRowMapper::mapGroup(group, &record);
    QCOMPARE(record.cameoRoot, root);
    QCOMPARE(record.actors.size(), actor.isEmpty() ? 0 : 1);
    if (!actor.isEmpty()) {
        QCOMPARE(QString::fromUtf8(record.actors.first().name), actor);
        QCOMPARE(record.actors.first().role, Event::Role::Participant);
        QCOMPARE(record.actors.first().kind, Actor::Kind::Other);
        // The same group again adds no second actor.
        TimelineJsRowMapper::mapGroup(group, &record);
        QCOMPARE(record.actors.size(), 1);
    }
}

void tst_TimelineJsRowMapper::groupColumnOfTheSheet_data()
{
    QTest::addColumn<QByteArray>("group");
    QTest::addColumn<int>("root");
    QTest::addColumn<int>("actors");
    QTest::newRow("type") << QByteArray(" Protest ") << 14 << 0;
    QTest::newRow("actor") << QByteArray("Pakistan army") << 0 << 1;
    QTest::newRow("none") << QByteArray() << 0 << 0;
}

void tst_TimelineJsRowMapper::groupColumnOfTheSheet()
{
    QFETCH(QByteArray, group);
    QFETCH(int, root);
    QFETCH(int, actors);
    TimelineJsRowMapper mapper;
    QString error;
    QList<QByteArray> header;
    for (const QByteArray &name : TimelineJsRowMapper::columns())
        header << name;
    QVERIFY2(mapper.setHeader(rowOf(header), &error), qPrintable(error));
    QList<QByteArray> fields(header.size());
    fields[header.indexOf("Year")] = "2020";
    fields[header.indexOf("Month")] = "9";
    fields[header.indexOf("Day")] = "12";
    fields[header.indexOf("Headline")] = "Doha talks open";
    fields[header.indexOf("Group")] = group;
    const CsvRow row = rowOf(fields);
    DataRecord record;
    bool skip = true;
    QString reason;
    QVERIFY2(mapper.map(row, &record, &skip, &reason), qPrintable(reason));
    QVERIFY(!skip);
    QCOMPARE(record.title, QByteArray("Doha talks open"));
    QCOMPARE(record.cameoRoot, root);
    QCOMPARE(record.actors.size(), actors);
    if (actors > 0)
        QCOMPARE(record.actors.first().name.toByteArray(), group.trimmed());
}

QTEST_GUILESS_MAIN(tst_TimelineJsRowMapper)
#include "tst_timelinejsrowmapper.moc"
