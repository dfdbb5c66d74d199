#pragma once

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace Faultline::StoreSql {

// Small helpers the repositories share: every prepare and exec is checked and logged.
bool prepare(QSqlQuery &query, const QString &sql, QString *error);
bool exec(QSqlQuery &query, QString *error);
// Qt binds a null QString as SQL NULL; text columns are NOT NULL, so bind "".
QVariant text(const QString &value);
// A typed SQL NULL, or the value.
QVariant nullable(const std::optional<qint64> &value);

// The columns of a table of the main schema, and whether its row id is one of
// them (a single INTEGER PRIMARY KEY); nullopt with *error when it cannot be read.
struct TableColumns
{
    QStringList names;
    bool rowidIsColumn = false;
};
std::optional<TableColumns> tableColumns(const QSqlDatabase &database,
                                         const QString &table,
                                         QString *error);

} // namespace Faultline::StoreSql
