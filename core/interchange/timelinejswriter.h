#pragma once

#include "core/interchange/articlesourcelookup.h"
#include "core/interchange/jsonarraywriter.h"
#include "core/interchange/namelookup.h"
#include "core/model/datespan.h"
#include "core/model/event.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <memory>
#include <optional>

class QIODevice;

namespace Faultline {

// Events as a TimelineJS 3 JSON file: {"title": slide, "events": [slides]}, each event
// with start_date/end_date objects at its date's precision, text.headline, text.text
// (the evidence sentences and their sources, HTML-escaped), group (the quad class) and
// display_date. Streams: begin(), add() per event, finish().
class TimelineJsWriter
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::TimelineJsWriter)

public:
    TimelineJsWriter(const NameLookup &names, const ArticleSourceLookup &sources);
    ~TimelineJsWriter();

    // The event as a slide; nullopt when its date is unresolved (a slide needs a start).
    std::optional<QJsonObject> toJson(const Event &event) const;
    // A TimelineJS date object with the fields the precision knows: year, month, day.
    static QJsonObject dateJson(qint64 julianDay, DateSpan::Precision precision);
    static QJsonObject titleSlide(const QString &headline, const QString &text);

    bool begin(QIODevice *device, const QString &headline, const QString &text);
    bool add(const Event &event); // an unresolved event is skipped and counted
    bool finish();                // false when anything failed to write
    int writtenCount() const { return m_written; }
    int skippedCount() const { return m_skipped; }

    // All at once; *error names the reason when writing fails.
    bool write(QIODevice *device,
               const QList<Event> &events,
               const QString &headline,
               const QString &text,
               QString *error);

private:
    QString evidenceHtml(const Event &event) const;

    const NameLookup &m_names;
    const ArticleSourceLookup &m_sources;
    QIODevice *m_device = nullptr;
    std::unique_ptr<JsonArrayWriter> m_array;
    bool m_error = false;
    int m_written = 0;
    int m_skipped = 0;
};

} // namespace Faultline
