#include "core/store/workspace.h"

#include "core/store/schemamigrations.h"
#include "core/store/storelogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtEndian>

#include <atomic>

namespace Faultline {

namespace {

constexpr int SqliteIoError = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteNotADatabase = 26;
constexpr int SqliteHeaderSize = 100;
const QByteArray SqliteMagic("SQLite format 3\0", 16);

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("faultline.workspace.%1").arg(++counter);
}

// QFileInfo::isWritable (and the WriteUser bit) ask access(), which says yes to root
// for every file; the mode bits say what the user meant, so a file must pass both.
bool isWritable(const QFileInfo &info)
{
    constexpr QFileDevice::Permissions modeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup
                                                  | QFileDevice::WriteOther;
    return info.isWritable() && (info.permissions() & modeBits);
}

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

bool isDamage(const QSqlError &error)
{
    const int code = sqliteCode(error);
    return code == SqliteCorrupt || code == SqliteNotADatabase;
}

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Workspace::Workspace() = default;

Workspace::~Workspace()
{
    close();
}

bool Workspace::open(const QString &path, OpenMode mode, QString *error)
{
    close();
    QString reason;
    if (path.isEmpty()) {
        if (error)
            *error = tr("No workspace file was given.");
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        if (error)
            *error = tr("%1 cannot be opened because the Qt SQLite driver is missing.")
                         .arg(displayPath(path));
        return false;
    }

    const QFileInfo info(path);
    if (!info.exists()) {
        if (mode == OpenMode::ReadOnly) {
            if (error)
                *error = tr("%1 does not exist.").arg(displayPath(path));
            return false;
        }
        if (!createNew(path, error))
            return false;
        qCDebug(lcStore) << "created workspace" << m_path;
        return true;
    }

    if (!validateExisting(path, mode, error))
        return false; // validateExisting closed its connection
    m_path = info.absoluteFilePath();
    if (mode == OpenMode::ReadOnly) {
        m_readOnly = true;
        qCDebug(lcStore) << "opened workspace read-only" << m_path;
        return true;
    }

    // Everything checked on a read-only connection: only now may the file be written.
    dropConnection();
    if (!openConnection(path, Connection::Write, &reason)) {
        close();
        if (error)
            *error = tr("%1 cannot be opened: %2").arg(displayPath(path), reason);
        return false;
    }
    if (!migrate(&reason)) {
        close();
        if (error)
            *error = tr("%1 could not be upgraded: %2").arg(displayPath(path), reason);
        return false;
    }
    m_path = info.absoluteFilePath();
    qCDebug(lcStore) << "opened workspace" << m_path;
    return true;
}

bool Workspace::createNew(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir()) {
        if (error)
            *error = tr("%1 cannot be created because its folder does not exist.")
                         .arg(displayPath(path));
        return false;
    }
    if (!isWritable(folder)) {
        if (error)
            *error = tr("%1 cannot be created because its folder is read-only.")
                         .arg(displayPath(path));
        return false;
    }
    // Built under a name of its own and renamed into place when complete: a
    // process killed while creating leaves no half-made file that every later
    // open would refuse as "not a Faultline workspace".
    const QString building = QStringLiteral("%1.%2.creating")
                                 .arg(info.absoluteFilePath())
                                 .arg(QCoreApplication::applicationPid());
    auto removeBuilding = [&building]() {
        for (const QString &suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(building + suffix);
    };
    removeBuilding();
    QString reason;
    if (!openConnection(building, Connection::Write, &reason) || !migrate(&reason)) {
        dropConnection();
        removeBuilding();
        if (error)
            *error = tr("%1 cannot be created: %2").arg(displayPath(path), reason);
        return false;
    }
    dropConnection(); // the last connection folds the -wal into the file
    QFile built(building);
    if (!built.rename(path)) {
        const QString renameError = built.errorString();
        removeBuilding();
        // Another process created it in the meantime: open that one.
        if (QFileInfo::exists(path))
            return open(path, OpenMode::ReadWrite, error);
        if (error)
            *error = tr("%1 cannot be created: %2").arg(displayPath(path), renameError);
        return false;
    }
    if (!openConnection(path, Connection::Write, &reason)) {
        if (error)
            *error = tr("%1 cannot be opened: %2").arg(displayPath(path), reason);
        return false;
    }
    m_path = info.absoluteFilePath();
    m_readOnly = false;
    return true;
}

bool Workspace::validateExisting(const QString &path, OpenMode mode, QString *error)
{
    const QString shown = displayPath(path);
    QSqlQuery query; // released before the connection goes
    auto fail = [&](const QString &message) {
        query = QSqlQuery();
        dropConnection();
        if (error)
            *error = message;
        return false;
    };
    const QString notAWorkspace = tr("%1 is not a Faultline workspace.").arg(shown);
    const QString damaged = tr("%1 is damaged.").arg(shown);

    const QFileInfo info(path);
    if (info.isDir())
        return fail(notAWorkspace);

    // The raw header first: no SQLite connection is made to files that are not SQLite.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be read.").arg(shown));
    const QByteArray header = file.read(SqliteHeaderSize);
    const qint64 size = file.size();
    file.close();
    if (header.size() < SqliteMagic.size() || !header.startsWith(SqliteMagic))
        return fail(notAWorkspace);
    if (header.size() < SqliteHeaderSize)
        return fail(damaged);
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    qint64 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0 || size % pageSize != 0)
        return fail(damaged);
    // The page count in the header is trusted when the change counter matches
    // "version-valid-for"; a file shorter than that count was truncated.
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    const bool walPresent = QFileInfo::exists(path + QStringLiteral("-wal"));
    if (!walPresent && pageCount != 0 && changeCounter == validFor
        && qint64(pageCount) * pageSize > size)
        return fail(damaged);

