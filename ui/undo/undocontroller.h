#pragma once

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QUndoStack;

namespace Faultline {

class UndoJournal;
class Workspace;
class WorkspaceCommand;

// Owns the undo stack of the open workspace and runs every WorkspaceCommand:
// each change is written at once in one transaction, and undo and redo write
// their reversal the same way, so the file always holds the current state.
class UndoController : public QObject
{
    Q_OBJECT

public:
    explicit UndoController(QObject *parent = nullptr);
    ~UndoController() override;

    // Starts recording changes of the workspace (nullptr stops); the history is cleared.
    void setWorkspace(Workspace *workspace);
    Workspace *workspace() const { return m_workspace; }
    // While set, a change of workspace keeps the history: closing one and opening its copy.
    void keepHistoryForCopy(bool keep) { m_keepHistory = keep; }
    bool isEditable() const;
    QUndoStack *stack() const { return m_stack; }

    // Applies the command and pushes it; takes ownership. False, and nothing
    // written, when it cannot be applied: the reason goes to *error, or to
    // failed() when error is null.
    bool execute(WorkspaceCommand *command, QString *error = nullptr);
    // Pushes a command for what was written since the last change (an accepted
    // import); takes ownership. False when nothing was written.
    bool recordWritten(WorkspaceCommand *command);
    // For commands: replays statements and returns their reversal.
    std::optional<QStringList> replay(const QStringList &statements);
    // For commands that carry their own way back (ImportStash): runs work on a
    // worker thread with a connection of its own to the workspace, while a
    // progress dialog saying what is done shows if it takes long. Returns when
    // the work is done; false, reported through failed(), when it failed.
    bool runOnWorker(const QString &what, const std::function<bool(Workspace &, QString *)> &work);
    QString lastError() const { return m_lastError; }

signals:
    // The workspace was changed by a command, its undo or its redo.
    void workspaceEdited();
    void failed(const QString &message);

private:
    void fail(const QString &message, QString *error = nullptr);

    Workspace *m_workspace = nullptr;
    std::unique_ptr<UndoJournal> m_journal;
    QUndoStack *m_stack = nullptr;
    QString m_lastError;
    bool m_keepHistory = false;
};

} // namespace Faultline
