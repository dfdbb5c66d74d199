#include "ui/undo/workspacecommand.h"

#include "ui/undo/undocontroller.h"

namespace Faultline {

WorkspaceCommand::WorkspaceCommand(const QString &text)
    : QUndoCommand(text)
{}

bool WorkspaceCommand::apply(Workspace &, QString *error)
{
    if (error)
        *error = tr("This change was written elsewhere and can only be undone.");
    return false;
}

void WorkspaceCommand::setRecorded(UndoController *controller, const QStringList &reverse)
{
    m_controller = controller;
    m_reverse = reverse;
    m_done = true;
    m_skipRedo = true;
}

void WorkspaceCommand::undo()
{
    if (m_done)
        replay();
}

void WorkspaceCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    if (!m_done)
        replay();
}

void WorkspaceCommand::replay()
{
    if (!m_controller) {
        setObsolete(true);
        return;
    }
    const std::optional<QStringList> inverse = m_controller->replay(m_reverse);
    if (!inverse) {
        // Nothing was written; the step is dropped from the history rather than
        // left to fail again.
        setObsolete(true);
        return;
    }
    m_reverse = *inverse;
    m_done = !m_done;
}

} // namespace Faultline