    QString reason;
    // "immutable" reads without any locking, and so without -shm or -wal files next
    // to a file it only reads; that is safe only when no other process can write the
    // file meanwhile (an import started while `faultline events` reads would change
    // pages under it). A file that can be written is read under SQLite's locks, on a
    // query-only connection that removes the -wal/-shm it made when it closes.
    // With a WAL file present a writer may be at work (or crashed): read it as is.
    const bool writable = isWritable(info) && isWritable(QFileInfo(info.absolutePath()));
    const Connection connection = walPresent ? Connection::ReadLocked
                                  : writable ? Connection::ReadShared
                                             : Connection::ReadImmutable;
    if (!openConnection(path, connection, &reason))
        return fail(tr("%1 cannot be opened: %2").arg(shown, reason));

    query = QSqlQuery(database());
    auto readInt = [&](const QString &pragma, int *value) {
        if (!query.exec(pragma) || !query.next())
            return false;
        *value = query.value(0).toInt();
        query.finish();
        return true;
    };
    auto queryFailure = [&]() {
        const QSqlError sqlError = query.lastError();
        query.finish();
        if (isDamage(sqlError))
            return fail(damaged);
        return fail(tr("%1 cannot be read: %2").arg(shown, sqlError.text()));
    };

    int applicationId = 0;
    if (!readInt(QStringLiteral("PRAGMA application_id"), &applicationId))
        return queryFailure();
    if (applicationId != ApplicationId)
        return fail(notAWorkspace);
    int version = 0;
    if (!readInt(QStringLiteral("PRAGMA user_version"), &version))
        return queryFailure();
    if (version > SchemaVersion)
        return fail(tr("%1 was created by a newer version of Faultline.").arg(shown));
    // quick_check reads every page: about a second per gigabyte. Large
    // workspaces (bulk-loaded datasets) skip it so they open at once; damage
    // there still surfaces as a failing query, which never writes.
    const bool checkPages = info.size() <= QuickCheckLimitBytes;
    if (!checkPages)
        qCInfo(lcStore) << "skipping quick_check of" << path << "at" << info.size() << "bytes";
    if (checkPages && !query.exec(QStringLiteral("PRAGMA quick_check")))
        return queryFailure();
    if (checkPages && (!query.next() || query.value(0).toString() != QLatin1String("ok"))) {
        qCWarning(lcStore) << "quick_check of" << path << "failed:" << query.value(0).toString();
        query.finish();
        return fail(damaged);
    }
    query.finish();

