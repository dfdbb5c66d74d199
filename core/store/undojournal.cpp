#include "core/store/undojournal.h"

#include "core/store/storesql.h"

#include "core/store/storelogging.h"
#include "core/store/transaction.h"
#include "core/store/workspace.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
namespace Faultline {

namespace {

const QString LogTable = QStringLiteral("temp.faultline_undo_log");

QString identifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Text to splice into a single-quoted SQL literal.
QString literal(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return escaped;
}

struct Table
{
    QString name;
    QStringList columns;
    bool rowidAlias = false; // an INTEGER PRIMARY KEY column holds the rowid
};

} // namespace

UndoJournal::UndoJournal(Workspace &workspace)
    : m_workspace(workspace)
{}

UndoJournal::~UndoJournal() = default;

bool UndoJournal::execute(const QString &statement, QString *error) const
{
    QSqlQuery query(m_workspace.database());
    if (query.exec(statement))
        return true;
    qCWarning(lcStore) << "undo journal:" << statement << "failed:" << query.lastError().text();
    if (error)
        *error = query.lastError().text();
    return false;
}

bool UndoJournal::install(QString *error)
{
    uninstall();
    if (!m_workspace.isOpen() || m_workspace.isReadOnly()) {
        if (error)
            *error = tr("Changes can only be recorded in a workspace open for writing.");
        return false;
    }
    QSqlQuery query(m_workspace.database());
    if (!query.exec(QStringLiteral("SELECT name, sql FROM main.sqlite_master WHERE type = 'table' "
                                   "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    QStringList names;
    QStringList virtualTables;
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (query.value(1).toString().startsWith(QLatin1String("CREATE VIRTUAL"),
                                                 Qt::CaseInsensitive))
            virtualTables << name;
        else
            names << name;
    }
    query.finish();
    QList<Table> tables;
    for (const QString &name : std::as_const(names)) {
        // The shadow tables of a full-text index belong to it.
        const bool shadow = std::any_of(virtualTables.cbegin(),
                                        virtualTables.cend(),
                                        [&](const QString &v) {
                                            return name.startsWith(v + QLatin1Char('_'));
                                        });
        if (shadow)
            continue;
        Table table;
        table.name = name;
        const std::optional<StoreSql::TableColumns> columns
            = StoreSql::tableColumns(m_workspace.database(), name, error);
        if (!columns)
            return false;
        table.columns = columns->names;
        table.rowidAlias = columns->rowidIsColumn;
        tables << table;
    }

    if (!execute(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS faultline_undo_log "
                                "(seq INTEGER PRIMARY KEY, statement TEXT NOT NULL)"),
                 error)
        || !execute(QStringLiteral("DELETE FROM %1").arg(LogTable), error))
        return false;

    for (const Table &table : std::as_const(tables)) {
        const QString target = QStringLiteral("main.") + identifier(table.name);
        // Statements in a trigger may not name a schema; the temporary table is found first.
        const QString log = QStringLiteral("INSERT INTO faultline_undo_log(statement) VALUES (");
        QStringList quotedOld;
        QStringList assignments;
        QStringList columnNames;
        for (const QString &column : table.columns) {
            const QString id = identifier(column);
            columnNames << id;
            quotedOld << QStringLiteral("quote(old.%1)").arg(id);
            assignments << QStringLiteral("'%1=' || quote(old.%2)").arg(literal(id), id);
        }
        const QString insertColumns = (table.rowidAlias ? QString() : QStringLiteral("rowid,"))
                                      + columnNames.join(QLatin1Char(','));
        const QString insertValues = (table.rowidAlias ? QString()
                                                       : QStringLiteral("old.rowid || ',' || "))
                                     + quotedOld.join(QStringLiteral(" || ',' || "));
        const QString base = QStringLiteral("faultline_undo_") + table.name;
        const QList<std::pair<QString, QString>> triggers{
            {base + QStringLiteral("_insert"),
             QStringLiteral(
                 "AFTER INSERT ON %1 BEGIN %2'DELETE FROM %3 WHERE rowid=' || new.rowid); END")
                 .arg(target, log, literal(target))},
            {base + QStringLiteral("_update"),
             QStringLiteral("AFTER UPDATE ON %1 BEGIN %2'UPDATE %3 SET ' || %4 || ' WHERE rowid=' "
                            "|| new.rowid); END")
                 .arg(target, log, literal(target), assignments.join(QStringLiteral(" || ',' || ")))},
            {base + QStringLiteral("_delete"),
             QStringLiteral(
                 "AFTER DELETE ON %1 BEGIN %2'INSERT INTO %3(%4) VALUES(' || %5 || ')'); END")
                 .arg(target, log, literal(target), literal(insertColumns), insertValues)},
        };
        for (const auto &[name, body] : triggers) {
            if (!execute(QStringLiteral("CREATE TEMP TRIGGER %1 %2").arg(identifier(name), body),
                         error)) {
                uninstall();
                return false;
            }
            m_triggers << name;
        }
    }
    m_installed = true;
    return true;
}

void UndoJournal::uninstall()
{
    if (m_workspace.isOpen()) {
        for (const QString &name : std::as_const(m_triggers))
            execute(QStringLiteral("DROP TRIGGER IF EXISTS temp.%1").arg(identifier(name)), nullptr);
        if (m_installed)
            execute(QStringLiteral("DROP TABLE IF EXISTS %1").arg(LogTable), nullptr);
    }
    m_triggers.clear();
    m_installed = false;
}

bool UndoJournal::hasPending() const
{
    if (!m_installed || !m_workspace.isOpen())
        return false;
    QSqlQuery query(m_workspace.database());
    return query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(LogTable))
           && query.next() && query.value(0).toBool();
}

std::optional<QStringList> UndoJournal::take(QString *error)
{
    if (!m_installed || !m_workspace.isOpen()) {
        if (error)
            *error = tr("Changes are not being recorded.");
        return std::nullopt;
    }
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT statement FROM %1 ORDER BY seq").arg(LogTable))) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    QStringList statements;
    while (query.next())
        statements << query.value(0).toString();
    query.finish();
    if (!execute(QStringLiteral("DELETE FROM %1").arg(LogTable), error))
        return std::nullopt;
    return statements;
}

std::optional<QStringList> UndoJournal::replay(const QStringList &statements, QString *error)
{
    Transaction transaction(m_workspace);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.errorString();
        return std::nullopt;
    }
    // Writes made outside any recorded change belong to no step; they are not
    // replayed, and must not be mistaken for this replay's.
    const std::optional<QStringList> stray = take(error);
    if (!stray)
        return std::nullopt;
    if (!stray->isEmpty())
        qCWarning(lcStore) << "undo journal: dropping" << stray->size() << "unrecorded changes";
    // Rows come back parents and children in any order; the keys are checked at commit.
    if (!execute(QStringLiteral("PRAGMA defer_foreign_keys = ON"), error))
        return std::nullopt;
    QSqlQuery query(m_workspace.database());
    for (qsizetype i = statements.size() - 1; i >= 0; --i) {
        if (!query.exec(statements.at(i))) {
            qCWarning(lcStore) << "undo journal: replay failed:" << query.lastError().text()
                               << statements.at(i);
            if (error)
                *error = tr("The change cannot be reverted: %1").arg(query.lastError().text());
            return std::nullopt;
        }
        if (query.numRowsAffected() != 1) {
            if (error)
                *error = tr("The change cannot be reverted because the workspace has changed "
                            "since.");
            return std::nullopt;
        }
    }
    query.finish();
    std::optional<QStringList> inverse = take(error);
    if (!inverse || !transaction.commit(error))
        return std::nullopt;
    return inverse;
}

} // namespace Faultline
