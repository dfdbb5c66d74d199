#include "core/query/forcelayout.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace Faultline;

class tst_ForceLayout : public QObject
{
    Q_OBJECT

private slots:
    void converges_data();
    void converges();
    void connectedNodesEndCloser();
    void clustersSeparate();
    void noOverlapAtRest_data();
    void noOverlapAtRest();
    void pinnedNodesStay();
    void warmStartMovesLittle();
    void newNodesStartNearNeighbours();
    void deterministicForSeed();
    void barnesHutMatchesExact_data();
    void barnesHutMatchesExact();
    void edgeCases();

private:
    static ForceLayout::Graph randomGraph(int nodes, int edgesPerNode, quint32 seed);
    static ForceLayout::Graph twoClusters(int size);
    static double distance(const ForceLayout &layout, int a, int b);
};

// Preferential attachment (scale-free), radii from degree like the actor graph.
ForceLayout::Graph tst_ForceLayout::randomGraph(int nodes, int edgesPerNode, quint32 seed)
{
    ForceLayout::Graph graph;
    std::mt19937 random(seed);
    std::vector<int> ends;
    for (int i = 0; i < nodes; ++i) {
        graph.ids.push_back(1000 + i);
        for (int k = 0; k < edgesPerNode && i > 0; ++k) {
            const int target
                = ends.empty()
                      ? 0
                      : ends[std::uniform_int_distribution<size_t>(0, ends.size() - 1)(random)];
            if (target == i)
                continue;
            graph.edges.push_back({i, target, 1.0 + double(random() % 5)});
            ends.push_back(i);
            ends.push_back(target);
        }
    }
    std::vector<int> degree(size_t(nodes), 0);
    for (const ForceLayout::Edge &edge : graph.edges) {
        ++degree[size_t(edge.source)];
        ++degree[size_t(edge.target)];
    }
    for (int d : degree)
        graph.radii.push_back(4.0 + 2.0 * std::sqrt(double(d)));
    return graph;
}

// Two complete graphs with no edge between them.
ForceLayout::Graph tst_ForceLayout::twoClusters(int size)
{
    ForceLayout::Graph graph;
    for (int c = 0; c < 2; ++c) {
        for (int i = 0; i < size; ++i) {
            graph.ids.push_back(c * 100 + i);
            graph.radii.push_back(5.0);
            for (int j = 0; j < i; ++j)
                graph.edges.push_back({c * size + i, c * size + j, 1.0});
        }
    }
    return graph;
}

double tst_ForceLayout::distance(const ForceLayout &layout, int a, int b)
{
    const QPointF d = layout.position(a) - layout.position(b);
    return std::hypot(d.x(), d.y());
}

void tst_ForceLayout::converges_data()
{
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("edgesPerNode");

    QTest::newRow("tree") << 100 << 1;
    QTest::newRow("mesh") << 300 << 2;
}

void tst_ForceLayout::converges()
{
    QFETCH(int, nodes);
    QFETCH(int, edgesPerNode);
    ForceLayout layout(randomGraph(nodes, edgesPerNode, 21), {});
    layout.initialize();
    int steps = 0;
    while (steps < 3000 && !layout.isStable()) {
        layout.step();
        ++steps;
    }
    QVERIFY2(layout.isStable(), qPrintable(QString::number(layout.meanDisplacement())));
    QVERIFY(steps > 10); // it did have to move
}

void tst_ForceLayout::connectedNodesEndCloser()
{
    const ForceLayout::Graph graph = randomGraph(300, 1, 7); // a tree
    ForceLayout layout(graph, {});
    layout.initialize();
    layout.run(1500, 100);
    double connected = 0;
    for (const ForceLayout::Edge &edge : graph.edges)
        connected += distance(layout, edge.source, edge.target);
    connected /= double(graph.edges.size());
    double all = 0;
    int pairs = 0;
    for (int a = 0; a < layout.nodeCount(); a += 3) {
        for (int b = a + 1; b < layout.nodeCount(); b += 7) {
            all += distance(layout, a, b);
            ++pairs;
        }
    }
    all /= pairs;
    QVERIFY2(connected * 3 < all, qPrintable(QStringLiteral("%1 vs %2").arg(connected).arg(all)));
}

void tst_ForceLayout::clustersSeparate()
{
    const int size = 12;
    ForceLayout layout(twoClusters(size), {});
    layout.initialize();
    layout.run(2000, 100);
    double within = 0, between = 0;
    int withinCount = 0, betweenCount = 0;
    for (int a = 0; a < 2 * size; ++a) {
        for (int b = a + 1; b < 2 * size; ++b) {
            if ((a < size) == (b < size)) {
                within += distance(layout, a, b);
                ++withinCount;
            } else {
                between += distance(layout, a, b);
                ++betweenCount;
            }
        }
    }
    within /= withinCount;
    between /= betweenCount;
    QVERIFY2(between > 2 * within, qPrintable(QStringLiteral("%1 vs %2").arg(between).arg(within)));
    // Side by side, not flung apart: gravity keeps them within a few cluster widths.
    QVERIFY2(between < 20 * within, qPrintable(QStringLiteral("%1 vs %2").arg(between).arg(within)));
}

