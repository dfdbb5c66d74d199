#include "core/store/eventrepository.h"

#include "core/store/storelogging.h"
#include "core/store/storesql.h"
#include "core/store/transaction.h"
#include "core/store/workspace.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace Faultline {

using StoreSql::exec;
using StoreSql::prepare;

namespace {

// Above this many events the children are selected by re-running the filter as a
// subquery instead of listing every id in the statement.
constexpr int MaxLiteralIds = 1000;

const QString EventColumns = QStringLiteral(
    "e.id, e.title, e.cameo_root, e.earliest_day, e.latest_day, e.precision, e.qualifier, "
    "e.date_text, e.location, e.confidence, e.modality, e.review_status, e.notes, "
    "e.fatalities, e.latitude, e.longitude, e.external_id");

// The events in order are the resolved ones by (earliest_day, id), which the
// earliest_day index yields as it is (it ends with the rowid), then the unresolved
// ones by id. Each part is read on its own: one ORDER BY over both needs an
// expression ("earliest_day IS NULL") that no index holds, so SQLite would sort
// every match for every page.
enum class Part { All, Resolved, Unresolved };

struct Where
{
    QString sql; // " WHERE ..." or empty
    QVariantList binds;
};

Where whereFor(const EventFilter &filter, Part part = Part::All)
{
    QStringList clauses;
    Where where;
    switch (part) {
    case Part::All:
        break;
    case Part::Resolved:
        clauses << QStringLiteral("e.earliest_day IS NOT NULL");
        break;
    case Part::Unresolved:
        clauses << QStringLiteral("e.earliest_day IS NULL");
        break;
    }
    if (filter.after) {
        const EventFilter::Position &after = *filter.after;
        if (!after.earliestDay) {
            // Past the resolved events: only unresolved ones with a larger id are left.
            clauses << QStringLiteral("e.earliest_day IS NULL AND e.id > ?");
            where.binds << after.id;
        } else if (part == Part::Resolved) {
            // The range on earliest_day is what the index seeks to; the rest only
            // drops the events of that same day that were on the previous page.
            clauses << QStringLiteral("e.earliest_day >= ? AND (e.earliest_day > ? OR e.id > ?)");
            where.binds << *after.earliestDay << *after.earliestDay << after.id;
        } else if (part == Part::All) {
            clauses << QStringLiteral("(e.earliest_day IS NULL OR e.earliest_day > ? OR "
                                      "(e.earliest_day = ? AND e.id > ?))");
            where.binds << *after.earliestDay << *after.earliestDay << after.id;
        }
        // Part::Unresolved after a resolved event: every unresolved one follows it.
    }
    if (filter.fromDay) {
        clauses << QStringLiteral("e.latest_day >= ?");
        where.binds << *filter.fromDay;
    }
    if (filter.toDay) {
        clauses << QStringLiteral("e.earliest_day <= ?");
        where.binds << *filter.toDay;
    }
    if (!filter.fromDay && !filter.toDay && !filter.includeUnresolved)
        clauses << QStringLiteral("e.earliest_day IS NOT NULL");
    if (filter.actorId) {
        clauses << QStringLiteral("e.id IN (SELECT event_id FROM event_actors WHERE actor_id = ?)");
        where.binds << *filter.actorId;
    }
    const QString actorName = filter.actorName.trimmed();
    if (!actorName.isEmpty()) {
        // Both columns are COLLATE NOCASE, so "=" is case-insensitive and indexed.
        clauses << QStringLiteral(
            "e.id IN (SELECT event_id FROM event_actors WHERE actor_id IN "
            "(SELECT id FROM actors WHERE name = ? UNION SELECT actor_id FROM actor_aliases "
            "WHERE alias = ?))");
        where.binds << actorName << actorName;
    }
    if (filter.cameoRoot) {
        clauses << QStringLiteral("e.cameo_root = ?");
        where.binds << *filter.cameoRoot;
    }
    if (filter.articleId) {
        clauses << QStringLiteral("e.id IN (SELECT event_id FROM evidence WHERE article_id = ?)");
        where.binds << *filter.articleId;
    }
    const QString match = EventRepository::matchExpression(filter.text);
    if (!match.isEmpty()) {
        clauses << QStringLiteral(
            "e.id IN (SELECT rowid FROM event_search WHERE event_search MATCH ?)");
        where.binds << match;
    }
    if (!clauses.isEmpty())
        where.sql = QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    return where;
}

QString limitFor(int limit, int offset)
{
    if (limit < 0 && offset <= 0)
        return {};
    return QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit < 0 ? -1 : limit).arg(qMax(0, offset));
}

