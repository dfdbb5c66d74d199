#include "core/interchange/ucdprowmapper.h"

#include "core/interchange/datadates.h"

namespace Faultline {

bool UcdpRowMapper::matches(const HeaderIndex &index)
{
    return column(index, {"date_start"}) >= 0 && column(index, {"side_a"}) >= 0
           && column(index, {"side_b"}) >= 0 && column(index, {"type_of_violence"}) >= 0;
}

bool UcdpRowMapper::setHeader(const CsvRow &header, QString *error)
{
    const HeaderIndex index = indexHeader(header);
    m_columns = header.size();
    m_id = column(index, {"id"});
    m_typeOfViolence = column(index, {"type_of_violence"});
    m_conflictName = column(index, {"conflict_name"});
    m_dyadName = column(index, {"dyad_name"});
    m_sideA = column(index, {"side_a"});
    m_sideB = column(index, {"side_b"});
    m_sourceArticle = column(index, {"source_article"});
    m_sourceOffice = column(index, {"source_office"});
    m_sourceHeadline = column(index, {"source_headline"});
    m_whereCoordinates = column(index, {"where_coordinates"});
    m_whereDescription = column(index, {"where_description"});
    m_admin1 = column(index, {"adm_1"});
    m_latitude = column(index, {"latitude"});
    m_longitude = column(index, {"longitude"});
    m_country = column(index, {"country"});
    m_datePrecision = column(index, {"date_prec"});
    m_dateStart = column(index, {"date_start"});
    m_dateEnd = column(index, {"date_end"});
    m_best = column(index, {"best", "best_est"});
    for (const auto &[position, name] : {std::pair{m_dateStart, "date_start"},
                                         std::pair{m_sideA, "side_a"},
                                         std::pair{m_sideB, "side_b"},
                                         std::pair{m_typeOfViolence, "type_of_violence"}}) {
        if (position < 0) {
            if (error)
                *error = missingColumn(format(), name);
            return false;
        }
    }
    return true;
}

Actor::Kind UcdpRowMapper::kindOfSide(QByteArrayView side)
{
    side = side.trimmed();
    if (side.startsWith("Government of"))
        return Actor::Kind::Government;
    if (side == QByteArrayView("Civilians"))
        return Actor::Kind::Other;
    return Actor::Kind::ArmedGroup;
}

bool UcdpRowMapper::map(const CsvRow &row, DataRecord *record, bool *skip, QString *reason)
{
    *skip = false;
    if (!checkWidth(row, reason))
        return false;
    const QByteArrayView startText = row.field(m_dateStart).trimmed();
    if (startText.isEmpty()) {
        *reason = missingValue("date_start");
        return false;
    }
    const auto start = DataDates::parse(startText);
    if (!start || start->precision() != DateSpan::Precision::Day) {
        *reason = badDate("date_start", startText);
        return false;
    }
    const QByteArrayView endText = row.field(m_dateEnd).trimmed();
    std::optional<DateSpan> end = start;
    if (!endText.isEmpty()) {
        end = DataDates::parse(endText);
        if (!end || end->precision() != DateSpan::Precision::Day
            || end->earliestDay() < start->earliestDay()) {
            *reason = badDate("date_end", endText);
            return false;
        }
    }
    // date_prec: 1-3 the day or a few days, 4 the month, 5 the year is known.
    const qint64 datePrecision = toInt(row.field(m_datePrecision)).value_or(1);
    const DateSpan::Precision precision = datePrecision >= 5   ? DateSpan::Precision::Year
                                          : datePrecision == 4 ? DateSpan::Precision::Month
                                                               : DateSpan::Precision::Day;
    record->date = DateSpan(start->earliestDay(), end->latestDay(), precision);
    record->dateText = startText;

    const QByteArrayView sideA = row.field(m_sideA).trimmed();
    const QByteArrayView sideB = row.field(m_sideB).trimmed();
    if (sideA.isEmpty()) {
        *reason = missingValue("side_a");
        return false;
    }
    const std::optional<qint64> violence = toInt(row.field(m_typeOfViolence));
    if (!violence || *violence < 1 || *violence > 3) {
        *reason = tr("“%1” is not a type of violence (1, 2 or 3).")
                      .arg(QString::fromUtf8(row.field(m_typeOfViolence)));
        return false;
    }
    // 1 state-based and 2 non-state conflict are fighting; 3 one-sided violence an assault.
    record->cameoRoot = *violence == 3 ? 18 : 19;
    static constexpr const char *ViolenceNames[] = {"State-based violence",
                                                    "Non-state violence",
                                                    "One-sided violence"};
    record->title.append(ViolenceNames[*violence - 1]);
    record->title.append(": ");
    const QByteArrayView dyad = row.field(m_dyadName).trimmed();
    if (!dyad.isEmpty()) {
        record->title.append(dyad);
    } else {
        record->title.append(sideA);
        record->title.append(" - ");
        record->title.append(sideB);
    }
    join(record->location, row.field(m_whereCoordinates), ", ");
    join(record->location, row.field(m_admin1), ", ");
    join(record->location, row.field(m_country), ", ");

    record->actors.append({sideA, Event::Role::Source, kindOfSide(sideA)});
    if (!sideB.isEmpty())
        record->actors.append({sideB, Event::Role::Target, kindOfSide(sideB)});

    join(record->evidence, row.field(m_sourceHeadline), " ");
    join(record->evidence, row.field(m_whereDescription), " — ");
    if (record->evidence.isEmpty())
        record->evidence = record->title;
    record->outlet = row.field(m_sourceOffice).trimmed();
    record->sourceTitle = row.field(m_sourceArticle).trimmed();
    record->externalId = row.field(m_id).trimmed();
    record->fatalities = toInt(row.field(m_best));
    setCoordinates(record, row.field(m_latitude), row.field(m_longitude));
    return true;
}

} // namespace Faultline
