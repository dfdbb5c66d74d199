#include "core/query/actorgraphbuilder.h"

#include "core/query/timelineindexloader.h"
#include "core/query/timelinelogging.h"
#include "core/store/workspace.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <numeric>

namespace Faultline {

namespace {

sqlite3 *sqliteHandle(const QSqlDatabase &database)
{
    if (!database.isOpen() || !database.driver())
        return nullptr;
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// Prepares `sql`, binds the 64-bit integers in order and calls row(stmt) per result row.
template<typename RowFunction>
bool scan(sqlite3 *db,
          const QByteArray &sql,
          const std::vector<qint64> &binds,
          RowFunction row,
          QString *error)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        qCWarning(lcTimelineQuery) << "graph query prepare failed:" << sql << sqlite3_errmsg(db);
        return false;
    }
    for (size_t i = 0; i < binds.size(); ++i)
        sqlite3_bind_int64(stmt, int(i + 1), binds[i]);
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        row(stmt);
    const bool ok = rc == SQLITE_DONE;
    if (!ok) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        qCWarning(lcTimelineQuery) << "graph query failed:" << sql << sqlite3_errmsg(db);
    }
    sqlite3_finalize(stmt);
    return ok;
}

struct ActorRow
{
    QString name;
    Actor::Kind kind = Actor::Kind::Other;
    qint64 affiliationId = 0;
};

quint64 pairKey(int a, int b)
{
    return (quint64(quint32(a)) << 32) | quint32(b);
}

} // namespace

ActorGraphBuilder::ActorGraphBuilder(Workspace &workspace)
    : m_workspace(workspace)
{}

