#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class QSqlError;

namespace Faultline {

// One workspace: an SQLite file holding articles, events, actors and evidence.
// Opening validates the file first and never modifies a file it refuses.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::Workspace)

public:
    enum class OpenMode {
        ReadOnly,  // never writes, nor creates -wal/-shm files when no writer has the
                   // file open; fails if the file does not exist
        ReadWrite, // creates the file when it does not exist
    };

    static constexpr int SchemaVersion = 3;
    static constexpr int ApplicationId = 0x464c544e; // "FLTN", PRAGMA application_id
    // Files larger than this open without a full PRAGMA quick_check.
    static constexpr qint64 QuickCheckLimitBytes = 256 * 1024 * 1024;

    Workspace();
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // On failure *error is one sentence that starts with the path and names the
    // reason: "... is not a Faultline workspace.", "... is damaged.", "... is read-only.",
    // "... was created by a newer version of Faultline.", "... does not exist.".
    bool open(const QString &path, OpenMode mode, QString *error);
    void close();

    bool isOpen() const;
    bool isReadOnly() const;
    QString path() const;
    // The connection, for repositories and queries; valid while open.
    QSqlDatabase database() const;

    // The text to show for a failed statement: one clear sentence when the disk is
    // full or cannot be written (SQLITE_FULL, SQLITE_IOERR), else SQLite's own text.
    static QString sqlErrorText(const QSqlError &error);

private:
    friend class Transaction;

    bool validateExisting(const QString &path, OpenMode mode, QString *error);
    bool migrate(QString *error);
    bool createNew(const QString &path, QString *error);
    enum class Connection {
        Write,         // read-write, WAL
        ReadLocked,    // SQLite "mode=ro": normal locking, may leave -wal/-shm behind
        ReadShared,    // read-write connection under PRAGMA query_only: normal locking,
                       // and as the last connection it removes the -wal/-shm it made
        ReadImmutable, // "immutable=1": no locking; only when nobody can write the file
    };
    bool openConnection(const QString &path, Connection connection, QString *error);
    void dropConnection();

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    int m_transactionDepth = 0; // nested Transactions become savepoints
};

} // namespace Faultline
