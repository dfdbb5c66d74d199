#include "app/eventscommand.h"

#include "core/interchange/eventcsvwriter.h"
#include "core/interchange/eventjsonwriter.h"
#include "core/interchange/namelookup.h"
#include "core/model/datespan.h"
#include "core/model/eventtype.h"
#include "core/store/eventrepository.h"
#include "core/store/workspace.h"

#include <QCommandLineParser>
#include <QFile>

namespace Faultline {

QString EventsCommand::name() const
{
    return QStringLiteral("events");
}

QString EventsCommand::summary() const
{
    return tr("Print the events of a workspace as JSON or CSV.");
}

Command::Exit EventsCommand::run(const QStringList &arguments)
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
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("Only events that reach this date (YYYY, YYYY-MM or "
                                     "YYYY-MM-DD)."),
                                  tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("Only events that start by this date (YYYY, YYYY-MM or "
                                   "YYYY-MM-DD)."),
                                tr("DATE"));
    const QCommandLineOption actor(QStringLiteral("actor"),
                                   tr("Only events with this actor (name or alias)."),
                                   tr("NAME"));
    const QCommandLineOption type(QStringLiteral("type"),
                                  tr("Only events of this CAMEO root category (01-20)."),
                                  tr("CODE"));
    parser.addOptions({db, format, from, to, actor, type});
    Exit exit = Exit::Success;
    if (!parse(parser, arguments, &exit))
        return exit;

    if (!parser.isSet(db) || parser.value(db).isEmpty())
        return usageError(tr("The option --db WORKSPACE is required."));
    const QString outputFormat = parser.value(format).toLower();
    if (outputFormat != QLatin1String("json") && outputFormat != QLatin1String("csv"))
        return usageError(tr("Unknown format '%1'; use json or csv.").arg(parser.value(format)));

    EventFilter filter;
    if (parser.isSet(from)) {
        const auto span = DateSpan::fromIso(parser.value(from));
        if (!span)
            return usageError(tr("'%1' is not a date for --from; use YYYY, YYYY-MM or YYYY-MM-DD.")
                                  .arg(parser.value(from)));
        filter.fromDay = span->earliestDay();
    }
    if (parser.isSet(to)) {
        const auto span = DateSpan::fromIso(parser.value(to));
        if (!span)
            return usageError(tr("'%1' is not a date for --to; use YYYY, YYYY-MM or YYYY-MM-DD.")
                                  .arg(parser.value(to)));
        filter.toDay = span->latestDay();
    }
    if (filter.fromDay && filter.toDay && *filter.fromDay > *filter.toDay)
        return usageError(tr("The --from date is after the --to date."));
    if (parser.isSet(actor)) {
        filter.actorName = parser.value(actor).trimmed();
        if (filter.actorName.isEmpty())
            return usageError(tr("The option --actor needs a name."));
    }
    if (parser.isSet(type)) {
        const auto eventType = EventType::fromCode(parser.value(type).trimmed());
        if (!eventType || !eventType->isValid())
            return usageError(
                tr("'%1' is not a CAMEO root category; use 01 to 20.").arg(parser.value(type)));
        filter.cameoRoot = eventType->cameoRoot();
    }

    const std::unique_ptr<Workspace> workspace = openWorkspace(parser.value(db), &exit);
    if (!workspace)
        return exit;
    const QList<Event> events = EventRepository(*workspace).query(filter);
    const NameLookup names = NameLookup::load(*workspace);
    QFile *out = standardOutput();
    QString error;
    const bool written = outputFormat == QLatin1String("csv")
                             ? EventCsvWriter(names).write(out, events, &error)
                             : EventJsonWriter(names).write(out, events, &error);
    if (!written || !out->flush())
        return failure(tr("The events cannot be written: %1")
                           .arg(error.isEmpty() ? out->errorString() : error));
    return Exit::Success;
}

} // namespace Faultline
