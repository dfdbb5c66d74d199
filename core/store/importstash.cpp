#include "core/store/importstash.h"

#include "core/store/storelogging.h"
#include "core/store/storesql.h"
#include "core/store/transaction.h"
#include "core/store/workspace.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <ranges>

namespace Faultline {

namespace {

const QString StashSchema = QStringLiteral("faultline_stash");

bool run(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    qCWarning(lcStore) << "import stash:" << query.lastError().text() << "in" << sql;
    if (error)
        *error = ImportStash::tr("Undoing or redoing the import failed: %1")
                     .arg(query.lastError().text());
    return false;
}

// Whether a yes/no query says yes; *error is refusal when it says no.
bool holds(QSqlQuery &query, const QString &sql, const QString &refusal, QString *error)
{
    if (!run(query, sql, error) || !query.next())
        return false;
    if (query.value(0).toBool())
        return true;
    if (error)
        *error = refusal;
    return false;
}

// The triggers that keep the full-text index in step, row by row; a stash
// moves its rows' index entries in one statement each way instead.
std::optional<QStringList> dropSearchTriggers(QSqlQuery &query, QString *error)
{
    QStringList names;
    QStringList sql;
    if (!run(query,
             QStringLiteral("SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' "
                            "AND sql LIKE '%event_search%'"),
             error))
        return std::nullopt;
    while (query.next()) {
        names << query.value(0).toString();
        sql << query.value(1).toString();
    }
    for (const QString &name : std::as_const(names)) {
        if (!run(query, QStringLiteral("DROP TRIGGER main.\"%1\"").arg(name), error))
            return std::nullopt;
    }
    return sql;
}

} // namespace

ImportStash::ImportStash(const RowFootprint &footprint)
    : m_footprint(footprint)
{}

ImportStash::~ImportStash() = default;

bool ImportStash::isUsable() const
{
    return !m_footprint.isEmpty() && !m_footprint.scattered;
}

std::span<const ImportStash::Table> ImportStash::tables()
{
    // Parents before children: the order rows go back in (and the reverse, out).
    static const Table all[] = {
        {"articles", "id", Range::Articles},
        {"actors", "id", Range::Actors},
        {"actor_aliases", "actor_id", Range::Actors},
        {"events", "id", Range::Events},
        {"evidence", "event_id", Range::Events},
        {"event_actors", "event_id", Range::Events},
    };
    return all;
}

QString ImportStash::where(const Table &table) const
{
    const RowFootprint::Range &range = table.range == Range::Events     ? m_footprint.events
                                       : table.range == Range::Articles ? m_footprint.articles
                                                                        : m_footprint.actors;
    return QStringLiteral("%1 BETWEEN %2 AND %3")
        .arg(QLatin1String(table.column))
        .arg(range.first)
        .arg(range.last);
}

bool ImportStash::attach(Workspace &workspace, QString *error)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("ATTACH DATABASE ? AS %1").arg(StashSchema));
    query.addBindValue(m_file->fileName());
    if (query.exec())
        return true;
    if (error)
        *error = tr("Undoing or redoing the import failed: %1").arg(query.lastError().text());
    return false;
}

void ImportStash::detach(Workspace &workspace)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(QStringLiteral("DETACH DATABASE %1").arg(StashSchema)))
        qCWarning(lcStore) << "import stash: detach failed:" << query.lastError().text();
}

bool ImportStash::fitsForTakingOut(Workspace &workspace, QString *error)
{
    // Every row of the import still there, and nothing else refers to its
    // actors or sources.
    QSqlQuery query(workspace.database());
    const RowFootprint &f = m_footprint;
    const QString sql = QStringLiteral(
                            "SELECT (SELECT count(*) FROM main.events WHERE id BETWEEN %1 AND %2) "
                            "= %7 AND (SELECT count(*) FROM main.articles WHERE id BETWEEN %3 AND "
                            "%4) = %8 AND (SELECT count(*) FROM main.actors WHERE id BETWEEN %5 "
                            "AND %6) = %9 AND NOT EXISTS (SELECT 1 FROM main.event_actors WHERE "
                            "actor_id BETWEEN %5 AND %6 AND event_id NOT BETWEEN %1 AND %2) AND "
                            "NOT EXISTS (SELECT 1 FROM main.evidence WHERE article_id BETWEEN %3 "
                            "AND %4 AND event_id NOT BETWEEN %1 AND %2) AND NOT EXISTS (SELECT 1 "
                            "FROM main.actors WHERE affiliation_id BETWEEN %5 AND %6 AND id NOT "
                            "BETWEEN %5 AND %6)")
                            .arg(f.events.first)
                            .arg(f.events.last)
                            .arg(f.articles.first)
                            .arg(f.articles.last)
                            .arg(f.actors.first)
                            .arg(f.actors.last)
                            .arg(f.events.size())
                            .arg(f.articles.size())
                            .arg(f.actors.size());
    return holds(query,
                 sql,
                 tr("The workspace has changed since the import (its rows were edited elsewhere), "
                    "so it cannot be undone. Nothing was changed."),
                 error);
}

bool ImportStash::fitsForPuttingBack(Workspace &workspace, QString *error)
{
    QSqlQuery query(workspace.database());
    const RowFootprint &f = m_footprint;
    const QString sql = QStringLiteral(
                            "SELECT NOT EXISTS (SELECT 1 FROM main.events WHERE id BETWEEN %1 AND "
                            "%2) AND NOT EXISTS (SELECT 1 FROM main.articles WHERE id BETWEEN %3 "
                            "AND %4) AND NOT EXISTS (SELECT 1 FROM main.actors WHERE id BETWEEN "
                            "%5 AND %6)")
                            .arg(f.events.first)
                            .arg(f.events.last)
                            .arg(f.articles.first)
                            .arg(f.articles.last)
                            .arg(f.actors.first)
                            .arg(f.actors.last);
    return holds(query,
                 sql,
                 tr("The workspace has changed since the import was undone (new rows took its "
                    "place), so it cannot be redone. Nothing was changed."),
                 error);
}

