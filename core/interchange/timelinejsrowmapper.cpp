#include "core/interchange/timelinejsrowmapper.h"

#include "core/model/eventtype.h"

namespace Faultline {

QList<QByteArray> TimelineJsRowMapper::columns()
{
    return {"Year",
            "Month",
            "Day",
            "Time",
            "End Year",
            "End Month",
            "End Day",
            "End Time",
            "Display Date",
            "Headline",
            "Text",
            "Media",
            "Media Credit",
            "Media Caption",
            "Media Thumbnail",
            "Type",
            "Group",
            "Background"};
}

bool TimelineJsRowMapper::matches(const HeaderIndex &index)
{
    return column(index, {"year"}) >= 0 && column(index, {"headline"}) >= 0
           && column(index, {"end year"}) >= 0;
}

bool TimelineJsRowMapper::setHeader(const CsvRow &header, QString *error)
{
    const HeaderIndex index = indexHeader(header);
    m_columns = header.size();
    m_year = column(index, {"year"});
    m_month = column(index, {"month"});
    m_day = column(index, {"day"});
    m_endYear = column(index, {"end year"});
    m_endMonth = column(index, {"end month"});
    m_endDay = column(index, {"end day"});
    m_displayDate = column(index, {"display date"});
    m_headline = column(index, {"headline"});
    m_text = column(index, {"text"});
    m_media = column(index, {"media"});
    m_credit = column(index, {"media credit"});
    m_type = column(index, {"type"});
    m_group = column(index, {"group"});
    for (const auto &[position, name] :
         {std::pair{m_year, "Year"}, std::pair{m_headline, "Headline"}}) {
        if (position < 0) {
            if (error)
                *error = missingColumn(format(), name);
            return false;
        }
    }
    return true;
}

std::optional<DateSpan> TimelineJsRowMapper::dateOf(
    const CsvRow &row, int year, int month, int day, const char *name, QString *reason) const
{
    const auto y = toInt(row.field(year));
    if (!y) {
        *reason = badDate(name, row.field(year));
        return std::nullopt;
    }
    const QByteArrayView monthText = row.field(month).trimmed();
    const QByteArrayView dayText = row.field(day).trimmed();
    if (monthText.isEmpty())
        return DateSpan::year(*y);
    const auto m = toInt(monthText);
    if (!m || *m < 1 || *m > 12) {
        *reason = badDate(name, monthText);
        return std::nullopt;
    }
    if (dayText.isEmpty())
        return DateSpan::month(*y, int(*m));
    const auto d = toInt(dayText);
    if (!d || !DateSpan::isValidDate(*y, int(*m), int(*d))) {
        *reason = badDate(name, dayText);
        return std::nullopt;
    }
    return DateSpan::day(*y, int(*m), int(*d));
}

bool TimelineJsRowMapper::map(const CsvRow &row, DataRecord *record, bool *skip, QString *reason)
{
    *skip = false;
    // The title slide and eras are not events.
    const QByteArrayView type = row.field(m_type).trimmed();
    if (type.compare(QByteArrayView("title"), Qt::CaseInsensitive) == 0
        || type.compare(QByteArrayView("era"), Qt::CaseInsensitive) == 0) {
        *skip = true;
        return true;
    }
    if (m_format == DataFormat::Kind::TimelineJsCsv && !checkWidth(row, reason))
        return false;
    if (row.field(m_year).trimmed().isEmpty()) {
        *reason = missingValue("Year");
        return false;
    }
    const auto start = dateOf(row, m_year, m_month, m_day, "Year", reason);
    if (!start)
        return false;
    DateSpan date = *start;
    if (!row.field(m_endYear).trimmed().isEmpty()) {
        const auto end = dateOf(row, m_endYear, m_endMonth, m_endDay, "End Year", reason);
        if (!end)
            return false;
        if (end->latestDay() < start->earliestDay()) {
            *reason = tr("The end date is before the start date.");
            return false;
        }
        date = DateSpan(start->earliestDay(), end->latestDay(), start->precision());
    }
    record->date = date;
    record->dateText = row.field(m_displayDate).trimmed();
    m_headlineText = plainText(row.field(m_headline));
    if (m_headlineText.isEmpty()) {
        *reason = missingValue("Headline");
        return false;
    }
    record->title = m_headlineText;
    record->evidence = plainText(row.field(m_text));
    if (record->evidence.isEmpty())
        record->evidence = record->title;
    const QByteArrayView media = row.field(m_media).trimmed();
    if (media.startsWith("http://") || media.startsWith("https://")) {
        record->url = media;
        record->outlet = hostOf(media);
    }
    const QByteArrayView credit = row.field(m_credit).trimmed();
    if (!credit.isEmpty())
        record->outlet = credit;
    mapGroup(row.field(m_group).trimmed(), record);
    return true;
}

void TimelineJsRowMapper::mapGroup(QByteArrayView group, DataRecord *record)
{
    if (group.isEmpty())
        return;
    if (const std::optional<EventType> type = EventType::fromName(QString::fromUtf8(group))) {
        record->cameoRoot = type->cameoRoot();
        return;
    }
    for (const DataRecord::ActorRef &actor : std::as_const(record->actors)) {
        if (actor.name == group)
            return;
    }
    record->actors.append({group, Event::Role::Participant, Actor::Kind::Other});
}

} // namespace Faultline