QString orderFor(Part part)
{
    switch (part) {
    case Part::Resolved:
        return QStringLiteral(" ORDER BY e.earliest_day, e.id");
    case Part::Unresolved:
        return QStringLiteral(" ORDER BY e.id");
    case Part::All:
        break;
    }
    return {};
}

// Whether the filter can match events with an unresolved date.
bool includesUnresolved(const EventFilter &filter)
{
    return !filter.fromDay && !filter.toDay && filter.includeUnresolved;
}

QVariant nullableInt(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableReal(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

QVariant nullableDay(const DateSpan &date, bool earliest)
{
    if (!date.isValid())
        return QVariant(QMetaType::fromType<qint64>());
    return earliest ? date.earliestDay() : date.latestDay();
}

QVariant nullableRoot(const EventType &type)
{
    if (!type.isValid())
        return QVariant(QMetaType::fromType<int>());
    return type.cameoRoot();
}

void bindAll(QSqlQuery &query, const QVariantList &binds)
{
    for (const QVariant &value : binds)
        query.addBindValue(value);
}

void bindEventColumns(QSqlQuery &query, const Event &event)
{
    query.addBindValue(StoreSql::text(event.title));
    query.addBindValue(nullableRoot(event.type));
    query.addBindValue(nullableDay(event.date, true));
    query.addBindValue(nullableDay(event.date, false));
    query.addBindValue(DateSpan::precisionName(event.date.precision()));
    query.addBindValue(StoreSql::text(DateSpan::qualifierName(event.date.qualifier())));
    query.addBindValue(StoreSql::text(event.dateText));
    query.addBindValue(StoreSql::text(event.location));
    query.addBindValue(event.confidence);
    query.addBindValue(Event::modalityKey(event.modality));
    query.addBindValue(Event::reviewStatusKey(event.reviewStatus));
    query.addBindValue(StoreSql::text(event.notes));
    query.addBindValue(nullableInt(event.fatalities));
    // Coordinates go together: half a position locates nothing.
    const bool located = event.hasCoordinates();
    query.addBindValue(nullableReal(located ? event.latitude : std::nullopt));
    query.addBindValue(nullableReal(located ? event.longitude : std::nullopt));
    query.addBindValue(StoreSql::text(event.externalId));
}

Event eventFromRow(const QSqlQuery &query)
{
    Event event;
    event.id = query.value(0).toLongLong();
    event.title = query.value(1).toString();
    if (!query.isNull(2))
        event.type = EventType(query.value(2).toInt());
    if (!query.isNull(3) && !query.isNull(4)) {
        const auto precision = DateSpan::precisionFromName(query.value(5).toString());
        const auto qualifier = DateSpan::qualifierFromName(query.value(6).toString());
        event.date = DateSpan(query.value(3).toLongLong(),
                              query.value(4).toLongLong(),
                              precision.value_or(DateSpan::Precision::Day),
                              qualifier.value_or(DateSpan::Qualifier::None));
    }
    event.dateText = query.value(7).toString();
    event.location = query.value(8).toString();
    event.confidence = query.value(9).toDouble();
    event.modality = Event::modalityFromKey(query.value(10).toString())
                         .value_or(Event::Modality::Asserted);
    event.reviewStatus = Event::reviewStatusFromKey(query.value(11).toString())
                             .value_or(Event::ReviewStatus::Unreviewed);
    event.notes = query.value(12).toString();
    if (!query.isNull(13))
        event.fatalities = query.value(13).toLongLong();
    if (!query.isNull(14) && !query.isNull(15)) {
        event.latitude = query.value(14).toDouble();
        event.longitude = query.value(15).toDouble();
    }
    event.externalId = query.value(16).toString();
    return event;
}

QString idList(const QList<Event> &events)
{
    QStringList ids;
    ids.reserve(events.size());
    for (const Event &event : events)
        ids << QString::number(event.id);
    return ids.join(QLatin1Char(','));
}

} // namespace

EventRepository::EventRepository(Workspace &workspace)
    : m_workspace(workspace)
{}

QString EventRepository::matchExpression(const QString &text)
{
    // Each word becomes a quoted FTS5 string (quotes doubled), so operators, column
    // filters and stray quotes in user text are only ever searched for, never parsed.
    QStringList terms;
    for (const QString &word :
         text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        const bool hasWordCharacter = std::any_of(word.cbegin(), word.cend(), [](QChar c) {
            return c.isLetterOrNumber();
        });
        if (!hasWordCharacter)
            continue;
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + quoted + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

bool EventRepository::insert(Event &event, QString *error)
{
    Transaction transaction(m_workspace);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.errorString();
        return false;
    }
    QSqlQuery query(m_workspace.database());
    if (!prepare(query,
                 QStringLiteral(
                     "INSERT INTO events (title, cameo_root, earliest_day, latest_day, "
                     "precision, qualifier, date_text, location, confidence, modality, "
                     "review_status, notes, fatalities, latitude, longitude, external_id) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 error))
        return false;
    bindEventColumns(query, event);
    if (!exec(query, error))
        return false;
    Event stored = event;
    stored.id = query.lastInsertId().toLongLong();
    if (!writeParticipants(stored, false, error))
        return false;
    for (Evidence &evidence : stored.evidence) {
        if (!insertEvidence(stored.id, evidence, error))
            return false;
    }
    if (!transaction.commit(error))
        return false;
    event = stored;
    return true;
}

bool EventRepository::update(const Event &event, QString *error)
{
    Transaction transaction(m_workspace);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.errorString();
        return false;
    }
    QSqlQuery query(m_workspace.database());
    if (!prepare(query,
                 QStringLiteral("UPDATE events SET title = ?, cameo_root = ?, earliest_day = ?, "
                                "latest_day = ?, precision = ?, qualifier = ?, date_text = ?, "
                                "location = ?, confidence = ?, modality = ?, review_status = ?, "
                                "notes = ?, fatalities = ?, latitude = ?, longitude = ?, "
                                "external_id = ? WHERE id = ?"),
                 error))
        return false;
    bindEventColumns(query, event);
    query.addBindValue(event.id);
    if (!exec(query, error))
        return false;
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = tr("There is no event with the id %1.").arg(event.id);
        return false;
    }
    if (!writeParticipants(event, true, error))
        return false;

    // Evidence that keeps its id is updated in place; the rest is replaced.
    QStringList keep;
    for (const Evidence &evidence : event.evidence) {
        if (evidence.id > 0)
            keep << QString::number(evidence.id);
    }
    if (!prepare(query,
                 QStringLiteral("DELETE FROM evidence WHERE event_id = ? AND id NOT IN (%1)")
                     .arg(keep.join(QLatin1Char(','))),
                 error))
        return false;
    query.addBindValue(event.id);
    if (!exec(query, error))
        return false;
    QSqlQuery change(m_workspace.database());
    if (!prepare(change,
                 QStringLiteral("UPDATE evidence SET article_id = ?, span_begin = ?, span_end = ?, "
                                "sentence = ? WHERE id = ? AND event_id = ?"),
                 error))
        return false;
    for (Evidence evidence : event.evidence) {
        if (evidence.id > 0) {
            change.addBindValue(evidence.articleId);
            change.addBindValue(evidence.begin);
            change.addBindValue(evidence.end);
            change.addBindValue(StoreSql::text(evidence.sentence));
            change.addBindValue(evidence.id);
            change.addBindValue(event.id);
            if (!exec(change, error))
                return false;
            if (change.numRowsAffected() == 1)
                continue;
        }
        if (!insertEvidence(event.id, evidence, error))
            return false;
    }
    return transaction.commit(error);
}

bool EventRepository::remove(qint64 id, QString *error)
{
    Transaction transaction(m_workspace);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.errorString();
        return false;
    }
    QSqlQuery query(m_workspace.database());
    if (!prepare(query, QStringLiteral("DELETE FROM events WHERE id = ?"), error))
        return false;
    query.addBindValue(id);
    if (!exec(query, error))
        return false;
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = tr("There is no event with the id %1.").arg(id);
        return false;
    }
    return transaction.commit(error);
}

bool EventRepository::setDate(qint64 id, const DateSpan &date, QString *error)
{
    QSqlQuery query(m_workspace.database());
    if (!prepare(query,
                 QStringLiteral(
                     "UPDATE events SET earliest_day = ?, latest_day = ?, precision = ?, "
                     "qualifier = ? WHERE id = ?"),
                 error))
        return false;
    query.addBindValue(nullableDay(date, true));
    query.addBindValue(nullableDay(date, false));
    query.addBindValue(DateSpan::precisionName(date.precision()));
    query.addBindValue(StoreSql::text(DateSpan::qualifierName(date.qualifier())));
    query.addBindValue(id);
    if (!exec(query, error))
        return false;
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = tr("There is no event with the id %1.").arg(id);
        return false;
    }
    return true;
}