void tst_ForceLayout::noOverlapAtRest_data()
{
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("edgesPerNode"); // 0: a star around node 0

    QTest::newRow("tree") << 200 << 1;
    QTest::newRow("dense") << 400 << 3;
    QTest::newRow("star") << 500 << 0;
}

void tst_ForceLayout::noOverlapAtRest()
{
    QFETCH(int, nodes);
    QFETCH(int, edgesPerNode);
    ForceLayout::Graph graph;
    if (edgesPerNode > 0) {
        graph = randomGraph(nodes, edgesPerNode, 3);
    } else {
        for (int i = 0; i < nodes; ++i) {
            graph.ids.push_back(i);
            graph.radii.push_back(i == 0 ? 4.0 + 2.0 * std::sqrt(double(nodes)) : 6.0);
            if (i > 0)
                graph.edges.push_back({0, i, 1.0});
        }
    }
    ForceLayout layout(graph, {});
    layout.initialize();
    layout.run(1000, 100);
    QVERIFY(layout.removeOverlaps());
    for (int a = 0; a < layout.nodeCount(); ++a) {
        for (int b = a + 1; b < layout.nodeCount(); ++b) {
            const double minimum = graph.radii[size_t(a)] + graph.radii[size_t(b)];
            QVERIFY2(distance(layout, a, b) >= minimum - 1e-6,
                     qPrintable(QStringLiteral("%1 and %2 overlap").arg(a).arg(b)));
        }
    }
}

void tst_ForceLayout::pinnedNodesStay()
{
    const ForceLayout::Graph graph = randomGraph(150, 2, 11);
    ForceLayout first(graph, {});
    first.initialize();
    first.run(300, 0);
    QHash<qint64, QPointF> previous = first.positionsById();
    // Drag three nodes far away and pin them.
    const QSet<qint64> pinned{graph.ids[0], graph.ids[5], graph.ids[42]};
    previous[graph.ids[0]] = QPointF(500, -300);
    previous[graph.ids[5]] = QPointF(-400, 250);
    previous[graph.ids[42]] = QPointF(0, 0);
    ForceLayout layout(graph, {});
    layout.initialize(previous, pinned);
    layout.run(500, 100);
    for (qint64 id : pinned) {
        const int node = int(std::find(graph.ids.begin(), graph.ids.end(), id) - graph.ids.begin());
        QVERIFY(layout.isPinned(node));
        QCOMPARE(layout.position(node), previous.value(id));
    }
    QVERIFY(!layout.isPinned(1));
    // The unpinned ones did move towards the dragged nodes' pull.
    QVERIFY(layout.position(1) != previous.value(graph.ids[1]));
}

void tst_ForceLayout::warmStartMovesLittle()
{
    ForceLayout::Graph graph = randomGraph(300, 2, 5);
    ForceLayout::Settings settled;
    settled.stableDisplacement = 0; // every step: a picture at rest, as the user saw it
    ForceLayout cold(graph, settled);
    cold.initialize();
    QCOMPARE(cold.run(2000, 1500), 3500);
    QVERIFY(!cold.isWarmStart());
    const QHash<qint64, QPointF> previous = cold.positionsById();
    double extent = 0;
    for (const QPointF &p : previous)
        extent = std::max(extent, std::hypot(p.x(), p.y()));

    // A filter change: one more actor tied to two existing ones.
    graph.ids.push_back(99999);
    graph.radii.push_back(6.0);
    graph.edges.push_back({300, 10, 1.0});
    graph.edges.push_back({300, 20, 1.0});
    ForceLayout warm(graph, {});
    warm.initialize(previous);
    QVERIFY(warm.isWarmStart());
    warm.run(200, 100);
    double moved = 0;
    for (int i = 0; i < 300; ++i) {
        const QPointF d = warm.position(i) - previous.value(graph.ids[size_t(i)]);
        moved += std::hypot(d.x(), d.y());
    }
    moved /= 300;

    // Cold start with another seed for comparison: positions unrelated.
    ForceLayout::Settings other;
    other.seed = 77;
    ForceLayout fresh(graph, other);
    fresh.initialize();
    fresh.run(200, 100);
    double freshMoved = 0;
    for (int i = 0; i < 300; ++i) {
        const QPointF d = fresh.position(i) - previous.value(graph.ids[size_t(i)]);
        freshMoved += std::hypot(d.x(), d.y());
    }
    freshMoved /= 300;
    QVERIFY2(moved < 0.1 * extent,
             qPrintable(QStringLiteral("moved %1 of extent %2").arg(moved).arg(extent)));
    QVERIFY2(moved * 4 < freshMoved,
             qPrintable(QStringLiteral("warm %1 vs cold %2").arg(moved).arg(freshMoved)));
}

