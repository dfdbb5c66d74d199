#pragma once

#include <QHash>
#include <QString>

namespace Faultline::Testing {

// What a workspace file holds, read on a plain SQLite connection of its own
// (which also recovers a -wal file left by a killed writer).
struct WorkspaceInspection
{
    bool opened = false;
    bool empty = false; // a SQLite file without any table yet (its creation was lost)
    QString error;
    QString integrity; // PRAGMA integrity_check: "ok" when sound
    int foreignKeyViolations = -1;
    int articles = -1;
    int events = -1;
    int evidence = -1;
    int eventsWithoutEvidence = -1; // events half-written: none should exist
    int searchRows = -1;            // the full-text index has one row per event
    QHash<QString, int> evidenceByArticleHash;

    // One line naming the first inconsistency; empty when the file is sound.
    QString problem() const;
};

WorkspaceInspection inspectWorkspace(const QString &path);

// Copies a workspace file with its -wal, -shm and -journal files.
bool copyWorkspaceFiles(const QString &from, const QString &to);

} // namespace Faultline::Testing
