#include "app/exportcommand.h"

#include "core/interchange/datafilewriter.h"
#include "core/model/datespan.h"
#include "core/store/workspace.h"
#include "ui/export/graphexporter.h"
#include "ui/export/reportexporter.h"
#include "ui/export/timelineexporter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>

namespace Faultline {

namespace {

// A positive integer option, or nullopt when it is not one.
std::optional<int> positiveInt(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value <= 0)
        return std::nullopt;
    return value;
}

// The value of --format among a sub-command's arguments, or nullopt without one.
std::optional<QString> formatArgument(const QStringList &arguments)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        for (const QLatin1String option : {QLatin1String("--format"), QLatin1String("-format")}) {
            if (argument == option)
                return arguments.value(i + 1);
            if (argument.startsWith(option + QLatin1Char('=')))
                return argument.mid(option.size() + 1);
        }
    }
    return std::nullopt;
}

} // namespace

bool ExportCommand::needsGuiApplication(const QStringList &arguments) const
{
    return !formatArgument(arguments).has_value();
}

QString ExportCommand::name() const
{
    return QStringLiteral("export");
}

QString ExportCommand::summary() const
{
    return tr("Export the timeline or graph as PNG, PDF or SVG, or the data as TimelineJS, CSV, "
              "JSON, ACLED CSV, GEXF or GraphML.");
}

