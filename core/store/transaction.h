#pragma once

#include <QString>

namespace Faultline {

class Workspace;

// A write transaction on a workspace; rolled back on destruction unless committed.
class Transaction
{
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
    Workspace &m_workspace;
    bool m_active = false;
    QString m_error;
};

} // namespace Faultline
