#include "core/interchange/gexfwriter.h"

#include <QDate>
#include <QIODevice>
#include <QXmlStreamWriter>

namespace Faultline {

namespace {

constexpr EventType::QuadClass QuadClasses[] = {EventType::QuadClass::VerbalCooperation,
                                                EventType::QuadClass::MaterialCooperation,
                                                EventType::QuadClass::VerbalConflict,
                                                EventType::QuadClass::MaterialConflict,
                                                EventType::QuadClass::Unknown};

void writeAttribute(QXmlStreamWriter &xml,
                    const QString &id,
                    const QString &title,
                    const QString &type)
{
    xml.writeEmptyElement(QStringLiteral("attribute"));
    xml.writeAttribute(QStringLiteral("id"), id);
    xml.writeAttribute(QStringLiteral("title"), title);
    xml.writeAttribute(QStringLiteral("type"), type);
}

void writeValue(QXmlStreamWriter &xml, const QString &id, const QString &value)
{
    xml.writeEmptyElement(QStringLiteral("attvalue"));
    xml.writeAttribute(QStringLiteral("for"), id);
    xml.writeAttribute(QStringLiteral("value"), value);
}

void writeSpells(QXmlStreamWriter &xml, const QList<ActorGraphSpells::Spell> &spells)
{
    if (spells.isEmpty())
        return;
    xml.writeStartElement(QStringLiteral("spells"));
    for (const ActorGraphSpells::Spell &spell : spells) {
        xml.writeEmptyElement(QStringLiteral("spell"));
        xml.writeAttribute(QStringLiteral("start"), GexfWriter::isoDay(spell.firstDay));
        xml.writeAttribute(QStringLiteral("end"), GexfWriter::isoDay(spell.lastDay));
    }
    xml.writeEndElement();
}

} // namespace

QString GexfWriter::relationKey(ActorGraph::EdgeKind kind)
{
    switch (kind) {
    case ActorGraph::EdgeKind::SharedEvents:
        return QStringLiteral("shared-events");
    case ActorGraph::EdgeKind::Affiliation:
        return QStringLiteral("affiliation");
    }
    return {};
}

QString GexfWriter::isoDay(qint64 julianDay)
{
    qint64 year = 0;
    int month = 0;
    int day = 0;
    DateSpan::toYearMonthDay(julianDay, &year, &month, &day);
    return QStringLiteral("%1-%2-%3")
        .arg(DateSpan::isoYear(year))
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'));
}

bool GexfWriter::write(QIODevice *device,
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
    xml.writeStartElement(QStringLiteral("gexf"));
    xml.writeDefaultNamespace(QString::fromLatin1(Namespace));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                       QStringLiteral("xsi"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                       QStringLiteral("schemaLocation"),
                       QStringLiteral("http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.3"));

    xml.writeStartElement(QStringLiteral("meta"));
    xml.writeAttribute(QStringLiteral("lastmodifieddate"),
                       QDate::currentDate().toString(Qt::ISODate));
    xml.writeTextElement(QStringLiteral("creator"), QStringLiteral("Faultline"));
    if (!m_description.isEmpty())
        xml.writeTextElement(QStringLiteral("description"), m_description);
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("undirected"));
    xml.writeAttribute(QStringLiteral("mode"),
                       spells ? QStringLiteral("dynamic") : QStringLiteral("static"));
    if (spells) {
        xml.writeAttribute(QStringLiteral("timeformat"), QStringLiteral("date"));
        xml.writeAttribute(QStringLiteral("timerepresentation"), QStringLiteral("interval"));
    }

    xml.writeStartElement(QStringLiteral("attributes"));
    xml.writeAttribute(QStringLiteral("class"), QStringLiteral("node"));
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("static"));
    writeAttribute(xml, QStringLiteral("kind"), QStringLiteral("kind"), QStringLiteral("string"));
    writeAttribute(xml,
                   QStringLiteral("event-count"),
                   QStringLiteral("event count"),
                   QStringLiteral("integer"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("attributes"));
    xml.writeAttribute(QStringLiteral("class"), QStringLiteral("edge"));
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("static"));
    writeAttribute(xml,
                   QStringLiteral("relation"),
                   QStringLiteral("relation"),
                   QStringLiteral("string"));
    writeAttribute(xml,
                   QStringLiteral("event-count"),
                   QStringLiteral("event count"),
                   QStringLiteral("integer"));
    for (EventType::QuadClass quad : QuadClasses) {
        const QString key = EventType::quadClassKey(quad);
        writeAttribute(xml, key, key, QStringLiteral("integer"));
    }
    xml.writeEndElement();

    const std::vector<ActorGraph::Node> &nodes = graph.nodes();
    xml.writeStartElement(QStringLiteral("nodes"));
    xml.writeAttribute(QStringLiteral("count"), QString::number(nodes.size()));
    for (const ActorGraph::Node &node : nodes) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), QString::number(node.actorId));
        xml.writeAttribute(QStringLiteral("label"), node.name);
        xml.writeStartElement(QStringLiteral("attvalues"));
        writeValue(xml, QStringLiteral("kind"), Actor::kindKey(node.kind));
        writeValue(xml, QStringLiteral("event-count"), QString::number(node.eventCount));
        xml.writeEndElement();
        if (spells)
            writeSpells(xml, spells->actorSpells(node.actorId));
        xml.writeEndElement();
    }
    xml.writeEndElement();

    const std::vector<ActorGraph::Edge> &edges = graph.edges();
    xml.writeStartElement(QStringLiteral("edges"));
    xml.writeAttribute(QStringLiteral("count"), QString::number(edges.size()));
    for (size_t i = 0; i < edges.size(); ++i) {
        const ActorGraph::Edge &edge = edges[i];
        const qint64 source = nodes[size_t(edge.source)].actorId;
        const qint64 target = nodes[size_t(edge.target)].actorId;
        const bool affiliation = edge.kind == ActorGraph::EdgeKind::Affiliation;
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(i));
        xml.writeAttribute(QStringLiteral("source"), QString::number(source));
        xml.writeAttribute(QStringLiteral("target"), QString::number(target));
        // An affiliation points from the member to what it belongs to.
        if (affiliation)
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("directed"));
        xml.writeAttribute(QStringLiteral("kind"), relationKey(edge.kind));
        xml.writeAttribute(QStringLiteral("weight"),
                           QString::number(affiliation ? 1 : std::max(edge.eventCount, 1)));
        xml.writeStartElement(QStringLiteral("attvalues"));
        writeValue(xml, QStringLiteral("relation"), relationKey(edge.kind));
        writeValue(xml, QStringLiteral("event-count"), QString::number(edge.eventCount));
        for (EventType::QuadClass quad : QuadClasses)
            writeValue(xml,
                       EventType::quadClassKey(quad),
                       QString::number(edge.quadClassCount(quad)));
        xml.writeEndElement();
        if (spells && !affiliation)
            writeSpells(xml, spells->pairSpells(source, target));
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeEndElement(); // graph
    xml.writeEndElement(); // gexf
    xml.writeEndDocument();
    if (xml.hasError()) {
        if (error)
            *error = device->errorString();
        return false;
    }
    return true;
}

} // namespace Faultline
