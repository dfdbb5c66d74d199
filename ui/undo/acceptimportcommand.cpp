#include "ui/undo/acceptimportcommand.h"

namespace Faultline {

AcceptImportCommand::AcceptImportCommand(int articles)
    : WorkspaceCommand(tr("Import %n Article(s)", nullptr, articles))
{}

} // namespace Faultline
