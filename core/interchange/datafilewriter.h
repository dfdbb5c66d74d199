#pragma once

#include "core/model/event.h"
#include "core/query/eventfilter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <algorithm>
#include <functional>
#include <optional>

class QIODevice;

namespace Faultline {

class Workspace;

// Writes the events or the actor graph of a workspace, narrowed by a filter, to one data
// file: TimelineJS JSON, the events' CSV or JSON, ACLED-style CSV, GEXF or GraphML. Events
// are read in pages, so a large workspace never sits in memory twice; the file appears
// only when it is complete (a failed or cancelled export leaves no partial file).
class DataFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::DataFileWriter)

public:
    enum class Format { TimelineJs, Csv, Json, Acled, Gexf, GraphMl };
    static constexpr int PageSize = 50000;

    static QList<Format> formats();
    static QString formatKey(Format format); // "timelinejs", "csv", ... (command line)
    static std::optional<Format> formatFromKey(QStringView key);
    static QString formatName(Format format); // translated, for menus
    static QString suffix(Format format);     // "json", "csv", "gexf", "graphml"
    static bool isGraph(Format format);

    // Told events done and the total; returning false cancels the export.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit DataFileWriter(Workspace &workspace);

    // The TimelineJS title slide and the GEXF description; default: the workspace's name.
    void setTitle(const QString &title) { m_title = title; }
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setPageSize(int events) { m_pageSize = std::max(1, events); }

    bool write(Format format, const EventFilter &filter, const QString &path, QString *error);

    // After write(): events written and events left out (TimelineJS and ACLED need a date).
    qint64 writtenCount() const { return m_written; }
    qint64 skippedCount() const { return m_skipped; }
    bool wasCancelled() const { return m_cancelled; }

private:
    // Calls each(page) for the events of the filter, a page at a time.
    bool forEachPage(const EventFilter &filter,
                     const std::function<bool(const QList<Event> &)> &each,
                     QString *error);
    bool writeTo(QIODevice *device, Format format, const EventFilter &filter, QString *error);
    QString title() const;

    Workspace &m_workspace;
    QString m_title;
    Progress m_progress;
    int m_pageSize = PageSize;
    qint64 m_written = 0;
    qint64 m_skipped = 0;
    bool m_cancelled = false;
};

} // namespace Faultline
