#include "core/store/storesql.h"

#include "core/store/storelogging.h"
#include "core/store/workspace.h"

#include <QSqlError>

namespace Faultline::StoreSql {

bool prepare(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.prepare(sql))
        return true;
    qCWarning(lcStore) << "prepare failed:" << query.lastError().text() << sql;
    if (error)
        *error = Workspace::sqlErrorText(query.lastError());
    return false;
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    qCDebug(lcStore) << "query failed:" << query.lastError().text() << query.lastQuery();
    if (error)
        *error = Workspace::sqlErrorText(query.lastError());
    return false;
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant nullable(const std::optional<qint64> &value)
{
    if (!value)
        return QVariant(QMetaType::fromType<qint64>());
    return *value;
}

std::optional<TableColumns> tableColumns(const QSqlDatabase &database,
                                         const QString &table,
                                         QString *error)
{
    QSqlQuery query(database);
    QString quoted = table;
    quoted.replace(u'"', QLatin1String("\"\""));
    if (!query.exec(QStringLiteral("PRAGMA main.table_info(\"%1\")").arg(quoted))) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    TableColumns columns;
    int keys = 0;
    bool integerKey = false;
    while (query.next()) {
        columns.names << query.value(1).toString();
        if (query.value(5).toInt() > 0) {
            ++keys;
            integerKey = query.value(2).toString().compare(QLatin1String("INTEGER"),
                                                           Qt::CaseInsensitive)
                         == 0;
        }
    }
    columns.rowidIsColumn = keys == 1 && integerKey;
    return columns;
}

} // namespace Faultline::StoreSql
