#include "core/interchange/actorjsonwriter.h"

#include "core/interchange/jsonarraywriter.h"

#include <QIODevice>
#include <QJsonArray>

namespace Faultline {

ActorJsonWriter::ActorJsonWriter(const NameLookup &names)
    : m_names(names)
{}

QJsonObject ActorJsonWriter::toJson(const Actor &actor) const
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), actor.id);
    object.insert(QStringLiteral("name"), actor.name);
    object.insert(QStringLiteral("kind"), Actor::kindKey(actor.kind));
    object.insert(QStringLiteral("country"),
                  actor.country.isEmpty() ? QJsonValue() : QJsonValue(actor.country));
    object.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(actor.aliases));
    const QString affiliation = actor.affiliationId ? m_names.actorName(*actor.affiliationId)
                                                    : QString();
    object.insert(QStringLiteral("affiliation"),
                  affiliation.isEmpty() ? QJsonValue() : QJsonValue(affiliation));
    return object;
}

bool ActorJsonWriter::write(QIODevice *device, const QList<Actor> &actors, QString *error) const
{
    JsonArrayWriter writer(device);
    for (const Actor &actor : actors) {
        if (!writer.add(toJson(actor)))
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
