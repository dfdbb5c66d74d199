#include "core/query/timelineindexloader.h"

#include "core/query/timelinelogging.h"
#include "core/store/eventrepository.h"
#include "core/store/workspace.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

namespace Faultline {

namespace {

// The connection's sqlite3 handle: a plain sequential scan through the C API
// reads two million rows several times faster than QSqlQuery with QVariants.
sqlite3 *sqliteHandle(const QSqlDatabase &database)
{
    if (!database.isOpen() || !database.driver())
        return nullptr;
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// Runs a statement and calls row(stmt) for every result row.
template<typename RowFunction>
bool scan(sqlite3 *db, const char *sql, RowFunction row, QString *error)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        qCWarning(lcTimelineQuery) << "prepare failed:" << sql << sqlite3_errmsg(db);
        return false;
    }
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        row(stmt);
    const bool ok = rc == SQLITE_DONE;
    if (!ok) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        qCWarning(lcTimelineQuery) << "scan failed:" << sql << sqlite3_errmsg(db);
    }
    sqlite3_finalize(stmt);
    return ok;
}

// The data keys of DateSpan::precisionName / qualifierName, decoded without
// building a QString per row.
DateSpan::Precision precisionOf(const unsigned char *text)
{
    if (!text)
        return DateSpan::Precision::Day;
    switch (text[0]) {
    case 'm':
        return DateSpan::Precision::Month;
    case 's':
        return DateSpan::Precision::Season;
    case 'y':
        return DateSpan::Precision::Year;
    case 'c':
        return DateSpan::Precision::Century;
    case 'd':
        return text[1] == 'e' ? DateSpan::Precision::Decade : DateSpan::Precision::Day;
    default:
        return DateSpan::Precision::Day;
    }
}

DateSpan::Qualifier qualifierOf(const unsigned char *text)
{
    if (!text)
        return DateSpan::Qualifier::None;
    switch (text[0]) {
    case 'a':
        return text[1] == 'f' ? DateSpan::Qualifier::After : DateSpan::Qualifier::Approximate;
    case 'b':
        return DateSpan::Qualifier::Before;
    default:
        return DateSpan::Qualifier::None;
    }
}

QString columnText(sqlite3_stmt *stmt, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(stmt, column)) : QString();
}

} // namespace

TimelineIndexLoader::TimelineIndexLoader(Workspace &workspace)
    : m_workspace(workspace)
{}

std::optional<TimelineIndex> TimelineIndexLoader::load(LaneMode mode, QString *error) const
{
    sqlite3 *db = sqliteHandle(m_workspace.database());
    if (!db) {
        if (error)
            *error = tr("The workspace is not open.");
        return std::nullopt;
    }
    std::vector<TimelineIndex::Row> rows;
    {
        sqlite3_stmt *count = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT max(id) FROM events", -1, &count, nullptr) == SQLITE_OK
            && sqlite3_step(count) == SQLITE_ROW)
            rows.reserve(size_t(std::max<sqlite3_int64>(0, sqlite3_column_int64(count, 0))));
        sqlite3_finalize(count);
    }
    // Rowid order; TimelineIndex::build sorts only when the rows are not in time order.
    const bool ok = scan(
        db,
        "SELECT id, cameo_root, earliest_day, latest_day, precision, qualifier FROM events",
        [&rows](sqlite3_stmt *stmt) {
            TimelineIndex::Row row;
            row.id = sqlite3_column_int64(stmt, 0);
            row.cameoRoot = quint8(std::clamp(sqlite3_column_int(stmt, 1), 0, 20));
            row.resolved = sqlite3_column_type(stmt, 2) != SQLITE_NULL
                           && sqlite3_column_type(stmt, 3) != SQLITE_NULL;
            row.earliestDay = qint32(sqlite3_column_int64(stmt, 2));
            row.latestDay = qint32(sqlite3_column_int64(stmt, 3));
            row.precision = precisionOf(sqlite3_column_text(stmt, 4));
            row.qualifier = qualifierOf(sqlite3_column_text(stmt, 5));
            rows.push_back(row);
        },
        error);
    if (!ok)
        return std::nullopt;

    std::vector<TimelineIndex::Membership> memberships;
    QList<TimelineIndex::LaneInfo> lanes;
    const char *membershipSql = nullptr;
    const char *laneSql = nullptr;
    switch (mode) {
    case LaneMode::None:
    case LaneMode::EventType:
        break;
    case LaneMode::Actor:
        membershipSql = "SELECT event_id, actor_id FROM event_actors";
        laneSql = "SELECT id, name FROM actors";
        break;
    case LaneMode::Article:
        membershipSql = "SELECT DISTINCT event_id, article_id FROM evidence";
        laneSql = "SELECT id, title FROM articles";
        break;
    }
    if (membershipSql) {
        memberships.reserve(rows.size() * 2);
        if (!scan(
                db,
                membershipSql,
                [&memberships](sqlite3_stmt *stmt) {
                    memberships.push_back(
                        {sqlite3_column_int64(stmt, 0), sqlite3_column_int64(stmt, 1)});
                },
                error))
            return std::nullopt;
        if (!scan(
                db,
                laneSql,
                [&lanes](sqlite3_stmt *stmt) {
                    lanes.append({sqlite3_column_int64(stmt, 0), columnText(stmt, 1)});
                },
                error))
            return std::nullopt;
        for (TimelineIndex::LaneInfo &lane : lanes) {
            if (lane.name.isEmpty())
                lane.name = mode == LaneMode::Article ? tr("Untitled article")
                                                      : tr("Unnamed actor");
        }
    }
    return TimelineIndex::build(std::move(rows), mode, memberships, lanes);
}

