#include "core/interchange/acledcsvwriter.h"

#include "core/interchange/csvwriter.h"

#include <QIODevice>

namespace Faultline {

namespace {

enum Column {
    EventIdCnty,
    EventDate,
    Year,
    TimePrecision,
    DisorderType,
    EventTypeColumn,
    SubEventType,
    Actor1,
    AssocActor1,
    Inter1,
    Actor2,
    AssocActor2,
    Inter2,
    Interaction,
    CivilianTargeting,
    Iso,
    Region,
    Country,
    Admin1,
    Admin2,
    Admin3,
    Location,
    Latitude,
    Longitude,
    GeoPrecision,
    Source,
    SourceScale,
    Notes,
    Fatalities,
    Tags,
    Timestamp,
    ColumnCount
};

// ACLED joins several actors or sources in one cell with "; ".
const QString Separator = QStringLiteral("; ");

void appendUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list << value;
}

} // namespace

AcledCsvWriter::AcledCsvWriter(const NameLookup &names, const ArticleSourceLookup &sources)
    : m_names(names)
    , m_sources(sources)
{}

QStringList AcledCsvWriter::header()
{
    static const QStringList columns{QStringLiteral("event_id_cnty"),
                                     QStringLiteral("event_date"),
                                     QStringLiteral("year"),
                                     QStringLiteral("time_precision"),
                                     QStringLiteral("disorder_type"),
                                     QStringLiteral("event_type"),
                                     QStringLiteral("sub_event_type"),
                                     QStringLiteral("actor1"),
                                     QStringLiteral("assoc_actor_1"),
                                     QStringLiteral("inter1"),
                                     QStringLiteral("actor2"),
                                     QStringLiteral("assoc_actor_2"),
                                     QStringLiteral("inter2"),
                                     QStringLiteral("interaction"),
                                     QStringLiteral("civilian_targeting"),
                                     QStringLiteral("iso"),
                                     QStringLiteral("region"),
                                     QStringLiteral("country"),
                                     QStringLiteral("admin1"),
                                     QStringLiteral("admin2"),
                                     QStringLiteral("admin3"),
                                     QStringLiteral("location"),
                                     QStringLiteral("latitude"),
                                     QStringLiteral("longitude"),
                                     QStringLiteral("geo_precision"),
                                     QStringLiteral("source"),
                                     QStringLiteral("source_scale"),
                                     QStringLiteral("notes"),
                                     QStringLiteral("fatalities"),
                                     QStringLiteral("tags"),
                                     QStringLiteral("timestamp")};
    Q_ASSERT(columns.size() == ColumnCount);
    return columns;
}

int AcledCsvWriter::timePrecision(const DateSpan &date)
{
    if (date.precision() != DateSpan::Precision::Day)
        return 3;
    // ACLED's 2 is "a few days around this one": a span of days, or an approximate day.
    return date.lengthInDays() <= 1 && date.qualifier() != DateSpan::Qualifier::Approximate ? 1 : 2;
}

QString AcledCsvWriter::disorderType(const EventType &type)
{
    if (type.cameoRoot() == 14)
        return QStringLiteral("Demonstrations");
    if (type.cameoRoot() >= 18)
        return QStringLiteral("Political violence");
    return QStringLiteral("Strategic developments");
}

QString AcledCsvWriter::eventType(const EventType &type)
{
    switch (type.cameoRoot()) {
    case 14: // Protest
        return QStringLiteral("Protests");
    case 18: // Assault: abductions, torture, killings outside combat
    case 20: // Unconventional mass violence
        return QStringLiteral("Violence against civilians");
    case 19: // Fight
        return QStringLiteral("Battles");
    default:
        return QStringLiteral("Strategic developments");
    }
}

QString AcledCsvWriter::subEventType(const EventType &type)
{
    switch (type.cameoRoot()) {
    case 0: // unknown
        return QStringLiteral("Other");
    case 5: // diplomatic cooperation
        return QStringLiteral("Agreement");
    case 8: // yield
        return QStringLiteral("Non-violent transfer of territory");
    case 15: // exhibit force posture
        return QStringLiteral("Headquarters or base established");
    case 17: // coerce: arrests, seizures
        return QStringLiteral("Arrests");
    default:
        return {};
    }
}

QString AcledCsvWriter::actorType(Actor::Kind kind)
{
    switch (kind) {
    case Actor::Kind::State:
    case Actor::Kind::Government:
    case Actor::Kind::Military:
        return QStringLiteral("State forces");
    case Actor::Kind::ArmedGroup:
        return QStringLiteral("Rebel group");
    case Actor::Kind::InternationalOrganisation:
        return QStringLiteral("External/Other forces");
    case Actor::Kind::PoliticalParty:
    case Actor::Kind::Person:
    case Actor::Kind::Other:
        break;
    }
    return {};
}

