#include "core/store/bulkwriter.h"

#include "core/store/storelogging.h"
#include "core/store/transaction.h"
#include "core/store/workspace.h"

#include <QElapsedTimer>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <ctime>

namespace Faultline {

namespace {

sqlite3 *handleOf(const QSqlDatabase &database)
{
    if (!database.isOpen() || !database.driver())
        return nullptr;
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// NOT NULL text columns: an empty view still binds "", never NULL.
void bindText(sqlite3_stmt *stmt, int index, QByteArrayView text)
{
    sqlite3_bind_text(stmt, index, text.data() ? text.data() : "", int(text.size()), SQLITE_STATIC);
}

void bindTransient(sqlite3_stmt *stmt, int index, const QByteArray &text)
{
    sqlite3_bind_text(stmt, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

const char *precisionKey(DateSpan::Precision precision)
{
    switch (precision) {
    case DateSpan::Precision::Day:
        return "day";
    case DateSpan::Precision::Month:
        return "month";
    case DateSpan::Precision::Season:
        return "season";
    case DateSpan::Precision::Year:
        return "year";
    case DateSpan::Precision::Decade:
        return "decade";
    case DateSpan::Precision::Century:
        return "century";
    }
    return "day";
}

// The data keys of DateSpan::qualifierName and Event::reviewStatusKey, without
// building strings per row.
const char *qualifierKey(DateSpan::Qualifier qualifier)
{
    switch (qualifier) {
    case DateSpan::Qualifier::None:
        return "";
    case DateSpan::Qualifier::Approximate:
        return "approximate";
    case DateSpan::Qualifier::Before:
        return "before";
    case DateSpan::Qualifier::After:
        return "after";
    }
    return "";
}

const char *reviewKey(Event::ReviewStatus status)
{
    switch (status) {
    case Event::ReviewStatus::Unreviewed:
        return "unreviewed";
    case Event::ReviewStatus::Accepted:
        return "accepted";
    case Event::ReviewStatus::Rejected:
        return "rejected";
    }
    return "unreviewed";
}

double seconds(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e9;
}

qint64 now()
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    return clock.nsecsElapsed();
}

// The CPU time of the process so far, in seconds.
double cpuNow()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

} // namespace

BulkWriter::BulkWriter(Workspace &workspace)
    : m_workspace(workspace)
{}

BulkWriter::~BulkWriter()
{
    rollback();
}

bool BulkWriter::isActive() const
{
    return m_transaction && m_transaction->isActive();
}

QByteArray BulkWriter::actorKey(QByteArrayView name)
{
    QByteArray key;
    actorKey(name, key);
    return key;
}

void BulkWriter::actorKey(QByteArrayView name, QByteArray &key)
{
    const QByteArrayView trimmed = name.trimmed();
    // ASCII names (nearly all) fold in place, in the key's own buffer.
    bool ascii = true;
    key.resize(trimmed.size());
    char *out = key.data();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const char c = trimmed[i];
        ascii = ascii && uchar(c) < 0x80;
        out[i] = (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
    }
    if (!ascii)
        key = QString::fromUtf8(trimmed).toCaseFolded().toUtf8();
}

bool BulkWriter::sqlFailure(const char *what, QString *error)
{
    const QString reason = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
    qCWarning(lcStore) << "bulk write:" << what << "failed:" << reason;
    if (error)
        *error = tr("Writing to the workspace failed (%1): %2")
                     .arg(QString::fromLatin1(what), reason);
    return false;
}

bool BulkWriter::exec(const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    const QString reason = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
    sqlite3_free(message);
    qCWarning(lcStore) << "bulk write failed:" << reason << "in" << sql;
    if (error)
        *error = tr("Writing to the workspace failed: %1").arg(reason);
    return false;
}

bool BulkWriter::begin(QString *error)
{
    rollback();
    m_startedAt = now();
    m_cpuStartedAt = cpuNow();
    m_timing = {};
    m_footprint = {};
    m_eventsAdded = 0;
    m_actorsAdded = 0;
    m_articlesAdded = 0;
    m_db = handleOf(m_workspace.database());
    if (!m_db) {
        if (error)
            *error = tr("No workspace is open.");
        return false;
    }
    // Every reference the load writes is to a row it just wrote or read, so the
    // per-row foreign key lookups are switched off for it (the pragma must be set
    // outside a transaction) and back on afterwards.
    m_restoreForeignKeys = false;
    if (sqlite3_get_autocommit(m_db)) {
        sqlite3_stmt *pragma = nullptr;
        if (sqlite3_prepare_v2(m_db, "PRAGMA foreign_keys", -1, &pragma, nullptr) == SQLITE_OK
            && sqlite3_step(pragma) == SQLITE_ROW)
            m_restoreForeignKeys = sqlite3_column_int(pragma, 0) != 0;
        sqlite3_finalize(pragma);
        if (m_restoreForeignKeys && !exec("PRAGMA foreign_keys = OFF", error))
            return false;
        useRollbackJournal();
    }
    m_transaction = std::make_unique<Transaction>(m_workspace);
    if (!m_transaction->isActive()) {
        if (error)
            *error = m_transaction->errorString();
        m_transaction.reset();
        restoreForeignKeys();
        return false;
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT coalesce(max(id), 0) FROM events", -1, &stmt, nullptr)
            != SQLITE_OK
        || sqlite3_step(stmt) != SQLITE_ROW) {
        sqlite3_finalize(stmt);
        sqlFailure("max(id)", error);
        rollback();
        return false;
    }
    m_lastEventIdBefore = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    if (!loadActors(error) || !dropDeferred(error) || !prepareAll(error)) {
        rollback();
        return false;
    }
    return true;
}

bool BulkWriter::loadActors(QString *error)
{
    m_actorIds.clear();
    sqlite3_stmt *stmt = nullptr;
    // Aliases first, so that a canonical name wins over another actor's alias.
    if (sqlite3_prepare_v2(m_db,
                           "SELECT actor_id, alias FROM actor_aliases UNION ALL "
                           "SELECT id, name FROM actors",
                           -1,
                           &stmt,
                           nullptr)
        != SQLITE_OK)
        return sqlFailure("actors", error);
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1));
        const QByteArrayView name(text, sqlite3_column_bytes(stmt, 1));
        m_actorIds.insert(actorKey(name), sqlite3_column_int64(stmt, 0));
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return sqlFailure("actors", error);
    return true;
}

bool BulkWriter::dropDeferred(QString *error)
{
    // The full-text insert triggers update the search row once per evidence row;
    // one INSERT ... SELECT after the load does the same work at once.
    m_recreate.clear();
    QList<QByteArray> drops;
    QList<QByteArray> triggers;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db,
                           "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
                           "tbl_name IN ('events', 'event_actors', 'evidence') AND "
                           "(type = 'index' OR (type = 'trigger' AND sql LIKE '%INSERT ON%' "
                           "AND sql LIKE '%event_search%'))",
                           -1,
                           &stmt,
                           nullptr)
        != SQLITE_OK)
        return sqlFailure("schema", error);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const QByteArray type(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        const QByteArray name(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1)));
        const QByteArray sql(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 2)));
        if (type == "index") {
            if (!m_deferIndexes)
                continue;
            m_recreate.append(sql);
        } else {
            triggers.append(sql);
        }
        drops.append("DROP " + type.toUpper() + " \"" + name + "\"");
    }
    sqlite3_finalize(stmt);
    m_recreate += triggers; // indexes first: the full-text rebuild reads evidence by event
    for (const QByteArray &drop : std::as_const(drops)) {
        if (!exec(drop.constData(), error))
            return false;
    }
    return true;
}

