#pragma once

#include "app/command.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <memory>

namespace Faultline {

// The headless front of the faultline executable: finds the sub-command, or answers
// --help and --version. To add a command, add its class and one line to the table
// in commandline.cpp.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::CommandLine)

public:
    struct Entry
    {
        const char *name;
        std::unique_ptr<Command> (*create)();
    };

    static QList<Entry> commands();
    static std::unique_ptr<Command> command(const QString &name);

    // Whether these arguments (argv, program first) ask for the command line rather
    // than the main window: a sub-command, --help or --version, or a word that is
    // neither an option nor an existing file (a mistyped sub-command, not a workspace).
    static bool isHeadless(const QStringList &arguments);

    // Runs the arguments (program first) and returns the exit status.
    int run(const QStringList &arguments);
    QString helpText() const;
};

} // namespace Faultline
