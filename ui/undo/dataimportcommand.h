#pragma once

#include "core/store/importstash.h"
#include "ui/undo/workspacecommand.h"

namespace Faultline {

class UndoController;

// An accepted import of an event data file (ACLED, UCDP, GDELT, ...), written by
// a worker on a connection of its own. Undo moves everything it wrote (its
// sources, events with their evidence and participants, and the actors it
// created) out of the workspace into a side file, redo moves the same rows
// back with the same ids: a few set-based statements, at any size of import,
// on a worker (UndoController::runOnWorker) while the window keeps painting.
class DataImportCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::DataImportCommand)

public:
    DataImportCommand(const QString &fileName, const RowFootprint &footprint);

    // Pushes the import of fileName, which wrote footprint, onto the
    // controller's stack; false, and nothing pushed, when it wrote nothing or
    // the controller's workspace cannot be changed.
    static bool record(UndoController *controller,
                       const QString &fileName,
                       const RowFootprint &footprint);

    void undo() override;
    void redo() override;

private:
    UndoController *m_controller = nullptr;
    QString m_fileName;
    ImportStash m_stash;
    bool m_pushed = false; // push() calls redo() once: the rows are already there
};

} // namespace Faultline
