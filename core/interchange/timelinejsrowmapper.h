#pragma once

#include "core/interchange/rowmapper.h"

namespace Faultline {

// The TimelineJS spreadsheet template (Year, Month, Day, Time, End Year, End
// Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit,
// Media Caption, Media Thumbnail, Type, Group, Background), as CSV. Also reads
// TimelineJS JSON events once flattened to these columns. A group names the
// event's type (as Faultline's TimelineJS export writes it) or an actor.
class TimelineJsRowMapper : public RowMapper
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::TimelineJsRowMapper)

public:
    DataFormat::Kind format() const override { return m_format; }
    void setFormat(DataFormat::Kind format) { m_format = format; }
    bool setHeader(const CsvRow &header, QString *error) override;
    bool map(const CsvRow &row, DataRecord *record, bool *skip, QString *reason) override;

    static bool matches(const HeaderIndex &index);
    // The column names, in the template's order.
    static QList<QByteArray> columns();
    // A TimelineJS or vis-timeline group: one that names an event type (EventType::fromName)
    // sets the record's type, any other names an actor taking part.
    static void mapGroup(QByteArrayView group, DataRecord *record);

private:
    std::optional<DateSpan> dateOf(
        const CsvRow &row, int year, int month, int day, const char *name, QString *reason) const;

    DataFormat::Kind m_format = DataFormat::Kind::TimelineJsCsv;
    int m_year = -1, m_month = -1, m_day = -1;
    int m_endYear = -1, m_endMonth = -1, m_endDay = -1;
    int m_displayDate = -1, m_headline = -1, m_text = -1;
    int m_media = -1, m_credit = -1, m_type = -1, m_group = -1;
    QByteArray m_headlineText;
};

} // namespace Faultline
