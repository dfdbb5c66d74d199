#pragma once

#include <QCoreApplication>
#include <QString>

namespace Faultline {

class Workspace;

// A write transaction on a workspace; rolled back on destruction unless committed.
// Inside another Transaction on the same workspace it becomes a savepoint.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::Transaction)

public:
    explicit Transaction(Workspace &workspace);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    QString errorString() const { return m_error; } // why begin failed
    bool commit(QString *error);
    void rollback();

private:
    bool execute(const QString &statement, QString *error);

    Workspace &m_workspace;
    bool m_active = false;
    int m_depth = 0; // 0: BEGIN IMMEDIATE ... COMMIT; deeper: a savepoint
    QString m_error;
};

} // namespace Faultline
