#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Faultline {

class Workspace;

// Records, for every row written through one workspace connection, the SQL
// statement that reverses the write (SQLite temporary triggers, as in
// https://sqlite.org/undoredo.html), so an edit of any shape can be undone
// and redone exactly, cascades included, without knowing which rows it touched.
class UndoJournal
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::UndoJournal)

public:
    explicit UndoJournal(Workspace &workspace);
    // Leaves the triggers: they live as long as the connection, which may be gone.
    ~UndoJournal();
    UndoJournal(const UndoJournal &) = delete;
    UndoJournal &operator=(const UndoJournal &) = delete;

    // Creates the log and the triggers on every table of the workspace (full-text
    // search tables excepted: their own triggers keep them in step).
    bool install(QString *error);
    void uninstall(); // the workspace must still be open, or closed: not destroyed
    bool isInstalled() const { return m_installed; }

    // Whether writes happened since the last take().
    bool hasPending() const;
    // The statements that reverse every write since the last take(), oldest
    // first; the log is emptied. Inside a Transaction this rolls back with it.
    std::optional<QStringList> take(QString *error);
    // Runs statements from take() newest first in one transaction and returns
    // the statements that reverse this replay (the redo of an undo). Fails, and
    // writes nothing, when a row it expects is gone or a constraint breaks.
    std::optional<QStringList> replay(const QStringList &statements, QString *error);

private:
    bool execute(const QString &statement, QString *error) const;

    Workspace &m_workspace;
    QStringList m_triggers;
    bool m_installed = false;
};

} // namespace Faultline
