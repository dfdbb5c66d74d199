#include "core/query/componentpacker.h"
#include "core/query/forcelayout.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace Faultline;

using Links = QList<QPair<int, int>>;

class tst_ComponentPacker : public QObject
{
    Q_OBJECT

private slots:
    void labelsBySize_data();
    void labelsBySize();
    void packsWithoutOverlap_data();
    void packsWithoutOverlap();
    void largestComponentStays();
    void fixedComponentsStay();
    void layoutKeepsComponentsSideBySide_data();
    void layoutKeepsComponentsSideBySide();
    void starOfFiveThousand();

private:
    struct Rect
    {
        double left, top, right, bottom;
        double width() const { return right - left; }
        double height() const { return bottom - top; }
    };
    static std::vector<Rect> boxesOf(const std::vector<double> &x,
                                     const std::vector<double> &y,
                                     const std::vector<double> &radii,
                                     const std::vector<int> &component,
                                     int count);
    static bool overlap(const Rect &a, const Rect &b)
    {
        return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    }
    // Cliques of the given sizes (1: an isolated node), one after the other.
    static ForceLayout::Graph cliques(const QList<int> &sizes);
};

std::vector<tst_ComponentPacker::Rect> tst_ComponentPacker::boxesOf(
    const std::vector<double> &x,
    const std::vector<double> &y,
    const std::vector<double> &radii,
    const std::vector<int> &component,
    int count)
{
    std::vector<Rect> boxes(size_t(count), Rect{1e300, 1e300, -1e300, -1e300});
    for (size_t i = 0; i < x.size(); ++i) {
        Rect &b = boxes[size_t(component[i])];
        b.left = std::min(b.left, x[i] - radii[i]);
        b.top = std::min(b.top, y[i] - radii[i]);
        b.right = std::max(b.right, x[i] + radii[i]);
        b.bottom = std::max(b.bottom, y[i] + radii[i]);
    }
    return boxes;
}

ForceLayout::Graph tst_ComponentPacker::cliques(const QList<int> &sizes)
{
    ForceLayout::Graph graph;
    int first = 0;
    for (int size : sizes) {
        for (int i = 0; i < size; ++i) {
            graph.ids.push_back(1000 + first + i);
            graph.radii.push_back(5.0);
            for (int j = 0; j < i; ++j)
                graph.edges.push_back({first + i, first + j, 1.0});
        }
        first += size;
    }
    return graph;
}

void tst_ComponentPacker::labelsBySize_data()
{
    QTest::addColumn<int>("nodes");
    QTest::addColumn<Links>("links");
    QTest::addColumn<QList<int>>("expected");
    QTest::addColumn<int>("count");

    QTest::newRow("none") << 0 << Links{} << QList<int>{} << 0;
    QTest::newRow("isolated") << 3 << Links{} << QList<int>{0, 1, 2} << 3;
    QTest::newRow("one chain") << 4 << Links{{0, 1}, {2, 1}, {3, 2}} << QList<int>{0, 0, 0, 0} << 1;
    // The pair {3, 4} is bigger than the lone node 0: it is numbered first.
    QTest::newRow("by size") << 5 << Links{{1, 2}, {2, 3}, {4, 3}} << QList<int>{1, 0, 0, 0, 0}
                             << 2;
    QTest::newRow("ties by lowest node")
        << 6 << Links{{5, 4}, {1, 0}, {3, 2}} << QList<int>{0, 0, 1, 1, 2, 2} << 3;
    QTest::newRow("out of range ignored") << 2 << Links{{0, 7}, {-1, 1}} << QList<int>{0, 1} << 2;
}

void tst_ComponentPacker::labelsBySize()
{
    QFETCH(int, nodes);
    QFETCH(Links, links);
    QFETCH(QList<int>, expected);
    QFETCH(int, count);
    std::vector<ComponentPacker::Link> input;
    for (const auto &link : links)
        input.emplace_back(link.first, link.second);
    int got = -1;
    const std::vector<int> labels = ComponentPacker::label(nodes, input, &got);
    QCOMPARE(got, count);
    QCOMPARE(QList<int>(labels.begin(), labels.end()), expected);
}

