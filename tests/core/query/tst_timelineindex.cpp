#include "core/model/datespan.h"
#include "core/query/timelineindex.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using Faultline::DateSpan;
using Faultline::EventType;
using Faultline::LaneMode;
using Faultline::TimelineIndex;
using Row = TimelineIndex::Row;
using Counts = TimelineIndex::Counts;
using Q = EventType::QuadClass;

class tst_TimelineIndex : public QObject
{
    Q_OBJECT

private slots:
    void countsAndUnresolved();
    void countsMatchBruteForce_data();
    void countsMatchBruteForce();
    void histogramSumsToRange();
    void actorLanes();
    void eventTypeLanes();
    void overlapIncludesLongSpans();
    void nearestEvent();
    void gallopingMatchesBinarySearch();
    void subsetFilters();
    void memoryPerEvent_data();
    void memoryPerEvent();
};

namespace {

const qint32 Base = qint32(DateSpan::julianDay(2000, 1, 1));

Row row(qint64 id, qint32 earliest, qint32 latest, int root, bool resolved = true)
{
    Row r;
    r.id = id;
    r.earliestDay = earliest;
    r.latestDay = latest;
    r.cameoRoot = quint8(root);
    r.precision = earliest == latest ? DateSpan::Precision::Day : DateSpan::Precision::Month;
    r.resolved = resolved;
    return r;
}

std::vector<Row> randomRows(int count, quint32 seed, int days)
{
    QRandomGenerator random(seed);
    std::vector<Row> rows;
    rows.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        const qint32 start = Base + qint32(random.bounded(days));
        const qint32 length = random.bounded(10) == 0 ? qint32(random.bounded(400)) : 0;
        rows.push_back(row(i + 1, start, start + length, int(random.bounded(21))));
    }
    return rows;
}

quint32 sum(const Counts &counts)
{
    quint32 total = 0;
    for (quint32 c : counts)
        total += c;
    return total;
}

} // namespace

void tst_TimelineIndex::countsAndUnresolved()
{
    std::vector<Row> rows = {row(1, Base, Base, 4),
                             row(2, Base + 10, Base + 10, 19),
                             row(3, Base + 5, Base + 40, 7),
                             row(4, 0, 0, 18, false),
                             row(5, Base + 20, Base + 20, 0)};
    const TimelineIndex index = TimelineIndex::build(rows, LaneMode::None);
    QCOMPARE(index.totalCount(), 5);
    QCOMPARE(index.resolvedCount(), 4);
    QCOMPARE(index.unresolvedCount(), 1);
    QCOMPARE(index.unresolvedIds(), QList<qint64>{4});
    QCOMPARE(index.laneCount(), 1);
    const Counts totals = index.totals();
    QCOMPARE(totals[size_t(Q::VerbalCooperation)], 1u);
    QCOMPARE(totals[size_t(Q::MaterialCooperation)], 1u);
    QCOMPARE(totals[size_t(Q::MaterialConflict)], 1u);
    QCOMPARE(totals[size_t(Q::Unknown)], 1u);
    // Sorted by earliest day.
    QCOMPARE(index.eventId(0), 1);
    QCOMPARE(index.eventId(1), 3);
    QCOMPARE(index.eventId(2), 2);
    QCOMPARE(index.eventId(3), 5);
    QCOMPARE(index.extentFrom(), double(Base));
    QCOMPARE(index.extentTo(), double(Base + 41));
    QCOMPARE(index.positionOf(2), 2);
    QCOMPARE(index.positionOf(4), -1); // unresolved: not placed
}

void tst_TimelineIndex::countsMatchBruteForce_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("mode");

    QTest::newRow("small, no lanes") << 50 << 1u << int(LaneMode::None);
    QTest::newRow("a block boundary") << 64 << 2u << int(LaneMode::None);
    QTest::newRow("many, no lanes") << 5000 << 3u << int(LaneMode::None);
    QTest::newRow("many, type lanes") << 5000 << 4u << int(LaneMode::EventType);
    QTest::newRow("many, actor lanes") << 5000 << 5u << int(LaneMode::Actor);
}

