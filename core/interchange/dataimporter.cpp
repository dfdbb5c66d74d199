#include "core/interchange/dataimporter.h"

#include "core/interchange/acledrowmapper.h"
#include "core/interchange/csvreader.h"
#include "core/interchange/datarecord.h"
#include "core/interchange/gdeltrowmapper.h"
#include "core/interchange/genericrowmapper.h"
#include "core/interchange/mappedrowstream.h"
#include "core/interchange/recordnumbering.h"
#include "core/interchange/timelinejsonreader.h"
#include "core/interchange/timelinejsrowmapper.h"
#include "core/interchange/ucdprowmapper.h"
#include "core/store/articlerepository.h"
#include "core/store/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QUuid>

#include <memory>
#include <vector>

Q_LOGGING_CATEGORY(lcDataImport, "faultline.import")

namespace Faultline {

namespace {

// Below this many bytes a file imports with the indexes in place.
constexpr qint64 DeferIndexesFromBytes = 4 * 1024 * 1024;
// About this many bytes make a row in the usual exports.
constexpr qint64 BytesPerRowEstimate = 250;
constexpr qint64 ProgressEveryRows = 2048;
constexpr qint64 CancelCheckEveryRows = 256;

QStringList headerNames(const CsvRow &row)
{
    QStringList names;
    for (int i = 0; i < row.size(); ++i)
        names << row.text(i).trimmed();
    return names;
}

// The mapper for a CSV whose first record is row; null when none fits.
std::unique_ptr<RowMapper> csvMapper(const CsvRow &row,
                                     char delimiter,
                                     const std::optional<ColumnMapping> &mapping)
{
    if (GdeltRowMapper::detect(row, delimiter) != DataFormat::Kind::Unknown) {
        auto mapper = std::make_unique<GdeltRowMapper>();
        mapper->setHeader(row, nullptr); // the first row fixes the version
        return mapper;
    }
    if (mapping)
        return std::make_unique<GenericRowMapper>(*mapping);
    const RowMapper::HeaderIndex index = RowMapper::indexHeader(row);
    if (AcledRowMapper::matches(index))
        return std::make_unique<AcledRowMapper>();
    if (UcdpRowMapper::matches(index))
        return std::make_unique<UcdpRowMapper>();
    if (TimelineJsRowMapper::matches(index))
        return std::make_unique<TimelineJsRowMapper>();
    const ColumnMapping guessed = ColumnMapping::guess(headerNames(row));
    if (guessed.isComplete())
        return std::make_unique<GenericRowMapper>(guessed);
    return nullptr;
}

std::unique_ptr<RowMapper> jsonMapper(DataFormat::Kind format)
{
    if (format == DataFormat::Kind::TimelineJsJson) {
        auto mapper = std::make_unique<TimelineJsRowMapper>();
        mapper->setFormat(format);
        return mapper;
    }
    ColumnMapping mapping;
    mapping.setColumn(ColumnMapping::Field::Date, QStringLiteral("start"));
    mapping.setColumn(ColumnMapping::Field::EndDate, QStringLiteral("end"));
    mapping.setColumn(ColumnMapping::Field::Title, QStringLiteral("content"));
    auto mapper = std::make_unique<GenericRowMapper>(mapping);
    mapper->setFormat(format);
    return mapper;
}

} // namespace

QString DataImporter::Summary::badRowText(int limit) const
{
    QStringList parts;
    for (const BadRow &bad : badRows) {
        if (parts.size() >= limit)
            break;
        // Reasons are sentences; in a list their full stops would double up.
        QString reason = bad.reason;
        if (reason.endsWith(u'.'))
            reason.chop(1);
        parts << (json ? tr("item %1: %2") : tr("line %1: %2")).arg(bad.line).arg(reason);
    }
    if (badRowCount > parts.size())
        parts << tr("and %n more", nullptr, int(qMin<qint64>(badRowCount - parts.size(), INT_MAX)));
    return parts.join(QStringLiteral("; "));
}

DataImporter::DataImporter(Workspace &workspace)
    : m_workspace(workspace)
{}

QStringList DataImporter::suffixes()
{
    return {QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("json")};
}

bool DataImporter::isDataFile(const QString &path)
{
    return suffixes().contains(QFileInfo(path).suffix().toLower());
}

QString DataImporter::unknownFormatMessage(const QStringList &columns)
{
    QString message = tr("The file is in no format Faultline reads. Expected an ACLED or UCDP GED "
                         "export, a GDELT event file (tab-separated, 57, 58 or 61 columns), a "
                         "TimelineJS spreadsheet (Year, Month, Day, Headline, ...) or JSON, "
                         "vis-timeline JSON, or a CSV with a date and a title column.");
    if (!columns.isEmpty()) {
        QStringList shown = columns.mid(0, 12);
        if (columns.size() > shown.size())
            shown << QStringLiteral("…");
        message += u' ' + tr("Its columns: %1.").arg(shown.join(QStringLiteral(", ")));
    }
    return message;
}

DataImporter::Preview DataImporter::preview(const QString &path)
{
    Preview preview;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.error = tr("%1 cannot be read: %2")
                            .arg(QDir::toNativeSeparators(path), file.errorString());
        return preview;
    }
    if (TimelineJsonReader::looksLikeJson(file.peek(4096))) {
        if (file.size() > TimelineJsonReader::MaxBytes) {
            preview.error = tr("The JSON file is too large to read.");
            return preview;
        }
        TimelineJsonReader reader;
        if (!reader.read(file.readAll(), &preview.error))
            return preview;
        preview.format = reader.format();
        return preview;
    }
    CsvReader reader(&file);
    CsvRow row;
    if (!reader.start(&preview.error))
        return preview;
    if (!reader.readRow(&row)) {
        preview.error = reader.hasError() ? reader.errorString() : tr("The file is empty.");
        return preview;
    }
    preview.delimiter = reader.delimiter();
    preview.header = headerNames(row);
    const std::unique_ptr<RowMapper> mapper = csvMapper(row, reader.delimiter(), std::nullopt);
    // A CSV in no known layout is still a generic CSV that a mapping can read.
    preview.format = mapper ? mapper->format() : DataFormat::Kind::GenericCsv;
    if (preview.format == DataFormat::Kind::Gdelt1 || preview.format == DataFormat::Kind::Gdelt2)
        preview.header.clear();
    return preview;
}

