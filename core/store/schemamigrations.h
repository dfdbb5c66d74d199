#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Faultline {

// The workspace schema as an ordered list of forward migrations (PRAGMA user_version).
class SchemaMigrations
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::SchemaMigrations)

public:
    // One step from version - 1 to version; its statements run in one transaction
    // together with the update of user_version and application_id.
    struct Step
    {
        int version = 0;
        QString description;
        QStringList statements;
    };

    // Every step of this build, ordered by version; the last one is Workspace::SchemaVersion.
    static QList<Step> steps();
    static int latestVersion();

    // PRAGMA user_version of the database, or -1 when it cannot be read.
    static int version(const QSqlDatabase &database);

    // Runs every step after the database's current version, up to targetVersion.
    // A step that fails is rolled back and leaves the database at the previous version.
    static bool migrate(const QSqlDatabase &database, int targetVersion, QString *error);
    static bool migrate(const QSqlDatabase &database,
                        const QList<Step> &steps,
                        int targetVersion,
                        QString *error);

private:
    static bool applyStep(const QSqlDatabase &database, const Step &step, QString *error);
};

} // namespace Faultline
