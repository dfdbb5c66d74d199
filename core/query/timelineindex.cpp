#include "core/query/timelineindex.h"

#include "core/query/timelinelogging.h"

#include <QHash>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <numeric>

namespace Faultline {

namespace {

constexpr quint8 RootMask = 0x1f;
constexpr int QualifierShift = 5;

int quadClassOfRoot(int root)
{
    return int(EventType(root).quadClass());
}

// Quad class per CAMEO root, so the hot paths do a table lookup.
const std::array<quint8, 32> &quadTable()
{
    static const std::array<quint8, 32> table = [] {
        std::array<quint8, 32> t{};
        for (int root = 0; root < 32; ++root)
            t[root] = quint8(quadClassOfRoot(root));
        return t;
    }();
    return table;
}

qint32 clampDay(double day)
{
    if (!(day > double(std::numeric_limits<qint32>::min())))
        return std::numeric_limits<qint32>::min();
    if (!(day < double(std::numeric_limits<qint32>::max())))
        return std::numeric_limits<qint32>::max();
    return qint32(std::ceil(day));
}

} // namespace

TimelineIndex TimelineIndex::build(std::vector<Row> rows,
                                   LaneMode mode,
                                   const std::vector<Membership> &memberships,
                                   const QList<LaneInfo> &laneInfos)
{
    TimelineIndex index;
    index.m_mode = mode;

    // Unresolved events are counted, never placed.
    auto firstUnresolved = std::stable_partition(rows.begin(), rows.end(), [](const Row &row) {
        return row.resolved;
    });
    for (auto it = firstUnresolved; it != rows.end(); ++it)
        index.m_unresolved.emplace_back(it->id, quint8(it->cameoRoot & RootMask));
    rows.erase(firstUnresolved, rows.end());

    auto less = [](const Row &a, const Row &b) {
        if (a.earliestDay != b.earliestDay)
            return a.earliestDay < b.earliestDay;
        return a.latestDay < b.latestDay;
    };
    // Rows already in time order skip the sort. Otherwise sort 64-bit keys
    // (start, length, input index) and gather, much faster than moving rows;
    // ties keep the input order, which the loader reads by id.
    if (!std::is_sorted(rows.begin(), rows.end(), less)) {
        qint64 minStart = std::numeric_limits<qint64>::max();
        qint64 maxStart = std::numeric_limits<qint64>::min();
        for (const Row &row : rows) {
            minStart = std::min<qint64>(minStart, row.earliestDay);
            maxStart = std::max<qint64>(maxStart, row.earliestDay);
        }
        if (rows.size() < (size_t(1) << 24) && maxStart - minStart < (qint64(1) << 24)) {
            std::vector<quint64> keys(rows.size());
            for (size_t i = 0; i < rows.size(); ++i) {
                const Row &row = rows[i];
                const quint64 length = quint64(
                    std::clamp<qint64>(qint64(row.latestDay) - row.earliestDay, 0, 0xffff));
                keys[i] = (quint64(row.earliestDay - minStart) << 40) | (length << 24) | i;
            }
            std::sort(keys.begin(), keys.end());
            std::vector<Row> sorted;
            sorted.reserve(rows.size());
            for (quint64 key : keys)
                sorted.push_back(rows[size_t(key & 0xffffff)]);
            rows.swap(sorted);
        } else {
            std::stable_sort(rows.begin(), rows.end(), less);
        }
    }

    const size_t n = rows.size();
    index.m_start.resize(n);
    index.m_length.resize(n);
    index.m_typeQualifier.resize(n);
    index.m_precision.resize(n);
    index.m_id.resize(n);
    qint64 maxId = 0;
    qint32 maxEnd = std::numeric_limits<qint32>::min();
    for (size_t i = 0; i < n; ++i) {
        const Row &row = rows[i];
        index.m_start[i] = row.earliestDay;
        const qint64 length = std::max<qint64>(0, qint64(row.latestDay) - row.earliestDay);
        index.m_length[i] = quint16(std::min<qint64>(length, std::numeric_limits<quint16>::max()));
        const quint8 root = row.cameoRoot <= 20 ? row.cameoRoot : 0;
        index.m_typeQualifier[i] = quint8(root | (int(row.qualifier) << QualifierShift));
        index.m_precision[i] = quint8(row.precision);
        if (row.id < 0 || row.id > std::numeric_limits<qint32>::max())
            qCWarning(lcTimelineQuery) << "event id out of the index's range:" << row.id;
        index.m_id[i] = qint32(row.id);
        maxId = std::max(maxId, row.id);
        maxEnd = std::max(maxEnd, index.endDay(quint32(i)));
    }
    if (n > 0) {
        index.m_extentFrom = index.m_start.front();
        index.m_extentTo = double(maxEnd) + 1;
    }

    QHash<qint64, QString> names;
    for (const LaneInfo &info : laneInfos)
        names.insert(info.key, info.name);

    index.m_all.identity = true;
    switch (mode) {
    case LaneMode::None:
        break;
    case LaneMode::EventType: {
        std::array<std::vector<quint32>, 21> byRoot;
        for (size_t i = 0; i < n; ++i)
            byRoot[index.m_typeQualifier[i] & RootMask].push_back(quint32(i));
        // CAMEO order, unknown last.
        for (int k = 1; k <= 21; ++k) {
            const int root = k % 21;
            if (byRoot[root].empty())
                continue;
            Lane lane;
            lane.key = root;
            lane.name = names.value(root, EventType(root).name());
            lane.entries = std::move(byRoot[root]);
            index.m_lanes.push_back(std::move(lane));
        }
        break;
    }
    case LaneMode::Actor:
    case LaneMode::Article: {
        // Event id -> position, through a flat table when ids are dense enough.
        std::vector<quint32> idToPos;
        QHash<qint64, quint32> idToPosSparse;
        const bool dense = maxId <= qint64(4 * n + 1024);
        if (dense) {
            idToPos.assign(size_t(maxId) + 1, std::numeric_limits<quint32>::max());
            for (size_t i = 0; i < n; ++i)
                idToPos[size_t(rows[i].id)] = quint32(i);
        } else {
            idToPosSparse.reserve(qsizetype(n));
            for (size_t i = 0; i < n; ++i)
                idToPosSparse.insert(rows[i].id, quint32(i));
        }
        QHash<qint64, int> laneOfKey;
        std::vector<std::pair<int, quint32>> pairs;
        pairs.reserve(memberships.size());
        for (const Membership &m : memberships) {
            quint32 pos = std::numeric_limits<quint32>::max();
            if (dense) {
                if (m.eventId >= 0 && m.eventId <= maxId)
                    pos = idToPos[size_t(m.eventId)];
            } else {
                pos = idToPosSparse.value(m.eventId, pos);
            }
            if (pos == std::numeric_limits<quint32>::max())
                continue; // unresolved or filtered out
            auto it = laneOfKey.find(m.laneKey);
            if (it == laneOfKey.end())
                it = laneOfKey.insert(m.laneKey, int(laneOfKey.size()));
            pairs.emplace_back(it.value(), pos);
        }
        std::vector<Lane> lanes(size_t(laneOfKey.size()));
        for (auto it = laneOfKey.cbegin(); it != laneOfKey.cend(); ++it) {
            Lane &lane = lanes[size_t(it.value())];
            lane.key = it.key();
            lane.name = names.value(it.key());
            if (lane.name.isEmpty())
                lane.name = QString::number(it.key());
        }
        std::vector<quint32> sizes(lanes.size(), 0);
        for (const auto &p : pairs)
            ++sizes[size_t(p.first)];
        for (size_t l = 0; l < lanes.size(); ++l)
            lanes[l].entries.reserve(sizes[l]);
        for (const auto &p : pairs)
            lanes[size_t(p.first)].entries.push_back(p.second);
        for (Lane &lane : lanes) {
            std::sort(lane.entries.begin(), lane.entries.end());
            lane.entries.erase(std::unique(lane.entries.begin(), lane.entries.end()),
                               lane.entries.end());
        }
        // Busiest lanes first, then by name.
        std::sort(lanes.begin(), lanes.end(), [](const Lane &a, const Lane &b) {
            if (a.entries.size() != b.entries.size())
                return a.entries.size() > b.entries.size();
            return a.name.localeAwareCompare(b.name) < 0;
        });
        index.m_lanes = std::move(lanes);
        break;
    }
    }
    index.buildBlocks(index.m_all);
    for (Lane &lane : index.m_lanes)
        index.buildBlocks(lane);
    return index;
}

void TimelineIndex::buildBlocks(Lane &lane) const
{
    const auto &table = quadTable();
    const quint32 count = entryCount(lane);
    lane.blocks.assign((count + BlockSize - 1) / BlockSize, Block{});
    Counts running{};
    qint32 maxSoFar = std::numeric_limits<qint32>::min();
    for (quint32 b = 0; b < lane.blocks.size(); ++b) {
        Block &block = lane.blocks[b];
        block.before = running;
        block.maxEnd = std::numeric_limits<qint32>::min();
        const quint32 first = b * BlockSize;
        const quint32 last = std::min(count, first + BlockSize);
        for (quint32 e = first; e < last; ++e) {
            const quint32 pos = entryPosition(lane, e);
            const int quad = table[m_typeQualifier[pos] & RootMask];
            ++running[size_t(quad)];
            if (quad > 0)
                block.masks[size_t(quad - 1)] |= quint64(1) << (e - first);
            block.maxEnd = std::max(block.maxEnd, endDay(pos));
        }
        maxSoFar = std::max(maxSoFar, block.maxEnd);
        block.maxEndSoFar = maxSoFar;
    }
    lane.totals = running;
    if (!lane.identity)
        lane.entries.shrink_to_fit();
}

TimelineIndex TimelineIndex::subset(const std::vector<bool> &keep,
                                    const std::function<bool(qint64, int)> &keepUnresolved) const
{
    TimelineIndex result;
    result.m_mode = m_mode;
    const size_t n = m_start.size();
    std::vector<quint32> newPos(n, std::numeric_limits<quint32>::max());
    quint32 kept = 0;
    for (size_t i = 0; i < n; ++i) {
        if (i < keep.size() && keep[i])
            newPos[i] = kept++;
    }
    result.m_start.reserve(kept);
    result.m_length.reserve(kept);
    result.m_typeQualifier.reserve(kept);
    result.m_precision.reserve(kept);
    result.m_id.reserve(kept);
    qint32 maxEnd = std::numeric_limits<qint32>::min();
    for (size_t i = 0; i < n; ++i) {
        if (newPos[i] == std::numeric_limits<quint32>::max())
            continue;
        result.m_start.push_back(m_start[i]);
        result.m_length.push_back(m_length[i]);
        result.m_typeQualifier.push_back(m_typeQualifier[i]);
        result.m_precision.push_back(m_precision[i]);
        result.m_id.push_back(m_id[i]);
        maxEnd = std::max(maxEnd, endDay(quint32(i)));
    }
    if (kept > 0) {
        result.m_extentFrom = result.m_start.front();
        result.m_extentTo = double(maxEnd) + 1;
    }
    for (const auto &[id, root] : m_unresolved) {
        if (!keepUnresolved || keepUnresolved(id, root))
            result.m_unresolved.emplace_back(id, root);
    }
    result.m_all.identity = true;
    result.buildBlocks(result.m_all);
    for (const Lane &lane : m_lanes) {
        Lane copy;
        copy.key = lane.key;
        copy.name = lane.name;
        copy.identity = lane.identity;
        if (!lane.identity) {
            for (quint32 pos : lane.entries) {
                if (newPos[pos] != std::numeric_limits<quint32>::max())
                    copy.entries.push_back(newPos[pos]);
            }
            if (copy.entries.empty())
                continue;
        }
        result.buildBlocks(copy);
        result.m_lanes.push_back(std::move(copy));
    }
    return result;
}

QList<qint64> TimelineIndex::unresolvedIds() const
{
    QList<qint64> ids;
    ids.reserve(qsizetype(m_unresolved.size()));
    for (const auto &entry : m_unresolved)
        ids.append(entry.first);
    return ids;
}

TimelineIndex::EventRef TimelineIndex::event(quint32 position) const
{
    EventRef ref;
    ref.position = position;
    ref.id = m_id[position];
    ref.earliestDay = m_start[position];
    ref.latestDay = endDay(position);
    ref.cameoRoot = m_typeQualifier[position] & RootMask;
    ref.quadClass = quadClass(position);
    ref.precision = DateSpan::Precision(m_precision[position]);
    ref.qualifier = DateSpan::Qualifier(m_typeQualifier[position] >> QualifierShift);
    return ref;
}

EventType::QuadClass TimelineIndex::quadClass(quint32 position) const
{
    return EventType::QuadClass(quadTable()[m_typeQualifier[position] & RootMask]);
}

qint64 TimelineIndex::positionOf(qint64 eventId) const
{
    if (eventId <= 0 || eventId > std::numeric_limits<qint32>::max())
        return -1;
    const auto it = std::find(m_id.begin(), m_id.end(), qint32(eventId));
    return it == m_id.end() ? -1 : qint64(it - m_id.begin());
}

int TimelineIndex::laneIndexOf(qint64 key) const
{
    if (m_mode == LaneMode::None)
        return key == 0 ? 0 : -1;
    for (size_t i = 0; i < m_lanes.size(); ++i) {
        if (m_lanes[i].key == key)
            return int(i);
    }
    return -1;
}

quint32 TimelineIndex::laneSize(int lane) const
{
    return entryCount(laneRef(lane));
}

TimelineIndex::Counts TimelineIndex::laneTotals(int lane) const
{
    return laneRef(lane).totals;
}

quint32 TimelineIndex::lanePosition(int lane, quint32 entry) const
{
    return entryPosition(laneRef(lane), entry);
}

quint32 TimelineIndex::laneEntryAtOrAfter(int lane, quint32 position) const
{
    return entryAtOrAfter(laneRef(lane), position);
}

quint32 TimelineIndex::entryAtOrAfter(const Lane &l, quint32 position) const
{
    if (l.identity)
        return std::min<quint32>(position, quint32(m_start.size()));
    return quint32(std::lower_bound(l.entries.begin(), l.entries.end(), position)
                   - l.entries.begin());
}

void TimelineIndex::laneEntriesAtOrAfter(int lane,
                                         const std::vector<quint32> &positions,
                                         std::vector<quint32> *entries) const
{
    entries->resize(positions.size());
    const Lane &l = laneRef(lane);
    if (l.identity) {
        for (size_t i = 0; i < positions.size(); ++i)
            (*entries)[i] = std::min<quint32>(positions[i], quint32(m_start.size()));
        return;
    }
    const quint32 *data = l.entries.data();
    const quint32 size = quint32(l.entries.size());
    quint32 low = 0;
    for (size_t i = 0; i < positions.size(); ++i) {
        const quint32 target = positions[i];
        // Gallop forward from the previous answer, then bisect.
        quint32 step = 1;
        quint32 high = low;
        while (high < size && data[high] < target) {
            low = high + 1;
            high += step;
            step *= 2;
        }
        high = std::min(high, size);
        low = quint32(std::lower_bound(data + low, data + high, target) - data);
        (*entries)[i] = low;
    }
}

qint64 TimelineIndex::laneEntryOf(int lane, quint32 position) const
{
    const quint32 entry = laneEntryAtOrAfter(lane, position);
    const Lane &l = laneRef(lane);
    if (entry < entryCount(l) && entryPosition(l, entry) == position)
        return entry;
    return -1;
}

quint32 TimelineIndex::positionAtOrAfter(double day) const
{
    const qint32 d = clampDay(day);
    return quint32(std::lower_bound(m_start.begin(), m_start.end(), d) - m_start.begin());
}

TimelineIndex::Counts TimelineIndex::countsBefore(int lane, quint32 entry) const
{
    return countsBefore(laneRef(lane), entry);
}

TimelineIndex::Counts TimelineIndex::countsBefore(const Lane &l, quint32 entry) const
{
    const quint32 count = entryCount(l);
    if (entry >= count)
        return l.totals;
    const Block &block = l.blocks[entry >> BlockShift];
    Counts counts = block.before;
    const quint32 inBlock = entry & (BlockSize - 1);
    const quint64 below = inBlock == 0 ? 0 : (~quint64(0) >> (64 - inBlock));
    quint32 known = 0;
    for (int c = 1; c < QuadClassCount; ++c) {
        const quint32 k = quint32(std::popcount(block.masks[size_t(c - 1)] & below));
        counts[size_t(c)] += k;
        known += k;
    }
    counts[0] += inBlock - known;
    return counts;
}

TimelineIndex::Counts TimelineIndex::countsInRange(int lane, double from, double to) const
{
    const quint32 a = laneEntryAtOrAfter(lane, positionAtOrAfter(from));
    const quint32 b = laneEntryAtOrAfter(lane, positionAtOrAfter(to));
    Counts before = countsBefore(lane, a);
    Counts result = countsBefore(lane, b);
    for (int c = 0; c < QuadClassCount; ++c)
        result[size_t(c)] -= before[size_t(c)];
    return result;
}

std::vector<TimelineIndex::Counts> TimelineIndex::histogram(double from, double to, int bins) const
{
    std::vector<Counts> result(size_t(std::max(0, bins)), Counts{});
    if (bins <= 0 || !(to > from) || m_start.empty())
        return result;
    Counts previous = countsBefore(m_all, positionAtOrAfter(from));
    for (int b = 0; b < bins; ++b) {
        const double edge = from + (to - from) * (b + 1) / bins;
        const Counts next = countsBefore(m_all, positionAtOrAfter(edge));
        for (int c = 0; c < QuadClassCount; ++c)
            result[size_t(b)][size_t(c)] = next[size_t(c)] - previous[size_t(c)];
        previous = next;
    }
    return result;
}

quint32 TimelineIndex::firstCandidateEntry(const Lane &lane, double from) const
{
    // Blocks before the first one whose running latest end reaches `from`
    // cannot hold an overlapping event.
    const qint32 d = clampDay(std::floor(from));
    const auto it = std::partition_point(lane.blocks.begin(),
                                         lane.blocks.end(),
                                         [d](const Block &b) { return b.maxEndSoFar < d; });
    return quint32(it - lane.blocks.begin()) * BlockSize;
}

void TimelineIndex::forEachInRange(int lane,
                                   double from,
                                   double to,
                                   const std::function<bool(quint32, quint32)> &visit) const
{
    if (lane < 0 || lane >= laneCount())
        return;
    const Lane &l = laneRef(lane);
    const quint32 count = entryCount(l);
    // Events that start after `to` cannot overlap.
    const quint32 end = laneEntryAtOrAfter(lane, positionAtOrAfter(std::floor(to) + 1));
    const qint32 fromDay = clampDay(std::floor(from));
    quint32 e = firstCandidateEntry(l, from);
    while (e < end && e < count) {
        const Block &block = l.blocks[e >> BlockShift];
        if (block.maxEnd < fromDay) {
            e = ((e >> BlockShift) + 1) << BlockShift;
            continue;
        }
        const quint32 pos = entryPosition(l, e);
        if (endDay(pos) >= fromDay) {
            if (!visit(e, pos))
                return;
        }
        ++e;
    }
}

std::vector<quint32> TimelineIndex::eventsInRange(int lane, double from, double to, int limit) const
{
    std::vector<quint32> result;
    forEachInRange(lane, from, to, [&](quint32, quint32 pos) {
        if (limit >= 0 && int(result.size()) >= limit)
            return false;
        result.push_back(pos);
        return true;
    });
    return result;
}

qint64 TimelineIndex::nearestEvent(int lane, double day, double tolerance) const
{
    qint64 best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    int visited = 0;
    forEachInRange(lane, day - tolerance, day + tolerance, [&](quint32, quint32 pos) {
        const double start = m_start[pos];
        const double end = double(endDay(pos)) + 1;
        double distance = 0;
        if (m_length[pos] == 0)
            distance = std::abs(day - (start + 0.5)); // points sit mid-day
        else if (day < start)
            distance = start - day;
        else if (day > end)
            distance = day - end;
        if (distance <= tolerance && distance < bestDistance) {
            bestDistance = distance;
            best = pos;
        }
        return ++visited < 20000; // a bound on dense clusters
    });
    return best;
}

qint64 TimelineIndex::memoryBytes() const
{
    qint64 bytes = qint64(sizeof(*this));
    bytes += qint64(m_start.capacity() * sizeof(qint32));
    bytes += qint64(m_length.capacity() * sizeof(quint16));
    bytes += qint64(m_typeQualifier.capacity() + m_precision.capacity());
    bytes += qint64(m_id.capacity() * sizeof(qint32));
    bytes += qint64(m_unresolved.capacity() * sizeof(m_unresolved[0]));
    bytes += qint64(m_lanes.capacity() * sizeof(Lane));
    bytes += qint64(m_all.blocks.capacity() * sizeof(Block));
    for (const Lane &lane : m_lanes) {
        bytes += qint64(lane.entries.capacity() * sizeof(quint32));
        bytes += qint64(lane.blocks.capacity() * sizeof(Block));
        bytes += lane.name.capacity() * 2;
    }
    return bytes;
}

} // namespace Faultline