QStringList AcledCsvWriter::row(const Event &event) const
{
    if (!event.date.isValid())
        return {};
    QStringList fields(ColumnCount);

    // ACLED gives one day; for a longer span it takes the middle of it.
    const DateSpan &date = event.date;
    const qint64 middle = date.earliestDay() + (date.latestDay() - date.earliestDay()) / 2;
    qint64 year = 0;
    int month = 0;
    int day = 0;
    DateSpan::toYearMonthDay(middle, &year, &month, &day);
    fields[EventIdCnty] = event.externalId.isEmpty() ? QString::number(event.id) : event.externalId;
    fields[EventDate] = QStringLiteral("%1-%2-%3")
                            .arg(DateSpan::isoYear(year))
                            .arg(month, 2, 10, QLatin1Char('0'))
                            .arg(day, 2, 10, QLatin1Char('0'));
    fields[Year] = QString::number(year);
    fields[TimePrecision] = QString::number(timePrecision(date));
    fields[DisorderType] = disorderType(event.type);
    fields[EventTypeColumn] = eventType(event.type);
    fields[SubEventType] = subEventType(event.type);

    // Actor 1 is the first source, actor 2 the first target; plain participants are
    // associated with actor 1 (and the first of them is actor 1 when there is no source,
    // as ACLED needs one), so that an ACLED import gives each actor its role back.
    QList<qint64> sources;
    QList<qint64> targets;
    QList<qint64> participants;
    for (const Event::Participant &participant : event.participants) {
        QList<qint64> &list = participant.role == Event::Role::Source   ? sources
                              : participant.role == Event::Role::Target ? targets
                                                                        : participants;
        if (!list.contains(participant.actorId))
            list << participant.actorId;
    }
    // Stored actor ids are positive: 0 means none.
    qint64 first = sources.isEmpty() ? 0 : sources.takeFirst();
    qint64 second = targets.isEmpty() ? 0 : targets.takeFirst();
    if (first == 0 && !participants.isEmpty())
        first = participants.takeFirst();
    QStringList assoc1;
    QStringList assoc2;
    for (qint64 id : std::as_const(sources) + participants)
        appendUnique(assoc1, m_names.actorName(id));
    for (qint64 id : std::as_const(targets))
        appendUnique(assoc2, m_names.actorName(id));
    auto typeOf = [this](qint64 id) {
        const Actor *actor = m_names.actor(id);
        return actor ? actorType(actor->kind) : QString();
    };
    if (first != 0) {
        fields[Actor1] = m_names.actorName(first);
        fields[Inter1] = typeOf(first);
    }
    fields[AssocActor1] = assoc1.join(Separator);
    if (second != 0) {
        fields[Actor2] = m_names.actorName(second);
        fields[Inter2] = typeOf(second);
    }
    fields[AssocActor2] = assoc2.join(Separator);
    if (!fields[Inter1].isEmpty()) {
        fields[Interaction] = fields[Inter2].isEmpty()
                                  ? (second != 0 ? QString()
                                                 : fields[Inter1] + QStringLiteral(" only"))
                                  : fields[Inter1] + QLatin1Char('-') + fields[Inter2];
    }

    // The whole location in one column: admin1 and country would be joined to it again
    // by an import.
    fields[Location] = event.location;
    if (event.hasCoordinates()) {
        fields[Latitude] = QString::number(*event.latitude, 'g', 12);
        fields[Longitude] = QString::number(*event.longitude, 'g', 12);
    }
    if (event.fatalities)
        fields[Fatalities] = QString::number(*event.fatalities);
    QStringList outlets;
    QStringList notes;
    for (const Evidence &piece : event.evidence) {
        QString outlet = m_sources.outlet(piece.articleId);
        if (outlet.isEmpty())
            outlet = m_names.articleLabel(piece.articleId);
        appendUnique(outlets, outlet);
        appendUnique(notes, piece.sentence.trimmed());
    }
    fields[Source] = outlets.join(Separator);
    fields[Notes] = notes.isEmpty() ? event.title : notes.join(QLatin1Char('\n'));
    return fields;
}

bool AcledCsvWriter::write(QIODevice *device, const QList<Event> &events, QString *error) const
{
    CsvWriter writer(device);
    writer.writeRow(header());
    for (const Event &event : events) {
        const QStringList fields = row(event);
        if (!fields.isEmpty() && !writer.writeRow(fields))
            break;
    }
    if (writer.hasError()) {
        if (error)
            *error = device ? device->errorString() : tr("There is nothing to write to.");
        return false;
    }
    return true;
}

} // namespace Faultline