bool DataImporter::importFile(const QString &path,
                              const Options &options,
                              Summary *summary,
                              QString *error)
{
    Summary result;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        if (summary)
            *summary = result;
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The file cannot be read: %1").arg(file.errorString()));
    const qint64 total = file.size();
    const QString fileName = QFileInfo(path).fileName();
    QCryptographicHash digest(QCryptographicHash::Md5);

    std::unique_ptr<RowMapper> mapper;
    std::unique_ptr<CsvReader> reader;
    TimelineJsonReader json;
    qsizetype jsonIndex = 0;
    CsvRow row;
    bool firstRowIsData = false;
    QString reason;
    if (TimelineJsonReader::looksLikeJson(file.peek(4096))) {
        if (total > TimelineJsonReader::MaxBytes)
            return fail(tr("The JSON file is larger than %n MB, the most Faultline reads.",
                           nullptr,
                           int(TimelineJsonReader::MaxBytes / (1024 * 1024))));
        const QByteArray bytes = file.readAll();
        digest.addData(bytes);
        if (!json.read(bytes, &reason))
            return fail(reason);
        result.json = true;
        mapper = jsonMapper(json.format());
        if (!mapper->setHeader(json.header(), &reason))
            return fail(reason);
    } else {
        reader = std::make_unique<CsvReader>(&file);
        reader->setHash(&digest);
        if (!reader->start(&reason))
            return fail(reason);
        if (!reader->readRow(&row))
            return fail(reader->hasError() ? reader->errorString() : tr("The file is empty."));
        mapper = csvMapper(row, reader->delimiter(), options.mapping);
        if (!mapper)
            return fail(unknownFormatMessage(headerNames(row)));
        if (!mapper->setHeader(row, &reason))
            return fail(reason);
        firstRowIsData = !mapper->hasHeader();
        if (firstRowIsData)
            reader->setQuoting(false);
    }
    result.format = mapper->format();
    qCDebug(lcDataImport) << "importing" << path << "as" << DataFormat::key(result.format);

    BulkWriter writer(m_workspace);
    if (options.deferIndexes) {
        writer.setDeferIndexes(*options.deferIndexes);
    } else if (total >= DeferIndexesFromBytes) {
        QSqlQuery count(m_workspace.database());
        const qint64 existing = count.exec(QStringLiteral("SELECT count(*) FROM events"))
                                        && count.next()
                                    ? count.value(0).toLongLong()
                                    : 0;
        writer.setDeferIndexes(total / BytesPerRowEstimate > existing);
    }
    if (!writer.begin(&reason))
        return fail(reason);

    const QString formatName = DataFormat::name(result.format);
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    const QString pendingPrefix = QStringLiteral("pending:%1:")
                                      .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    // Sources and actors by their number in the file (RecordNumbering): 0 until written.
    std::vector<qint64> articleIds;
    std::vector<qint64> actorIds;
    struct Source
    {
        QByteArray key;
        qint64 articleId = 0;
    };
    QList<Source> sources; // in the order written, for the final hashes
    BulkWriter::EventRow event;
    bool writing = true;

    // Rows are read and mapped on a thread of their own while this one writes.
    auto nextRow = [&](CsvRow *next) -> bool {
        if (result.json) {
            if (jsonIndex >= json.rows().size())
                return false;
            *next = json.rows().at(jsonIndex++);
            return true;
        }
        if (firstRowIsData) {
            firstRowIsData = false;
            *next = row;
            return true;
        }
        return reader->readRow(next);
    };
    auto bytesDone = [&]() -> qint64 {
        return result.json
                   ? (json.rows().isEmpty() ? total : total * jsonIndex / json.rows().size())
                   : reader->bytesRead();
    };
    MappedRowStream rows(nextRow, bytesDone, *mapper);

    while (const MappedRowStream::Item *item = rows.next()) {
        ++result.rowsRead;
        if (result.rowsRead % CancelCheckEveryRows == 0 && options.cancel
            && options.cancel->load(std::memory_order_relaxed)) {
            result.cancelled = true;
            rows.stop();
            break;
        }
        if (options.progress && result.rowsRead % ProgressEveryRows == 0)
            options.progress(rows.position(), total);
        if (!item->mapped) {
            ++result.badRowCount;
            if (result.badRows.size() < options.maxReportedBadRows)
                result.badRows.append({item->row.line(), item->reason});
            if (!options.skipBadRows && writing) {
                // Refused: keep reading to report every bad row, but write no more.
                writing = false;
                writer.rollback();
            }
            continue;
        }
        const DataRecord &record = item->record;
        if (item->skip || !writing)
            continue;

        if (size_t(record.sourceNumber) >= articleIds.size())
            articleIds.resize(size_t(record.sourceNumber) + 1, 0);
        qint64 &articleId = articleIds[size_t(record.sourceNumber)];
        if (articleId == 0) {
            Article article;
            const QString outlet = QString::fromUtf8(record.outlet);
            article.outlet = outlet.isEmpty() ? formatName : outlet;
            article.title = record.sourceTitle.isEmpty()
                                ? tr("%1 (%2, %3)").arg(article.outlet, formatName, fileName)
                                : QString::fromUtf8(record.sourceTitle);
            article.url = QString::fromUtf8(record.url);
            article.sourcePath = absolutePath;
            article.contentHash = pendingPrefix + QString::number(sources.size());
            articleId = writer.insertArticle(article, &reason);
            if (articleId == 0)
                return fail(reason);
            sources.append({RecordNumbering::sourceKey(record), articleId});
        }

        event.title = record.title;
        event.cameoRoot = record.cameoRoot;
        event.date = record.date;
        event.dateText = record.dateText;
        event.location = record.location;
        event.articleId = articleId;
        event.evidence = record.evidence;
        event.fatalities = record.fatalities;
        event.latitude = record.latitude;
        event.longitude = record.longitude;
        event.externalId = record.externalId;
        event.participants.clear();
        for (const DataRecord::ActorRef &actor : std::as_const(record.actors)) {
            if (size_t(actor.number) >= actorIds.size())
                actorIds.resize(size_t(actor.number) + 1, 0);
            qint64 &actorId = actorIds[size_t(actor.number)];
            if (actorId == 0) {
                actorId = writer.actor(actor.name, actor.kind, &reason);
                if (actorId == 0)
                    return fail(reason);
            }
            event.participants.append({actorId, actor.role});
        }
        if (!writer.addEvent(event, &reason))
            return fail(reason);
    }
    rows.stop(); // the reader, the mapper and the digest are this thread's again
    if (options.progress)
        options.progress(bytesDone(), total);

    if (reader && reader->hasError()) {
        writer.rollback();
        return fail(reader->errorString() + u' ' + tr("Nothing was imported."));
    }
    if (result.cancelled) {
        writer.rollback();
        return fail(tr("The import was cancelled; nothing was imported."));
    }
    if (result.badRowCount > 0 && !options.skipBadRows) {
        writer.rollback();
        result.refused = true;
        return fail(tr("%n bad row(s), so nothing was imported: ", nullptr, int(result.badRowCount))
                    + result.badRowText() + u'.');
    }

    // Each source's article is named by the file's content and the source, so
    // importing the same file again is recognised before anything is written.
    const QByteArray fileDigest = digest.result();
    auto finalHash = [&fileDigest](const QByteArray &sourceKey) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(QByteArrayView("faultline-data\x1f"));
        hash.addData(fileDigest);
        hash.addData(QByteArrayView("\x1f"));
        hash.addData(sourceKey);
        return QString::fromLatin1(hash.result().toHex());
    };
    if (!sources.isEmpty()) {
        ArticleRepository articles(m_workspace);
        if (const auto known = articles.findByHash(finalHash(sources.constFirst().key))) {
            writer.rollback();
            result.duplicate = true;
            return fail(tr("This file was imported before (article %1); nothing was imported "
                           "again.")
                            .arg(*known));
        }
    }
    for (const Source &source : std::as_const(sources)) {
        if (!writer.setArticleHash(source.articleId, finalHash(source.key), &reason))
            return fail(reason);
    }
    result.eventsAdded = writer.eventsAdded();
    result.actorsAdded = writer.actorsAdded();
    result.articlesAdded = writer.articlesAdded();
    if (result.eventsAdded == 0) {
        writer.rollback();
        result.actorsAdded = 0;
        result.articlesAdded = 0;
    } else if (!writer.commit(&reason)) {
        return fail(reason);
    }
    result.timing = writer.timing();
    if (result.eventsAdded > 0)
        result.footprint = writer.footprint();
    qCDebug(lcDataImport) << "imported" << result.eventsAdded << "events from" << path;
    if (summary)
        *summary = result;
    return true;
}

} // namespace Faultline