bool BulkWriter::prepareAll(QString *error)
{
    struct
    {
        sqlite3_stmt **stmt;
        const char *sql;
    } const statements[] = {
        {&m_insertEvent,
         "INSERT INTO events (title, cameo_root, earliest_day, latest_day, precision, qualifier, "
         "date_text, location, confidence, review_status, fatalities, latitude, longitude, "
         "external_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_insertEvidence,
         "INSERT INTO evidence (event_id, article_id, span_begin, span_end, sentence) "
         "VALUES (?, ?, 0, 0, ?)"},
        {&m_insertActor, "INSERT INTO actors (name, kind) VALUES (?, ?)"},
        {&m_insertArticle,
         "INSERT INTO articles (title, outlet, url, source_path, published_day, text, "
         "content_hash, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"},
    };
    for (const auto &statement : statements) {
        if (sqlite3_prepare_v3(m_db,
                               statement.sql,
                               -1,
                               SQLITE_PREPARE_PERSISTENT,
                               statement.stmt,
                               nullptr)
            != SQLITE_OK)
            return sqlFailure("prepare", error);
    }
    return true;
}

sqlite3_stmt *BulkWriter::participantInsert(int count, QString *error)
{
    sqlite3_stmt *&stmt = m_insertParticipants[count - 1];
    if (stmt)
        return stmt;
    // One statement for all of an event's participants: a step per row costs
    // more than the row itself.
    QByteArray sql("INSERT OR IGNORE INTO event_actors (event_id, actor_id, role, inferred) "
                   "VALUES (?, ?, ?, 0)");
    for (int i = 1; i < count; ++i)
        sql.append(", (?, ?, ?, 0)");
    if (sqlite3_prepare_v3(m_db, sql.constData(), -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr)
        != SQLITE_OK) {
        stmt = nullptr;
        sqlFailure("prepare", error);
    }
    return stmt;
}

