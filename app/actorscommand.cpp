#include "app/actorscommand.h"

#include "core/interchange/actorcsvwriter.h"
#include "core/interchange/actorjsonwriter.h"
#include "core/interchange/namelookup.h"
#include "core/query/actorgraphbuilder.h"
#include "core/store/actorrepository.h"
#include "core/store/workspace.h"

#include <QCommandLineParser>
#include <QFile>

namespace Faultline {

QString ActorsCommand::name() const
{
    return QStringLiteral("actors");
}

QString ActorsCommand::summary() const
{
    return tr("Print the actors of a workspace as JSON or CSV.");
}

Command::Exit ActorsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption
        db(QStringLiteral("db"),
           tr("The workspace file; a new one is created if it does not exist."),
           tr("WORKSPACE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("Output format: json (default) or csv."),
                                    tr("FORMAT"),
                                    QStringLiteral("json"));
    parser.addOptions({db, format});
    Exit exit = Exit::Success;
    if (!parse(parser, arguments, &exit))
        return exit;
    if (!parser.isSet(db) || parser.value(db).isEmpty())
        return usageError(tr("The option --db WORKSPACE is required."));
    const QString outputFormat = parser.value(format).toLower();
    if (outputFormat != QLatin1String("json") && outputFormat != QLatin1String("csv"))
        return usageError(tr("Unknown format '%1'; use json or csv.").arg(parser.value(format)));

    const std::unique_ptr<Workspace> workspace = openWorkspace(parser.value(db), &exit);
    if (!workspace)
        return exit;
    const QList<Actor> actors = ActorRepository(*workspace).all();
    NameLookup names;
    for (const Actor &actor : actors)
        names.addActor(actor);
    // Event counts and relations over every event, with no cap on the actors.
    ActorGraphBuilder builder(*workspace);
    builder.setNodeCap(0);
    QString error;
    const std::optional<ActorGraph> graph = builder.build(EventFilter(), &error);
    if (!graph)
        return failure(tr("%1: %2").arg(parser.value(db), error));
    QFile *out = standardOutput();
    bool written = false;
    if (outputFormat == QLatin1String("csv")) {
        ActorCsvWriter writer(names);
        writer.setGraph(&*graph);
        written = writer.write(out, actors, &error);
    } else {
        ActorJsonWriter writer(names);
        writer.setGraph(&*graph);
        written = writer.write(out, actors, &error);
    }
    if (!written || !out->flush())
        return failure(tr("The actors cannot be written: %1")
                           .arg(error.isEmpty() ? out->errorString() : error));
    return Exit::Success;
}

} // namespace Faultline
