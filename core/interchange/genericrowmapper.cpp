#include "core/interchange/genericrowmapper.h"

#include "core/interchange/acledrowmapper.h"
#include "core/interchange/datadates.h"
#include "core/interchange/timelinejsrowmapper.h"
#include "core/model/eventtype.h"

namespace Faultline {

GenericRowMapper::GenericRowMapper(const ColumnMapping &mapping)
    : m_mapping(mapping)
{
    m_index.fill(-1);
}

bool GenericRowMapper::setHeader(const CsvRow &header, QString *error)
{
    m_columns = header.size();
    m_header.clear();
    m_group = -1;
    for (int i = 0; i < header.size(); ++i) {
        m_header << header.field(i).trimmed().toByteArray();
        if (m_format == DataFormat::Kind::VisTimelineJson && m_header.constLast() == "group")
            m_group = i;
    }
    for (int f = 0; f < ColumnMapping::FieldCount; ++f) {
        const auto field = ColumnMapping::Field(f);
        const QString wanted = m_mapping.column(field).trimmed();
        m_index[size_t(f)] = -1;
        if (wanted.isEmpty()) {
            if (ColumnMapping::isRequired(field)) {
                if (error)
                    *error = tr("No column is chosen for the %1.")
                                 .arg(ColumnMapping::fieldName(field).toLower());
                return false;
            }
            continue;
        }
        for (int i = 0; i < header.size(); ++i) {
            if (QString::fromUtf8(m_header.at(i)).compare(wanted, Qt::CaseInsensitive) == 0) {
                m_index[size_t(f)] = i;
                break;
            }
        }
        if (m_index[size_t(f)] < 0) {
            if (error)
                *error = tr("The file has no column “%1” for the %2.")
                             .arg(wanted, ColumnMapping::fieldName(field).toLower());
            return false;
        }
    }
    return true;
}

bool GenericRowMapper::map(const CsvRow &row, DataRecord *record, bool *skip, QString *reason)
{
    *skip = false;
    if (m_format == DataFormat::Kind::GenericCsv && !checkWidth(row, reason))
        return false;
    auto value = [&](ColumnMapping::Field field) {
        return row.field(m_index[size_t(field)]).trimmed();
    };
    const QByteArrayView dateText = value(ColumnMapping::Field::Date);
    if (dateText.isEmpty()) {
        *reason = tr("The date (%1) is empty.").arg(m_mapping.column(ColumnMapping::Field::Date));
        return false;
    }
    const auto start = DataDates::parse(dateText);
    if (!start) {
        *reason = tr("“%1” is not a date (%2).")
                      .arg(QString::fromUtf8(dateText),
                           m_mapping.column(ColumnMapping::Field::Date));
        return false;
    }
    DateSpan date = *start;
    const QByteArrayView endText = value(ColumnMapping::Field::EndDate);
    if (!endText.isEmpty()) {
        const auto end = DataDates::parse(endText);
        if (!end || end->latestDay() < start->earliestDay()) {
            *reason = tr("“%1” is not an end date on or after the start (%2).")
                          .arg(QString::fromUtf8(endText),
                               m_mapping.column(ColumnMapping::Field::EndDate));
            return false;
        }
        date = DateSpan(start->earliestDay(), end->latestDay(), start->precision());
    }
    record->date = date;
    record->dateText = dateText;
    record->title = plainText(value(ColumnMapping::Field::Title));
    if (record->title.isEmpty()) {
        *reason = tr("The title (%1) is empty.").arg(m_mapping.column(ColumnMapping::Field::Title));
        return false;
    }
    QByteArrayView actors = value(ColumnMapping::Field::Actors);
    while (!actors.isEmpty()) {
        qsizetype end = 0;
        while (end < actors.size() && actors[end] != ';' && actors[end] != '|')
            ++end;
        const QByteArrayView name = actors.first(end).trimmed();
        if (!name.isEmpty() && record->actors.size() < 32) {
            // The first actor named acts, the second is acted on, the rest take part.
            const Event::Role role = record->actors.isEmpty()     ? Event::Role::Source
                                     : record->actors.size() == 1 ? Event::Role::Target
                                                                  : Event::Role::Participant;
            record->actors.append({name, role, Actor::Kind::Other});
        }
        if (end >= actors.size())
            break;
        actors = actors.sliced(end + 1);
    }
    const QByteArrayView type = value(ColumnMapping::Field::Type);
    if (!type.isEmpty()) {
        // A type column holds few distinct values: each is read once.
        const auto known = m_typeRoots.constFind(type.toByteArray());
        if (known != m_typeRoots.cend()) {
            record->cameoRoot = *known;
        } else {
            const QString text = QString::fromUtf8(type);
            if (const auto code = EventType::fromCode(text))
                record->cameoRoot = code->cameoRoot();
            else if (const auto named = EventType::fromName(text))
                record->cameoRoot = named->cameoRoot();
            else
                record->cameoRoot = AcledRowMapper::cameoRoot(type, type);
            if (m_typeRoots.size() < MaxKnownTypes)
                m_typeRoots.insert(type.toByteArray(), record->cameoRoot);
        }
    }
    if (m_group >= 0)
        TimelineJsRowMapper::mapGroup(row.field(m_group).trimmed(), record);
    record->location = value(ColumnMapping::Field::Location).toByteArray();
    const QByteArrayView source = value(ColumnMapping::Field::Source);
    if (source.startsWith("http://") || source.startsWith("https://")) {
        record->url = source;
        record->outlet = hostOf(source);
    } else {
        record->outlet = source;
    }
    for (int i = 0; i < row.size() && i < m_header.size(); ++i) {
        const QByteArrayView field = row.field(i).trimmed();
        if (field.isEmpty())
            continue;
        if (!record->evidence.isEmpty())
            record->evidence.append("; ");
        record->evidence.append(m_header.at(i));
        record->evidence.append(": ");
        record->evidence.append(field);
    }
    return true;
}

} // namespace Faultline