void BulkWriter::finalizeAll()
{
    for (sqlite3_stmt **stmt :
         {&m_insertEvent, &m_insertEvidence, &m_insertActor, &m_insertArticle}) {
        sqlite3_finalize(*stmt);
        *stmt = nullptr;
    }
    for (sqlite3_stmt *&stmt : m_insertParticipants) {
        sqlite3_finalize(stmt);
        stmt = nullptr;
    }
}

qint64 BulkWriter::actor(QByteArrayView name, Actor::Kind kind, QString *error)
{
    const QByteArrayView trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        if (error)
            *error = tr("An actor has no name.");
        return 0;
    }
    actorKey(trimmed, m_key);
    const QByteArray &key = m_key;
    const auto known = m_actorIds.constFind(key);
    if (known != m_actorIds.cend())
        return *known;
    const QByteArray kindKey = Actor::kindKey(kind).toUtf8();
    bindText(m_insertActor, 1, trimmed);
    bindText(m_insertActor, 2, kindKey);
    const int rc = sqlite3_step(m_insertActor);
    sqlite3_reset(m_insertActor);
    if (rc != SQLITE_DONE) {
        sqlFailure("actor", error);
        return 0;
    }
    const qint64 id = sqlite3_last_insert_rowid(m_db);
    m_actorIds.insert(key, id);
    m_footprint.add(m_footprint.actors, id);
    ++m_actorsAdded;
    return id;
}

qint64 BulkWriter::insertArticle(const Article &article, QString *error)
{
    const QByteArray title = article.title.toUtf8();
    const QByteArray outlet = article.outlet.toUtf8();
    const QByteArray url = article.url.toUtf8();
    const QByteArray path = article.sourcePath.toUtf8();
    const QByteArray text = article.text.toUtf8();
    const QByteArray hash = article.contentHash.toUtf8();
    const QDateTime importedAt = article.importedAt.isValid() ? article.importedAt
                                                              : QDateTime::currentDateTimeUtc();
    const QByteArray when = importedAt.toUTC().toString(Qt::ISODateWithMs).toUtf8();
    sqlite3_stmt *stmt = m_insertArticle;
    bindTransient(stmt, 1, title);
    bindTransient(stmt, 2, outlet);
    bindTransient(stmt, 3, url);
    bindTransient(stmt, 4, path);
    if (article.publishedDay)
        sqlite3_bind_int64(stmt, 5, *article.publishedDay);
    else
        sqlite3_bind_null(stmt, 5);
    bindTransient(stmt, 6, text);
    bindTransient(stmt, 7, hash);
    bindTransient(stmt, 8, when);
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE) {
        sqlFailure("article", error);
        return 0;
    }
    ++m_articlesAdded;
    const qint64 id = sqlite3_last_insert_rowid(m_db);
    m_footprint.add(m_footprint.articles, id);
    return id;
}

bool BulkWriter::setArticleHash(qint64 articleId, const QString &contentHash, QString *error)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db,
                           "UPDATE articles SET content_hash = ? WHERE id = ?",
                           -1,
                           &stmt,
                           nullptr)
        != SQLITE_OK)
        return sqlFailure("article hash", error);
    const QByteArray hash = contentHash.toUtf8();
    bindTransient(stmt, 1, hash);
    sqlite3_bind_int64(stmt, 2, articleId);
    const int rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return sqlFailure("article hash", error);
    return true;
}

