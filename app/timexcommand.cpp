#include "app/timexcommand.h"

#include "core/extract/temporaltagger.h"
#include "core/ingest/documentreader.h"
#include "core/ingest/textdecoder.h"
#include "core/model/datespan.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <vector>

namespace Faultline {

namespace {

// Code point offsets of every UTF-16 offset in text (a surrogate pair counts once).
std::vector<qsizetype> codePointOffsets(const QString &text)
{
    std::vector<qsizetype> offsets(size_t(text.size()) + 1);
    qsizetype codePoints = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        offsets[size_t(i)] = codePoints;
        if (!(text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate()))
            ++codePoints;
    }
    offsets[size_t(text.size())] = codePoints;
    return offsets;
}

} // namespace

QString TimexCommand::name() const
{
    return QStringLiteral("timex");
}

QString TimexCommand::summary() const
{
    return tr("Print the time expressions of an article as TimeML TIMEX3 values (JSON).");
}

Command::Exit TimexCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption published(
        QStringLiteral("published"),
        tr("The publication date (YYYY-MM-DD) that relative expressions such as \"last month\" "
           "are resolved against; overrides the date the file states."),
        tr("DATE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("Output format: json (the default and only one)."),
                                    tr("FORMAT"),
                                    QStringLiteral("json"));
    parser.addOptions({published, format});
    parser.addPositionalArgument(QStringLiteral("file"), tr("The article file."), tr("FILE"));
    Exit exit = Exit::Success;
    if (!parse(parser, arguments, &exit))
        return exit;

    if (parser.value(format).toLower() != QLatin1String("json"))
        return usageError(tr("Unknown format '%1'; use json.").arg(parser.value(format)));
    std::optional<qint64> referenceDay;
    if (parser.isSet(published)) {
        const auto span = DateSpan::fromIso(parser.value(published));
        if (!span || span->precision() != DateSpan::Precision::Day)
            return usageError(tr("'%1' is not a date for --published; use YYYY-MM-DD.")
                                  .arg(parser.value(published)));
        referenceDay = span->earliestDay();
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(tr("Name exactly one article file."));

    QString error;
    const std::optional<Document> document = DocumentReader::readFile(files.constFirst(), &error);
    if (!document)
        return failure(tr("%1: %2").arg(files.constFirst(), error));
    if (!referenceDay)
        referenceDay = document->publishedDay;

    // A plain text file is tagged as it is, so that the offsets point into the
    // file itself (as TimeML tools expect); other formats through their text.
    QString text = document->text;
    if (document->format == QLatin1String("text")) {
        QFile file(files.constFirst());
        if (!file.open(QIODevice::ReadOnly))
            return failure(tr("%1: %2").arg(files.constFirst(), file.errorString()));
        text = TextDecoder::decode(file.readAll()).text;
    }
    const QList<TimeExpression> expressions = TemporalTagger().tag(text, referenceDay);
    const std::vector<qsizetype> offsets = codePointOffsets(text);
    QJsonArray array;
    for (const TimeExpression &e : expressions) {
        QJsonObject object;
        object.insert(QStringLiteral("begin"), qint64(offsets[size_t(e.begin)]));
        object.insert(QStringLiteral("end"), qint64(offsets[size_t(e.end)]));
        object.insert(QStringLiteral("text"), e.text);
        object.insert(QStringLiteral("type"), TimeExpression::typeName(e.type));
        object.insert(QStringLiteral("value"), e.value);
        array.append(object);
    }
    QFile *out = standardOutput();
    out->write(QJsonDocument(array).toJson(QJsonDocument::Indented));
    if (!out->flush())
        return failure(tr("The time expressions cannot be written: %1").arg(out->errorString()));
    return Exit::Success;
}

} // namespace Faultline
