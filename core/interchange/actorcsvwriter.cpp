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
            QStringLiteral("affiliation"),
            QStringLiteral("event_count")};
}

QStringList ActorCsvWriter::row(const Actor &actor) const
{
    const int node = m_graph ? m_graph->indexOf(actor.id) : -1;
    const int eventCount = node < 0 ? 0 : m_graph->nodes()[size_t(node)].eventCount;
    return {QString::number(actor.id),
            actor.name,
            Actor::kindKey(actor.kind),
            actor.country,
            actor.aliases.join(QStringLiteral("; ")),
            actor.affiliationId ? m_names.actorName(*actor.affiliationId) : QString(),
            QString::number(eventCount)};
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
