#include "core/store/workspacebackup.h"

#include "core/store/storelogging.h"
#include "core/store/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>

#include <sqlite3.h>

namespace Faultline {

namespace {

sqlite3 *sqliteHandle(const QSqlDatabase &database)
{
    if (!database.isOpen() || !database.driver())
        return nullptr;
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

void removeFiles(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

bool WorkspaceBackup::copy(const Workspace &workspace, const QString &targetPath, QString *error)
{
    const QString shown = QDir::toNativeSeparators(targetPath);
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    sqlite3 *source = workspace.isOpen() ? sqliteHandle(workspace.database()) : nullptr;
    if (!source)
        return fail(tr("No workspace is open."));
    const QFileInfo target(targetPath);
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        return fail(tr("%1 cannot be written because its folder does not exist.").arg(shown));
    if (QFileInfo(workspace.path()).canonicalFilePath() == target.canonicalFilePath()
        && target.exists())
        return fail(tr("%1 is the open workspace itself; choose another file.").arg(shown));
    if (target.isDir())
        return fail(tr("%1 is a folder.").arg(shown));

    // Written next to the target first, so a failed copy never replaces a good file.
    const QString partial = target.absoluteFilePath() + QStringLiteral(".part");
    removeFiles(partial);
    sqlite3 *destination = nullptr;
    const QByteArray encoded = QFile::encodeName(partial);
    int rc = sqlite3_open_v2(encoded.constData(),
                             &destination,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             nullptr);
    QString reason;
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(destination, "main", source, "main");
        if (backup) {
            rc = sqlite3_backup_step(backup, -1);
            const int finish = sqlite3_backup_finish(backup);
            if (rc == SQLITE_DONE)
                rc = finish;
        } else {
            rc = sqlite3_errcode(destination);
        }
        if (rc != SQLITE_OK)
            reason = QString::fromUtf8(sqlite3_errmsg(destination));
    } else if (destination) {
        reason = QString::fromUtf8(sqlite3_errmsg(destination));
    } else {
        reason = QString::fromUtf8(sqlite3_errstr(rc));
    }
    if (rc == SQLITE_OK) {
        // Fold the copy's write-ahead log into the file, so one file is the whole workspace.
        sqlite3_exec(destination, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    }
    sqlite3_close(destination);
    if (rc != SQLITE_OK) {
        removeFiles(partial);
        qCWarning(lcStore) << "backup to" << targetPath << "failed:" << reason;
        return fail(tr("%1 could not be written: %2").arg(shown, reason));
    }
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    removeFiles(target.absoluteFilePath());
    if (!QFile::rename(partial, target.absoluteFilePath())) {
        removeFiles(partial);
        return fail(tr("%1 could not be written: the file cannot be replaced.").arg(shown));
    }
    return true;
}

} // namespace Faultline
