// Actor graph benchmark: layout step time on scale-free graphs, time to a
// stable layout, and graph build time from a large workspace.
// Prints one `name value` line per figure.

#include "core/query/actorgraphbuilder.h"
#include "core/query/forcelayout.h"
#include "core/store/workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cmath>
#include <cstdio>
#include <vector>

using namespace Faultline;

namespace {

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
double stepMs(int nodes, int edgesPerNode, int steps)
{
    ForceLayout layout(scaleFree(nodes, edgesPerNode, 42), {});
    layout.initialize();
    for (int i = 0; i < 20; ++i)
        layout.step();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < steps; ++i)
        layout.step();
    return double(timer.nsecsElapsed()) / 1e6 / steps;
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

int main()
{
    const double ms2k = stepMs(2000, 2, 50);
    print("layout_step_ms_2k", ms2k);
    const double ms5k = stepMs(5000, 4, 30);
    print("iteration_ms_5k", ms5k);
    const double ms20k = stepMs(20000, 2, 10);
    print("layout_step_ms_20k", ms20k);
    print("iteration_ms_20k", ms20k);
    // n log n predicts 13.0 for ten times the nodes; n^2 would give 100.
    print("step_ratio_20k_over_2k", ms20k / ms2k);
    print("step_ratio_nlogn_expected", (20000 * std::log(20000.0)) / (2000 * std::log(2000.0)));

    {
        ForceLayout layout(scaleFree(5000, 4, 42), {}); // about 20,000 edges
        layout.initialize();
        QElapsedTimer timer;
        timer.start();
        const int steps = layout.run(3000, 100);
        print("stable_layout_s_5k", double(timer.nsecsElapsed()) / 1e9);
        print("stable_layout_steps_5k", steps);
        print("stable_layout_edges_5k", double(layout.graph().edges.size()));
    }

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
