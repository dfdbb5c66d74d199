#pragma once

#include "app/command.h"

namespace Faultline {

// faultline import --db WS [--published YYYY-MM-DD] [--skip-bad-rows] PATH...
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::ImportCommand)

public:
    QString name() const override;
    QString summary() const override;
    bool takesPaths() const override { return true; }
    Exit run(const QStringList &arguments) override;

    // The article files under paths: files as given, folders searched recursively
    // for the formats Faultline reads, in a stable order.
    static QStringList collectFiles(const QStringList &paths, QStringList *missing);

private:
    // A structured data file (ACLED, UCDP, GDELT, TimelineJS, ... see DataImporter).
    bool importDataFile(Workspace &workspace, const QString &file, bool skipBadRows);
};

} // namespace Faultline
