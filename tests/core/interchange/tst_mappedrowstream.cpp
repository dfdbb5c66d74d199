#include "core/interchange/mappedrowstream.h"
#include "core/interchange/rowmapper.h"

#include <QTest>

#include <atomic>

using namespace Faultline;

namespace {

// Maps field 0 to the title and field 1 to an actor; "bad" rows fail, "skip" rows are skipped.
class TitleMapper : public RowMapper
{
public:
    DataFormat::Kind format() const override { return DataFormat::Kind::GenericCsv; }
    bool setHeader(const CsvRow &, QString *) override { return true; }
    bool map(const CsvRow &row, DataRecord *record, bool *skip, QString *reason) override
    {
        ++calls;
        const QByteArrayView title = row.field(0);
        if (title == "bad") {
            *reason = QStringLiteral("bad at %1").arg(row.line());
            return false;
        }
        *skip = title == "skip";
        record->title = title.toByteArray();
        if (!row.field(1).isEmpty())
            record->actors.append({row.field(1), Event::Role::Source, Actor::Kind::Other});
        record->outlet = row.field(2);
        return true;
    }
    std::atomic<int> calls = 0;
};

// Rows "row N" with an actor cycling through three names in varying case.
MappedRowStream::Source numberedRows(qint64 count, std::atomic<qint64> *read)
{
    return [count, read](CsvRow *row) {
        const qint64 n = read->load();
        if (n >= count)
            return false;
        row->clear();
        row->setLine(n + 2);
        const QByteArray title = n % 100 == 7   ? QByteArray("bad")
                                 : n % 100 == 9 ? QByteArray("skip")
                                                : "row " + QByteArray::number(n);
        row->appendField(title);
        static const char *const actors[] = {"Army", "ARMY", "Police", "police ", "Rebels"};
        row->appendField(actors[n % 5]);
        row->appendField(n % 2 ? "Reuters" : "AFP");
        read->store(n + 1);
        return true;
    };
}

} // namespace

class tst_MappedRowStream : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryRowInOrder_data();
    void readsEveryRowInOrder();
    void stopEarly();
};

void tst_MappedRowStream::readsEveryRowInOrder_data()
{
    QTest::addColumn<qint64>("count");
    QTest::newRow("empty") << qint64(0);
    QTest::newRow("one") << qint64(1);
    QTest::newRow("one batch exactly") << qint64(256);
    QTest::newRow("more batches than circulate") << qint64(10000);
}

void tst_MappedRowStream::readsEveryRowInOrder()
{
    QFETCH(qint64, count);
    TitleMapper mapper;
    std::atomic<qint64> read = 0;
    MappedRowStream stream(
        numberedRows(count, &read), [&read] { return read.load(); }, mapper);
    qint64 seen = 0;
    qint64 lastPosition = 0;
    while (const MappedRowStream::Item *item = stream.next()) {
        QCOMPARE(item->row.line(), seen + 2);
        QVERIFY(stream.position() >= lastPosition);
        lastPosition = stream.position();
        if (seen % 100 == 7) {
            QVERIFY(!item->mapped);
            QCOMPARE(item->reason, QStringLiteral("bad at %1").arg(seen + 2));
        } else if (seen % 100 == 9) {
            QVERIFY(item->mapped);
            QVERIFY(item->skip);
        } else {
            QVERIFY(item->mapped);
            QVERIFY(!item->skip);
            QCOMPARE(item->record.title, "row " + QByteArray::number(seen));
            // "Army"/"ARMY" and "Police"/"police " are one actor each; numbers
            // follow first appearance, sources likewise.
            QCOMPARE(item->record.actors.size(), 1);
            static const int numbers[] = {0, 0, 1, 1, 2};
            QCOMPARE(item->record.actors.first().number, numbers[seen % 5]);
            QCOMPARE(item->record.sourceNumber, int(seen % 2 == 0 ? 0 : 1));
        }
        ++seen;
    }
    QCOMPARE(seen, count);
    QCOMPARE(mapper.calls.load(), int(count));
    QCOMPARE(stream.position(), count);
    QVERIFY(!stream.next()); // stays at the end
}

void tst_MappedRowStream::stopEarly()
{
    TitleMapper mapper;
    std::atomic<qint64> read = 0;
    const qint64 count = 1000000;
    {
        MappedRowStream stream(numberedRows(count, &read), {}, mapper);
        for (int i = 0; i < 300; ++i)
            QVERIFY(stream.next());
        stream.stop();
        QVERIFY(!stream.next());
        // The reader stays a bounded distance ahead: a few batches, not the whole source.
        QVERIFY2(read.load() < 300 + 16 * 256, QByteArray::number(read.load()).constData());
    }
    // Destroyed without reading anything: the thread ends, nothing hangs.
    read = 0;
    {
        MappedRowStream stream(numberedRows(count, &read), {}, mapper);
    }
    QVERIFY(read.load() < count);
}

QTEST_GUILESS_MAIN(tst_MappedRowStream)
#include "tst_mappedrowstream.moc"
