#include "app/commandline.h"

#include "app/actorscommand.h"
#include "app/eventscommand.h"
#include "app/exportcommand.h"
#include "app/importcommand.h"
#include "app/timexcommand.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstdio>

namespace Faultline {

namespace {

template<typename T>
std::unique_ptr<Command> make()
{
    return std::make_unique<T>();
}

// Words that are sub-commands of this program even before their command exists.
const QStringList ReservedNames{QStringLiteral("events"),
                                QStringLiteral("actors"),
                                QStringLiteral("import"),
                                QStringLiteral("export"),
                                QStringLiteral("timex")};

void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

QList<CommandLine::Entry> CommandLine::commands()
{
    return {
        {"events", &make<EventsCommand>},
        {"actors", &make<ActorsCommand>},
        {"import", &make<ImportCommand>},
        {"export", &make<ExportCommand>},
        {"timex", &make<TimexCommand>},
    };
}

std::unique_ptr<Command> CommandLine::command(const QString &name)
{
    for (const Entry &entry : commands()) {
        if (name == QLatin1String(entry.name))
            return entry.create();
    }
    return nullptr;
}

bool CommandLine::isHeadless(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    static const QStringList flags{QStringLiteral("-h"),
                                   QStringLiteral("--help"),
                                   QStringLiteral("-v"),
                                   QStringLiteral("--version")};
    if (flags.contains(first) || ReservedNames.contains(first) || command(first))
        return true;
    // Anything else that looks like a command word is a typo, unless it names a file.
    static const QRegularExpression word(QStringLiteral("^[a-z][a-z-]*$"));
    return word.match(first).hasMatch() && !QFileInfo::exists(first);
}

QString CommandLine::helpText() const
{
    QString text;
    text += tr("Usage: faultline [WORKSPACE]\n"
               "       faultline COMMAND --db WORKSPACE [options]\n\n");
    text += tr("Faultline turns news articles about armed conflicts into dated events and "
               "actors, shown as a timeline and an actor graph.\n"
               "Without a command it opens WORKSPACE (or the last one) in the main window.\n\n");
    text += tr("Commands:\n");
    int width = 0;
    for (const Entry &entry : commands())
        width = qMax(width, int(qstrlen(entry.name)));
    for (const Entry &entry : commands()) {
        const std::unique_ptr<Command> command = entry.create();
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(entry.name).leftJustified(width), command->summary());
    }
    text += tr("\nOptions:\n"
               "  -h, --help     Show this help.\n"
               "  -v, --version  Show the version.\n"
               "  --lang CODE    Use this language (such as fr or ar) instead of the system's.\n\n"
               "Run 'faultline COMMAND --help' for the options of a command.\n");
    return text;
}

int CommandLine::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    // Everything after the command word belongs to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version."));
    parser.addOption(help);
    parser.addOption(version);
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run."));
    if (!parser.parse(arguments)) {
        writeTo(stderr, QStringLiteral("faultline: %1\n").arg(parser.errorText().simplified()));
        return int(Command::Exit::Usage);
    }
    if (parser.isSet(help)) {
        writeTo(stdout, helpText());
        return int(Command::Exit::Success);
    }
    if (parser.isSet(version)) {
        writeTo(stdout,
                QStringLiteral("faultline %1\n").arg(QCoreApplication::applicationVersion()));
        return int(Command::Exit::Success);
    }
    QStringList rest = parser.positionalArguments();
    if (rest.isEmpty()) {
        writeTo(stderr, tr("faultline: No command given; see 'faultline --help'.\n"));
        return int(Command::Exit::Usage);
    }
    const QString name = rest.takeFirst();
    const std::unique_ptr<Command> chosen = command(name);
    if (!chosen) {
        // A plain word that is no command may have been meant as a new workspace.
        writeTo(stderr,
                tr("faultline: '%1' is not a command (see 'faultline --help'); to create a "
                   "workspace, name it like %1.faultline.\n")
                    .arg(name));
        return int(Command::Exit::Usage);
    }
    return int(chosen->run(rest));
}

} // namespace Faultline