bool EventRepository::addEvidence(qint64 eventId, Evidence &evidence, QString *error)
{
    Transaction transaction(m_workspace);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.errorString();
        return false;
    }
    Evidence stored = evidence;
    if (!insertEvidence(eventId, stored, error) || !transaction.commit(error))
        return false;
    evidence = stored;
    return true;
}

bool EventRepository::writeParticipants(const Event &event, bool replace, QString *error)
{
    QSqlQuery query(m_workspace.database());
    if (replace) {
        if (!prepare(query, QStringLiteral("DELETE FROM event_actors WHERE event_id = ?"), error))
            return false;
        query.addBindValue(event.id);
        if (!exec(query, error))
            return false;
    }
    if (event.participants.isEmpty())
        return true;
    // The same actor twice in the same role says nothing new: ignore the repeat.
    if (!prepare(query,
                 QStringLiteral("INSERT OR IGNORE INTO event_actors (event_id, actor_id, role, "
                                "inferred) VALUES (?, ?, ?, ?)"),
                 error))
        return false;
    for (const Event::Participant &participant : event.participants) {
        query.addBindValue(event.id);
        query.addBindValue(participant.actorId);
        query.addBindValue(Event::roleKey(participant.role));
        query.addBindValue(participant.inferred ? 1 : 0);
        if (!exec(query, error)) {
            if (error)
                *error = tr("The actor %1 cannot take part in the event: %2")
                             .arg(participant.actorId)
                             .arg(*error);
            return false;
        }
    }
    return true;
}

