#include "core/interchange/eventjsonwriter.h"

#include "core/interchange/jsonarraywriter.h"

#include <QIODevice>
#include <QJsonArray>

namespace Faultline {

namespace {

QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

EventJsonWriter::EventJsonWriter(const NameLookup &names)
    : m_names(names)
{}

QJsonObject EventJsonWriter::toJson(const Event &event) const
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), event.id);
    object.insert(QStringLiteral("title"), event.title);
    object.insert(QStringLiteral("type"), stringOrNull(event.type.code()));
    // An unresolved date is null, never a guess.
    const bool dated = event.date.isValid();
    object.insert(QStringLiteral("start"), dated ? event.date.startIso() : QJsonValue());
    object.insert(QStringLiteral("end"), dated ? event.date.endIso() : QJsonValue());
    object.insert(QStringLiteral("precision"),
                  dated ? DateSpan::precisionName(event.date.precision()) : QJsonValue());
    object.insert(QStringLiteral("qualifier"),
                  stringOrNull(dated ? DateSpan::qualifierName(event.date.qualifier()) : QString()));
    object.insert(QStringLiteral("location"), stringOrNull(event.location));

    QJsonArray actors;
    for (const Event::Participant &participant : event.participants) {
        const Actor *actor = m_names.actor(participant.actorId);
        QJsonObject entry;
        entry.insert(QStringLiteral("name"), actor ? QJsonValue(actor->name) : QJsonValue());
        entry.insert(QStringLiteral("kind"),
                     actor ? QJsonValue(Actor::kindKey(actor->kind)) : QJsonValue());
        entry.insert(QStringLiteral("role"), Event::roleKey(participant.role));
        actors.append(entry);
    }
    object.insert(QStringLiteral("actors"), actors);

    QJsonArray evidence;
    for (const Evidence &piece : event.evidence) {
        QJsonObject entry;
        entry.insert(QStringLiteral("article"), stringOrNull(m_names.articleLabel(piece.articleId)));
        entry.insert(QStringLiteral("sentence"), piece.sentence);
        evidence.append(entry);
    }
    object.insert(QStringLiteral("evidence"), evidence);
    object.insert(QStringLiteral("confidence"), event.confidence);
    object.insert(QStringLiteral("date_text"), stringOrNull(event.dateText));
    object.insert(QStringLiteral("modality"), Event::modalityKey(event.modality));
    object.insert(QStringLiteral("status"), Event::reviewStatusKey(event.reviewStatus));
    // What a dataset told (or a user entered): null when unknown, never zero.
    object.insert(QStringLiteral("fatalities"),
                  event.fatalities ? QJsonValue(*event.fatalities) : QJsonValue());
    const bool located = event.hasCoordinates();
    object.insert(QStringLiteral("latitude"), located ? QJsonValue(*event.latitude) : QJsonValue());
    object.insert(QStringLiteral("longitude"),
                  located ? QJsonValue(*event.longitude) : QJsonValue());
    object.insert(QStringLiteral("external_id"), stringOrNull(event.externalId));
    return object;
}

bool EventJsonWriter::write(QIODevice *device, const QList<Event> &events, QString *error) const
{
    JsonArrayWriter writer(device);
    for (const Event &event : events) {
        if (!writer.add(toJson(event)))
            break;
    }
    if (!writer.finish()) {
        if (error)
            *error = device ? device->errorString() : tr("There is nothing to write to.");
        return false;
    }
    return true;
}

} // namespace Faultline
