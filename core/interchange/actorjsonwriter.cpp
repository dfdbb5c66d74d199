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
    if (!m_graph)
        return object;

    const int node = m_graph->indexOf(actor.id);
    object.insert(QStringLiteral("event_count"),
                  node < 0 ? 0 : m_graph->nodes()[size_t(node)].eventCount);
    QJsonArray relations;
    if (node >= 0) {
        for (int index : m_graph->incidentEdges(node)) {
            const ActorGraph::Edge &edge = m_graph->edges()[size_t(index)];
            if (edge.kind != ActorGraph::EdgeKind::SharedEvents)
                continue;
            const ActorGraph::Node &partner
                = m_graph->nodes()[size_t(edge.source == node ? edge.target : edge.source)];
            QJsonObject quadClasses;
            for (int quad = 0; quad < ActorGraph::QuadClassCount; ++quad)
                quadClasses.insert(EventType::quadClassKey(EventType::QuadClass(quad)),
                                   edge.quadClassCounts[size_t(quad)]);
            QJsonObject relation;
            relation.insert(QStringLiteral("id"), partner.actorId);
            relation.insert(QStringLiteral("name"), partner.name);
            relation.insert(QStringLiteral("event_count"), edge.eventCount);
            relation.insert(QStringLiteral("quad_classes"), quadClasses);
            relations.append(relation);
        }
    }
    object.insert(QStringLiteral("relations"), relations);
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
