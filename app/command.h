#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class QCommandLineParser;
class QFile;

namespace Faultline {

class Workspace;

// One headless sub-command of the faultline executable ("events", "actors", ...).
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::Command)

public:
    enum class Exit { Success = 0, Failure = 1, Usage = 2 };

    virtual ~Command() = default;

    virtual QString name() const = 0;    // as typed after "faultline"
    virtual QString summary() const = 0; // one line for "faultline --help"
    // Whether the command takes positional arguments (paths) after its options.
    virtual bool takesPaths() const { return false; }
    // Whether these arguments (what follows the name) make it paint (fonts, images):
    // then it runs under a QGuiApplication.
    virtual bool needsGuiApplication(const QStringList &arguments) const
    {
        Q_UNUSED(arguments)
        return false;
    }
    // arguments: what follows the sub-command's name.
    virtual Exit run(const QStringList &arguments) = 0;

protected:
    // Adds --help, parses, and prints this command's help or a usage error. Returns
    // false when run() should stop and return *exit.
    bool parse(QCommandLineParser &parser, const QStringList &arguments, Exit *exit) const;
    // Opens the workspace named by --db: read-only when it exists, created when it
    // does not (so a new path works as an empty workspace).
    std::unique_ptr<Workspace> openWorkspace(const QString &path, Exit *exit) const;

    Exit usageError(const QString &message) const; // "faultline NAME: message", exit 2
    static Exit failure(const QString &message);   // "faultline: message", exit 1
    static QFile *standardOutput();                // flush it when done
};

} // namespace Faultline
