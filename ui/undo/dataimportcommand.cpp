#include "ui/undo/dataimportcommand.h"

#include "ui/undo/undocontroller.h"

#include <QUndoStack>

namespace Faultline {

DataImportCommand::DataImportCommand(const QString &fileName)
    : WorkspaceCommand(tr("Import %1").arg(fileName))
{}

bool DataImportCommand::record(UndoController *controller,
                               const QString &fileName,
                               const QStringList &reverse)
{
    if (!controller || !controller->isEditable() || reverse.isEmpty())
        return false;
    auto *command = new DataImportCommand(fileName);
    command->setRecorded(controller, reverse);
    controller->stack()->push(command); // its first redo() writes nothing: the rows are there
    return true;
}

} // namespace Faultline
