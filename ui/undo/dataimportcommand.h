#pragma once

#include "ui/undo/workspacecommand.h"

namespace Faultline {

class UndoController;

// An accepted import of an event data file (ACLED, UCDP, GDELT, ...), written by
// a worker on a connection of its own and recorded there by an UndoJournal:
// undo removes all it wrote (its source article, events, evidence, actor links,
// the actors it created and the aliases it added), redo writes the same rows back.
class DataImportCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::DataImportCommand)

public:
    explicit DataImportCommand(const QString &fileName);

    // Pushes the import of fileName onto the controller's stack with the
    // statements that reverse it; false, and nothing pushed, when there are none
    // or the controller's workspace cannot be changed.
    static bool record(UndoController *controller,
                       const QString &fileName,
                       const QStringList &reverse);
};

} // namespace Faultline
