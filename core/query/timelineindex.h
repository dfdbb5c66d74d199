#pragma once

#include "core/model/datespan.h"
#include "core/model/eventtype.h"
#include "core/query/lanemode.h"

#include <QList>
#include <QString>

#include <array>
#include <functional>
#include <vector>

namespace Faultline {

// The in-memory level-of-detail index the timeline draws from: events sorted by
// earliest day, split into lanes, with per-block cumulative counts by quad class
// so that the number of events of each class in any time range costs two binary
// searches and a few popcounts, never a walk over the events.
//
// Layout (about 13 bytes per event, plus about 5 bytes per lane membership in
// the actor and article lane modes):
// - per event, sorted by (earliest day, latest day; ties in id order as the
//   loader reads them): start day (int32), span
//   length in days (uint16, saturating), CAMEO root + qualifier (uint8),
//   precision (uint8), event id (int32);
// - per lane: the positions of its events (uint32, ascending; the single lane of
//   LaneMode::None uses the event array itself) and, per block of 64 entries,
//   cumulative counts per quad class before the block, a bit mask per quad class
//   and the block's latest end, so counting entries of a class before any
//   position is O(1).
// Filtering builds a smaller index from a mask over the events (subset()),
// once per filter change; frames never pay for it.
class TimelineIndex
{
public:
    static constexpr int QuadClassCount = 5; // EventType::QuadClass, Unknown first
    using Counts = std::array<quint32, QuadClassCount>;

    // One event as the loader reads it.
    struct Row
    {
        qint64 id = 0;
        qint32 earliestDay = 0;
        qint32 latestDay = 0;
        quint8 cameoRoot = 0; // 0 when unknown
        DateSpan::Precision precision = DateSpan::Precision::Day;
        DateSpan::Qualifier qualifier = DateSpan::Qualifier::None;
        bool resolved = true; // false: date unresolved, counted but never drawn
    };
    // An event belongs to a lane (actor or article lanes).
    struct Membership
    {
        qint64 eventId = 0;
        qint64 laneKey = 0;
    };
    struct LaneInfo
    {
        qint64 key = 0; // actor id, article id or CAMEO root (0: unknown type)
        QString name;
    };
    // An event as stored in the index.
    struct EventRef
    {
        quint32 position = 0;
        qint64 id = 0;
        qint32 earliestDay = 0;
        qint32 latestDay = 0;
        int cameoRoot = 0;
        EventType::QuadClass quadClass = EventType::QuadClass::Unknown;
        DateSpan::Precision precision = DateSpan::Precision::Day;
        DateSpan::Qualifier qualifier = DateSpan::Qualifier::None;
    };

    TimelineIndex() = default;

    // Builds the index for a lane mode. For LaneMode::Actor and Article,
    // memberships name each event's lanes and laneInfos their names (lanes
    // without a name are named after their key); for EventType the lanes come
    // from the events' CAMEO roots and laneInfos may supply their names.
    static TimelineIndex build(std::vector<Row> rows,
                               LaneMode mode,
                               const std::vector<Membership> &memberships = {},
                               const QList<LaneInfo> &laneInfos = {});

    // A copy holding only the events (positions) for which keep is true, and
    // the unresolved events for which keepUnresolved(id, cameoRoot) is true.
    TimelineIndex subset(const std::vector<bool> &keep,
                         const std::function<bool(qint64, int)> &keepUnresolved) const;

    LaneMode laneMode() const { return m_mode; }
    bool isEmpty() const { return m_start.empty() && m_unresolved.empty(); }
    int resolvedCount() const { return int(m_start.size()); }
    int unresolvedCount() const { return int(m_unresolved.size()); }
    int totalCount() const { return resolvedCount() + unresolvedCount(); }
    QList<qint64> unresolvedIds() const;
    // Extent of the resolved events: [first earliest day, last latest day + 1).
    double extentFrom() const { return m_extentFrom; }
    double extentTo() const { return m_extentTo; }

    EventRef event(quint32 position) const;
    qint64 eventId(quint32 position) const { return m_id[position]; }
    qint32 startDay(quint32 position) const { return m_start[position]; }
    qint32 endDay(quint32 position) const { return m_start[position] + m_length[position]; }
    EventType::QuadClass quadClass(quint32 position) const;
    // The position of an event id, or -1. O(n): for selection changes, not frames.
    qint64 positionOf(qint64 eventId) const;

