#include "app/importcommand.h"

#include "core/extract/extractionpipeline.h"
#include "core/ingest/articlefiles.h"
#include "core/interchange/dataimporter.h"
#include "core/model/datespan.h"
#include "core/store/documentimporter.h"
#include "core/store/workspace.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

namespace Faultline {

QString ImportCommand::name() const
{
    return QStringLiteral("import");
}

QString ImportCommand::summary() const
{
    return tr("Import articles (text, Markdown, HTML, PDF) and extract their events, or "
              "event data (ACLED, UCDP GED, GDELT, TimelineJS, vis-timeline, CSV).");
}

QStringList ImportCommand::collectFiles(const QStringList &paths, QStringList *missing)
{
    return ArticleFiles::collect(paths, missing);
}

Command::Exit ImportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption
        db(QStringLiteral("db"),
           tr("The workspace file; a new one is created if it does not exist."),
           tr("WORKSPACE"));
    const QCommandLineOption published(
        QStringLiteral("published"),
        tr("The publication date (YYYY-MM-DD) that relative dates such as \"last month\" are "
           "resolved against; overrides the date the file states."),
        tr("DATE"));
    const QCommandLineOption skipBadRows(
        QStringLiteral("skip-bad-rows"),
        tr("Import the good rows of a data file and report the bad ones; without it a data "
           "file with a bad row is not imported at all."));
    parser.addOptions({db, published, skipBadRows});
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 tr("Article files or folders to import."),
                                 tr("PATH..."));
    Exit exit = Exit::Success;
    if (!parse(parser, arguments, &exit))
        return exit;
    if (!parser.isSet(db) || parser.value(db).isEmpty())
        return usageError(tr("The option --db WORKSPACE is required."));
    std::optional<qint64> publishedDay;
    if (parser.isSet(published)) {
        const auto span = DateSpan::fromIso(parser.value(published));
        if (!span || span->precision() != DateSpan::Precision::Day)
            return usageError(tr("'%1' is not a date for --published; use YYYY-MM-DD.")
                                  .arg(parser.value(published)));
        publishedDay = span->earliestDay();
    }
    if (parser.positionalArguments().isEmpty())
        return usageError(tr("Name at least one article file or folder to import."));

    QStringList missing;
    const QStringList files = collectFiles(parser.positionalArguments(), &missing);
    for (const QString &path : std::as_const(missing))
        failure(tr("%1: No such file or folder.").arg(path));

    Workspace workspace;
    QString error;
    if (!workspace.open(parser.value(db), Workspace::OpenMode::ReadWrite, &error))
        return failure(error);

    const ExtractionPipeline pipeline;
    DocumentImporter importer(workspace, pipeline);
    bool allImported = missing.isEmpty();
    QFile *out = standardOutput();
    for (const QString &file : files) {
        if (DataImporter::isDataFile(file)) {
            if (!importDataFile(workspace, file, parser.isSet(skipBadRows)))
                allImported = false;
            continue;
        }
        ArticleImporter::Summary summary;
        if (!importer.importFile(file, publishedDay, &summary, &error)) {
            failure(tr("%1: %2").arg(file, error));
            allImported = false;
            continue;
        }
        QString line;
        if (summary.duplicate) {
            line = tr("%1: already in the workspace as article %2; not imported again.")
                       .arg(file)
                       .arg(summary.articleId);
        } else {
            line = tr("%1: %n event(s)", nullptr, summary.eventsAdded + summary.eventsMerged)
                       .arg(file);
            if (summary.eventsMerged > 0)
                line += tr(" (%n already known from other articles)", nullptr, summary.eventsMerged);
            line += tr(", %n actor(s)", nullptr, summary.actorsAdded + summary.actorsMatched);
            if (summary.actorsAdded > 0)
                line += tr(" (%n new)", nullptr, summary.actorsAdded);
            line += tr(", %n warning(s)", nullptr, int(summary.warnings.size()));
            line += u'.';
            for (const QString &warning : std::as_const(summary.warnings))
                line += QStringLiteral("\n  ") + tr("warning: %1").arg(warning);
        }
        out->write((line + u'\n').toUtf8());
        out->flush();
    }
    return allImported ? Exit::Success : Exit::Failure;
}

bool ImportCommand::importDataFile(Workspace &workspace, const QString &file, bool skipBadRows)
{
    DataImporter importer(workspace);
    DataImporter::Options options;
    options.skipBadRows = skipBadRows;
    DataImporter::Summary summary;
    QString error;
    if (!importer.importFile(file, options, &summary, &error)) {
        if (summary.refused)
            error += u' ' + tr("Use --skip-bad-rows to import the other rows.");
        failure(tr("%1: %2").arg(file, error));
        return false;
    }
    QString line = tr("%1: %2, %n event(s)", nullptr, int(summary.eventsAdded))
                       .arg(file, DataFormat::name(summary.format));
    line += tr(", %n new actor(s)", nullptr, summary.actorsAdded);
    line += tr(", %n source(s)", nullptr, summary.articlesAdded);
    if (summary.badRowCount > 0)
        line += tr(", %n bad row(s) skipped: ", nullptr, int(summary.badRowCount))
                + summary.badRowText(20);
    line += u'.';
    QFile *out = standardOutput();
    out->write((line + u'\n').toUtf8());
    out->flush();
    return true;
}

} // namespace Faultline
