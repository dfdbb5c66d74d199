#include "core/interchange/graphmlwriter.h"
#include "tests/core/interchange/graphfixture.h"

#include <QBuffer>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Faultline;
using namespace Faultline::Testing;

class tst_GraphmlWriter : public QObject
{
    Q_OBJECT

private slots:
    void document();
    void withoutSpells();
};

namespace {

QByteArray written(const ActorGraph &graph, const ActorGraphSpells *spells)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!GraphmlWriter().write(&buffer, graph, spells, &error))
        return {};
    return buffer.data();
}

struct Parsed
{
    QHash<QString, QString> keyDomains; // key id -> for
    QHash<QString, QString> keyNames;   // key id -> attr.name
    int nodes = 0;
    int edges = 0;
    QStringList undeclared;           // data keys with no declaration or of the wrong domain
    QHash<QString, QString> edgeData; // attr.name -> value, of the first edge
    QHash<QString, QString> nodeData; // attr.name -> value, of the first node
    QString affiliationDirected;
    bool error = false;
    QString errorString;
};

Parsed parse(const QByteArray &bytes)
{
    Parsed parsed;
    QXmlStreamReader xml(bytes);
    QString owner; // "node1", "edge1", ...
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.namespaceUri() != QLatin1String("http://graphml.graphdrawing.org/xmlns"))
            parsed.undeclared << QStringLiteral("namespace of ") + xml.name().toString();
        const QXmlStreamAttributes attrs = xml.attributes();
        if (xml.name() == QLatin1String("key")) {
            const QString id = attrs.value(QStringLiteral("id")).toString();
            parsed.keyDomains.insert(id, attrs.value(QStringLiteral("for")).toString());
            parsed.keyNames.insert(id, attrs.value(QStringLiteral("attr.name")).toString());
        } else if (xml.name() == QLatin1String("node")) {
            owner = QStringLiteral("node%1").arg(++parsed.nodes);
        } else if (xml.name() == QLatin1String("edge")) {
            owner = QStringLiteral("edge%1").arg(++parsed.edges);
            if (attrs.hasAttribute(QStringLiteral("directed")))
                parsed.affiliationDirected = attrs.value(QStringLiteral("directed")).toString();
        } else if (xml.name() == QLatin1String("data")) {
            const QString key = attrs.value(QStringLiteral("key")).toString();
            const QString domain = owner.startsWith(QLatin1String("node")) ? QStringLiteral("node")
                                                                           : QStringLiteral("edge");
            if (parsed.keyDomains.value(key) != domain)
                parsed.undeclared << key;
            const QString name = parsed.keyNames.value(key);
            const QString value = xml.readElementText();
            if (owner == QLatin1String("node1"))
                parsed.nodeData.insert(name, value);
            else if (owner == QLatin1String("edge1"))
                parsed.edgeData.insert(name, value);
        }
    }
    parsed.error = xml.hasError();
    parsed.errorString = xml.errorString();
    return parsed;
}

} // namespace

void tst_GraphmlWriter::document()
{
    const GraphFixture fixture;
    const QByteArray bytes = written(fixture.graph, &fixture.spells);
    QString lint;
    QVERIFY2(xmllintWellFormed(bytes, &lint), qPrintable(lint));
    const Parsed parsed = parse(bytes);
    QVERIFY2(!parsed.error, qPrintable(parsed.errorString));
    QVERIFY2(parsed.undeclared.isEmpty(), qPrintable(parsed.undeclared.join(u' ')));
    QCOMPARE(parsed.nodes, 3);
    QCOMPARE(parsed.edges, 2);
    // node: label, kind, event-count; edge: relation, weight, event-count, 5 quad classes;
    // both: start, end, spells.
    QCOMPARE(parsed.keyDomains.size(), 3 + 8 + 6);
    QCOMPARE(parsed.nodeData.value(QStringLiteral("label")),
             QStringLiteral("Taliban <\"militants\"> & co"));
    QCOMPARE(parsed.nodeData.value(QStringLiteral("kind")), QStringLiteral("armed-group"));
    QCOMPARE(parsed.nodeData.value(QStringLiteral("event-count")), QStringLiteral("2"));
    QCOMPARE(parsed.nodeData.value(QStringLiteral("start")), QStringLiteral("2015-07-07"));
    QCOMPARE(parsed.nodeData.value(QStringLiteral("end")), QStringLiteral("2016-04-30"));
    QCOMPARE(parsed.nodeData.value(QStringLiteral("spells")),
             QStringLiteral("2015-07-07/2015-07-07; 2016-04-01/2016-04-30"));
    QCOMPARE(parsed.edgeData.value(QStringLiteral("relation")), QStringLiteral("shared-events"));
    QCOMPARE(parsed.edgeData.value(QStringLiteral("weight")), QStringLiteral("2"));
    QCOMPARE(parsed.edgeData.value(QStringLiteral("verbal-cooperation")), QStringLiteral("1"));
    QCOMPARE(parsed.edgeData.value(QStringLiteral("material-conflict")), QStringLiteral("1"));
    QCOMPARE(parsed.affiliationDirected, QStringLiteral("true"));
}

void tst_GraphmlWriter::withoutSpells()
{
    const GraphFixture fixture;
    const Parsed parsed = parse(written(fixture.graph, nullptr));
    QVERIFY(!parsed.error);
    QCOMPARE(parsed.keyDomains.size(), 3 + 8);
    QVERIFY(!parsed.nodeData.contains(QStringLiteral("spells")));
}

QTEST_GUILESS_MAIN(tst_GraphmlWriter)
#include "tst_graphmlwriter.moc"