void tst_ComponentPacker::packsWithoutOverlap_data()
{
    QTest::addColumn<QList<int>>("sizes");
    QTest::newRow("two cliques") << QList<int>{8, 8};
    QTest::newRow("big and isolated") << QList<int>{30, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    QTest::newRow("many small") << QList<int>{5, 4, 4, 3, 3, 3, 2, 2, 2, 2, 1, 1, 1};
    QTest::newRow("only isolated") << QList<int>(40, 1);
}

void tst_ComponentPacker::packsWithoutOverlap()
{
    QFETCH(QList<int>, sizes);
    const ForceLayout::Graph graph = cliques(sizes);
    // All components piled on one spot, as a layout that flung nothing apart would leave them.
    std::mt19937 random(5);
    std::uniform_real_distribution<double> jitter(-20, 20);
    std::vector<double> x, y;
    for (size_t i = 0; i < graph.ids.size(); ++i) {
        x.push_back(jitter(random));
        y.push_back(jitter(random));
    }
    std::vector<ComponentPacker::Link> links;
    for (const ForceLayout::Edge &edge : graph.edges)
        links.emplace_back(edge.source, edge.target);
    int count = 0;
    const std::vector<int> labels = ComponentPacker::label(int(x.size()), links, &count);
    QCOMPARE(count, int(sizes.size()));
    const double gap = 12;
    const std::vector<Rect> before = boxesOf(x, y, graph.radii, labels, count);
    ComponentPacker::pack(x, y, graph.radii, labels, count, {}, gap);
    const std::vector<Rect> after = boxesOf(x, y, graph.radii, labels, count);
    double totalArea = 0;
    for (int c = 0; c < count; ++c) {
        // Moved whole: the same size.
        QVERIFY(std::abs(after[size_t(c)].width() - before[size_t(c)].width()) < 1e-9);
        QVERIFY(std::abs(after[size_t(c)].height() - before[size_t(c)].height()) < 1e-9);
        totalArea += (after[size_t(c)].width() + gap) * (after[size_t(c)].height() + gap);
        for (int d = c + 1; d < count; ++d)
            QVERIFY2(!overlap(after[size_t(c)], after[size_t(d)]),
                     qPrintable(QStringLiteral("components %1 and %2 overlap").arg(c).arg(d)));
    }
    // Packed, not strewn: the whole is not much bigger than the parts.
    Rect all = after.front();
    for (const Rect &b : after)
        all = {std::min(all.left, b.left),
               std::min(all.top, b.top),
               std::max(all.right, b.right),
               std::max(all.bottom, b.bottom)};
    QVERIFY2(all.width() * all.height() < 4 * totalArea,
             qPrintable(
                 QStringLiteral("%1 x %2 for %3").arg(all.width()).arg(all.height()).arg(totalArea)));
}

void tst_ComponentPacker::largestComponentStays()
{
    const ForceLayout::Graph graph = cliques({6, 3, 1});
    std::vector<double> x(graph.ids.size()), y(graph.ids.size());
    for (size_t i = 0; i < x.size(); ++i) {
        x[i] = 500 + 10.0 * double(i);
        y[i] = -300 + 7.0 * double(i % 3);
    }
    const std::vector<double> x0 = x, y0 = y;
    std::vector<ComponentPacker::Link> links;
    for (const ForceLayout::Edge &edge : graph.edges)
        links.emplace_back(edge.source, edge.target);
    int count = 0;
    const std::vector<int> labels = ComponentPacker::label(int(x.size()), links, &count);
    QCOMPARE(count, 3);
    QCOMPARE(ComponentPacker::pack(x, y, graph.radii, labels, count, {}, 10), 2);
    for (size_t i = 0; i < 6; ++i) {
        QCOMPARE(x[i], x0[i]);
        QCOMPARE(y[i], y0[i]);
    }
    // A single component is left alone.
    std::vector<double> sx{1, 2}, sy{3, 4};
    QCOMPARE(ComponentPacker::pack(sx, sy, {1, 1}, {0, 0}, 1, {}, 10), 0);
    QCOMPARE(sx, (std::vector<double>{1, 2}));
}

void tst_ComponentPacker::fixedComponentsStay()
{
    // Four isolated nodes; the second is pinned far out: it stays, the others pack beside it.
    std::vector<double> x{0, 1000, 5, 10}, y{0, 1000, 5, 10};
    const std::vector<double> radii(4, 5.0);
    int count = 0;
    const std::vector<int> labels = ComponentPacker::label(4, {}, &count);
    const std::vector<char> fixed{0, 1, 0, 0};
    ComponentPacker::pack(x, y, radii, labels, count, fixed, 10);
    QCOMPARE(x[1], 1000.0);
    QCOMPARE(y[1], 1000.0);
    for (size_t i : {size_t(0), size_t(2), size_t(3)}) {
        QVERIFY(x[i] - radii[i] >= 1005 + 10 - 1e-9); // right of the fixed one, past the gap
        QVERIFY(std::abs(y[i] - 1000) < 100);
    }
}

void tst_ComponentPacker::layoutKeepsComponentsSideBySide_data()
{
    QTest::addColumn<QList<int>>("sizes");
    QTest::newRow("two cliques") << QList<int>{12, 12};
    QTest::newRow("clique and isolated") << QList<int>{40, 1, 1, 1, 1, 1, 1, 1, 1};
    QTest::newRow("mixed") << QList<int>{25, 10, 6, 3, 2, 2, 1, 1, 1, 1, 1};
}

void tst_ComponentPacker::layoutKeepsComponentsSideBySide()
{
    QFETCH(QList<int>, sizes);
    const ForceLayout::Graph graph = cliques(sizes);
    ForceLayout layout(graph, {});
    layout.initialize();
    layout.run(1500, 100);
    std::vector<double> x, y;
    for (int i = 0; i < layout.nodeCount(); ++i) {
        x.push_back(layout.position(i).x());
        y.push_back(layout.position(i).y());
    }
    std::vector<ComponentPacker::Link> links;
    for (const ForceLayout::Edge &edge : graph.edges)
        links.emplace_back(edge.source, edge.target);
    int count = 0;
    const std::vector<int> labels = ComponentPacker::label(int(x.size()), links, &count);
    const std::vector<Rect> boxes = boxesOf(x, y, graph.radii, labels, count);
    for (int c = 0; c < count; ++c) {
        for (int d = c + 1; d < count; ++d)
            QVERIFY2(!overlap(boxes[size_t(c)], boxes[size_t(d)]),
                     qPrintable(QStringLiteral("components %1 and %2 overlap").arg(c).arg(d)));
    }
    // Every component, the isolated nodes included, lies within a bounded
    // distance of the largest: at most twice its size beyond its box.
    const Rect &main = boxes.front();
    const double reach = 2 * std::max(main.width(), main.height());
    for (int c = 1; c < count; ++c) {
        const Rect &b = boxes[size_t(c)];
        QVERIFY2(b.left > main.left - reach && b.right < main.right + reach
                     && b.top > main.top - reach && b.bottom < main.bottom + reach,
                 qPrintable(QStringLiteral("component %1 at %2,%3; main %4..%5")
                                .arg(c)
                                .arg(b.left)
                                .arg(b.top)
                                .arg(main.left)
                                .arg(main.right)));
    }
    // No two nodes overlap either.
    for (int a = 0; a < layout.nodeCount(); ++a) {
        for (int b = a + 1; b < layout.nodeCount(); ++b) {
            const QPointF d = layout.position(a) - layout.position(b);
            QVERIFY(std::hypot(d.x(), d.y())
                    >= graph.radii[size_t(a)] + graph.radii[size_t(b)] - 1e-6);
        }
    }
}

void tst_ComponentPacker::starOfFiveThousand()
{
    // One hub with 5,000 leaves: laid out, finite, without overlaps, in reasonable room.
    ForceLayout::Graph graph;
    const int leaves = 5000;
    graph.ids.push_back(1);
    graph.radii.push_back(4.0 + 2.0 * std::sqrt(double(leaves)));
    for (int i = 1; i <= leaves; ++i) {
        graph.ids.push_back(1 + i);
        graph.radii.push_back(6.0);
        graph.edges.push_back({0, i, 1.0});
    }
    ForceLayout layout(graph, {});
    layout.initialize();
    layout.run(600, 100);
    double extent = 0;
    for (int i = 0; i < layout.nodeCount(); ++i) {
        const QPointF p = layout.position(i) - layout.position(0);
        QVERIFY(std::isfinite(p.x()) && std::isfinite(p.y()));
        extent = std::max(extent, std::hypot(p.x(), p.y()));
    }
    // The leaves need about this much room side by side: a disc of their total area.
    double area = 0;
    for (double r : graph.radii)
        area += 4 * r * r;
    const double needed = std::sqrt(area / M_PI);
    QVERIFY2(extent < 6 * needed, qPrintable(QStringLiteral("%1 vs %2").arg(extent).arg(needed)));
    QVERIFY(layout.removeOverlaps());
}

QTEST_APPLESS_MAIN(tst_ComponentPacker)
#include "tst_componentpacker.moc"
