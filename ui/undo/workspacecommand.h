#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUndoCommand>

namespace Faultline {

class UndoController;
class Workspace;

// An undoable change of the workspace. apply() makes it the first time, inside
// one transaction; the UndoJournal records the statements that reverse it, and
// undo and redo replay those, each replay recording the way back.
class WorkspaceCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::WorkspaceCommand)

public:
    explicit WorkspaceCommand(const QString &text);

    // Writes the change; called once, inside the controller's transaction.
    // The default writes nothing and fails: commands for changes written
    // elsewhere (an import) are recorded, not applied.
    virtual bool apply(Workspace &workspace, QString *error);

    void undo() override;
    void redo() override;

    // Set by the controller once the change is written: what reverses it.
    void setRecorded(UndoController *controller, const QStringList &reverse);
    bool isDone() const { return m_done; }

private:
    void replay();

    UndoController *m_controller = nullptr;
    QStringList m_reverse; // undo statements while done, redo statements while undone
    bool m_done = true;
    bool m_skipRedo = true; // push() calls redo() right after the change was applied
};

} // namespace Faultline