    // Lanes.
    int laneCount() const { return m_mode == LaneMode::None ? 1 : int(m_lanes.size()); }
    qint64 laneKey(int lane) const { return laneRef(lane).key; }
    QString laneName(int lane) const { return laneRef(lane).name; }
    int laneIndexOf(qint64 key) const; // -1 if absent
    quint32 laneSize(int lane) const;
    Counts laneTotals(int lane) const;
    Counts totals() const { return m_all.totals; } // every resolved event
    // The event position of a lane's i-th entry (ascending in time).
    quint32 lanePosition(int lane, quint32 entry) const;
    // First entry of a lane whose event position is >= position.
    quint32 laneEntryAtOrAfter(int lane, quint32 position) const;
    // laneEntryAtOrAfter for ascending positions at once (galloping from the
    // previous answer, so a frame's column boundaries cost O(columns log gap)).
    void laneEntriesAtOrAfter(int lane,
                              const std::vector<quint32> &positions,
                              std::vector<quint32> *entries) const;
    // Entry index of an event in a lane, or -1.
    qint64 laneEntryOf(int lane, quint32 position) const;

    // First event position whose start day is >= day.
    quint32 positionAtOrAfter(double day) const;
    // Per-class counts of a lane's entries [0, entry).
    Counts countsBefore(int lane, quint32 entry) const;
    // Per-class counts of events in a lane starting in [from, to).
    Counts countsInRange(int lane, double from, double to) const;
    // Per-class counts of events (all lanes together) starting in each of
    // `bins` equal bins of [from, to). O(bins log n).
    std::vector<Counts> histogram(double from, double to, int bins) const;
    // Entries (as event positions) of a lane whose span overlaps [from, to],
    // in time order, at most limit of them (limit < 0: all).
    std::vector<quint32> eventsInRange(int lane, double from, double to, int limit = -1) const;
    // Visits the entries of a lane overlapping [from, to] until visit returns false.
    void forEachInRange(int lane,
                        double from,
                        double to,
                        const std::function<bool(quint32 entry, quint32 position)> &visit) const;
    // The event of a lane nearest to `day` within `tolerance` days (an event
    // whose span contains the day is at distance 0), or -1.
    qint64 nearestEvent(int lane, double day, double tolerance) const;

    // Memory held by the index, in bytes.
    qint64 memoryBytes() const;

private:
    static constexpr int BlockShift = 6;
    static constexpr quint32 BlockSize = 1u << BlockShift;

    struct Block
    {
        Counts before{};                // counts of the lane's entries before this block
        std::array<quint64, 4> masks{}; // bit i: entry i of the block has class c + 1
        qint32 maxEnd = 0;              // latest end day within the block
        qint32 maxEndSoFar = 0;         // latest end day of this and all earlier blocks
    };
    struct Lane
    {
        qint64 key = 0;
        QString name;
        bool identity = false;        // the lane is every event, entries unused
        std::vector<quint32> entries; // event positions, ascending
        std::vector<Block> blocks;
        Counts totals{};
    };

    void buildBlocks(Lane &lane) const;
    const Lane &laneRef(int lane) const
    {
        return m_mode == LaneMode::None ? m_all : m_lanes[size_t(lane)];
    }
    Counts countsBefore(const Lane &lane, quint32 entry) const;
    quint32 entryAtOrAfter(const Lane &lane, quint32 position) const;
    quint32 entryPosition(const Lane &lane, quint32 entry) const
    {
        return lane.identity ? entry : lane.entries[entry];
    }
    quint32 entryCount(const Lane &lane) const
    {
        return lane.identity ? quint32(m_start.size()) : quint32(lane.entries.size());
    }
    quint32 firstCandidateEntry(const Lane &lane, double from) const;

    LaneMode m_mode = LaneMode::None;
    std::vector<qint32> m_start;
    std::vector<quint16> m_length;
    std::vector<quint8> m_typeQualifier; // CAMEO root (5 bits) | qualifier << 5
    std::vector<quint8> m_precision;
    std::vector<qint32> m_id;
    std::vector<std::pair<qint64, quint8>> m_unresolved; // id, CAMEO root
    Lane m_all;                // every event: the None lane, and the histogram
    std::vector<Lane> m_lanes; // the lanes of the other modes
    double m_extentFrom = 0;
    double m_extentTo = 0;
};

} // namespace Faultline
