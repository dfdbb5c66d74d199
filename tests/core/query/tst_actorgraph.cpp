#include "core/query/actorgraph.h"
#include "core/query/actorgraphbuilder.h"
#include "core/store/actorrepository.h"
#include "core/store/eventrepository.h"
#include "core/store/transaction.h"
#include "core/store/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Faultline;

class tst_ActorGraph : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void buildsNodesAndEdges();
    void countsQuadClasses();
    void affiliationEdges();
    void capKeepsTopActors_data();
    void capKeepsTopActors();
    void egoView_data();
    void egoView();
    void filtersByDateRange_data();
    void filtersByDateRange();
    void filtersByActor();
    void emptyWorkspace();

private:
    qint64 addActor(const QString &name, Actor::Kind kind, std::optional<qint64> affiliation = {});
    void addEvent(const DateSpan &date, int root, const QList<qint64> &actors);
    qint64 id(const char *name) const { return m_ids.value(QString::fromLatin1(name)); }

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_workspace = nullptr;
    QHash<QString, qint64> m_ids;
};

qint64 tst_ActorGraph::addActor(const QString &name,
                                Actor::Kind kind,
                                std::optional<qint64> affiliation)
{
    Actor actor;
    actor.name = name;
    actor.kind = kind;
    actor.affiliationId = affiliation;
    QString error;
    if (!ActorRepository(*m_workspace).insert(actor, &error))
        qWarning() << "actor insert failed:" << error;
    m_ids.insert(name, actor.id);
    return actor.id;
}

void tst_ActorGraph::addEvent(const DateSpan &date, int root, const QList<qint64> &actors)
{
    Event event;
    event.title = QStringLiteral("Event %1").arg(m_ids.size());
    event.date = date;
    event.type = EventType(root);
    for (qint64 actor : actors)
        event.participants.append({actor, Event::Role::Participant, false});
    QString error;
    if (!EventRepository(*m_workspace).insert(event, &error))
        qWarning() << "event insert failed:" << error;
    m_ids.insert(event.title, event.id);
}

// Actors: Pakistan, Taliban, Afghanistan, United States, Baradar (-> Taliban), Qatar (no events).
// A chain Qatar-free: US - Taliban - Pakistan - Afghanistan, plus Baradar - Pakistan.
void tst_ActorGraph::init()
{
    m_dir = new QTemporaryDir;
    m_workspace = new Workspace;
    m_ids.clear();
    QString error;
    QVERIFY2(m_workspace->open(m_dir->filePath(QStringLiteral("graph.faultline")),
                               Workspace::OpenMode::ReadWrite,
                               &error),
             qPrintable(error));
    Transaction transaction(*m_workspace);
    const qint64 pakistan = addActor(QStringLiteral("Pakistan"), Actor::Kind::State);
    const qint64 taliban = addActor(QStringLiteral("Taliban"), Actor::Kind::ArmedGroup);
    const qint64 afghanistan = addActor(QStringLiteral("Afghanistan"), Actor::Kind::Government);
    const qint64 us = addActor(QStringLiteral("United States"), Actor::Kind::State);
    const qint64 baradar = addActor(QStringLiteral("Baradar"), Actor::Kind::Person, taliban);
    addActor(QStringLiteral("Qatar"), Actor::Kind::State);

    addEvent(DateSpan::year(2015), 4, {pakistan, taliban, afghanistan}); // verbal cooperation
    addEvent(DateSpan::year(2015), 11, {pakistan, taliban});             // verbal conflict
    addEvent(DateSpan::year(2018), 8, {pakistan, baradar});              // material cooperation
    addEvent(DateSpan::month(2020, 2), 5, {us, taliban});                // verbal cooperation
    addEvent(DateSpan::day(2020, 9, 14), 19, {taliban, us});             // material conflict
    addEvent(DateSpan::day(2020, 9, 15), 19, {taliban});                 // no pair
    addEvent(DateSpan(), 4, {taliban, us});                              // unresolved date
    QVERIFY(transaction.commit(&error));
}

