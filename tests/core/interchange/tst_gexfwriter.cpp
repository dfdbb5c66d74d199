#include "core/interchange/gexfwriter.h"
#include "tests/core/interchange/graphfixture.h"

#include <QBuffer>
#include <QTest>
#include <QXmlStreamReader>

using namespace Faultline;
using namespace Faultline::Testing;

class tst_GexfWriter : public QObject
{
    Q_OBJECT

private slots:
    void isoDay_data();
    void isoDay();
    void document();
    void withoutSpells();
    void emptyGraph();
};

namespace {

QByteArray written(const ActorGraph &graph, const ActorGraphSpells *spells)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    GexfWriter writer;
    writer.setDescription(QStringLiteral("Talks & fighting"));
    QString error;
    if (!writer.write(&buffer, graph, spells, &error))
        return {};
    return buffer.data();
}

} // namespace

void tst_GexfWriter::isoDay_data()
{
    QTest::addColumn<qint64>("day");
    QTest::addColumn<QString>("iso");
    QTest::newRow("2020") << DateSpan::julianDay(2020, 9, 14) << QStringLiteral("2020-09-14");
    QTest::newRow("year 5") << DateSpan::julianDay(5, 1, 2) << QStringLiteral("0005-01-02");
}

void tst_GexfWriter::isoDay()
{
    QFETCH(qint64, day);
    QFETCH(QString, iso);
    QCOMPARE(GexfWriter::isoDay(day), iso);
}

void tst_GexfWriter::document()
{
    const GraphFixture fixture;
    const QByteArray bytes = written(fixture.graph, &fixture.spells);
    QVERIFY(!bytes.isEmpty());
    QString lint;
    QVERIFY2(xmllintWellFormed(bytes, &lint), qPrintable(lint));

    QXmlStreamReader xml(bytes);
    int nodes = 0;
    int edges = 0;
    int spells = 0;
    int attributes = 0;
    QStringList labels;
    QStringList edgeKinds;
    QString graphMode;
    QString timeFormat;
    QHash<QString, QString> affiliation;
    QHash<QString, QString> firstEdgeValues;
    QString element;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        QVERIFY2(xml.namespaceUri() == QLatin1String("http://gexf.net/1.3"),
                 qPrintable(xml.name().toString()));
        const QXmlStreamAttributes attrs = xml.attributes();
        if (xml.name() == QLatin1String("gexf")) {
            QCOMPARE(attrs.value(QStringLiteral("version")), QStringLiteral("1.3"));
        } else if (xml.name() == QLatin1String("graph")) {
            graphMode = attrs.value(QStringLiteral("mode")).toString();
            timeFormat = attrs.value(QStringLiteral("timeformat")).toString();
        } else if (xml.name() == QLatin1String("attribute")) {
            ++attributes;
        } else if (xml.name() == QLatin1String("node")) {
            ++nodes;
            labels << attrs.value(QStringLiteral("label")).toString();
            element = QStringLiteral("node");
        } else if (xml.name() == QLatin1String("edge")) {
            ++edges;
            edgeKinds << attrs.value(QStringLiteral("kind")).toString();
            element = QStringLiteral("edge%1").arg(edges);
            if (attrs.value(QStringLiteral("kind")) == QLatin1String("affiliation")) {
                affiliation.insert(QStringLiteral("type"), attrs.value("type").toString());
                affiliation.insert(QStringLiteral("source"), attrs.value("source").toString());
                affiliation.insert(QStringLiteral("target"), attrs.value("target").toString());
            } else {
                QCOMPARE(attrs.value(QStringLiteral("weight")), QStringLiteral("2"));
            }
        } else if (xml.name() == QLatin1String("attvalue") && element == QLatin1String("edge1")) {
            firstEdgeValues.insert(attrs.value(QStringLiteral("for")).toString(),
                                   attrs.value(QStringLiteral("value")).toString());
        } else if (xml.name() == QLatin1String("spell")) {
            ++spells;
            QVERIFY(!attrs.value(QStringLiteral("start")).isEmpty());
            QVERIFY(!attrs.value(QStringLiteral("end")).isEmpty());
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(nodes, 3);
    QCOMPARE(edges, 2);
    QCOMPARE(attributes, 2 + 2 + 5); // node: kind, count; edge: relation, count, quad classes
    QCOMPARE(graphMode, QStringLiteral("dynamic"));
    QCOMPARE(timeFormat, QStringLiteral("date"));
    QCOMPARE(labels.at(0), QStringLiteral("Taliban <\"militants\"> & co"));
    QCOMPARE(labels.at(1), QStringLiteral("حكومة أفغانستان"));
    QCOMPARE(edgeKinds,
             (QStringList{QStringLiteral("shared-events"), QStringLiteral("affiliation")}));
    QCOMPARE(affiliation.value(QStringLiteral("type")), QStringLiteral("directed"));
    QCOMPARE(affiliation.value(QStringLiteral("source")), QStringLiteral("13"));
    QCOMPARE(affiliation.value(QStringLiteral("target")), QStringLiteral("11"));
    QCOMPARE(firstEdgeValues.value(QStringLiteral("event-count")), QStringLiteral("2"));
    QCOMPARE(firstEdgeValues.value(QStringLiteral("verbal-cooperation")), QStringLiteral("1"));
    QCOMPARE(firstEdgeValues.value(QStringLiteral("material-conflict")), QStringLiteral("1"));
    QCOMPARE(firstEdgeValues.value(QStringLiteral("verbal-conflict")), QStringLiteral("0"));
    // Spells: Taliban 2 (2015, 2016), government 2, Baradar 1, the shared edge 2; none
    // on the timeless affiliation.
    QCOMPARE(spells, 7);
    QVERIFY(bytes.contains("start=\"2016-04-01\" end=\"2016-04-30\""));
}

void tst_GexfWriter::withoutSpells()
{
    const GraphFixture fixture;
    const QByteArray bytes = written(fixture.graph, nullptr);
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            QVERIFY(xml.name() != QLatin1String("spell"));
            if (xml.name() == QLatin1String("graph"))
                QCOMPARE(xml.attributes().value(QStringLiteral("mode")), QStringLiteral("static"));
        }
    }
    QVERIFY(!xml.hasError());
}

void tst_GexfWriter::emptyGraph()
{
    const QByteArray bytes = written(ActorGraph(), nullptr);
    QXmlStreamReader xml(bytes);
    int nodes = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("node"))
            ++nodes;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(nodes, 0);
    QString lint;
    QVERIFY2(xmllintWellFormed(bytes, &lint), qPrintable(lint));
}

QTEST_GUILESS_MAIN(tst_GexfWriter)
#include "tst_gexfwriter.moc"