void tst_TimelineIndex::countsMatchBruteForce()
{
    QFETCH(int, count);
    QFETCH(quint32, seed);
    QFETCH(int, mode);

    const std::vector<Row> rows = randomRows(count, seed, 3000);
    std::vector<TimelineIndex::Membership> members;
    QRandomGenerator random(seed + 100);
    for (const Row &r : rows) {
        members.push_back({r.id, qint64(random.bounded(7))});
        if (random.bounded(3) == 0)
            members.push_back({r.id, 100 + qint64(random.bounded(3))});
    }
    const TimelineIndex index = TimelineIndex::build(rows, LaneMode(mode), members);
    for (int lane = 0; lane < index.laneCount(); ++lane) {
        // Which event ids are in this lane, by brute force.
        std::vector<qint64> inLane;
        if (LaneMode(mode) == LaneMode::None) {
            for (const Row &r : rows)
                inLane.push_back(r.id);
        } else if (LaneMode(mode) == LaneMode::EventType) {
            for (const Row &r : rows) {
                if (r.cameoRoot == index.laneKey(lane))
                    inLane.push_back(r.id);
            }
        } else {
            for (const auto &m : members) {
                if (m.laneKey == index.laneKey(lane))
                    inLane.push_back(m.eventId);
            }
        }
        std::sort(inLane.begin(), inLane.end());
        inLane.erase(std::unique(inLane.begin(), inLane.end()), inLane.end());
        QCOMPARE(index.laneSize(lane), quint32(inLane.size()));
        for (int trial = 0; trial < 40; ++trial) {
            const double from = Base - 10 + random.bounded(3100) + random.bounded(1.0);
            const double to = from + random.bounded(800) + random.bounded(1.0);
            Counts expected{};
            for (qint64 id : inLane) {
                const Row &r = rows[size_t(id - 1)];
                if (r.earliestDay >= from && r.earliestDay < to)
                    ++expected[size_t(EventType(r.cameoRoot).quadClass())];
            }
            QCOMPARE(index.countsInRange(lane, from, to), expected);
        }
    }
}

void tst_TimelineIndex::histogramSumsToRange()
{
    const TimelineIndex index = TimelineIndex::build(randomRows(3000, 7, 2000), LaneMode::Actor);
    const double from = Base + 100.5;
    const double to = Base + 1700;
    const auto bins = index.histogram(from, to, 37);
    QCOMPARE(bins.size(), size_t(37));
    Counts total{};
    for (const Counts &bin : bins) {
        for (int c = 0; c < TimelineIndex::QuadClassCount; ++c)
            total[size_t(c)] += bin[size_t(c)];
    }
    // Actor lanes without memberships are empty, the histogram still counts all.
    QCOMPARE(index.laneCount(), 0);
    QCOMPARE(sum(total), quint32(index.positionAtOrAfter(to) - index.positionAtOrAfter(from)));
    QVERIFY(sum(total) > 2000);
    // Each bin is the count of its own range.
    const double width = (to - from) / 37;
    quint32 third = 0;
    for (quint32 p = index.positionAtOrAfter(from + 3 * width);
         p < index.positionAtOrAfter(from + 4 * width);
         ++p)
        ++third;
    QCOMPARE(sum(bins[3]), third);
}

void tst_TimelineIndex::actorLanes()
{
    std::vector<Row> rows = {row(1, Base, Base, 4),
                             row(2, Base + 3, Base + 3, 19),
                             row(3, Base + 9, Base + 9, 18),
                             row(4, 0, 0, 1, false)};
    // Event 1 has two actors; event 4 is unresolved and drawn nowhere.
    const std::vector<TimelineIndex::Membership> members = {{1, 10},
                                                            {1, 20},
                                                            {2, 20},
                                                            {3, 20},
                                                            {4, 10}};
    const TimelineIndex index = TimelineIndex::build(rows,
                                                     LaneMode::Actor,
                                                     members,
                                                     {{10, QStringLiteral("Pakistan")},
                                                      {20, QStringLiteral("Taliban")}});
    QCOMPARE(index.laneCount(), 2);
    // Busiest lane first.
    QCOMPARE(index.laneKey(0), 20);
    QCOMPARE(index.laneName(0), QStringLiteral("Taliban"));
    QCOMPARE(index.laneName(1), QStringLiteral("Pakistan"));
    QCOMPARE(index.laneSize(0), 3u);
    QCOMPARE(index.laneSize(1), 1u);
    const qint64 position = index.positionOf(1);
    QVERIFY(index.laneEntryOf(0, quint32(position)) >= 0);
    QVERIFY(index.laneEntryOf(1, quint32(position)) >= 0);
    QCOMPARE(index.laneEntryOf(1, quint32(index.positionOf(2))), -1);
    QCOMPARE(index.laneIndexOf(10), 1);
    const auto inTaliban = index.eventsInRange(0, Base, Base + 5);
    QCOMPARE(inTaliban.size(), size_t(2));
    QCOMPARE(index.eventId(inTaliban[0]), 1);
    QCOMPARE(index.eventId(inTaliban[1]), 2);
}

void tst_TimelineIndex::eventTypeLanes()
{
    std::vector<Row> rows = {row(1, Base, Base, 4),
                             row(2, Base + 3, Base + 3, 19),
                             row(3, Base + 9, Base + 9, 4),
                             row(4, Base + 1, Base + 1, 0)};
    const TimelineIndex index = TimelineIndex::build(rows, LaneMode::EventType);
    QCOMPARE(index.laneCount(), 3);
    // CAMEO order, unknown last.
    QCOMPARE(index.laneKey(0), 4);
    QCOMPARE(index.laneKey(1), 19);
    QCOMPARE(index.laneKey(2), 0);
    QCOMPARE(index.laneName(0), EventType(4).name());
    QCOMPARE(index.laneSize(0), 2u);
}