void tst_ForceLayout::newNodesStartNearNeighbours()
{
    ForceLayout::Graph graph;
    graph.ids = {1, 2, 3};
    graph.radii = {5, 5, 5};
    graph.edges = {{0, 1, 1}, {1, 2, 1}};
    ForceLayout layout(graph, {});
    const QHash<qint64, QPointF> previous{{1, QPointF(1000, 1000)}, {2, QPointF(1040, 1000)}};
    layout.initialize(previous);
    QCOMPARE(layout.position(0), QPointF(1000, 1000));
    // Node 3 hangs off node 2: placed a few radii from it, and node 3 from that chain.
    QVERIFY(distance(layout, 1, 2) < 20);
}

void tst_ForceLayout::deterministicForSeed()
{
    const ForceLayout::Graph graph = randomGraph(400, 2, 9);
    ForceLayout a(graph, {});
    a.initialize();
    a.run(200, 20);
    ForceLayout b(graph, {});
    b.initialize();
    b.run(200, 20);
    QCOMPARE(a.positions(), b.positions());
    ForceLayout::Settings other;
    other.seed = 2;
    ForceLayout c(graph, other);
    c.initialize();
    c.run(200, 20);
    QVERIFY(a.positions() != c.positions());
}

void tst_ForceLayout::barnesHutMatchesExact_data()
{
    QTest::addColumn<int>("nodes");
    QTest::addColumn<double>("theta");
    QTest::addColumn<double>("tolerance"); // relative error of the force vectors

    QTest::newRow("500 theta 0.5") << 500 << 0.5 << 0.01;
    QTest::newRow("2000 theta 0.5") << 2000 << 0.5 << 0.01;
    QTest::newRow("2000 theta 1.2") << 2000 << 1.2 << 0.05;
    QTest::newRow("5000 theta 1.2") << 5000 << 1.2 << 0.05;
}

void tst_ForceLayout::barnesHutMatchesExact()
{
    QFETCH(int, nodes);
    QFETCH(double, theta);
    QFETCH(double, tolerance);
    ForceLayout::Settings settings;
    settings.theta = theta;
    ForceLayout layout(randomGraph(nodes, 2, 13), settings);
    layout.initialize();
    for (int i = 0; i < 30; ++i) // some structure, not only uniform noise
        layout.step();
    const std::vector<QPointF> exact = layout.repulsionForces(false);
    const std::vector<QPointF> approximate = layout.repulsionForces(true);
    QCOMPARE(exact.size(), approximate.size());
    // Summed over all nodes: a node in the middle feels almost no net force,
    // so its own relative error says little.
    double difference = 0, total = 0;
    for (size_t i = 0; i < exact.size(); ++i) {
        const QPointF d = exact[i] - approximate[i];
        difference += std::hypot(d.x(), d.y());
        total += std::hypot(exact[i].x(), exact[i].y());
    }
    const double error = difference / total;
    QVERIFY2(error < tolerance, qPrintable(QStringLiteral("relative error %1").arg(error)));
    // The approximation must not be exact by accident (the tree really was used).
    QVERIFY(error > 0);
}

void tst_ForceLayout::edgeCases()
{
    ForceLayout empty(ForceLayout::Graph{}, {});
    empty.initialize();
    QCOMPARE(empty.run(10, 10), 0);
    QVERIFY(empty.positions().empty());

    ForceLayout::Graph single;
    single.ids = {7};
    single.radii = {5};
    ForceLayout one(single, {});
    one.initialize();
    one.run(100, 10);
    const QPointF p = one.position(0);
    QVERIFY(std::isfinite(p.x()) && std::isfinite(p.y()));

    // Two nodes on one spot are pushed apart, not stuck or NaN.
    ForceLayout::Graph pair;
    pair.ids = {1, 2};
    pair.radii = {5, 5};
    ForceLayout two(pair, {});
    two.initialize({{1, QPointF(3, 3)}, {2, QPointF(3, 3)}});
    two.run(100, 20);
    QVERIFY(std::isfinite(two.position(0).x()));
    QVERIFY(distance(two, 0, 1) >= 10 - 1e-6);
}

QTEST_APPLESS_MAIN(tst_ForceLayout)
#include "tst_forcelayout.moc"
