#include "core/interchange/rowmapper.h"

namespace Faultline {

RowMapper::HeaderIndex RowMapper::indexHeader(const CsvRow &header)
{
    HeaderIndex index;
    for (int i = 0; i < header.size(); ++i) {
        QByteArray name = header.field(i).trimmed().toByteArray().toLower();
        if (!index.contains(name))
            index.insert(name, i);
    }
    return index;
}

int RowMapper::column(const HeaderIndex &index, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const auto it = index.constFind(QByteArray(name));
        if (it != index.cend())
            return *it;
    }
    return -1;
}

std::optional<qint64> RowMapper::toInt(QByteArrayView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (ok)
        return value;
    const double real = text.toDouble(&ok); // "12.0"
    if (ok && real >= -9e15 && real <= 9e15)
        return qint64(real);
    return std::nullopt;
}

std::optional<double> RowMapper::toDouble(QByteArrayView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

void RowMapper::join(QByteArray &out, QByteArrayView part, QByteArrayView separator)
{
    part = part.trimmed();
    if (part.isEmpty())
        return;
    if (!out.isEmpty())
        out.append(separator);
    out.append(part);
}

QByteArray RowMapper::plainText(QByteArrayView html)
{
    if (!html.contains('<') && !html.contains('&'))
        return html.trimmed().toByteArray();
    QByteArray out;
    out.reserve(html.size());
    bool inTag = false;
    for (qsizetype i = 0; i < html.size(); ++i) {
        const char c = html[i];
        if (inTag) {
            if (c == '>')
                inTag = false;
            continue;
        }
        if (c == '<') {
            inTag = true;
            // Block ends read as spaces, so words do not run together.
            if (!out.isEmpty() && !out.endsWith(' '))
                out.append(' ');
            continue;
        }
        if (c == '&') {
            static constexpr struct
            {
                const char *entity;
                const char *text;
            } Entities[] = {{"&amp;", "&"},
                            {"&lt;", "<"},
                            {"&gt;", ">"},
                            {"&quot;", "\""},
                            {"&#39;", "'"},
                            {"&apos;", "'"},
                            {"&nbsp;", " "}};
            bool replaced = false;
            for (const auto &entity : Entities) {
                if (html.sliced(i).startsWith(entity.entity)) {
                    out.append(entity.text);
                    i += qsizetype(qstrlen(entity.entity)) - 1;
                    replaced = true;
                    break;
                }
            }
            if (replaced)
                continue;
        }
        out.append(c);
    }
    return out.simplified();
}

QByteArrayView RowMapper::hostOf(QByteArrayView url)
{
    const qsizetype scheme = url.indexOf("://");
    if (scheme < 0)
        return {};
    QByteArrayView rest = url.sliced(scheme + 3);
    qsizetype end = 0;
    while (end < rest.size() && rest[end] != '/' && rest[end] != ':' && rest[end] != '?'
           && rest[end] != '#')
        ++end;
    rest = rest.first(end);
    if (rest.startsWith("www."))
        rest = rest.sliced(4);
    return rest;
}

bool RowMapper::checkWidth(const CsvRow &row, QString *reason) const
{
    if (m_columns == 0 || row.size() == m_columns)
        return true;
    if (reason)
        *reason = tr("%1 fields where the header has %2; a delimiter or quote may be wrong.")
                      .arg(row.size())
                      .arg(m_columns);
    return false;
}

QString RowMapper::missingColumn(DataFormat::Kind format, const char *name)
{
    return tr("The file looks like %1 but has no column “%2”.")
        .arg(DataFormat::name(format), QString::fromLatin1(name));
}

QString RowMapper::missingValue(const char *column)
{
    return tr("The required value “%1” is empty.").arg(QString::fromLatin1(column));
}

QString RowMapper::badDate(const char *column, QByteArrayView value)
{
    return tr("“%1” is not a date (%2).")
        .arg(QString::fromUtf8(value.trimmed()), QString::fromLatin1(column));
}

void RowMapper::setCoordinates(DataRecord *record, QByteArrayView latitude, QByteArrayView longitude)
{
    const std::optional<double> lat = toDouble(latitude);
    const std::optional<double> lon = toDouble(longitude);
    if (lat && lon && *lat >= -90 && *lat <= 90 && *lon >= -180 && *lon <= 180) {
        record->latitude = lat;
        record->longitude = lon;
    } else {
        record->latitude.reset();
        record->longitude.reset();
    }
}

} // namespace Faultline
