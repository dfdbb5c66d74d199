#include "ui/undo/dataimportcommand.h"

#include "ui/undo/undocontroller.h"

#include <QUndoStack>

namespace Faultline {

DataImportCommand::DataImportCommand(const QString &fileName, const RowFootprint &footprint)
    : WorkspaceCommand(tr("Import %1").arg(fileName))
    , m_fileName(fileName)
    , m_stash(footprint)
{}

bool DataImportCommand::record(UndoController *controller,
                               const QString &fileName,
                               const RowFootprint &footprint)
{
    if (!controller || !controller->isEditable())
        return false;
    auto command = std::make_unique<DataImportCommand>(fileName, footprint);
    if (!command->m_stash.isUsable())
        return false;
    command->m_controller = controller;
    controller->stack()->push(command.release());
    return true;
}

void DataImportCommand::undo()
{
    if (!m_controller || m_stash.isOut())
        return;
    if (!m_controller->runOnWorker(tr("Undoing the import of %1…").arg(m_fileName),
                                   [this](Workspace &workspace, QString *error) {
                                       return m_stash.takeOut(workspace, error);
                                   }))
        setObsolete(true); // nothing was written; the step is dropped rather than fail again
}

void DataImportCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    if (!m_controller || !m_stash.isOut())
        return;
    if (!m_controller->runOnWorker(tr("Redoing the import of %1…").arg(m_fileName),
                                   [this](Workspace &workspace, QString *error) {
                                       return m_stash.putBack(workspace, error);
                                   }))
        setObsolete(true);
}

} // namespace Faultline