bool BulkWriter::addEvent(const EventRow &row, QString *error)
{
    if (!isActive()) {
        if (error)
            *error = tr("The bulk write has not begun.");
        return false;
    }
    sqlite3_stmt *stmt = m_insertEvent;
    bindText(stmt, 1, row.title);
    if (row.cameoRoot >= 1 && row.cameoRoot <= 20)
        sqlite3_bind_int(stmt, 2, row.cameoRoot);
    else
        sqlite3_bind_null(stmt, 2);
    if (row.date.isValid()) {
        sqlite3_bind_int64(stmt, 3, row.date.earliestDay());
        sqlite3_bind_int64(stmt, 4, row.date.latestDay());
    } else {
        sqlite3_bind_null(stmt, 3);
        sqlite3_bind_null(stmt, 4);
    }
    sqlite3_bind_text(stmt, 5, precisionKey(row.date.precision()), -1, SQLITE_STATIC);
    sqlite3_bind_text(stmt, 6, qualifierKey(row.date.qualifier()), -1, SQLITE_STATIC);
    bindText(stmt, 7, row.dateText);
    bindText(stmt, 8, row.location);
    sqlite3_bind_double(stmt, 9, row.confidence);
    sqlite3_bind_text(stmt, 10, reviewKey(row.reviewStatus), -1, SQLITE_STATIC);
    if (row.fatalities)
        sqlite3_bind_int64(stmt, 11, *row.fatalities);
    else
        sqlite3_bind_null(stmt, 11);
    if (row.latitude && row.longitude) {
        sqlite3_bind_double(stmt, 12, *row.latitude);
        sqlite3_bind_double(stmt, 13, *row.longitude);
    } else {
        sqlite3_bind_null(stmt, 12);
        sqlite3_bind_null(stmt, 13);
    }
    bindText(stmt, 14, row.externalId);
    int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE)
        return sqlFailure("event", error);
    const qint64 eventId = sqlite3_last_insert_rowid(m_db);
    m_footprint.add(m_footprint.events, eventId);

    for (qsizetype first = 0; first < row.participants.size(); first += ParticipantsPerInsert) {
        const int count = int(
            qMin<qsizetype>(ParticipantsPerInsert, row.participants.size() - first));
        stmt = participantInsert(count, error);
        if (!stmt)
            return false;
        for (int i = 0; i < count; ++i) {
            const Participant &participant = row.participants.at(first + i);
            const char *role = participant.role == Event::Role::Source   ? "source"
                               : participant.role == Event::Role::Target ? "target"
                                                                         : "participant";
            sqlite3_bind_int64(stmt, 3 * i + 1, eventId);
            sqlite3_bind_int64(stmt, 3 * i + 2, participant.actorId);
            sqlite3_bind_text(stmt, 3 * i + 3, role, -1, SQLITE_STATIC);
        }
        rc = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        if (rc != SQLITE_DONE)
            return sqlFailure("participant", error);
    }

    if (row.articleId > 0) {
        stmt = m_insertEvidence;
        sqlite3_bind_int64(stmt, 1, eventId);
        sqlite3_bind_int64(stmt, 2, row.articleId);
        bindText(stmt, 3, row.evidence);
        rc = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        if (rc != SQLITE_DONE)
            return sqlFailure("evidence", error);
    }
    ++m_eventsAdded;
    return true;
}

