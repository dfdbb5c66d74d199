#pragma once

#include "ui/undo/workspacecommand.h"

namespace Faultline {

// An accepted import, written by the review: undo removes all it wrote (articles,
// events, evidence, new actors, aliases and affiliations), redo writes it again.
class AcceptImportCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::AcceptImportCommand)

public:
    explicit AcceptImportCommand(int articles);
};

} // namespace Faultline