Command::Exit ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption db(QStringLiteral("db"), tr("The workspace file."), tr("WORKSPACE"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  tr("What to export: timeline (the default), graph (the actor "
                                     "graph) or report (a PDF briefing)."),
                                  tr("VIEW"),
                                  QStringLiteral("timeline"));
    const QCommandLineOption dataFormat(QStringLiteral("format"),
                                        tr("Export data instead of a picture: timelinejs, csv, "
                                           "json, acled, gexf or graphml."),
                                        tr("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("The file to write; for a picture its suffix (.png, .pdf or "
                                    ".svg) chooses the format."),
                                 tr("FILE"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("Start of the time range (YYYY, YYYY-MM or YYYY-MM-DD); "
                                     "default: the first event."),
                                  tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("End of the time range (YYYY, YYYY-MM or YYYY-MM-DD); "
                                   "default: the last event."),
                                tr("DATE"));
    const QCommandLineOption width(QStringLiteral("width"),
                                   tr("Width of a PNG or SVG in pixels (default 1600)."),
                                   tr("PX"));
    const QCommandLineOption height(QStringLiteral("height"),
                                    tr("Height of a PNG or SVG in pixels (default: as tall as the "
                                       "lanes need)."),
                                    tr("PX"));
    const QCommandLineOption dpi(QStringLiteral("dpi"),
                                 tr("Resolution of a PNG (default 96): text and marks grow with "
                                    "it, so the image prints at its width divided by N inches."),
                                 tr("N"));
    const QCommandLineOption title(QStringLiteral("title"),
                                   tr("A title above the timeline."),
                                   tr("TEXT"));
    const QCommandLineOption subtitle(QStringLiteral("subtitle"),
                                      tr("A subtitle under the title."),
                                      tr("TEXT"));
    const QCommandLineOption lanes(QStringLiteral("lanes"),
                                   tr("Lanes: none (default), actor, type or article."),
                                   tr("MODE"),
                                   QStringLiteral("none"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  tr("Page size of a PDF: a4 (default), letter or a3."),
                                  tr("SIZE"),
                                  QStringLiteral("a4"));
    const QCommandLineOption landscape(QStringLiteral("landscape"),
                                       tr("Landscape PDF pages (the default)."));
    const QCommandLineOption portrait(QStringLiteral("portrait"), tr("Portrait PDF pages."));
    const QCommandLineOption pages(QStringLiteral("pages"),
                                   tr("Split the time range of a timeline PDF across N pages, "
                                      "each with its axis and lanes (default 1)."),
                                   tr("N"));
    const QCommandLineOption transparent(QStringLiteral("transparent"),
                                         tr("A transparent background instead of white (PNG, "
                                            "SVG)."));
    const QCommandLineOption noLegend(QStringLiteral("no-legend"), tr("Leave out the legend."));
    const QCommandLineOption noSources(QStringLiteral("no-sources"),
                                       tr("Leave out the line naming the source articles."));
    parser.addOptions({db,
                       view,
                       dataFormat,
                       out,
                       from,
                       to,
                       width,
                       height,
                       dpi,
                       title,
                       subtitle,
                       lanes,
                       page,
                       landscape,
                       portrait,
                       pages,
                       transparent,
                       noLegend,
                       noSources});
    Exit exit = Exit::Success;
    if (!parse(parser, arguments, &exit))
        return exit;

    if (!parser.isSet(db) || parser.value(db).isEmpty())
        return usageError(tr("The option --db WORKSPACE is required."));
    if (parser.isSet(dataFormat)) {
        const auto chosen = DataFileWriter::formatFromKey(parser.value(dataFormat).trimmed());
        if (!chosen)
            return usageError(tr("Unknown format '%1'; use timelinejs, csv, json, acled, gexf or "
                                 "graphml.")
                                  .arg(parser.value(dataFormat)));
        for (const QCommandLineOption &option : {view,
                                                 width,
                                                 height,
                                                 dpi,
                                                 subtitle,
                                                 lanes,
                                                 page,
                                                 landscape,
                                                 portrait,
                                                 pages,
                                                 transparent,
                                                 noLegend,
                                                 noSources}) {
            if (parser.isSet(option))
                return usageError(tr("--%1 applies to pictures, not to --format.")
                                      .arg(option.names().constFirst()));
        }
        if (!parser.isSet(out) || parser.value(out).isEmpty())
            return usageError(tr("The option --out FILE is required."));
        EventFilter filter;
        if (parser.isSet(from)) {
            const auto span = DateSpan::fromIso(parser.value(from));
            if (!span)
                return usageError(
                    tr("'%1' is not a date for --from; use YYYY, YYYY-MM or YYYY-MM-DD.")
                        .arg(parser.value(from)));
            filter.fromDay = span->earliestDay();
        }
        if (parser.isSet(to)) {
            const auto span = DateSpan::fromIso(parser.value(to));
            if (!span)
                return usageError(
                    tr("'%1' is not a date for --to; use YYYY, YYYY-MM or YYYY-MM-DD.")
                        .arg(parser.value(to)));
            filter.toDay = span->latestDay();
        }
        if (filter.fromDay && filter.toDay && *filter.fromDay > *filter.toDay)
            return usageError(tr("The --from date is after the --to date."));
        Workspace workspace;
        QString error;
        if (!workspace.open(parser.value(db), Workspace::OpenMode::ReadOnly, &error))
            return failure(error);
        DataFileWriter writer(workspace);
        writer.setTitle(parser.value(title));
        if (!writer.write(*chosen, filter, parser.value(out), &error))
            return failure(error);
        return Exit::Success;
    }
    const QString viewName = parser.value(view).trimmed().toLower();
    const bool report = viewName == QLatin1String("report");
    const bool graph = viewName == QLatin1String("graph");
    if (viewName != QLatin1String("timeline") && !report && !graph)
        return usageError(
            tr("Unknown view '%1'; use timeline, graph or report.").arg(parser.value(view)));
    if (!parser.isSet(out) || parser.value(out).isEmpty())
        return usageError(tr("The option --out FILE is required."));
    const QString outPath = parser.value(out);
    if (report && TimelineExporter::formatForPath(outPath) != TimelineExportOptions::Format::Pdf)
        return usageError(tr("The report is a PDF; name the file .pdf."));
    const auto format = TimelineExporter::formatForPath(outPath);
    if (!format)
        return usageError(
            tr("Cannot tell the format of '%1'; name the file .png, .pdf or .svg.").arg(outPath));

    TimelineExportOptions options;
    options.format = *format;
    if (parser.isSet(from)) {
        const auto span = DateSpan::fromIso(parser.value(from));
        if (!span)
            return usageError(tr("'%1' is not a date for --from; use YYYY, YYYY-MM or YYYY-MM-DD.")
                                  .arg(parser.value(from)));
        options.filter.fromDay = span->earliestDay();
        options.fromDay = double(span->earliestDay());
    }
    if (parser.isSet(to)) {
        const auto span = DateSpan::fromIso(parser.value(to));
        if (!span)
            return usageError(tr("'%1' is not a date for --to; use YYYY, YYYY-MM or YYYY-MM-DD.")
                                  .arg(parser.value(to)));
        options.filter.toDay = span->latestDay();
        options.toDay = double(span->latestDay()) + 1;
    }
    if (options.fromDay && options.toDay && *options.fromDay >= *options.toDay)
        return usageError(tr("The --from date is after the --to date."));
    if (parser.isSet(width)) {
        const auto value = positiveInt(parser.value(width));
        if (!value)
            return usageError(tr("'%1' is not a width in pixels.").arg(parser.value(width)));
        options.widthPx = *value;
    }
    if (parser.isSet(height)) {
        const auto value = positiveInt(parser.value(height));
        if (!value)
            return usageError(tr("'%1' is not a height in pixels.").arg(parser.value(height)));
        options.heightPx = *value;
    }
    if (parser.isSet(dpi)) {
        const auto value = positiveInt(parser.value(dpi));
        if (!value || *value < TimelineExporter::MinDpi || *value > TimelineExporter::MaxDpi)
            return usageError(tr("'%1' is not a resolution; use %2 to %3 dpi.")
                                  .arg(parser.value(dpi))
                                  .arg(TimelineExporter::MinDpi)
                                  .arg(TimelineExporter::MaxDpi));
        options.dpi = *value;
    }
    const QString laneName = parser.value(lanes).trimmed().toLower();
    if (laneName == QLatin1String("none"))
        options.laneMode = LaneMode::None;
    else if (laneName == QLatin1String("actor"))
        options.laneMode = LaneMode::Actor;
    else if (laneName == QLatin1String("type"))
        options.laneMode = LaneMode::EventType;
    else if (laneName == QLatin1String("article"))
        options.laneMode = LaneMode::Article;
    else
        return usageError(tr("Unknown lane mode '%1'; use none, actor, type or article.")
                              .arg(parser.value(lanes)));
    const QString pageName = parser.value(page).trimmed().toLower();
    if (pageName == QLatin1String("a4"))
        options.pageSize = QPageSize::A4;
    else if (pageName == QLatin1String("letter"))
        options.pageSize = QPageSize::Letter;
    else if (pageName == QLatin1String("a3"))
        options.pageSize = QPageSize::A3;
    else
        return usageError(
            tr("Unknown page size '%1'; use a4, letter or a3.").arg(parser.value(page)));
    if (parser.isSet(landscape) && parser.isSet(portrait))
        return usageError(tr("Choose either --landscape or --portrait."));
    options.orientation = parser.isSet(portrait) ? QPageLayout::Portrait : QPageLayout::Landscape;
    if (parser.isSet(pages)) {
        const auto value = positiveInt(parser.value(pages));
        if (!value || *value > TimelineExporter::MaxPages)
            return usageError(tr("'%1' is not a number of pages; use 1 to %2.")
                                  .arg(parser.value(pages))
                                  .arg(TimelineExporter::MaxPages));
        if (*format != TimelineExportOptions::Format::Pdf || graph)
            return usageError(tr("--pages applies to timeline PDF files only."));
        options.pages = *value;
    }
    options.title = parser.value(title);
    options.subtitle = parser.value(subtitle);
    options.transparentBackground = parser.isSet(transparent);
    options.showLegend = !parser.isSet(noLegend);
    options.showSources = !parser.isSet(noSources);

    // Exporting never creates a workspace: a missing file is an error.
    Workspace workspace;
    QString error;
    if (!workspace.open(parser.value(db), Workspace::OpenMode::ReadOnly, &error))
        return failure(error);
    if (report) {
        ReportExporter reporter(&workspace);
        ReportExporter::Options reportOptions;
        reportOptions.title = options.title;
        reportOptions.subtitle = options.subtitle;
        reportOptions.filter = options.filter;
        reportOptions.fromDay = options.fromDay;
        reportOptions.toDay = options.toDay;
        reportOptions.pageSize = options.pageSize;
        reporter.setOptions(reportOptions);
        if (!reporter.exportToFile(outPath, &error))
            return failure(error);
        return Exit::Success;
    }
    if (graph) {
        GraphExporter exporter(&workspace);
        if (!exporter.setOptions(options, &error))
            return failure(tr("%1: %2").arg(QDir::toNativeSeparators(parser.value(db)), error));
        if (!exporter.exportToFile(outPath, &error))
            return failure(error);
        return Exit::Success;
    }
    TimelineExporter exporter(&workspace);
    if (!exporter.setOptions(options, &error))
        return failure(tr("%1: %2").arg(QDir::toNativeSeparators(parser.value(db)), error));
    if (!exporter.exportToFile(outPath, &error))
        return failure(error);
    return Exit::Success;
}

} // namespace Faultline