bool BulkWriter::commit(QString *error)
{
    if (!isActive()) {
        if (error)
            *error = tr("The bulk write has not begun.");
        return false;
    }
    finalizeAll();
    qint64 mark = now();
    m_timing.loadSeconds = seconds(mark - m_startedAt);
    m_timing.loadCpuSeconds = cpuNow() - m_cpuStartedAt;
    auto fail = [this] {
        rollback();
        return false;
    };
    // Indexes first (the full-text rebuild reads evidence by event), then the
    // search rows of the new events, then the triggers for later writers.
    qsizetype recreated = 0;
    for (; recreated < m_recreate.size(); ++recreated) {
        const QByteArray &sql = m_recreate.at(recreated);
        if (sql.startsWith("CREATE TRIGGER"))
            break;
        if (!exec(sql.constData(), error))
            return fail();
    }
    qint64 next = now();
    m_timing.indexSeconds = seconds(next - mark);
    mark = next;
    // The new events' rows of the external-content index, read from its view.
    const QByteArray search = QByteArrayLiteral(
                                  "INSERT INTO event_search(rowid, title, evidence) "
                                  "SELECT id, title, evidence FROM event_search_content "
                                  "WHERE id > ")
                              + QByteArray::number(m_lastEventIdBefore);
    // FTS5 flushes its in-memory index every hashsize bytes (1 MB by default) and
    // merges the segments later; a larger buffer for one big load means fewer of
    // both, and a smaller index with fewer copies of each term. The memory comes
    // from the page cache, which the index build reads through once. Both
    // settings are put back (hashsize is stored in the workspace).
    const bool bigLoad = m_eventsAdded >= 10000;
    const QByteArray cacheSize = pragmaText("PRAGMA cache_size");
    if (bigLoad
        && (!exec("PRAGMA cache_size = -16384", error)
            || !exec("INSERT INTO event_search(event_search, rank) VALUES('hashsize', 167772160)",
                     error)))
        return fail();
    if (m_eventsAdded > 0 && !exec(search.constData(), error))
        return fail();
    if (bigLoad
        && (!exec("INSERT INTO event_search(event_search, rank) VALUES('hashsize', 1048576)", error)
            || !exec(QByteArray("PRAGMA cache_size = " + cacheSize).constData(), error)))
        return fail();
    for (; recreated < m_recreate.size(); ++recreated) {
        if (!exec(m_recreate.at(recreated).constData(), error))
            return fail();
    }
    next = now();
    m_timing.searchSeconds = seconds(next - mark);
    mark = next;
    if (!m_transaction->commit(error))
        return fail();
    m_transaction.reset();
    restoreForeignKeys();
    m_timing.commitSeconds = seconds(now() - mark);
    m_recreate.clear();
    return true;
}

void BulkWriter::rollback()
{
    finalizeAll();
    if (m_transaction) {
        m_transaction->rollback(); // the dropped indexes and triggers come back with it
        m_transaction.reset();
    }
    restoreForeignKeys();
    m_recreate.clear();
}

QByteArray BulkWriter::pragmaText(const char *sql)
{
    QByteArray value;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW)
        value = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    return value;
}

void BulkWriter::useRollbackJournal()
{
    // A WAL receives every page of the load and the checkpoint then copies each
    // into the file again. Into a workspace without events (a new one) the load
    // goes through the rollback journal instead, which keeps only the pages the
    // file had before: the new pages are written once. The transaction is as
    // atomic either way. Switching fails, and the WAL stays, while another
    // connection has the file open.
    m_restoreWal = false;
    sqlite3_stmt *stmt = nullptr;
    bool empty = false;
    if (sqlite3_prepare_v2(m_db, "SELECT NOT EXISTS (SELECT 1 FROM events)", -1, &stmt, nullptr)
            == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW)
        empty = sqlite3_column_int(stmt, 0) != 0;
    sqlite3_finalize(stmt);
    if (!empty || pragmaText("PRAGMA journal_mode") != "wal")
        return;
    m_restoreWal = pragmaText("PRAGMA journal_mode = DELETE") == "delete";
    if (!m_restoreWal)
        qCDebug(lcStore) << "bulk write: the workspace stays in WAL mode:" << sqlite3_errmsg(m_db);
}

void BulkWriter::restoreWal()
{
    if (!m_restoreWal || !m_db)
        return;
    m_restoreWal = false;
    if (pragmaText("PRAGMA journal_mode = WAL") != "wal")
        qCWarning(lcStore) << "the workspace could not return to WAL mode:" << sqlite3_errmsg(m_db);
}

void BulkWriter::restoreForeignKeys()
{
    restoreWal();
    if (!m_restoreForeignKeys || !m_db)
        return;
    m_restoreForeignKeys = false;
    if (sqlite3_exec(m_db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr) != SQLITE_OK)
        qCWarning(lcStore) << "foreign keys could not be switched on again:"
                           << sqlite3_errmsg(m_db);
}

} // namespace Faultline
