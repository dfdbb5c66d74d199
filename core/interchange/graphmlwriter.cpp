#include "core/interchange/graphmlwriter.h"

#include "core/interchange/gexfwriter.h"

#include <QIODevice>
#include <QXmlStreamWriter>

namespace Faultline {

namespace {

constexpr EventType::QuadClass QuadClasses[] = {EventType::QuadClass::VerbalCooperation,
                                                EventType::QuadClass::MaterialCooperation,
                                                EventType::QuadClass::VerbalConflict,
                                                EventType::QuadClass::MaterialConflict,
                                                EventType::QuadClass::Unknown};

// Key ids are unique across nodes and edges: "node-kind", "edge-weight".
QString keyId(const char *domain, const QString &name)
{
    return QLatin1String(domain) + QLatin1Char('-') + name;
}

void writeKey(QXmlStreamWriter &xml, const char *domain, const QString &name, const char *type)
{
    xml.writeEmptyElement(QStringLiteral("key"));
    xml.writeAttribute(QStringLiteral("id"), keyId(domain, name));
    xml.writeAttribute(QStringLiteral("for"), QLatin1String(domain));
    xml.writeAttribute(QStringLiteral("attr.name"), name);
    xml.writeAttribute(QStringLiteral("attr.type"), QLatin1String(type));
}

void writeData(QXmlStreamWriter &xml, const char *domain, const QString &name, const QString &value)
{
    xml.writeStartElement(QStringLiteral("data"));
    xml.writeAttribute(QStringLiteral("key"), keyId(domain, name));
    xml.writeCharacters(value);
    xml.writeEndElement();
}

void writeTime(QXmlStreamWriter &xml,
               const char *domain,
               const QList<ActorGraphSpells::Spell> &spells)
{
    if (spells.isEmpty())
        return;
    QStringList intervals;
    for (const ActorGraphSpells::Spell &spell : spells)
        intervals << GexfWriter::isoDay(spell.firstDay) + QLatin1Char('/')
                         + GexfWriter::isoDay(spell.lastDay);
    writeData(xml, domain, QStringLiteral("start"), GexfWriter::isoDay(spells.first().firstDay));
    writeData(xml, domain, QStringLiteral("end"), GexfWriter::isoDay(spells.last().lastDay));
    writeData(xml, domain, QStringLiteral("spells"), intervals.join(QStringLiteral("; ")));
}

} // namespace

bool GraphmlWriter::write(QIODevice *device,
                          const ActorGraph &graph,
                          const ActorGraphSpells *spells,
                          QString *error) const
{
    if (!device) {
        if (error)
            *error = tr("There is nothing to write to.");
        return false;
    }
    QXmlStreamWriter xml(device);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QString::fromLatin1(Namespace));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                       QStringLiteral("xsi"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                       QStringLiteral("schemaLocation"),
                       QStringLiteral("http://graphml.graphdrawing.org/xmlns "
                                      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"));

    writeKey(xml, "node", QStringLiteral("label"), "string");
    writeKey(xml, "node", QStringLiteral("kind"), "string");
    writeKey(xml, "node", QStringLiteral("event-count"), "int");
    writeKey(xml, "edge", QStringLiteral("relation"), "string");
    writeKey(xml, "edge", QStringLiteral("weight"), "double");
    writeKey(xml, "edge", QStringLiteral("event-count"), "int");
    for (EventType::QuadClass quad : QuadClasses)
        writeKey(xml, "edge", EventType::quadClassKey(quad), "int");
    if (spells) {
        for (const char *domain : {"node", "edge"}) {
            writeKey(xml, domain, QStringLiteral("start"), "string");
            writeKey(xml, domain, QStringLiteral("end"), "string");
            writeKey(xml, domain, QStringLiteral("spells"), "string");
        }
    }

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("actors"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("undirected"));
    const std::vector<ActorGraph::Node> &nodes = graph.nodes();
    for (const ActorGraph::Node &node : nodes) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("n%1").arg(node.actorId));
        writeData(xml, "node", QStringLiteral("label"), node.name);
        writeData(xml, "node", QStringLiteral("kind"), Actor::kindKey(node.kind));
        writeData(xml, "node", QStringLiteral("event-count"), QString::number(node.eventCount));
        if (spells)
            writeTime(xml, "node", spells->actorSpells(node.actorId));
        xml.writeEndElement();
    }
    const std::vector<ActorGraph::Edge> &edges = graph.edges();
    for (size_t i = 0; i < edges.size(); ++i) {
        const ActorGraph::Edge &edge = edges[i];
        const qint64 source = nodes[size_t(edge.source)].actorId;
        const qint64 target = nodes[size_t(edge.target)].actorId;
        const bool affiliation = edge.kind == ActorGraph::EdgeKind::Affiliation;
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(i));
        xml.writeAttribute(QStringLiteral("source"), QStringLiteral("n%1").arg(source));
        xml.writeAttribute(QStringLiteral("target"), QStringLiteral("n%1").arg(target));
        if (affiliation)
            xml.writeAttribute(QStringLiteral("directed"), QStringLiteral("true"));
        writeData(xml, "edge", QStringLiteral("relation"), GexfWriter::relationKey(edge.kind));
        writeData(xml,
                  "edge",
                  QStringLiteral("weight"),
                  QString::number(affiliation ? 1 : std::max(edge.eventCount, 1)));
        writeData(xml, "edge", QStringLiteral("event-count"), QString::number(edge.eventCount));
        for (EventType::QuadClass quad : QuadClasses)
            writeData(xml,
                      "edge",
                      EventType::quadClassKey(quad),
                      QString::number(edge.quadClassCount(quad)));
        if (spells && !affiliation)
            writeTime(xml, "edge", spells->pairSpells(source, target));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    if (xml.hasError()) {
        if (error)
            *error = device->errorString();
        return false;
    }
    return true;
}

} // namespace Faultline
