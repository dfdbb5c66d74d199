#include "core/interchange/timelinejswriter.h"

#include <QIODevice>
#include <QJsonDocument>

namespace Faultline {

namespace {

// Only web links become anchors: a file path or a script URL stays text.
bool isWebUrl(const QString &url)
{
    return url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
           || url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

} // namespace

TimelineJsWriter::TimelineJsWriter(const NameLookup &names, const ArticleSourceLookup &sources)
    : m_names(names)
    , m_sources(sources)
{}

TimelineJsWriter::~TimelineJsWriter() = default;

QJsonObject TimelineJsWriter::dateJson(qint64 julianDay, DateSpan::Precision precision)
{
    qint64 year = 0;
    int month = 0;
    int day = 0;
    DateSpan::toYearMonthDay(julianDay, &year, &month, &day);
    QJsonObject object;
    object.insert(QStringLiteral("year"), year);
    switch (precision) {
    case DateSpan::Precision::Day:
        object.insert(QStringLiteral("month"), month);
        object.insert(QStringLiteral("day"), day);
        break;
    case DateSpan::Precision::Month:
    case DateSpan::Precision::Season:
        object.insert(QStringLiteral("month"), month);
        break;
    case DateSpan::Precision::Year:
    case DateSpan::Precision::Decade:
    case DateSpan::Precision::Century:
        break;
    }
    return object;
}

QJsonObject TimelineJsWriter::titleSlide(const QString &headline, const QString &text)
{
    QJsonObject body;
    body.insert(QStringLiteral("headline"), headline.toHtmlEscaped());
    body.insert(QStringLiteral("text"), QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()));
    QJsonObject slide;
    slide.insert(QStringLiteral("text"), body);
    return slide;
}

QString TimelineJsWriter::evidenceHtml(const Event &event) const
{
    // TimelineJS renders text.text as HTML: everything from articles is escaped.
    QString html;
    for (const Evidence &piece : event.evidence) {
        html += QStringLiteral("<blockquote>%1</blockquote>")
                    .arg(piece.sentence.simplified().toHtmlEscaped());
        QString source = m_names.articleLabel(piece.articleId).toHtmlEscaped();
        const QString url = m_sources.url(piece.articleId);
        if (isWebUrl(url))
            source = QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), source);
        const QString outlet = m_sources.outlet(piece.articleId);
        if (!outlet.isEmpty())
            source = tr("%1, %2", "article, outlet").arg(source, outlet.toHtmlEscaped());
        if (!source.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(tr("Source: %1").arg(source));
    }
    return html;
}

std::optional<QJsonObject> TimelineJsWriter::toJson(const Event &event) const
{
    if (!event.date.isValid())
        return std::nullopt;
    QJsonObject slide;
    slide.insert(QStringLiteral("unique_id"), QStringLiteral("faultline-event-%1").arg(event.id));
    const DateSpan &date = event.date;
    slide.insert(QStringLiteral("start_date"), dateJson(date.earliestDay(), date.precision()));
    // A month is one TimelineJS date at month precision; only a span that reaches
    // into a later unit of its precision needs an end.
    if (date.endIso() != date.startIso())
        slide.insert(QStringLiteral("end_date"), dateJson(date.latestDay(), date.precision()));
    slide.insert(QStringLiteral("display_date"), date.toDisplayString());
    QJsonObject text;
    text.insert(QStringLiteral("headline"), event.title.toHtmlEscaped());
    text.insert(QStringLiteral("text"), evidenceHtml(event));
    slide.insert(QStringLiteral("text"), text);
    // The type's name groups the slides, and an import reads the type back from it.
    if (event.type.isValid())
        slide.insert(QStringLiteral("group"), event.type.name());
    return slide;
}

bool TimelineJsWriter::begin(QIODevice *device, const QString &headline, const QString &text)
{
    m_device = device;
    m_written = 0;
    m_skipped = 0;
    m_array = std::make_unique<JsonArrayWriter>(device);
    const QByteArray head
        = "{\"title\":" + QJsonDocument(titleSlide(headline, text)).toJson(QJsonDocument::Compact)
          + ",\n\"events\":";
    m_error = !device || device->write(head) != head.size();
    return !m_error;
}

bool TimelineJsWriter::add(const Event &event)
{
    if (m_error || !m_array)
        return false;
    const std::optional<QJsonObject> slide = toJson(event);
    if (!slide) {
        ++m_skipped;
        return true;
    }
    ++m_written;
    m_error = !m_array->add(*slide);
    return !m_error;
}

bool TimelineJsWriter::finish()
{
    if (m_error || !m_array)
        return false;
    m_error = !m_array->finish() || m_device->write("}\n", 2) != 2;
    return !m_error;
}

bool TimelineJsWriter::write(QIODevice *device,
                             const QList<Event> &events,
                             const QString &headline,
                             const QString &text,
                             QString *error)
{
    bool ok = begin(device, headline, text);
    for (const Event &event : events) {
        if (!ok)
            break;
        ok = add(event);
    }
    ok = ok && finish();
    if (!ok && error)
        *error = device ? device->errorString() : tr("There is nothing to write to.");
    return ok;
}

} // namespace Faultline
