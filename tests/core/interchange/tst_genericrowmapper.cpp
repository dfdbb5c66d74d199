#include "core/interchange/genericrowmapper.h"

#include <QTest>

using namespace Faultline;

class tst_GenericRowMapper : public QObject
{
    Q_OBJECT

private slots:
    void typeColumn_data();
    void typeColumn();
    void visGroup();
};

namespace {

CsvRow rowOf(std::initializer_list<const char *> fields, qint64 line = 1)
{
    CsvRow row;
    row.setLine(line);
    for (const char *field : fields)
        row.appendField(QByteArrayView(field));
    return row;
}

} // namespace

void tst_GenericRowMapper::typeColumn_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<int>("root");
    QTest::newRow("code") << QByteArray("04") << 4;
    QTest::newRow("CAMEO code") << QByteArray("190") << 19;
    QTest::newRow("name") << QByteArray("Consult") << 4;
    QTest::newRow("code and name") << QByteArray("18 Assault") << 18;
    QTest::newRow("ACLED event type") << QByteArray("Battles") << 19;
    QTest::newRow("unknown") << QByteArray("Something else") << 0;
}

void tst_GenericRowMapper::typeColumn()
{
    QFETCH(QByteArray, type);
    QFETCH(int, root);
    ColumnMapping mapping;
    mapping.setColumn(ColumnMapping::Field::Date, QStringLiteral("Date"));
    mapping.setColumn(ColumnMapping::Field::Title, QStringLiteral("Title"));
    mapping.setColumn(ColumnMapping::Field::Type, QStringLiteral("Kind"));
    GenericRowMapper mapper(mapping);
    QString error;
    QVERIFY2(mapper.setHeader(rowOf({"Date", "Title", "Kind"}), &error), qPrintable(error));
    // The second row with the same type reads it as the first did.
    for (qint64 line : {2, 3}) {
        CsvRow row;
        row.setLine(line);
        row.appendField("2020-09-12");
        row.appendField("Talks");
        row.appendField(type);
        DataRecord record;
        bool skip = true;
        QString reason;
        QVERIFY2(mapper.map(row, &record, &skip, &reason), qPrintable(reason));
        QCOMPARE(record.cameoRoot, root);
        QVERIFY(record.actors.isEmpty());
    }
}

void tst_GenericRowMapper::visGroup()
{
    // vis-timeline items come as rows of id, start, end, content and group.
    ColumnMapping mapping;
    mapping.setColumn(ColumnMapping::Field::Date, QStringLiteral("start"));
    mapping.setColumn(ColumnMapping::Field::EndDate, QStringLiteral("end"));
    mapping.setColumn(ColumnMapping::Field::Title, QStringLiteral("content"));
    const CsvRow header = rowOf({"id", "start", "end", "content", "group"});
    QString error;
    DataRecord record;
    bool skip = true;
    QString reason;

    GenericRowMapper vis(mapping);
    vis.setFormat(DataFormat::Kind::VisTimelineJson);
    QVERIFY2(vis.setHeader(header, &error), qPrintable(error));
    // The record's names point into the row: it lives as long as they are read.
    const CsvRow talks = rowOf({"1", "2020-09-12", "", "Talks", "Pakistan"}, 2);
    QVERIFY2(vis.map(talks, &record, &skip, &reason), qPrintable(reason));
    QCOMPARE(record.actors.size(), 1);
    QCOMPARE(record.actors.first().name.toByteArray(), QByteArray("Pakistan"));
    record.clear();
    const CsvRow clash = rowOf({"2", "2020-09-13", "", "Clash", "Fight"}, 3);
    QVERIFY2(vis.map(clash, &record, &skip, &reason), qPrintable(reason));
    QCOMPARE(record.cameoRoot, 19);
    QVERIFY(record.actors.isEmpty());

    // In a CSV a column named "group" is only what the mapping makes of it.
    GenericRowMapper csv(mapping);
    QVERIFY2(csv.setHeader(header, &error), qPrintable(error));
    record.clear();
    QVERIFY2(csv.map(talks, &record, &skip, &reason), qPrintable(reason));
    QVERIFY(record.actors.isEmpty());
    QCOMPARE(record.cameoRoot, 0);
}

QTEST_GUILESS_MAIN(tst_GenericRowMapper)
#include "tst_genericrowmapper.moc"
