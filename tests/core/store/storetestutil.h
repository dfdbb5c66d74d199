#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Helpers shared by the store tests: raw SQLite access that bypasses Workspace.
namespace StoreTestUtil {

// Runs statements on a plain SQLite connection of its own (created if missing).
bool execRaw(const QString &path, const QStringList &statements, QString *error = nullptr);
// The first value of a query on a plain read-only connection.
QVariant queryRaw(const QString &path, const QString &statement);
QByteArray sha256(const QString &path);
bool writeFile(const QString &path, const QByteArray &bytes);
// Every row of every table of a workspace connection, row ids included, the
// rows of the full-text index and the result of its integrity check: two equal
// dumps are the same workspace.
QStringList dumpWorkspace(const QSqlDatabase &database);
// How many events the full-text index finds for a word; -1 when the query fails.
int searchMatches(const QSqlDatabase &database, const QString &word);

} // namespace StoreTestUtil
