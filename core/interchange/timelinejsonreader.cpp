#include "core/interchange/timelinejsonreader.h"

#include "core/interchange/rowmapper.h"
#include "core/interchange/timelinejsrowmapper.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace Faultline {

namespace {

// Converting a double outside qint64's range to qint64 is undefined behaviour:
// JSON numbers such as 3.2e43 must be checked first. 2^63 itself is not a qint64.
bool fitsInQint64(double number)
{
    constexpr double limit = 9223372036854775808.0; // 2^63
    return std::isfinite(number) && number >= -limit && number < limit;
}

// Numbers and strings alike as UTF-8 text; integers without a fraction.
QByteArray textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toUtf8();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (fitsInQint64(number) && number == double(qint64(number)))
            return QByteArray::number(qint64(number));
        return QByteArray::number(number, 'g', 15);
    }
    if (value.isBool())
        return value.toBool() ? "true" : "false";
    return {};
}

// vis-timeline dates: a string, or milliseconds since the epoch.
QByteArray visDate(const QJsonValue &value)
{
    // A number beyond any date stays a number, which the row mapper reports as
    // a date it cannot read.
    if (value.isDouble() && fitsInQint64(value.toDouble()))
        return QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC)
            .date()
            .toString(Qt::ISODate)
            .toUtf8();
    return textOf(value);
}

} // namespace

bool TimelineJsonReader::looksLikeJson(QByteArrayView head)
{
    if (head.startsWith("\xef\xbb\xbf"))
        head = head.sliced(3);
    head = head.trimmed();
    return head.startsWith('{') || head.startsWith('[');
}

bool TimelineJsonReader::read(const QByteArray &json, QString *error)
{
    m_rows.clear();
    m_header.clear();
    m_format = DataFormat::Kind::Unknown;
    QJsonParseError parseError;
    QByteArrayView bytes(json);
    if (bytes.startsWith("\xef\xbb\xbf"))
        bytes = bytes.sliced(3);
    const QJsonDocument document = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (document.isNull()) {
        if (error)
            *error = tr("The JSON cannot be read at byte %1: %2.")
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();
    if (document.isObject() && root.value(QStringLiteral("events")).isArray()) {
        m_format = DataFormat::Kind::TimelineJsJson;
        for (const QByteArray &name : TimelineJsRowMapper::columns())
            m_header.appendField(name);
        const QJsonArray events = root.value(QStringLiteral("events")).toArray();
        qint64 item = 0;
        for (const QJsonValue &value : events) {
            const QJsonObject event = value.toObject();
            const QJsonObject start = event.value(QStringLiteral("start_date")).toObject();
            const QJsonObject end = event.value(QStringLiteral("end_date")).toObject();
            const QJsonObject text = event.value(QStringLiteral("text")).toObject();
            const QJsonObject media = event.value(QStringLiteral("media")).toObject();
            QByteArray display = textOf(event.value(QStringLiteral("display_date")));
            if (display.isEmpty())
                display = textOf(start.value(QStringLiteral("display_date")));
            CsvRow row;
            row.setLine(++item);
            for (const char *key : {"year", "month", "day", "hour"})
                row.appendField(textOf(start.value(QLatin1String(key))));
            for (const char *key : {"year", "month", "day", "hour"})
                row.appendField(textOf(end.value(QLatin1String(key))));
            row.appendField(display);
            row.appendField(textOf(text.value(QStringLiteral("headline"))));
            row.appendField(textOf(text.value(QStringLiteral("text"))));
            for (const char *key : {"url", "credit", "caption", "thumbnail"})
                row.appendField(textOf(media.value(QLatin1String(key))));
            row.appendField(QByteArray()); // Type: every entry of "events" is an event
            row.appendField(textOf(event.value(QStringLiteral("group"))));
            row.appendField(QByteArray());
            m_rows.append(row);
        }
        return true;
    }
    QJsonArray items;
    if (document.isArray())
        items = document.array();
    else if (root.value(QStringLiteral("items")).isArray())
        items = root.value(QStringLiteral("items")).toArray();
    const bool visItems = !items.isEmpty()
                          && std::all_of(items.begin(), items.end(), [](const QJsonValue &v) {
                                 return v.isObject()
                                        && v.toObject().contains(QStringLiteral("start"));
                             });
    if (!visItems) {
        if (error)
            *error = tr("The JSON is neither TimelineJS (an object with \"events\") nor "
                        "vis-timeline items (an array of objects with \"start\").");
        return false;
    }
    m_format = DataFormat::Kind::VisTimelineJson;
    for (const char *name : {"id", "start", "end", "content", "group"})
        m_header.appendField(name);
    // vis-timeline names its groups in a list of their own ({"items": [...], "groups":
    // [{"id": 1, "content": "Taliban"}]}); items refer to them by id.
    QHash<QByteArray, QByteArray> groupNames;
    for (const QJsonValue &value : root.value(QStringLiteral("groups")).toArray()) {
        const QJsonObject group = value.toObject();
        QByteArray name = RowMapper::plainText(textOf(group.value(QStringLiteral("content"))))
                              .trimmed();
        if (name.isEmpty())
            name = textOf(group.value(QStringLiteral("title"))).trimmed();
        const QByteArray id = textOf(group.value(QStringLiteral("id")));
        if (!id.isEmpty() && !name.isEmpty())
            groupNames.insert(id, name);
    }
    qint64 item = 0;
    for (const QJsonValue &value : std::as_const(items)) {
        const QJsonObject object = value.toObject();
        CsvRow row;
        row.setLine(++item);
        row.appendField(textOf(object.value(QStringLiteral("id"))));
        row.appendField(visDate(object.value(QStringLiteral("start"))));
        row.appendField(visDate(object.value(QStringLiteral("end"))));
        QByteArray content = textOf(object.value(QStringLiteral("content")));
        if (content.trimmed().isEmpty())
            content = textOf(object.value(QStringLiteral("title")));
        row.appendField(content);
        const QJsonValue groupValue = object.value(QStringLiteral("group"));
        QByteArray group = textOf(groupValue);
        if (const auto named = groupNames.constFind(group); named != groupNames.cend())
            group = *named;
        else if (groupValue.isDouble())
            group.clear(); // a group id without a name says nothing about the event
        row.appendField(group);
        m_rows.append(row);
    }
    return true;
}

} // namespace Faultline
