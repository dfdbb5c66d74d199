#include "tests/reliability/workspaceinspection.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <atomic>

namespace Faultline::Testing {

QString WorkspaceInspection::problem() const
{
    if (!opened)
        return QStringLiteral("cannot be opened: ") + error;
    if (!error.isEmpty())
        return error;
    if (integrity != QLatin1String("ok"))
        return QStringLiteral("integrity_check: ") + integrity;
    if (empty)
        return {};
    if (foreignKeyViolations != 0)
        return QStringLiteral("%1 foreign key violations").arg(foreignKeyViolations);
    if (eventsWithoutEvidence != 0)
        return QStringLiteral("%1 events without evidence").arg(eventsWithoutEvidence);
    if (searchRows != events)
        return QStringLiteral("%1 search rows for %2 events").arg(searchRows).arg(events);
    return {};
}

WorkspaceInspection inspectWorkspace(const QString &path)
{
    static std::atomic<int> counter{0};
    const QString connection = QStringLiteral("inspection.%1").arg(++counter);
    WorkspaceInspection result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        result.opened = QFile::exists(path) && db.open();
        if (!result.opened) {
            result.error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            auto single = [&](const QString &sql, int *value) {
                if (!query.exec(sql) || !query.next()) {
                    if (result.error.isEmpty())
                        result.error = sql + QStringLiteral(": ") + query.lastError().text();
                    return;
                }
                *value = query.value(0).toInt();
            };
            if (query.exec(QStringLiteral("PRAGMA integrity_check"))) {
                QStringList lines;
                while (query.next())
                    lines.append(query.value(0).toString());
                result.integrity = lines.join(u"; ");
            } else {
                result.integrity = query.lastError().text();
            }
            if (query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
                result.foreignKeyViolations = 0;
                while (query.next())
                    ++result.foreignKeyViolations;
            }
            int tables = -1;
            single(QStringLiteral("SELECT count(*) FROM sqlite_master"), &tables);
            result.empty = tables == 0;
            if (result.empty) {
                result.articles = result.events = result.evidence = 0;
                result.eventsWithoutEvidence = result.searchRows = 0;
            } else {
                single(QStringLiteral("SELECT count(*) FROM articles"), &result.articles);
                single(QStringLiteral("SELECT count(*) FROM events"), &result.events);
                single(QStringLiteral("SELECT count(*) FROM evidence"), &result.evidence);
                single(QStringLiteral("SELECT count(*) FROM events WHERE id NOT IN "
                                      "(SELECT event_id FROM evidence)"),
                       &result.eventsWithoutEvidence);
                single(QStringLiteral("SELECT count(*) FROM event_search"), &result.searchRows);
                if (query.exec(QStringLiteral(
                        "SELECT a.content_hash, (SELECT count(*) FROM evidence e WHERE "
                        "e.article_id = a.id) FROM articles a"))) {
                    while (query.next())
                        result.evidenceByArticleHash.insert(query.value(0).toString(),
                                                            query.value(1).toInt());
                }
            }
            query = QSqlQuery();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

bool copyWorkspaceFiles(const QString &from, const QString &to)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(to + suffix);
        if (QFile::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix))
            return false;
    }
    return true;
}

} // namespace Faultline::Testing
