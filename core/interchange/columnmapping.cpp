#include "core/interchange/columnmapping.h"

#include <QCryptographicHash>
#include <QUrl>

namespace Faultline {

bool ColumnMapping::isComplete() const
{
    return !column(Field::Date).isEmpty() && !column(Field::Title).isEmpty();
}

bool ColumnMapping::isRequired(Field field)
{
    return field == Field::Date || field == Field::Title;
}

QString ColumnMapping::fieldKey(Field field)
{
    switch (field) {
    case Field::Date:
        return QStringLiteral("date");
    case Field::EndDate:
        return QStringLiteral("end-date");
    case Field::Title:
        return QStringLiteral("title");
    case Field::Actors:
        return QStringLiteral("actors");
    case Field::Type:
        return QStringLiteral("type");
    case Field::Location:
        return QStringLiteral("location");
    case Field::Source:
        return QStringLiteral("source");
    }
    return QString();
}

QString ColumnMapping::fieldName(Field field)
{
    switch (field) {
    case Field::Date:
        return tr("Date");
    case Field::EndDate:
        return tr("End date");
    case Field::Title:
        return tr("Title");
    case Field::Actors:
        return tr("Actors");
    case Field::Type:
        return tr("Type (CAMEO code)");
    case Field::Location:
        return tr("Location");
    case Field::Source:
        return tr("Source");
    }
    return QString();
}

ColumnMapping ColumnMapping::guess(const QStringList &header)
{
    static const QList<std::pair<Field, QStringList>> Names = {
        {Field::Date,
         {QStringLiteral("date"),
          QStringLiteral("start"),
          QStringLiteral("start date"),
          QStringLiteral("start_date"),
          QStringLiteral("event_date"),
          QStringLiteral("when")}},
        {Field::EndDate,
         {QStringLiteral("end"),
          QStringLiteral("end date"),
          QStringLiteral("end_date"),
          QStringLiteral("date_end"),
          QStringLiteral("until")}},
        {Field::Title,
         {QStringLiteral("title"),
          QStringLiteral("headline"),
          QStringLiteral("event"),
          QStringLiteral("summary"),
          QStringLiteral("description"),
          QStringLiteral("content"),
          QStringLiteral("what")}},
        {Field::Actors,
         {QStringLiteral("actors"),
          QStringLiteral("actor"),
          QStringLiteral("participants"),
          QStringLiteral("parties"),
          QStringLiteral("who")}},
        {Field::Type,
         {QStringLiteral("type"),
          QStringLiteral("cameo"),
          QStringLiteral("event_type"),
          QStringLiteral("code")}},
        {Field::Location,
         {QStringLiteral("location"),
          QStringLiteral("place"),
          QStringLiteral("where"),
          QStringLiteral("country")}},
        {Field::Source,
         {QStringLiteral("source"),
          QStringLiteral("url"),
          QStringLiteral("link"),
          QStringLiteral("outlet")}},
    };
    ColumnMapping mapping;
    for (const auto &[field, names] : Names) {
        for (const QString &name : names) {
            const auto it = std::find_if(header.cbegin(), header.cend(), [&](const QString &h) {
                return h.trimmed().compare(name, Qt::CaseInsensitive) == 0;
            });
            if (it != header.cend()) {
                mapping.setColumn(field, *it);
                break;
            }
        }
    }
    return mapping;
}

QString ColumnMapping::toString() const
{
    QStringList parts;
    for (int i = 0; i < FieldCount; ++i) {
        const QString &header = m_columns[size_t(i)];
        if (!header.isEmpty())
            parts << fieldKey(Field(i)) + u'=' + QString::fromUtf8(QUrl::toPercentEncoding(header));
    }
    return parts.join(u';');
}

ColumnMapping ColumnMapping::fromString(const QString &text)
{
    ColumnMapping mapping;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        if (equals <= 0)
            continue;
        const QString key = part.left(equals);
        for (int i = 0; i < FieldCount; ++i) {
            if (fieldKey(Field(i)) == key)
                mapping.m_columns[size_t(i)] = QUrl::fromPercentEncoding(
                    part.mid(equals + 1).toUtf8());
        }
    }
    return mapping;
}

QString ColumnMapping::headerKey(const QStringList &header)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &name : header) {
        hash.addData(name.trimmed().toUtf8());
        hash.addData(QByteArrayView("\x1f"));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace Faultline