    if (mode == OpenMode::ReadOnly) {
        if (version < SchemaVersion)
            return fail(tr("%1 was created by an older version of Faultline and must be opened "
                           "for writing to be upgraded.")
                            .arg(shown));
        query = QSqlQuery();
        return true;
    }
    query = QSqlQuery();
    if (!isWritable(info))
        return fail(tr("%1 is read-only.").arg(shown));
    if (!isWritable(QFileInfo(info.absolutePath())))
        return fail(tr("%1 is read-only because its folder is read-only.").arg(shown));
    return true;
}

bool Workspace::openConnection(const QString &path, Connection connection, QString *error)
{
    dropConnection();
    m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    const bool readOnly = connection != Connection::Write;
    if (connection == Connection::ReadShared) {
        // "mode=rw": never creates the file should it vanish after the checks.
        QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        url.setQuery(QStringLiteral("mode=rw"));
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
    } else if (readOnly) {
        QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        url.setQuery(connection == Connection::ReadImmutable ? QStringLiteral("mode=ro&immutable=1")
                                                             : QStringLiteral("mode=ro"));
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        db = QSqlDatabase();
        dropConnection();
        return false;
    }
    QSqlQuery query(db);
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON")};
    if (readOnly) {
        pragmas << QStringLiteral("PRAGMA query_only = ON");
    } else {
        // A bigger page cache keeps a large import's transaction from spilling pages
        // into the WAL again and again.
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                << QStringLiteral("PRAGMA synchronous = NORMAL")
                << QStringLiteral("PRAGMA cache_size = -65536");
    }
    for (const QString &pragma : std::as_const(pragmas)) {
        if (!query.exec(pragma)) {
            if (error)
                *error = query.lastError().text();
            query = QSqlQuery();
            db = QSqlDatabase();
            dropConnection();
            return false;
        }
    }
    m_readOnly = readOnly;
    return true;
}

bool Workspace::migrate(QString *error)
{
    const QSqlDatabase db = database();
    const int version = SchemaMigrations::version(db);
    if (version < 0) {
        if (error)
            *error = tr("The schema version cannot be read.");
        return false;
    }
    if (version >= SchemaVersion)
        return true;
    qCInfo(lcStore) << "migrating" << db.databaseName() << "from version" << version;
    return SchemaMigrations::migrate(db, SchemaVersion, error);
}

void Workspace::dropConnection()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

void Workspace::close()
{
    if (!m_connectionName.isEmpty() && !m_readOnly) {
        QSqlQuery query(database());
        if (!query.exec(QStringLiteral("PRAGMA optimize")))
            qCDebug(lcStore) << "PRAGMA optimize failed:" << query.lastError().text();
    }
    dropConnection();
    m_path.clear();
    m_readOnly = false;
    m_transactionDepth = 0;
}

bool Workspace::isOpen() const
{
    return !m_connectionName.isEmpty() && database().isOpen();
}

bool Workspace::isReadOnly() const
{
    return m_readOnly;
}

QString Workspace::path() const
{
    return m_path;
}

QSqlDatabase Workspace::database() const
{
    if (m_connectionName.isEmpty())
        return {};
    return QSqlDatabase::database(m_connectionName, false);
}

QString Workspace::sqlErrorText(const QSqlError &error)
{
    const int code = sqliteCode(error);
    // SQLITE_FULL, or SQLITE_IOERR: a write refused by the disk (no space, a file
    // size limit, a failing device). SQLite's "disk I/O error Unable to fetch row"
    // says nothing a user can act on.
    if (code == SqliteFull || code == SqliteIoError)
        return tr("There is not enough space on the disk to save the workspace, or the disk "
                  "cannot be written; free some space and try again.");
    return error.text();
}

} // namespace Faultline