void tst_TimelineIndex::overlapIncludesLongSpans()
{
    std::vector<Row> rows;
    // A year-long span first, then a thousand points well after it.
    rows.push_back(row(1, Base, Base + 364, 4));
    for (int i = 0; i < 1000; ++i)
        rows.push_back(row(i + 2, Base + 400 + i, Base + 400 + i, 19));
    const TimelineIndex index = TimelineIndex::build(rows, LaneMode::None);
    // A window in the middle of the span: only the span overlaps it.
    auto hits = index.eventsInRange(0, Base + 200, Base + 210);
    QCOMPARE(hits.size(), size_t(1));
    QCOMPARE(index.eventId(hits[0]), 1);
    // A window over the points, after the span.
    hits = index.eventsInRange(0, Base + 500, Base + 509);
    QCOMPARE(hits.size(), size_t(10));
    // The limit stops early.
    QCOMPARE(index.eventsInRange(0, Base, Base + 2000, 5).size(), size_t(5));
}

void tst_TimelineIndex::nearestEvent()
{
    std::vector<Row> rows = {row(1, Base, Base, 4),
                             row(2, Base + 10, Base + 10, 19),
                             row(3, Base + 30, Base + 59, 7)};
    const TimelineIndex index = TimelineIndex::build(rows, LaneMode::None);
    QCOMPARE(index.eventId(quint32(index.nearestEvent(0, Base + 0.6, 1))), 1);
    QCOMPARE(index.eventId(quint32(index.nearestEvent(0, Base + 9.2, 2))), 2);
    QCOMPARE(index.eventId(quint32(index.nearestEvent(0, Base + 45, 0.5))), 3); // inside the span
    QCOMPARE(index.nearestEvent(0, Base + 20, 2), -1);
}

void tst_TimelineIndex::gallopingMatchesBinarySearch()
{
    const std::vector<Row> rows = randomRows(4000, 11, 5000);
    std::vector<TimelineIndex::Membership> members;
    for (const Row &r : rows) {
        if (r.id % 5 == 0)
            members.push_back({r.id, 1});
        members.push_back({r.id, 2 + r.id % 2});
    }
    const TimelineIndex index = TimelineIndex::build(rows, LaneMode::Actor, members);
    std::vector<quint32> positions;
    for (quint32 p = 0; p <= 4000; p += 1 + p % 37)
        positions.push_back(p);
    for (int lane = 0; lane < index.laneCount(); ++lane) {
        std::vector<quint32> entries;
        index.laneEntriesAtOrAfter(lane, positions, &entries);
        for (size_t i = 0; i < positions.size(); ++i)
            QCOMPARE(entries[i], index.laneEntryAtOrAfter(lane, positions[i]));
    }
}

void tst_TimelineIndex::subsetFilters()
{
    std::vector<Row> rows = {row(1, Base, Base, 4),
                             row(2, Base + 3, Base + 3, 19),
                             row(3, Base + 9, Base + 9, 18),
                             row(4, 0, 0, 19, false),
                             row(5, 0, 0, 4, false)};
    const std::vector<TimelineIndex::Membership> members = {{1, 10}, {2, 20}, {3, 20}};
    const TimelineIndex full = TimelineIndex::build(rows, LaneMode::Actor, members);
    // Keep the conflict events only.
    std::vector<bool> keep(size_t(full.resolvedCount()));
    for (int p = 0; p < full.resolvedCount(); ++p)
        keep[size_t(p)] = full.event(quint32(p)).cameoRoot >= 14;
    const TimelineIndex part = full.subset(keep, [](qint64, int root) { return root >= 14; });
    QCOMPARE(part.resolvedCount(), 2);
    QCOMPARE(part.unresolvedCount(), 1);
    QCOMPARE(part.unresolvedIds(), QList<qint64>{4});
    // The lane of actor 10 lost its only event and is gone.
    QCOMPARE(part.laneCount(), 1);
    QCOMPARE(part.laneKey(0), 20);
    QCOMPARE(part.laneSize(0), 2u);
    QCOMPARE(part.totals()[size_t(Q::MaterialConflict)], 2u);
    QCOMPARE(part.extentFrom(), double(Base + 3));
}

void tst_TimelineIndex::memoryPerEvent_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<double>("limit");

    QTest::newRow("no lanes") << int(LaneMode::None) << 16.0;
    QTest::newRow("type lanes") << int(LaneMode::EventType) << 22.0;
}

void tst_TimelineIndex::memoryPerEvent()
{
    QFETCH(int, mode);
    QFETCH(double, limit);

    const int count = 200000;
    const TimelineIndex index = TimelineIndex::build(randomRows(count, 13, 9000), LaneMode(mode));
    const double perEvent = double(index.memoryBytes()) / count;
    qInfo("index_bytes_per_event %.2f", perEvent);
    QVERIFY2(perEvent <= limit, qPrintable(QString::number(perEvent)));
    // The fixed layout: 12 bytes of event data, lanes and blocks on top.
    QVERIFY(perEvent >= 12.0);
}

QTEST_APPLESS_MAIN(tst_TimelineIndex)
#include "tst_timelineindex.moc"