bool ImportStash::moveRows(Workspace &workspace, bool out, QString *error)
{
    Transaction transaction(workspace);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.errorString();
        return false;
    }
    if (!(out ? fitsForTakingOut(workspace, error) : fitsForPuttingBack(workspace, error)))
        return false;
    QSqlQuery query(workspace.database());
    const std::optional<QStringList> triggers = dropSearchTriggers(query, error);
    if (!triggers)
        return false;
    const QString eventRange = QStringLiteral("id BETWEEN %1 AND %2")
                                   .arg(m_footprint.events.first)
                                   .arg(m_footprint.events.last);
    if (out) {
        // The index entries go first, removed with the values they were made from.
        if (!run(query,
                 QStringLiteral("INSERT INTO main.event_search(event_search, rowid, title, "
                                "evidence) SELECT 'delete', id, title, evidence FROM "
                                "main.event_search_content WHERE ")
                     + eventRange,
                 error))
            return false;
        for (const Table &table : tables() | std::views::reverse) {
            if (!run(query,
                     QStringLiteral("DELETE FROM main.\"%1\" WHERE %2")
                         .arg(QLatin1String(table.name), where(table)),
                     error))
                return false;
        }
    } else {
        for (const Table &table : tables()) {
            const auto columns = StoreSql::tableColumns(workspace.database(),
                                                        QLatin1String(table.name),
                                                        error);
            if (!columns)
                return false;
            if (columns->names.isEmpty()) {
                if (error)
                    *error = tr("Undoing or redoing the import failed: the table %1 is missing.")
                                 .arg(QLatin1String(table.name));
                return false;
            }
            QStringList quoted;
            for (const QString &name : std::as_const(columns->names))
                quoted << u'"' + name + u'"';
            const QString list = quoted.join(QLatin1String(", "));
            const QString sql = columns->rowidIsColumn
                                    ? QStringLiteral("INSERT INTO main.\"%1\" (%2) SELECT %2 "
                                                     "FROM %3.\"%1\"")
                                    : QStringLiteral("INSERT INTO main.\"%1\" (rowid, %2) SELECT "
                                                     "stash_rowid, %2 FROM %3.\"%1\"");
            if (!run(query, sql.arg(QLatin1String(table.name), list, StashSchema), error))
                return false;
        }
        if (!run(query,
                 QStringLiteral("INSERT INTO main.event_search(rowid, title, evidence) SELECT id, "
                                "title, evidence FROM main.event_search_content WHERE ")
                     + eventRange,
                 error))
            return false;
    }
    for (const QString &sql : *triggers) {
        if (!run(query, sql, error))
            return false;
    }
    return transaction.commit(error);
}

bool ImportStash::takeOut(Workspace &workspace, QString *error)
{
    if (m_out || !isUsable()) {
        if (error)
            *error = tr("There is nothing to undo.");
        return false;
    }
    m_file = std::make_unique<QTemporaryFile>(QDir::tempPath()
                                              + QStringLiteral("/faultline-undo-XXXXXX.db"));
    if (!m_file->open()) {
        if (error)
            *error = tr("Undoing the import failed: no room for a temporary file in %1 (%2).")
                         .arg(QDir::toNativeSeparators(QDir::tempPath()), m_file->errorString());
        m_file.reset();
        return false;
    }
    m_file->close(); // an empty file is an empty database; it stays until destroyed
    if (!attach(workspace, error)) {
        m_file.reset();
        return false;
    }
    // First a copy, committed to the side file on its own: the workspace loses
    // the rows only once the copy is safe.
    bool copied = false;
    {
        Transaction transaction(workspace);
        if (!transaction.isActive()) {
            if (error)
                *error = transaction.errorString();
        } else if (fitsForTakingOut(workspace, error)) {
            QSqlQuery query(workspace.database());
            copied = true;
            for (const Table &table : tables()) {
                const auto columns = StoreSql::tableColumns(workspace.database(),
                                                            QLatin1String(table.name),
                                                            error);
                if (!columns) {
                    copied = false;
                    break;
                }
                const QString sql = QStringLiteral("CREATE TABLE %1.\"%2\" AS SELECT %3* FROM "
                                                   "main.\"%2\" WHERE %4")
                                        .arg(StashSchema,
                                             QLatin1String(table.name),
                                             columns->rowidIsColumn
                                                 ? QString()
                                                 : QStringLiteral("rowid AS stash_rowid, "),
                                             where(table));
                copied = run(query, sql, error);
                if (!copied)
                    break;
            }
            copied = copied && transaction.commit(error);
        }
    }
    const bool moved = copied && moveRows(workspace, true, error);
    detach(workspace);
    if (!moved) {
        m_file.reset();
        return false;
    }
    m_out = true;
    return true;
}

bool ImportStash::putBack(Workspace &workspace, QString *error)
{
    if (!m_out || !m_file) {
        if (error)
            *error = tr("There is nothing to redo.");
        return false;
    }
    if (!attach(workspace, error))
        return false;
    const bool moved = moveRows(workspace, false, error);
    detach(workspace);
    if (!moved)
        return false;
    m_out = false;
    m_file.reset(); // the rows are back; the side file goes
    return true;
}

} // namespace Faultline
