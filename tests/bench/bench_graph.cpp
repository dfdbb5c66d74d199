// Actor graph benchmark: layout step time on scale-free graphs, time to a
// stable layout, paint time while panning, and graph build time from a large
// workspace. Prints one `name value` line per figure.

#include "core/query/actorgraphbuilder.h"
#include "core/query/forcelayout.h"
#include "core/store/workspace.h"
#include "ui/graph/actorgraphpainter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cmath>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Faultline;

namespace {

// Processor time of this process in milliseconds: with other jobs on the
// machine, wall time measures the load as much as the code; both are printed.
double cpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

void print(const char *name, double value)
{
    std::printf("%s %.3f\n", name, value);
    std::fflush(stdout);
}

// Preferential attachment (Barabasi-Albert): a few hubs, many leaves, like actor graphs.
ForceLayout::Graph scaleFree(int nodes, int edgesPerNode, quint32 seed)
{
    QRandomGenerator random(seed);
    ForceLayout::Graph graph;
    std::vector<int> ends;
    std::vector<int> degree(size_t(nodes), 0);
    for (int i = 0; i < nodes; ++i) {
        graph.ids.push_back(i + 1);
        for (int k = 0; k < edgesPerNode && i > 0; ++k) {
            const int target = ends.empty() ? 0 : ends[random.bounded(int(ends.size()))];
            if (target == i)
                continue;
            graph.edges.push_back({i, target, double(1 + random.bounded(10))});
            ends.push_back(i);
            ends.push_back(target);
            ++degree[size_t(i)];
            ++degree[size_t(target)];
        }
    }
    for (int d : degree)
        graph.radii.push_back(4.0 + 2.0 * std::sqrt(double(d)));
    return graph;
}

// Mean milliseconds per step after a warm-up (the first steps move everything
// and the tree is unusually deep while nodes sit in the initial disc).
double stepMs(int nodes, int edgesPerNode, int steps, double *cpuPerStep)
{
    ForceLayout layout(scaleFree(nodes, edgesPerNode, 42), {});
    layout.initialize();
    for (int i = 0; i < 20; ++i)
        layout.step();
    QElapsedTimer timer;
    timer.start();
    const double cpu = cpuMs();
    for (int i = 0; i < steps; ++i)
        layout.step();
    *cpuPerStep = (cpuMs() - cpu) / steps;
    return double(timer.nsecsElapsed()) / 1e6 / steps;
}

// The actor graph of a layout graph: kinds and quad classes drawn at random,
// event counts from the degree, so the painter sees what a real graph gives it.
ActorGraph actorGraphOf(const ForceLayout::Graph &layoutGraph)
{
    QRandomGenerator random(3);
    std::vector<ActorGraph::Node> nodes(layoutGraph.ids.size());
    for (size_t i = 0; i < nodes.size(); ++i) {
        nodes[i].actorId = layoutGraph.ids[i];
        nodes[i].name = QStringLiteral("Actor %1").arg(layoutGraph.ids[i]);
        nodes[i].kind = Actor::Kind(random.bounded(Actor::KindCount));
    }
    std::vector<ActorGraph::Edge> edges;
    QSet<QPair<int, int>> seen;
    for (const ForceLayout::Edge &e : layoutGraph.edges) {
        const QPair<int, int> pair(std::min(e.source, e.target), std::max(e.source, e.target));
        if (pair.first == pair.second || seen.contains(pair))
            continue;
        seen.insert(pair);
        ActorGraph::Edge edge;
        edge.source = pair.first;
        edge.target = pair.second;
        edge.eventCount = int(e.weight);
        for (int k = 0; k < edge.eventCount; ++k)
            ++edge.quadClassCounts[size_t(1 + random.bounded(4))];
        nodes[size_t(edge.source)].eventCount += edge.eventCount;
        nodes[size_t(edge.target)].eventCount += edge.eventCount;
        edges.push_back(edge);
    }
    // A few affiliations, drawn dashed.
    for (int k = 0; k < 200; ++k) {
        ActorGraph::Edge edge;
        edge.source = random.bounded(int(nodes.size()));
        edge.target = random.bounded(int(nodes.size()));
        edge.kind = ActorGraph::EdgeKind::Affiliation;
        if (edge.source != edge.target)
            edges.push_back(edge);
    }
    return ActorGraph(std::move(nodes), std::move(edges), 0);
}

// Mean milliseconds per frame of painting the graph into a widget-sized image
// while the view pans across it at the given zoom (1: the whole graph fits).
double paintMs(const ActorGraph &graph,
               const std::vector<QPointF> &positions,
               double zoom,
               double *cpuPerFrame)
{
    const QSize size(1200, 800);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    double left = 0, right = 0, top = 0, bottom = 0;
    for (size_t i = 0; i < positions.size(); ++i) {
        left = i ? std::min(left, positions[i].x()) : positions[i].x();
        right = i ? std::max(right, positions[i].x()) : positions[i].x();
        top = i ? std::min(top, positions[i].y()) : positions[i].y();
        bottom = i ? std::max(bottom, positions[i].y()) : positions[i].y();
    }
    ActorGraphOptions options;
    options.scale = zoom * std::min(size.width() / (right - left), size.height() / (bottom - top));
    const QPointF middle((left + right) / 2, (top + bottom) / 2);
    ActorGraphPainter painter;
    constexpr int Frames = 20;
    // One frame first: what is cached once per graph is not a panning cost.
    {
        options.center = middle;
        QPainter p(&image);
        painter.paint(&p, QRectF(QPointF(0, 0), QSizeF(size)), graph, positions, options);
    }
    QElapsedTimer timer;
    timer.start();
    const double cpu = cpuMs();
    for (int frame = 0; frame < Frames; ++frame) {
        // Ten pixels a frame, as a drag does.
        options.center = middle + QPointF(10.0 * frame, 4.0 * frame) / options.scale;
        QPainter p(&image);
        painter.paint(&p, QRectF(QPointF(0, 0), QSizeF(size)), graph, positions, options);
    }
    *cpuPerFrame = (cpuMs() - cpu) / Frames;
    return double(timer.nsecsElapsed()) / 1e6 / Frames;
}

bool exec(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", sql, message);
        sqlite3_free(message);
        return false;
    }
    return true;
}