void tst_ActorGraph::cleanup()
{
    delete m_workspace;
    m_workspace = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

void tst_ActorGraph::buildsNodesAndEdges()
{
    QString error;
    const std::optional<ActorGraph> graph = ActorGraphBuilder(*m_workspace).build({}, &error);
    QVERIFY2(graph, qPrintable(error));
    QCOMPARE(graph->nodeCount(), 5); // Qatar has no events
    QCOMPARE(graph->indexOf(id("Qatar")), -1);
    QCOMPARE(graph->hiddenActorCount(), 0);
    const int taliban = graph->indexOf(id("Taliban"));
    QVERIFY(taliban >= 0);
    QCOMPARE(graph->nodes()[size_t(taliban)].eventCount, 6);
    QCOMPARE(graph->nodes()[size_t(taliban)].name, QStringLiteral("Taliban"));
    QCOMPARE(graph->nodes()[size_t(taliban)].kind, Actor::Kind::ArmedGroup);
    // Most events first.
    QCOMPARE(graph->nodes().front().actorId, id("Taliban"));
    // Pairs: Pak-Tal, Pak-Afg, Tal-Afg, Pak-Bar, US-Tal.
    QCOMPARE(graph->edgeCount(ActorGraph::EdgeKind::SharedEvents), 5);
    const ActorGraph::Edge *usTaliban = graph->edgeBetween(id("United States"),
                                                           id("Taliban"),
                                                           ActorGraph::EdgeKind::SharedEvents);
    QVERIFY(usTaliban);
    QCOMPARE(usTaliban->eventCount, 3);
    QCOMPARE(usTaliban->eventIds.size(), 3);
    QVERIFY(std::is_sorted(usTaliban->eventIds.begin(), usTaliban->eventIds.end()));
    QVERIFY(!graph->edgeBetween(id("United States"),
                                id("Pakistan"),
                                ActorGraph::EdgeKind::SharedEvents));
    for (const ActorGraph::Edge &edge : graph->edges()) {
        if (edge.kind == ActorGraph::EdgeKind::SharedEvents)
            QVERIFY(edge.source < edge.target);
    }
}

void tst_ActorGraph::countsQuadClasses()
{
    QString error;
    const std::optional<ActorGraph> graph = ActorGraphBuilder(*m_workspace).build({}, &error);
    QVERIFY2(graph, qPrintable(error));
    const ActorGraph::Edge *pakTal = graph->edgeBetween(id("Pakistan"),
                                                        id("Taliban"),
                                                        ActorGraph::EdgeKind::SharedEvents);
    QVERIFY(pakTal);
    QCOMPARE(pakTal->eventCount, 2);
    QCOMPARE(pakTal->quadClassCount(EventType::QuadClass::VerbalCooperation), 1);
    QCOMPARE(pakTal->quadClassCount(EventType::QuadClass::VerbalConflict), 1);
    QCOMPARE(pakTal->quadClassCount(EventType::QuadClass::MaterialConflict), 0);
    const ActorGraph::Edge *usTal = graph->edgeBetween(id("Taliban"),
                                                       id("United States"),
                                                       ActorGraph::EdgeKind::SharedEvents);
    QVERIFY(usTal);
    QCOMPARE(usTal->quadClassCount(EventType::QuadClass::VerbalCooperation), 2);
    QCOMPARE(usTal->quadClassCount(EventType::QuadClass::MaterialConflict), 1);
    const ActorGraph::Edge *pakBar = graph->edgeBetween(id("Pakistan"),
                                                        id("Baradar"),
                                                        ActorGraph::EdgeKind::SharedEvents);
    QVERIFY(pakBar);
    QCOMPARE(pakBar->quadClassCount(EventType::QuadClass::MaterialCooperation), 1);
}

void tst_ActorGraph::affiliationEdges()
{
    QString error;
    const std::optional<ActorGraph> graph = ActorGraphBuilder(*m_workspace).build({}, &error);
    QVERIFY2(graph, qPrintable(error));
    QCOMPARE(graph->edgeCount(ActorGraph::EdgeKind::Affiliation), 1);
    const ActorGraph::Edge *edge = graph->edgeBetween(id("Baradar"),
                                                      id("Taliban"),
                                                      ActorGraph::EdgeKind::Affiliation);
    QVERIFY(edge);
    QCOMPARE(graph->nodes()[size_t(edge->source)].actorId, id("Baradar"));
    QCOMPARE(graph->nodes()[size_t(edge->target)].actorId, id("Taliban"));
    // No shared event between them.
    QVERIFY(!graph->edgeBetween(id("Baradar"), id("Taliban"), ActorGraph::EdgeKind::SharedEvents));

    // Without Baradar's event (2018) Baradar is not in the graph, nor the edge.
    EventFilter filter;
    filter.fromDay = DateSpan::year(2020).earliestDay();
    const std::optional<ActorGraph> recent = ActorGraphBuilder(*m_workspace).build(filter, &error);
    QVERIFY2(recent, qPrintable(error));
    QCOMPARE(recent->edgeCount(ActorGraph::EdgeKind::Affiliation), 0);
}

void tst_ActorGraph::capKeepsTopActors_data()
{
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("hidden");
    QTest::addColumn<int>("sharedEdges");

    // Event counts: Taliban 6, Pakistan 3, United States 3, Afghanistan 1, Baradar 1.
    QTest::newRow("no cap") << 0 << 5 << 0 << 5;
    QTest::newRow("above") << 10 << 5 << 0 << 5;
    QTest::newRow("three") << 3 << 3 << 2 << 2; // Tal-Pak, Tal-US
    QTest::newRow("one") << 1 << 1 << 4 << 0;
}

void tst_ActorGraph::capKeepsTopActors()
{
    QFETCH(int, cap);
    QFETCH(int, nodes);
    QFETCH(int, hidden);
    QFETCH(int, sharedEdges);
    ActorGraphBuilder builder(*m_workspace);
    builder.setNodeCap(cap);
    QString error;
    const std::optional<ActorGraph> graph = builder.build({}, &error);
    QVERIFY2(graph, qPrintable(error));
    QCOMPARE(graph->nodeCount(), nodes);
    QCOMPARE(graph->hiddenActorCount(), hidden);
    QCOMPARE(graph->edgeCount(ActorGraph::EdgeKind::SharedEvents), sharedEdges);
    QVERIFY(graph->indexOf(id("Taliban")) >= 0);
    if (cap == 3) {
        // Ties at 3 events both kept; Afghanistan and Baradar (1 event) hidden.
        QVERIFY(graph->indexOf(id("Pakistan")) >= 0);
        QVERIFY(graph->indexOf(id("United States")) >= 0);
        QCOMPARE(graph->edgeCount(ActorGraph::EdgeKind::Affiliation), 0);
    }
}

void tst_ActorGraph::egoView_data()
{
    QTest::addColumn<QString>("center");
    QTest::addColumn<int>("depth");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("us depth 0") << QStringLiteral("United States") << 0
                                << QStringList{QStringLiteral("United States")};
    QTest::newRow("us depth 1") << QStringLiteral("United States") << 1
                                << QStringList{QStringLiteral("United States"),
                                               QStringLiteral("Taliban")};
    // Taliban's neighbours: Pakistan, Afghanistan, Baradar (affiliation).
    QTest::newRow("us depth 2") << QStringLiteral("United States") << 2
                                << QStringList{QStringLiteral("United States"),
                                               QStringLiteral("Taliban"),
                                               QStringLiteral("Pakistan"),
                                               QStringLiteral("Afghanistan"),
                                               QStringLiteral("Baradar")};
    QTest::newRow("afghanistan depth 1") << QStringLiteral("Afghanistan") << 1
                                         << QStringList{QStringLiteral("Afghanistan"),
                                                        QStringLiteral("Pakistan"),
                                                        QStringLiteral("Taliban")};
    QTest::newRow("not in graph") << QStringLiteral("Qatar") << 2 << QStringList{};
}

void tst_ActorGraph::egoView()
{
    QFETCH(QString, center);
    QFETCH(int, depth);
    QFETCH(QStringList, expected);
    QString error;
    const std::optional<ActorGraph> graph = ActorGraphBuilder(*m_workspace).build({}, &error);
    QVERIFY2(graph, qPrintable(error));
    const ActorGraph ego = graph->egoView(m_ids.value(center), depth);
    QStringList names;
    for (const ActorGraph::Node &node : ego.nodes())
        names << node.name;
    names.sort();
    expected.sort();
    QCOMPARE(names, expected);
    if (!expected.isEmpty()) {
        QCOMPARE(ego.nodes().front().name, center);
        QCOMPARE(ego.hiddenActorCount(), graph->nodeCount() - ego.nodeCount());
    }
    // Every edge of the full graph between two ego nodes is kept, with its counts.
    int expectedEdges = 0;
    for (const ActorGraph::Edge &edge : graph->edges()) {
        const qint64 source = graph->nodes()[size_t(edge.source)].actorId;
        const qint64 target = graph->nodes()[size_t(edge.target)].actorId;
        if (ego.indexOf(source) < 0 || ego.indexOf(target) < 0)
            continue;
        ++expectedEdges;
        const ActorGraph::Edge *kept = ego.edgeBetween(source, target, edge.kind);
        QVERIFY(kept);
        QCOMPARE(kept->eventCount, edge.eventCount);
    }
    QCOMPARE(ego.edgeCount(), expectedEdges);
}

void tst_ActorGraph::filtersByDateRange_data()
{
    QTest::addColumn<int>("fromYear");
    QTest::addColumn<int>("toYear");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("usTalibanEvents");
    QTest::addColumn<int>("talibanEvents");

    QTest::newRow("2015") << 2015 << 2015 << 3 << 0 << 2;
    QTest::newRow("2018-2020") << 2018 << 2020 << 4 << 2 << 3;
    QTest::newRow("2020") << 2020 << 2020 << 2 << 2 << 3;
    QTest::newRow("2030") << 2030 << 2030 << 0 << 0 << 0;
}

void tst_ActorGraph::filtersByDateRange()
{
    QFETCH(int, fromYear);
    QFETCH(int, toYear);
    QFETCH(int, nodes);
    QFETCH(int, usTalibanEvents);
    QFETCH(int, talibanEvents);
    EventFilter filter;
    filter.fromDay = DateSpan::year(fromYear).earliestDay();
    filter.toDay = DateSpan::year(toYear).latestDay();
    QString error;
    const std::optional<ActorGraph> graph = ActorGraphBuilder(*m_workspace).build(filter, &error);
    QVERIFY2(graph, qPrintable(error));
    QCOMPARE(graph->nodeCount(), nodes);
    const ActorGraph::Edge *usTal = graph->edgeBetween(id("United States"),
                                                       id("Taliban"),
                                                       ActorGraph::EdgeKind::SharedEvents);
    QCOMPARE(usTal ? usTal->eventCount : 0, usTalibanEvents);
    const int taliban = graph->indexOf(id("Taliban"));
    QCOMPARE(taliban >= 0 ? graph->nodes()[size_t(taliban)].eventCount : 0, talibanEvents);
}

void tst_ActorGraph::filtersByActor()
{
    EventFilter filter;
    filter.actorName = QStringLiteral("baradar");
    QString error;
    const std::optional<ActorGraph> graph = ActorGraphBuilder(*m_workspace).build(filter, &error);
    QVERIFY2(graph, qPrintable(error));
    QCOMPARE(graph->nodeCount(), 2); // Baradar and Pakistan, their one event
    const int pakistan = graph->indexOf(id("Pakistan"));
    QVERIFY(pakistan >= 0);
    QCOMPARE(graph->nodes()[size_t(pakistan)].eventCount, 1);

    EventFilter unresolvedOut;
    unresolvedOut.includeUnresolved = false;
    const std::optional<ActorGraph> resolved = ActorGraphBuilder(*m_workspace)
                                                   .build(unresolvedOut, &error);
    QVERIFY2(resolved, qPrintable(error));
    QCOMPARE(resolved
                 ->edgeBetween(id("United States"),
                               id("Taliban"),
                               ActorGraph::EdgeKind::SharedEvents)
                 ->eventCount,
             2);
}

void tst_ActorGraph::emptyWorkspace()
{
    QTemporaryDir dir;
    Workspace workspace;
    QString error;
    QVERIFY(workspace.open(dir.filePath(QStringLiteral("empty.faultline")),
                           Workspace::OpenMode::ReadWrite,
                           &error));
    const std::optional<ActorGraph> graph = ActorGraphBuilder(workspace).build({}, &error);
    QVERIFY2(graph, qPrintable(error));
    QVERIFY(graph->isEmpty());
    QCOMPARE(graph->edgeCount(), 0);
    QVERIFY(graph->egoView(1, 2).isEmpty());

    Workspace closed;
    QVERIFY(!ActorGraphBuilder(closed).build({}, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ActorGraph)
#include "tst_actorgraph.moc"
