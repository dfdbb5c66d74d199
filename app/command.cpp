#include "app/command.h"

#include "core/store/workspace.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstdio>

namespace Faultline {

bool Command::parse(QCommandLineParser &parser, const QStringList &arguments, Exit *exit) const
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("faultline")} + arguments)) {
        *exit = usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // The parser does not know about sub-commands; name this one in the usage line.
        text.replace(QRegularExpression(QStringLiteral("^(\\S+) \\S+")),
                     QStringLiteral("\\1 faultline %1").arg(name()));
        QFile out;
        if (out.open(stdout, QIODevice::WriteOnly))
            out.write(text.toUtf8());
        *exit = Exit::Success;
        return false;
    }
    if (!takesPaths() && !parser.positionalArguments().isEmpty()) {
        *exit = usageError(
            tr("Unexpected argument '%1'.").arg(parser.positionalArguments().constFirst()));
        return false;
    }
    return true;
}

std::unique_ptr<Workspace> Command::openWorkspace(const QString &path, Exit *exit) const
{
    auto workspace = std::make_unique<Workspace>();
    const auto mode = QFileInfo::exists(path) ? Workspace::OpenMode::ReadOnly
                                              : Workspace::OpenMode::ReadWrite;
    QString error;
    if (!workspace->open(path, mode, &error)) {
        *exit = failure(error);
        return nullptr;
    }
    return workspace;
}

Command::Exit Command::usageError(const QString &message) const
{
    QString line = message.simplified();
    std::fprintf(stderr,
                 "faultline %s: %s\n",
                 name().toUtf8().constData(),
                 line.toUtf8().constData());
    return Exit::Usage;
}

Command::Exit Command::failure(const QString &message)
{
    std::fprintf(stderr, "faultline: %s\n", message.simplified().toUtf8().constData());
    return Exit::Failure;
}

QFile *Command::standardOutput()
{
    static QFile out;
    if (!out.isOpen())
        out.open(stdout, QIODevice::WriteOnly);
    return &out;
}

} // namespace Faultline