std::optional<ActorGraph> ActorGraphBuilder::build(const EventFilter &filter, QString *error) const
{
    sqlite3 *db = sqliteHandle(m_workspace.database());
    if (!db) {
        if (error)
            *error = tr("The workspace is not open.");
        return std::nullopt;
    }

    // Date range, unresolved dates and type in SQL; actor, article and text
    // through the same id query as the timeline, so both views show one set.
    QByteArray sql = "SELECT ea.event_id, ea.actor_id, e.cameo_root FROM event_actors ea "
                     "JOIN events e ON e.id = ea.event_id";
    QList<QByteArray> clauses;
    std::vector<qint64> binds;
    if (filter.fromDay) {
        clauses << "e.latest_day >= ?";
        binds.push_back(*filter.fromDay);
    }
    if (filter.toDay) {
        clauses << "e.earliest_day <= ?";
        binds.push_back(*filter.toDay);
    }
    if (!filter.fromDay && !filter.toDay && !filter.includeUnresolved)
        clauses << "e.earliest_day IS NOT NULL";
    if (filter.cameoRoot) {
        clauses << "e.cameo_root = ?";
        binds.push_back(*filter.cameoRoot);
    }
    if (!clauses.isEmpty())
        sql += " WHERE " + clauses.join(" AND ");
    sql += " ORDER BY ea.event_id";

    std::optional<std::vector<qint64>> ids;
    if (TimelineIndexLoader::needsIdQuery(filter)) {
        ids = TimelineIndexLoader(m_workspace).matchingIds(filter, error);
        if (!ids)
            return std::nullopt;
    }

    QHash<qint64, ActorRow> actorRows;
    if (!scan(
            db,
            "SELECT id, name, kind, affiliation_id FROM actors",
            {},
            [&actorRows](sqlite3_stmt *stmt) {
                ActorRow row;
                const auto *name = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1));
                row.name = QString::fromUtf8(name, sqlite3_column_bytes(stmt, 1));
                const auto *kind = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 2));
                row.kind = Actor::kindFromKey(QString::fromUtf8(kind, sqlite3_column_bytes(stmt, 2)))
                               .value_or(Actor::Kind::Other);
                row.affiliationId = sqlite3_column_int64(stmt, 3); // 0 when NULL
                actorRows.insert(sqlite3_column_int64(stmt, 0), row);
            },
            error))
        return std::nullopt;

    // Memberships grouped by event: the actors of event k are
    // members[eventBegin[k] .. eventBegin[k + 1]), as dense actor numbers.
    std::vector<qint64> eventIds;
    std::vector<quint8> eventRoots;
    std::vector<int> eventBegin;
    std::vector<int> members;
    std::vector<qint64> actorIds; // dense number -> actor id
    QHash<qint64, int> denseOf;
    auto idMatches = [&ids](qint64 id) {
        return !ids || std::binary_search(ids->begin(), ids->end(), id);
    };
    qint64 lastEvent = 0;
    bool lastMatches = false;
    if (!scan(
            db,
            sql,
            binds,
            [&](sqlite3_stmt *stmt) {
                const qint64 eventId = sqlite3_column_int64(stmt, 0);
                if (eventIds.empty() || eventId != lastEvent) {
                    lastEvent = eventId;
                    lastMatches = idMatches(eventId);
                    if (lastMatches) {
                        eventIds.push_back(eventId);
                        eventRoots.push_back(quint8(std::clamp(sqlite3_column_int(stmt, 2), 0, 20)));
                        eventBegin.push_back(int(members.size()));
                    }
                }
                if (!lastMatches)
                    return;
                const qint64 actorId = sqlite3_column_int64(stmt, 1);
                auto it = denseOf.constFind(actorId);
                int dense = 0;
                if (it == denseOf.constEnd()) {
                    dense = int(actorIds.size());
                    denseOf.insert(actorId, dense);
                    actorIds.push_back(actorId);
                } else {
                    dense = it.value();
                }
                // One actor in several roles of one event counts once.
                for (size_t m = size_t(eventBegin.back()); m < members.size(); ++m) {
                    if (members[m] == dense)
                        return;
                }
                members.push_back(dense);
            },
            error))
        return std::nullopt;
    eventBegin.push_back(int(members.size()));

    std::vector<int> eventCounts(actorIds.size(), 0);
    for (int dense : members)
        ++eventCounts[size_t(dense)];

    // The node cap keeps the actors with most events.
    std::vector<int> order(actorIds.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (eventCounts[size_t(a)] != eventCounts[size_t(b)])
            return eventCounts[size_t(a)] > eventCounts[size_t(b)];
        return actorIds[size_t(a)] < actorIds[size_t(b)];
    });
    const int kept = m_nodeCap > 0 ? std::min<int>(m_nodeCap, int(order.size()))
                                   : int(order.size());
    const int hidden = int(order.size()) - kept;
    std::vector<int> nodeOf(actorIds.size(), -1);
    std::vector<ActorGraph::Node> nodes;
    nodes.reserve(size_t(kept));
    QHash<qint64, int> nodeOfActor;
    for (int i = 0; i < kept; ++i) {
        const int dense = order[size_t(i)];
        nodeOf[size_t(dense)] = i;
        ActorGraph::Node node;
        node.actorId = actorIds[size_t(dense)];
        const ActorRow row = actorRows.value(node.actorId);
        node.name = row.name;
        node.kind = row.kind;
        node.eventCount = eventCounts[size_t(dense)];
        nodeOfActor.insert(node.actorId, i);
        nodes.push_back(std::move(node));
    }

    std::vector<ActorGraph::Edge> edges;
    QHash<quint64, int> edgeOfPair;
    std::vector<int> present;
    for (size_t k = 0; k + 1 < eventBegin.size(); ++k) {
        present.clear();
        for (int m = eventBegin[k]; m < eventBegin[k + 1]; ++m) {
            const int node = nodeOf[size_t(members[size_t(m)])];
            if (node >= 0)
                present.push_back(node);
        }
        if (present.size() < 2)
            continue;
        std::sort(present.begin(), present.end());
        const auto quad = size_t(EventType(eventRoots[k]).quadClass());
        for (size_t a = 0; a < present.size(); ++a) {
            for (size_t b = a + 1; b < present.size(); ++b) {
                const quint64 key = pairKey(present[a], present[b]);
                auto it = edgeOfPair.find(key);
                if (it == edgeOfPair.end()) {
                    it = edgeOfPair.insert(key, int(edges.size()));
                    ActorGraph::Edge edge;
                    edge.source = present[a];
                    edge.target = present[b];
                    edges.push_back(std::move(edge));
                }
                ActorGraph::Edge &edge = edges[size_t(it.value())];
                ++edge.eventCount;
                ++edge.quadClassCounts[quad];
                if (edge.eventIds.size() < ActorGraph::MaxStoredEventIds)
                    edge.eventIds.append(eventIds[k]);
            }
        }
    }

    for (size_t i = 0; i < nodes.size(); ++i) {
        const qint64 affiliation = actorRows.value(nodes[i].actorId).affiliationId;
        const int target = affiliation ? nodeOfActor.value(affiliation, -1) : -1;
        if (target < 0)
            continue;
        ActorGraph::Edge edge;
        edge.source = int(i);
        edge.target = target;
        edge.kind = ActorGraph::EdgeKind::Affiliation;
        edges.push_back(std::move(edge));
    }
    return ActorGraph(std::move(nodes), std::move(edges), hidden);
}

} // namespace Faultline