// Events with 2 or 3 actors each, drawn with a skew so some actors are hubs.
bool buildWorkspace(const QString &path, int eventCount, int actorCount)
{
    {
        Workspace workspace;
        QString error;
        if (!workspace.open(path, Workspace::OpenMode::ReadWrite, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return false;
    exec(db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
    // The search triggers are not needed by the graph; this file is thrown away.
    {
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db,
                           "SELECT name FROM sqlite_master WHERE type = 'trigger'",
                           -1,
                           &stmt,
                           nullptr);
        QList<QByteArray> drops;
        while (sqlite3_step(stmt) == SQLITE_ROW)
            drops.append("DROP TRIGGER "
                         + QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))));
        sqlite3_finalize(stmt);
        for (const QByteArray &drop : drops)
            exec(db, drop.constData());
    }
    exec(db, "BEGIN");
    QRandomGenerator random(7);
    sqlite3_stmt *actor = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO actors(id, name, kind) VALUES (?, ?, 'other')",
                       -1,
                       &actor,
                       nullptr);
    for (int a = 1; a <= actorCount; ++a) {
        const QByteArray name = "Actor " + QByteArray::number(a);
        sqlite3_bind_int64(actor, 1, a);
        sqlite3_bind_text(actor, 2, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        sqlite3_step(actor);
        sqlite3_reset(actor);
    }
    sqlite3_finalize(actor);
    sqlite3_stmt *event = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO events(id, title, cameo_root, earliest_day, latest_day) "
                       "VALUES (?, 'Event', ?, ?, ?)",
                       -1,
                       &event,
                       nullptr);
    sqlite3_stmt *participant = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT OR IGNORE INTO event_actors(event_id, actor_id) VALUES (?, ?)",
                       -1,
                       &participant,
                       nullptr);
    for (int e = 1; e <= eventCount; ++e) {
        const qint64 day = 2450000 + random.bounded(8000);
        sqlite3_bind_int64(event, 1, e);
        sqlite3_bind_int(event, 2, 1 + random.bounded(20));
        sqlite3_bind_int64(event, 3, day);
        sqlite3_bind_int64(event, 4, day);
        sqlite3_step(event);
        sqlite3_reset(event);
        const int actors = 2 + random.bounded(2);
        for (int k = 0; k < actors; ++k) {
            // Squaring a uniform number favours low ids: a few actors take part in most events.
            const double u = random.generateDouble();
            const int a = 1 + int(u * u * actorCount);
            sqlite3_bind_int64(participant, 1, e);
            sqlite3_bind_int64(participant, 2, std::min(a, actorCount));
            sqlite3_step(participant);
            sqlite3_reset(participant);
        }
    }
    sqlite3_finalize(event);
    sqlite3_finalize(participant);
    exec(db, "COMMIT");
    sqlite3_close(db);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // "bench_graph paint" (or layout, stable, build) runs only that part, for profiling.
    const QString only = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    auto runs = [&only](const char *part) { return only.isEmpty() || only == QLatin1String(part); };
    if (runs("layout")) {
        double cpu2k = 0, cpu5k = 0, cpu20k = 0;
        const double ms2k = stepMs(2000, 2, 50, &cpu2k);
        print("layout_step_ms_2k", ms2k);
        const double ms5k = stepMs(5000, 4, 30, &cpu5k);
        print("iteration_ms_5k", ms5k);
        print("iteration_cpu_ms_5k", cpu5k);
        const double ms20k = stepMs(20000, 2, 10, &cpu20k);
        print("layout_step_ms_20k", ms20k);
        print("iteration_ms_20k", ms20k);
        print("iteration_cpu_ms_20k", cpu20k);
        // n log n predicts 13.0 for ten times the nodes; n^2 would give 100.
        print("step_ratio_20k_over_2k", ms20k / ms2k);
        print("step_ratio_nlogn_expected", (20000 * std::log(20000.0)) / (2000 * std::log(2000.0)));
    }

    if (runs("stable") || runs("paint")) {
        ForceLayout layout(scaleFree(5000, 4, 42), {}); // about 20,000 edges
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuMs();
        layout.initialize();
        const int steps = layout.run(3000, 100);
        print("stable_layout_s_5k", double(timer.nsecsElapsed()) / 1e9);
        print("stable_layout_cpu_s_5k", (cpuMs() - cpu) / 1000);
        print("stable_layout_steps_5k", steps);
        print("stable_layout_edges_5k", double(layout.graph().edges.size()));

        const ActorGraph graph = actorGraphOf(layout.graph());
        const std::vector<QPointF> positions = layout.positions();
        print("paint_nodes_5k", graph.nodeCount());
        print("paint_edges_5k", graph.edgeCount());
        double paintCpu = 0;
        print("paint_ms_5k", paintMs(graph, positions, 1.0, &paintCpu));
        print("paint_cpu_ms_5k", paintCpu);
        print("paint_ms_5k_zoom4", paintMs(graph, positions, 4.0, &paintCpu));
        print("paint_cpu_ms_5k_zoom4", paintCpu);
    }

    if (!runs("build"))
        return 0;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench-graph.faultline"));
    QElapsedTimer generate;
    generate.start();
    if (!buildWorkspace(path, 200000, 20000))
        return 1;
    print("generate_200k_s", double(generate.nsecsElapsed()) / 1e9);
    Workspace workspace;
    QString error;
    if (!workspace.open(path, Workspace::OpenMode::ReadOnly, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer build;
    build.start();
    const std::optional<ActorGraph> graph = ActorGraphBuilder(workspace).build({}, &error);
    if (!graph) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    print("graph_build_s", double(build.nsecsElapsed()) / 1e9);
    print("graph_build_nodes", graph->nodeCount());
    print("graph_build_edges", graph->edgeCount());
    print("graph_build_hidden", graph->hiddenActorCount());
    return 0;
}
