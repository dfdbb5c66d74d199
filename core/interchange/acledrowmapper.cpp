#include "core/interchange/acledrowmapper.h"

#include "core/interchange/datadates.h"

namespace Faultline {

namespace {

bool equalsIgnoringCase(QByteArrayView a, const char *b)
{
    return a.trimmed().compare(QByteArrayView(b), Qt::CaseInsensitive) == 0;
}

bool startsWithIgnoringCase(QByteArrayView a, const char *b)
{
    const QByteArrayView prefix(b);
    a = a.trimmed();
    return a.size() >= prefix.size()
           && a.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

} // namespace

bool AcledRowMapper::matches(const HeaderIndex &index)
{
    return column(index, {"event_date"}) >= 0 && column(index, {"actor1"}) >= 0
           && column(index, {"event_type"}) >= 0
           && column(index, {"event_id_cnty", "data_id"}) >= 0;
}

bool AcledRowMapper::setHeader(const CsvRow &header, QString *error)
{
    const HeaderIndex index = indexHeader(header);
    m_columns = header.size();
    m_id = column(index, {"event_id_cnty", "data_id"});
    m_date = column(index, {"event_date"});
    m_precision = column(index, {"time_precision"});
    m_eventType = column(index, {"event_type"});
    m_subEventType = column(index, {"sub_event_type"});
    m_actor1 = column(index, {"actor1"});
    m_assoc1 = column(index, {"assoc_actor_1", "ally_actor_1"});
    m_inter1 = column(index, {"inter1"});
    m_actor2 = column(index, {"actor2"});
    m_assoc2 = column(index, {"assoc_actor_2", "ally_actor_2"});
    m_inter2 = column(index, {"inter2"});
    m_country = column(index, {"country"});
    m_admin1 = column(index, {"admin1"});
    m_location = column(index, {"location"});
    m_latitude = column(index, {"latitude"});
    m_longitude = column(index, {"longitude"});
    m_source = column(index, {"source"});
    m_notes = column(index, {"notes"});
    m_fatalities = column(index, {"fatalities"});
    for (const auto &[position, name] : {std::pair{m_date, "event_date"},
                                         std::pair{m_eventType, "event_type"},
                                         std::pair{m_actor1, "actor1"}}) {
        if (position < 0) {
            if (error)
                *error = missingColumn(format(), name);
            return false;
        }
    }
    return true;
}

int AcledRowMapper::cameoRoot(QByteArrayView eventType, QByteArrayView subEventType)
{
    // Sub-event types first: they say more than the event type.
    if (equalsIgnoringCase(subEventType, "Suicide bomb"))
        return 18; // assault: suicide bombing
    if (equalsIgnoringCase(subEventType, "Chemical weapon"))
        return 20; // unconventional mass violence
    if (equalsIgnoringCase(subEventType, "Arrests"))
        return 17; // coerce: arrest
    if (equalsIgnoringCase(subEventType, "Looting/property destruction"))
        return 17;
    if (equalsIgnoringCase(subEventType, "Agreement"))
        return 5; // diplomatic cooperation
    if (equalsIgnoringCase(subEventType, "Headquarters or base established"))
        return 15; // exhibit force posture
    if (equalsIgnoringCase(subEventType, "Non-violent transfer of territory"))
        return 8; // yield
    if (equalsIgnoringCase(subEventType, "Disrupted weapons use"))
        return 17;

    if (startsWithIgnoringCase(eventType, "Battle"))
        return 19; // fight
    if (equalsIgnoringCase(eventType, "Explosions/Remote violence")
        || equalsIgnoringCase(eventType, "Remote violence"))
        return 19;
    if (equalsIgnoringCase(eventType, "Violence against civilians"))
        return 18; // assault
    if (equalsIgnoringCase(eventType, "Protests") || equalsIgnoringCase(eventType, "Riots")
        || equalsIgnoringCase(eventType, "Riots/Protests"))
        return 14; // protest
    if (equalsIgnoringCase(eventType, "Headquarters or base established"))
        return 15;
    if (equalsIgnoringCase(eventType, "Non-violent transfer of territory"))
        return 8;
    return 0; // strategic developments of other kinds
}

Actor::Kind AcledRowMapper::kindOfInter(QByteArrayView inter)
{
    inter = inter.trimmed();
    int code = 0;
    if (inter.size() == 1 && inter[0] >= '0' && inter[0] <= '9')
        code = inter[0] - '0';
    else if (startsWithIgnoringCase(inter, "State forces"))
        code = 1;
    else if (startsWithIgnoringCase(inter, "Rebel"))
        code = 2;
    else if (startsWithIgnoringCase(inter, "Political militia"))
        code = 3;
    else if (startsWithIgnoringCase(inter, "Identity militia"))
        code = 4;
    switch (code) {
    case 1:
        return Actor::Kind::Military;
    case 2:
    case 3:
    case 4:
        return Actor::Kind::ArmedGroup;
    default:
        return Actor::Kind::Other; // rioters, protesters, civilians, external forces
    }
}

void AcledRowMapper::addActors(DataRecord *record,
                               QByteArrayView names,
                               Event::Role role,
                               Actor::Kind kind) const
{
    // Associated actors are a list: "Civilians (Libya); Women (Libya)".
    while (!names.isEmpty()) {
        const qsizetype end = names.indexOf(';');
        const QByteArrayView name = (end < 0 ? names : names.first(end)).trimmed();
        if (!name.isEmpty() && record->actors.size() < 32)
            record->actors.append({name, role, kind});
        if (end < 0)
            break;
        names = names.sliced(end + 1);
    }
}

bool AcledRowMapper::map(const CsvRow &row, DataRecord *record, bool *skip, QString *reason)
{
    *skip = false;
    if (!checkWidth(row, reason))
        return false;
    const QByteArrayView dateText = row.field(m_date).trimmed();
    if (dateText.isEmpty()) {
        *reason = missingValue("event_date");
        return false;
    }
    std::optional<DateSpan> date = DataDates::parse(dateText);
    if (!date || date->precision() != DateSpan::Precision::Day) {
        *reason = badDate("event_date", dateText);
        return false;
    }
    const QByteArrayView actor1 = row.field(m_actor1).trimmed();
    if (actor1.isEmpty()) {
        *reason = missingValue("actor1");
        return false;
    }
    // time_precision: 1 the day, 2 within the week around it, 3 within the month.
    const QByteArrayView precision = row.field(m_precision).trimmed();
    if (precision == "2") {
        date->setQualifier(DateSpan::Qualifier::Approximate);
    } else if (precision == "3") {
        qint64 year = 0;
        int month = 0, day = 0;
        DateSpan::toYearMonthDay(date->earliestDay(), &year, &month, &day);
        date = DateSpan::month(year, month);
    }
    record->date = *date;
    record->dateText = dateText;

    const QByteArrayView eventType = row.field(m_eventType).trimmed();
    const QByteArrayView subEventType = row.field(m_subEventType).trimmed();
    record->cameoRoot = cameoRoot(eventType, subEventType);

    const QByteArrayView actor2 = row.field(m_actor2).trimmed();
    const QByteArrayView location = row.field(m_location).trimmed();
    record->title.append(subEventType.isEmpty() ? eventType : subEventType);
    record->title.append(": ");
    record->title.append(actor1);
    if (!actor2.isEmpty()) {
        record->title.append(" and ");
        record->title.append(actor2);
    }
    if (!location.isEmpty()) {
        record->title.append(" in ");
        record->title.append(location);
    }
    // "Tripoli, Libya", not "Tripoli, Tripoli, Libya": a place is often its province's capital.
    join(record->location, location, ", ");
    const QByteArrayView admin1 = row.field(m_admin1).trimmed();
    if (admin1 != location)
        join(record->location, admin1, ", ");
    join(record->location, row.field(m_country), ", ");

    addActors(record, actor1, Event::Role::Source, kindOfInter(row.field(m_inter1)));
    addActors(record, row.field(m_assoc1), Event::Role::Participant, Actor::Kind::Other);
    if (!actor2.isEmpty())
        addActors(record, actor2, Event::Role::Target, kindOfInter(row.field(m_inter2)));
    addActors(record, row.field(m_assoc2), Event::Role::Participant, Actor::Kind::Other);

    const QByteArrayView notes = row.field(m_notes).trimmed();
    record->evidence.append(notes.isEmpty() ? QByteArrayView(record->title) : notes);
    record->outlet = row.field(m_source).trimmed();
    record->externalId = row.field(m_id).trimmed();
    record->fatalities = toInt(row.field(m_fatalities));
    setCoordinates(record, row.field(m_latitude), row.field(m_longitude));
    return true;
}

} // namespace Faultline
