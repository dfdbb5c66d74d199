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

} // namespace Faultline::StoreSql