bool EventRepository::insertEvidence(qint64 eventId, Evidence &evidence, QString *error)
{
    QSqlQuery query(m_workspace.database());
    if (!prepare(query,
                 QStringLiteral("INSERT INTO evidence (event_id, article_id, span_begin, span_end, "
                                "sentence) VALUES (?, ?, ?, ?, ?)"),
                 error))
        return false;
    query.addBindValue(eventId);
    query.addBindValue(evidence.articleId);
    query.addBindValue(evidence.begin);
    query.addBindValue(evidence.end);
    query.addBindValue(StoreSql::text(evidence.sentence));
    if (!exec(query, error)) {
        if (error)
            *error = tr("The evidence from article %1 cannot be stored: %2")
                         .arg(evidence.articleId)
                         .arg(*error);
        return false;
    }
    evidence.id = query.lastInsertId().toLongLong();
    return true;
}

std::optional<Event> EventRepository::find(qint64 id) const
{
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    if (!prepare(query,
                 QStringLiteral("SELECT %1 FROM events e WHERE e.id = ?").arg(EventColumns),
                 nullptr))
        return std::nullopt;
    query.addBindValue(id);
    if (!exec(query, nullptr) || !query.next())
        return std::nullopt;
    QList<Event> events{eventFromRow(query)};
    query.finish();
    if (!loadChildren(events, QString::number(id), {}))
        return std::nullopt;
    return events.constFirst();
}