bool TimelineIndexLoader::needsIdQuery(const EventFilter &filter)
{
    return filter.actorId || !filter.actorName.trimmed().isEmpty() || filter.articleId
           || !filter.text.trimmed().isEmpty();
}

std::optional<std::vector<qint64>> TimelineIndexLoader::matchingIds(const EventFilter &filter,
                                                                    QString *error) const
{
    QStringList clauses;
    QVariantList binds;
    if (filter.actorId) {
        clauses << QStringLiteral("SELECT event_id FROM event_actors WHERE actor_id = ?");
        binds << *filter.actorId;
    }
    const QString actorName = filter.actorName.trimmed();
    if (!actorName.isEmpty()) {
        clauses << QStringLiteral(
            "SELECT event_id FROM event_actors WHERE actor_id IN "
            "(SELECT id FROM actors WHERE name = ? UNION SELECT actor_id FROM actor_aliases "
            "WHERE alias = ?)");
        binds << actorName << actorName;
    }
    if (filter.articleId) {
        clauses << QStringLiteral("SELECT event_id FROM evidence WHERE article_id = ?");
        binds << *filter.articleId;
    }
    const QString match = EventRepository::matchExpression(filter.text);
    if (!match.isEmpty()) {
        clauses << QStringLiteral("SELECT rowid FROM event_search WHERE event_search MATCH ?");
        binds << match;
    } else if (!filter.text.trimmed().isEmpty()) {
        return std::vector<qint64>(); // text with nothing searchable matches nothing
    }
    std::vector<qint64> ids;
    if (clauses.isEmpty())
        return ids;
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    if (!query.prepare(clauses.join(QStringLiteral(" INTERSECT ")))) {
        if (error)
            *error = query.lastError().text();
        qCWarning(lcTimelineQuery) << "filter query:" << query.lastError().text();
        return std::nullopt;
    }
    for (const QVariant &value : std::as_const(binds))
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        qCWarning(lcTimelineQuery) << "filter query:" << query.lastError().text();
        return std::nullopt;
    }
    while (query.next())
        ids.push_back(query.value(0).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::optional<TimelineIndex> TimelineIndexLoader::filtered(const TimelineIndex &full,
                                                           const EventFilter &filter,
                                                           QString *error) const
{
    if (filter.isEmpty() && filter.includeUnresolved)
        return full;
    std::optional<std::vector<qint64>> ids;
    if (needsIdQuery(filter)) {
        ids = matchingIds(filter, error);
        if (!ids)
            return std::nullopt;
    }
    auto idMatches = [&ids](qint64 id) {
        return !ids || std::binary_search(ids->begin(), ids->end(), id);
    };
    const int n = full.resolvedCount();
    std::vector<bool> keep(size_t(n), false);
    for (int i = 0; i < n; ++i) {
        const auto pos = quint32(i);
        if (filter.fromDay && full.endDay(pos) < *filter.fromDay)
            continue;
        if (filter.toDay && full.startDay(pos) > *filter.toDay)
            continue;
        if (filter.cameoRoot && full.event(pos).cameoRoot != *filter.cameoRoot)
            continue;
        keep[size_t(i)] = idMatches(full.eventId(pos));
    }
    const bool rangeSet = filter.fromDay || filter.toDay;
    const bool unresolvedIn = filter.includeUnresolved && !rangeSet;
    return full.subset(keep, [&](qint64 id, int root) {
        if (!unresolvedIn)
            return false;
        if (filter.cameoRoot && root != *filter.cameoRoot)
            return false;
        return idMatches(id);
    });
}

} // namespace Faultline
