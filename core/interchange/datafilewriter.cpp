#include "core/interchange/datafilewriter.h"

#include "core/interchange/acledcsvwriter.h"
#include "core/interchange/actorgraphspells.h"
#include "core/interchange/articlesourcelookup.h"
#include "core/interchange/csvwriter.h"
#include "core/interchange/eventcsvwriter.h"
#include "core/interchange/eventjsonwriter.h"
#include "core/interchange/gexfwriter.h"
#include "core/interchange/graphmlwriter.h"
#include "core/interchange/jsonarraywriter.h"
#include "core/interchange/namelookup.h"
#include "core/interchange/timelinejswriter.h"
#include "core/query/actorgraphbuilder.h"
#include "core/store/eventrepository.h"
#include "core/store/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QVariant>

namespace Faultline {

QList<DataFileWriter::Format> DataFileWriter::formats()
{
    return {Format::TimelineJs,
            Format::Csv,
            Format::Json,
            Format::Acled,
            Format::Gexf,
            Format::GraphMl};
}

QString DataFileWriter::formatKey(Format format)
{
    switch (format) {
    case Format::TimelineJs:
        return QStringLiteral("timelinejs");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Acled:
        return QStringLiteral("acled");
    case Format::Gexf:
        return QStringLiteral("gexf");
    case Format::GraphMl:
        return QStringLiteral("graphml");
    }
    return {};
}

std::optional<DataFileWriter::Format> DataFileWriter::formatFromKey(QStringView key)
{
    for (Format format : formats()) {
        if (key.compare(formatKey(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

QString DataFileWriter::formatName(Format format)
{
    switch (format) {
    case Format::TimelineJs:
        return tr("TimelineJS (JSON)");
    case Format::Csv:
        return tr("Events as CSV");
    case Format::Json:
        return tr("Events as JSON");
    case Format::Acled:
        return tr("ACLED-style CSV");
    case Format::Gexf:
        return tr("Actor graph as GEXF (Gephi)");
    case Format::GraphMl:
        return tr("Actor graph as GraphML");
    }
    return {};
}

QString DataFileWriter::suffix(Format format)
{
    switch (format) {
    case Format::TimelineJs:
    case Format::Json:
        return QStringLiteral("json");
    case Format::Csv:
    case Format::Acled:
        return QStringLiteral("csv");
    case Format::Gexf:
        return QStringLiteral("gexf");
    case Format::GraphMl:
        return QStringLiteral("graphml");
    }
    return {};
}

bool DataFileWriter::isGraph(Format format)
{
    return format == Format::Gexf || format == Format::GraphMl;
}

DataFileWriter::DataFileWriter(Workspace &workspace)
    : m_workspace(workspace)
{}

QString DataFileWriter::title() const
{
    if (!m_title.trimmed().isEmpty())
        return m_title.trimmed();
    return QFileInfo(m_workspace.path()).completeBaseName();
}

bool DataFileWriter::forEachPage(const EventFilter &filter,
                                 const std::function<bool(const QList<Event> &)> &each,
                                 QString *error)
{
    const EventRepository events(m_workspace);
    const qint64 total = events.count(filter);
    EventFilter page = filter;
    page.limit = m_pageSize;
    page.offset = 0;
    page.after.reset();
    qint64 done = 0;
    while (true) {
        if (m_progress && !m_progress(done, total)) {
            m_cancelled = true;
            if (error)
                *error = tr("The export was cancelled.");
            return false;
        }
        const QList<Event> batch = events.query(page);
        if (!each(batch))
            return false;
        done += batch.size();
        if (batch.size() < m_pageSize)
            break;
        // The next page starts after this one's last event (keyset paging: no offset
        // to count past, so every page costs the same).
        const Event &last = batch.constLast();
        page.after = EventFilter::Position{last.date.isValid()
                                               ? std::optional<qint64>(last.date.earliestDay())
                                               : std::nullopt,
                                           last.id};
    }
    if (m_progress)
        m_progress(done, total);
    return true;
}

bool DataFileWriter::writeTo(QIODevice *device,
                             Format format,
                             const EventFilter &filter,
                             QString *error)
{
    const NameLookup names = NameLookup::load(m_workspace);
    bool failed = false;
    switch (format) {
    case Format::TimelineJs: {
        const ArticleSourceLookup sources = ArticleSourceLookup::load(m_workspace);
        TimelineJsWriter writer(names, sources);
        const QString text = tr("Events of the workspace %1, each with the sentences it was "
                                "read in and their sources; made with Faultline.")
                                 .arg(QFileInfo(m_workspace.path()).fileName());
        const auto addPage = [&writer](const QList<Event> &page) {
            for (const Event &event : page) {
                if (!writer.add(event))
                    return false;
            }
            return true;
        };
        failed = !writer.begin(device, title(), text) || !forEachPage(filter, addPage, error)
                 || !writer.finish();
        m_written = writer.writtenCount();
        m_skipped = writer.skippedCount();
        break;
    }
    case Format::Csv:
    case Format::Acled: {
        const ArticleSourceLookup sources = ArticleSourceLookup::load(m_workspace);
        const EventCsvWriter events(names);
        const AcledCsvWriter acled(names, sources);
        const bool isAcled = format == Format::Acled;
        CsvWriter writer(device);
        writer.writeRow(isAcled ? AcledCsvWriter::header() : EventCsvWriter::header());
        const auto addPage = [&](const QList<Event> &page) {
            for (const Event &event : page) {
                const QStringList row = isAcled ? acled.row(event) : events.row(event);
                if (row.isEmpty()) {
                    ++m_skipped;
                    continue;
                }
                ++m_written;
                if (!writer.writeRow(row))
                    return false;
            }
            return true;
        };
        failed = !forEachPage(filter, addPage, error) || writer.hasError();
        break;
    }
    case Format::Json: {
        const EventJsonWriter events(names);
        JsonArrayWriter writer(device);
        const auto addPage = [&](const QList<Event> &page) {
            for (const Event &event : page) {
                ++m_written;
                if (!writer.add(events.toJson(event)))
                    return false;
            }
            return true;
        };
        failed = !forEachPage(filter, addPage, error) || !writer.finish();
        break;
    }
    case Format::Gexf:
    case Format::GraphMl: {
        ActorGraphBuilder builder(m_workspace);
        builder.setNodeCap(0); // a data export holds every actor
        const std::optional<ActorGraph> graph = builder.build(filter, error);
        if (!graph)
            return false;
        ActorGraphSpells spells;
        const auto addPage = [&](const QList<Event> &page) {
            for (const Event &event : page)
                spells.addEvent(event);
            m_written += page.size();
            return true;
        };
        if (!forEachPage(filter, addPage, error))
            return false;
        if (format == Format::Gexf) {
            GexfWriter writer;
            writer.setDescription(title());
            return writer.write(device, *graph, &spells, error);
        }
        return GraphmlWriter().write(device, *graph, &spells, error);
    }
    }
    if (failed && error && error->isEmpty() && !m_cancelled)
        *error = device->errorString();
    return !failed;
}

bool DataFileWriter::write(Format format,
                           const EventFilter &filter,
                           const QString &path,
                           QString *error)
{
    m_written = 0;
    m_skipped = 0;
    m_cancelled = false;
    const QString shownPath = QDir::toNativeSeparators(path);
    if (!m_workspace.isOpen()) {
        if (error)
            *error = tr("The workspace is not open.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(shownPath, file.errorString());
        return false;
    }
    // One read transaction: every page and the graph see the same workspace.
    QSqlDatabase database = m_workspace.database();
    const bool snapshot = database.transaction();
    QString reason;
    const bool written = writeTo(&file, format, filter, &reason);
    if (snapshot)
        database.rollback();
    if (!written) {
        file.cancelWriting();
        if (error)
            *error = m_cancelled ? reason : tr("Cannot write %1: %2").arg(shownPath, reason);
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(shownPath, file.errorString());
        return false;
    }
    return true;
}

} // namespace Faultline
