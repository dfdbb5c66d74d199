#pragma once

#include <QCoreApplication>
#include <QString>

namespace Faultline {

class Workspace;

// Copies an open workspace to another file page by page (SQLite's online
// backup), so the copy is consistent and keeps every row id.
class WorkspaceBackup
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::WorkspaceBackup)

public:
    // Replaces a file at targetPath. On failure *error names the target and the
    // reason, and no partial copy is left behind.
    static bool copy(const Workspace &workspace, const QString &targetPath, QString *error);
};

} // namespace Faultline