QList<Event> EventRepository::query(const EventFilter &filter) const
{
    const bool afterResolved = !filter.after || filter.after->earliestDay.has_value();
    QList<Event> events;
    if (afterResolved && !readPart(filter, true, filter.limit, filter.offset, events))
        return {};
    if (!includesUnresolved(filter) || (filter.limit >= 0 && events.size() >= filter.limit))
        return events;
    // The offset counts resolved events first: skip what is left of it here. No resolved
    // event read means the offset may have passed all of them, so count them.
    int offset = 0;
    if (filter.offset > 0 && events.isEmpty() && afterResolved) {
        EventFilter resolved = filter;
        resolved.includeUnresolved = false;
        resolved.limit = -1;
        resolved.offset = 0;
        offset = qMax(0, filter.offset - count(resolved));
    }
    const int limit = filter.limit < 0 ? -1 : filter.limit - int(events.size());
    QList<Event> unresolved;
    if (!readPart(filter, false, limit, offset, unresolved))
        return {};
    events.append(unresolved);
    return events;
}

bool EventRepository::readPart(
    const EventFilter &filter, bool resolved, int limit, int offset, QList<Event> &events) const
{
    const Part part = resolved ? Part::Resolved : Part::Unresolved;
    const Where where = whereFor(filter, part);
    const QString tail = where.sql + orderFor(part) + limitFor(limit, offset);
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    if (!prepare(query, QStringLiteral("SELECT %1 FROM events e").arg(EventColumns) + tail, nullptr))
        return false;
    bindAll(query, where.binds);
    if (!exec(query, nullptr))
        return false;
    QList<Event> read;
    while (query.next())
        read << eventFromRow(query);
    query.finish();
    if (read.isEmpty())
        return true;
    const bool ok = read.size() <= MaxLiteralIds
                        ? loadChildren(read, idList(read), {})
                        : loadChildren(read,
                                       QStringLiteral("SELECT e.id FROM events e") + tail,
                                       where.binds);
    if (!ok)
        return false;
    events.append(read);
    return true;
}

int EventRepository::count(const EventFilter &filter) const
{
    const Where where = whereFor(filter);
    const QString limit = limitFor(filter.limit, filter.offset);
    const QString sql = limit.isEmpty()
                            ? QStringLiteral("SELECT count(*) FROM events e") + where.sql
                            : QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM events e%1%2)")
                                  .arg(where.sql, limit);
    QSqlQuery query(m_workspace.database());
    if (!prepare(query, sql, nullptr))
        return 0;
    bindAll(query, where.binds);
    if (!exec(query, nullptr) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool EventRepository::loadChildren(QList<Event> &events,
                                   const QString &idSubquery,
                                   const QVariantList &binds) const
{
    QHash<qint64, qsizetype> indexById;
    indexById.reserve(events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        events[i].participants.clear();
        events[i].evidence.clear();
        indexById.insert(events.at(i).id, i);
    }

    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    if (!prepare(query,
                 QStringLiteral("SELECT event_id, actor_id, role, inferred FROM event_actors "
                                "WHERE event_id IN (%1) ORDER BY event_id, rowid")
                     .arg(idSubquery),
                 nullptr))
        return false;
    bindAll(query, binds);
    if (!exec(query, nullptr))
        return false;
    while (query.next()) {
        const auto it = indexById.constFind(query.value(0).toLongLong());
        if (it == indexById.cend())
            continue;
        Event::Participant participant;
        participant.actorId = query.value(1).toLongLong();
        participant.role = Event::roleFromKey(query.value(2).toString())
                               .value_or(Event::Role::Participant);
        participant.inferred = query.value(3).toInt() != 0;
        events[*it].participants << participant;
    }
    query.finish();

    if (!prepare(query,
                 QStringLiteral("SELECT event_id, id, article_id, span_begin, span_end, sentence "
                                "FROM evidence WHERE event_id IN (%1) ORDER BY event_id, id")
                     .arg(idSubquery),
                 nullptr))
        return false;
    bindAll(query, binds);
    if (!exec(query, nullptr))
        return false;
    while (query.next()) {
        const auto it = indexById.constFind(query.value(0).toLongLong());
        if (it == indexById.cend())
            continue;
        Evidence evidence;
        evidence.id = query.value(1).toLongLong();
        evidence.articleId = query.value(2).toLongLong();
        evidence.begin = query.value(3).toLongLong();
        evidence.end = query.value(4).toLongLong();
        evidence.sentence = query.value(5).toString();
        events[*it].evidence << evidence;
    }
    return true;
}

} // namespace Faultline
