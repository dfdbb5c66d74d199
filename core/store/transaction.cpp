#include "core/store/transaction.h"

#include "core/store/storelogging.h"
#include "core/store/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace Faultline {

Transaction::Transaction(Workspace &workspace)
    : m_workspace(workspace)
{
    if (!m_workspace.isOpen()) {
        m_error = tr("No workspace is open.");
        return;
    }
    if (m_workspace.isReadOnly()) {
        m_error = tr("The workspace is open read-only.");
        return;
    }
    m_depth = m_workspace.m_transactionDepth;
    // SQLite keeps writing to a file deleted or renamed while open, where nobody
    // will ever read it again: refuse rather than lose the work silently.
    const QString path = m_workspace.path();
    if (m_depth == 0 && !path.isEmpty() && !QFileInfo::exists(path)) {
        m_error = tr("The workspace file %1 was moved or deleted while it was open; nothing "
                     "was written.")
                      .arg(QDir::toNativeSeparators(path));
        return;
    }
    // IMMEDIATE takes the write lock now, so a busy database fails here and not
    // half-way through an import.
    const QString begin = m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                       : QStringLiteral("SAVEPOINT faultline_%1").arg(m_depth);
    QSqlQuery query(m_workspace.database());
    if (!query.exec(begin)) {
        const QSqlError error = query.lastError();
        // SQLITE_BUSY / SQLITE_LOCKED after the busy timeout: another process
        // (an import, a second window) is writing.
        bool ok = false;
        const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
        if (ok && (code == 5 || code == 6))
            m_error = tr("The workspace is busy: another program is writing to it. Try again "
                         "when it has finished.");
        else
            m_error = Workspace::sqlErrorText(error);
        // The caller reports m_error; a log line would repeat it on the console.
        qCDebug(lcStore) << begin << "failed:" << error.text();
        return;
    }
    m_active = true;
    ++m_workspace.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit(QString *error)
{
    if (!m_active) {
        if (error)
            *error = m_error.isEmpty() ? tr("The transaction is not active.") : m_error;
        return false;
    }
    const QString end = m_depth == 0 ? QStringLiteral("COMMIT")
                                     : QStringLiteral("RELEASE faultline_%1").arg(m_depth);
    if (!execute(end, error)) {
        rollback();
        return false;
    }
    m_active = false;
    --m_workspace.m_transactionDepth;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    --m_workspace.m_transactionDepth;
    QString error;
    if (m_depth == 0) {
        if (!execute(QStringLiteral("ROLLBACK"), &error))
            qCDebug(lcStore) << "rollback failed:" << error;
        return;
    }
    // ROLLBACK TO keeps the savepoint open; RELEASE closes it.
    if (!execute(QStringLiteral("ROLLBACK TO faultline_%1").arg(m_depth), &error)
        || !execute(QStringLiteral("RELEASE faultline_%1").arg(m_depth), &error))
        qCDebug(lcStore) << "rollback to savepoint failed:" << error;
}

bool Transaction::execute(const QString &statement, QString *error)
{
    QSqlQuery query(m_workspace.database());
    if (query.exec(statement))
        return true;
    if (error)
        *error = Workspace::sqlErrorText(query.lastError());
    // The caller reports the failure (or logs it at debug level, for a rollback).
    qCDebug(lcStore) << statement << "failed:" << query.lastError().text();
    return false;
}

} // namespace Faultline
