#pragma once

#include "core/store/rowfootprint.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <span>

class QTemporaryFile;

namespace Faultline {

class Workspace;

// Undo and redo of a bulk import, at any size: takeOut() moves the rows the
// import wrote (its events with their evidence and participants, its sources
// and the actors it created, each with its row id) into a side file and out of
// the workspace; putBack() moves them back. Both are a few set-based statements
// in one transaction, with the full-text rows removed and added from the same
// content, so time and memory stay proportional to the import, not per-row SQL.
// Either refuses, writing nothing, when the workspace no longer fits: a row of
// the import is gone, or another row refers to one of its actors or sources.
class ImportStash
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::ImportStash)

public:
    explicit ImportStash(const RowFootprint &footprint);
    ~ImportStash(); // removes the side file
    ImportStash(const ImportStash &) = delete;
    ImportStash &operator=(const ImportStash &) = delete;

    // Whether the footprint can be taken out at all (not empty, not scattered).
    bool isUsable() const;
    bool isOut() const { return m_out; }

    bool takeOut(Workspace &workspace, QString *error);
    bool putBack(Workspace &workspace, QString *error);

private:
    enum class Range { Events, Articles, Actors };
    struct Table
    {
        const char *name;
        const char *column; // the row id or the reference within the range
        Range range;
    };
    static std::span<const Table> tables();
    QString where(const Table &table) const;
    bool attach(Workspace &workspace, QString *error);
    void detach(Workspace &workspace);
    bool fitsForTakingOut(Workspace &workspace, QString *error);
    bool fitsForPuttingBack(Workspace &workspace, QString *error);
    bool moveRows(Workspace &workspace, bool out, QString *error);

    RowFootprint m_footprint;
    std::unique_ptr<QTemporaryFile> m_file;
    bool m_out = false;
};

} // namespace Faultline
