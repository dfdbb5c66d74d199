#include "core/interchange/gdeltrowmapper.h"

#include "core/interchange/datadates.h"
#include "core/model/eventtype.h"

namespace Faultline {

namespace {

// Column positions shared by both versions.
constexpr int GlobalEventId = 0;
constexpr int SqlDate = 1;
constexpr int Actor1Code = 5;
constexpr int Actor1Name = 6;
constexpr int Actor1Country = 7;
constexpr int Actor1Type1 = 12;
constexpr int Actor2Code = 15;
constexpr int Actor2Name = 16;
constexpr int Actor2Country = 17;
constexpr int Actor2Type1 = 22;
constexpr int EventCode = 26;
constexpr int EventRootCode = 28;
constexpr int Goldstein = 30;
constexpr int NumArticles = 33;

bool allDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

} // namespace

DataFormat::Kind GdeltRowMapper::detect(const CsvRow &row, char delimiter)
{
    if (delimiter != '\t')
        return DataFormat::Kind::Unknown;
    if (row.size() != 57 && row.size() != 58 && row.size() != 61)
        return DataFormat::Kind::Unknown;
    if (!allDigits(row.field(GlobalEventId)) || !allDigits(row.field(SqlDate))
        || row.field(SqlDate).size() != 8)
        return DataFormat::Kind::Unknown;
    return row.size() == 61 ? DataFormat::Kind::Gdelt2 : DataFormat::Kind::Gdelt1;
}

bool GdeltRowMapper::setHeader(const CsvRow &firstRow, QString *error)
{
    m_columns = firstRow.size();
    m_format = detect(firstRow, '\t');
    if (m_format == DataFormat::Kind::Unknown) {
        if (error)
            *error = tr("The file is not a GDELT event file: it has %1 columns, GDELT has 57, 58 "
                        "or 61.")
                         .arg(firstRow.size());
        return false;
    }
    // Each geography block is 7 columns in 1.0 and 8 (with ADM2) in 2.0.
    if (m_format == DataFormat::Kind::Gdelt2) {
        m_actionGeo = 51;
        m_latitude = 56;
        m_longitude = 57;
        m_url = 60;
    } else {
        m_actionGeo = 49;
        m_latitude = 53;
        m_longitude = 54;
        m_url = m_columns == 58 ? 57 : -1;
    }
    return true;
}

Actor::Kind GdeltRowMapper::kindOf(QByteArrayView code, QByteArrayView country, QByteArrayView type)
{
    if (type == QByteArrayView("GOV"))
        return Actor::Kind::Government;
    if (type == QByteArrayView("MIL") || type == QByteArrayView("COP"))
        return Actor::Kind::Military;
    if (type == QByteArrayView("REB") || type == QByteArrayView("INS")
        || type == QByteArrayView("SEP") || type == QByteArrayView("RAD"))
        return Actor::Kind::ArmedGroup;
    if (type == QByteArrayView("IGO"))
        return Actor::Kind::InternationalOrganisation;
    if (type == QByteArrayView("OPP") || type == QByteArrayView("PTY"))
        return Actor::Kind::PoliticalParty;
    if (!country.isEmpty() && code == country)
        return Actor::Kind::State;
    return Actor::Kind::Other;
}

bool GdeltRowMapper::map(const CsvRow &row, DataRecord *record, bool *skip, QString *reason)
{
    *skip = false;
    if (!checkWidth(row, reason))
        return false;
    const QByteArrayView dateText = row.field(SqlDate);
    const auto date = DataDates::parse(dateText);
    if (!date || date->precision() != DateSpan::Precision::Day) {
        *reason = badDate("SQLDATE", dateText);
        return false;
    }
    record->date = *date;
    record->dateText = dateText;
    const auto root = toInt(row.field(EventRootCode));
    if (!root || *root < EventType::FirstRoot || *root > EventType::LastRoot) {
        *reason = tr("“%1” is not a CAMEO root code (EventRootCode).")
                      .arg(QString::fromUtf8(row.field(EventRootCode)));
        return false;
    }
    record->cameoRoot = int(*root);
    // QuadClass is a function of the root in CAMEO, and EventType derives it from
    // the root, so storing the root keeps GDELT's quad class.
    const QByteArrayView actor1 = row.field(Actor1Name).trimmed();
    const QByteArrayView actor2 = row.field(Actor2Name).trimmed();
    if (!actor1.isEmpty())
        record->actors.append(
            {actor1,
             Event::Role::Source,
             kindOf(row.field(Actor1Code), row.field(Actor1Country), row.field(Actor1Type1))});
    if (!actor2.isEmpty())
        record->actors.append(
            {actor2,
             Event::Role::Target,
             kindOf(row.field(Actor2Code), row.field(Actor2Country), row.field(Actor2Type1))});
    // "TALIBAN — Fight — AFGHANISTAN": CAMEO names are data keys, kept in English.
    static constexpr const char *RootNames[] = {"",
                                                "Make public statement",
                                                "Appeal",
                                                "Express intent to cooperate",
                                                "Consult",
                                                "Engage in diplomatic cooperation",
                                                "Engage in material cooperation",
                                                "Provide aid",
                                                "Yield",
                                                "Investigate",
                                                "Demand",
                                                "Disapprove",
                                                "Reject",
                                                "Threaten",
                                                "Protest",
                                                "Exhibit force posture",
                                                "Reduce relations",
                                                "Coerce",
                                                "Assault",
                                                "Fight",
                                                "Use unconventional mass violence"};
    join(record->title, actor1, " — ");
    join(record->title, RootNames[*root], " — ");
    join(record->title, actor2, " — ");

    record->location = row.field(m_actionGeo + 1).trimmed().toByteArray();
    setCoordinates(record, row.field(m_latitude), row.field(m_longitude));
    record->externalId = row.field(GlobalEventId);

    // The evidence GDELT gives is the coded event and where it was read.
    record->evidence.append("CAMEO ");
    record->evidence.append(row.field(EventCode));
    record->evidence.append(", Goldstein ");
    record->evidence.append(row.field(Goldstein));
    record->evidence.append(", ");
    record->evidence.append(row.field(NumArticles));
    record->evidence.append(" articles");
    if (m_url >= 0) {
        const QByteArrayView url = row.field(m_url).trimmed();
        record->url = url;
        record->outlet = hostOf(url);
        if (!url.isEmpty()) {
            record->evidence.append(": ");
            record->evidence.append(url);
        }
    }
    return true;
}

} // namespace Faultline
