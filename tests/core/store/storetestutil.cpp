#include "storetestutil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QVariant>

namespace StoreTestUtil {

namespace {

QString nextName()
{
    static int counter = 0;
    return QStringLiteral("storetestutil.%1").arg(++counter);
}

} // namespace

bool execRaw(const QString &path, const QStringList &statements, QString *error)
{
    const QString name = nextName();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        if (!ok && error)
            *error = db.lastError().text();
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (!ok)
                break;
            ok = query.exec(statement);
            if (!ok && error)
                *error = query.lastError().text() + QStringLiteral(" in ") + statement;
        }
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QVariant queryRaw(const QString &path, const QString &statement)
{
    const QString name = nextName();
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(statement) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

QStringList dumpWorkspace(const QSqlDatabase &database)
{
    QStringList rows;
    QSqlQuery tables(database);
    if (!tables.exec(QStringLiteral("SELECT name FROM main.sqlite_master WHERE type = 'table' AND "
                                    "name NOT LIKE 'sqlite%' AND name NOT LIKE 'event_search%' "
                                    "ORDER BY name")))
        return {QStringLiteral("cannot list tables")};
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    names << QStringLiteral("event_search");
    // event_search reads its text from events and evidence: the integrity check
    // compares what it indexed with them.
    QSqlQuery check(database);
    rows << (check.exec(QStringLiteral("INSERT INTO event_search(event_search, rank) "
                                       "VALUES ('integrity-check', 1)"))
                 ? QStringLiteral("search index consistent")
                 : QStringLiteral("search index damaged"));
    for (const QString &name : std::as_const(names)) {
        QSqlQuery query(database);
        const QString columns = name == QLatin1String("event_search")
                                    ? QStringLiteral("rowid, title, evidence")
                                    : QStringLiteral("rowid, *");
        if (!query.exec(QStringLiteral("SELECT %1 FROM main.%2 ORDER BY rowid").arg(columns, name)))
            return {QStringLiteral("cannot read ") + name};
        while (query.next()) {
            QStringList values{name};
            for (int i = 0; i < query.record().count(); ++i)
                values << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
            rows << values.join(QLatin1Char('|'));
        }
    }
    return rows;
}

int searchMatches(const QSqlDatabase &database, const QString &word)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT count(*) FROM event_search WHERE event_search MATCH ?"));
    query.addBindValue(word);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace StoreTestUtil
