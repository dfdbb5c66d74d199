#include "core/interchange/actorcsvwriter.h"

#include "core/interchange/csvwriter.h"

#include <QIODevice>

namespace Faultline {

ActorCsvWriter::ActorCsvWriter(const NameLookup &names)
    : m_names(names)
{}

QStringList ActorCsvWriter::header()
{
    return {QStringLiteral("id"),
            QStringLiteral("name"),
            QStringLiteral("kind"),
            QStringLiteral("country"),
            QStringLiteral("aliases"),
            QStringLiteral("affiliation")};
}

QStringList ActorCsvWriter::row(const Actor &actor) const
{
    return {QString::number(actor.id),
            actor.name,
            Actor::kindKey(actor.kind),
            actor.country,
            actor.aliases.join(QStringLiteral("; ")),
            actor.affiliationId ? m_names.actorName(*actor.affiliationId) : QString()};
}

bool ActorCsvWriter::write(QIODevice *device, const QList<Actor> &actors, QString *error) const
{
    CsvWriter writer(device);
    writer.writeRow(header());
    for (const Actor &actor : actors) {
        if (!writer.writeRow(row(actor)))
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
