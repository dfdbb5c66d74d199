// Timeline benchmark: builds a synthetic ACLED-like workspace (cached under
// /tmp), then measures paint times of a 3840x1000 frame at several zoom levels,
// the time from opening the workspace to the first frame, and the memory of the
// index. Prints one "name value" figure per line.
//
//   bench_timeline [--events N] [--small N] [--png DIR] [--frames N] [--workspace PATH]
//
// --workspace measures an existing workspace instead (a data import, say), with
// the figures named as for the large one.

#include "core/model/datespan.h"
#include "core/query/eventtitlecache.h"
#include "core/query/timelineindexloader.h"
#include "core/store/workspace.h"
#include "ui/timeline/timelinepainter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <sqlite3.h>
#include <time.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace Faultline;

namespace {

constexpr int ActorCount = 20000;
constexpr int ArticleCount = 5000;
constexpr int Years = 25;
constexpr int FrameWidth = 3840;
constexpr int FrameHeight = 1000;

void print(const char *name, double value)
{
    std::printf("%s %.3f\n", name, value);
    std::fflush(stdout);
}

bool exec(sqlite3 *db, const QByteArray &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        std::fprintf(stderr, "sql failed: %s: %s\n", sql.constData(), message ? message : "");
        sqlite3_free(message);
        return false;
    }
    return true;
}

// Zipf-distributed ranks 0..n-1 (s = 1): a few actors are in most events.
class Zipf
{
public:
    explicit Zipf(int n)
    {
        m_cdf.resize(size_t(n));
        double sum = 0;
        for (int k = 0; k < n; ++k) {
            sum += 1.0 / (k + 1);
            m_cdf[size_t(k)] = sum;
        }
        for (double &value : m_cdf)
            value /= sum;
    }
    int sample(QRandomGenerator &random) const
    {
        const double u = random.generateDouble();
        return int(std::lower_bound(m_cdf.begin(), m_cdf.end(), u) - m_cdf.begin());
    }

private:
    std::vector<double> m_cdf;
};

int sampleRoot(QRandomGenerator &random)
{
    // Mostly material conflict, as in ACLED; some protests and statements.
    const int u = int(random.bounded(100));
    if (u < 35)
        return 19;
    if (u < 55)
        return 18;
    if (u < 70)
        return 14;
    if (u < 73)
        return 20;
    if (u < 78)
        return 17;
    return 1 + int(random.bounded(13));
}

// Builds the synthetic workspace through Workspace (schema) and the SQLite C
// API (bulk rows in one transaction, triggers and indexes restored after).
bool buildWorkspace(const QString &path, int eventCount)
{
    QElapsedTimer timer;
    timer.start();
    QFile::remove(path);
    {
        Workspace workspace;
        QString error;
        if (!workspace.open(path, Workspace::OpenMode::ReadWrite, &error)) {
            std::fprintf(stderr, "cannot create %s: %s\n", qPrintable(path), qPrintable(error));
            return false;
        }
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return false;
    exec(db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF;");
    // Triggers and secondary indexes are dropped for the bulk insert and
    // recreated from their own SQL afterwards.
    QList<QByteArray> recreate;
    {
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db,
                           "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
                           "type IN ('trigger', 'index')",
                           -1,
                           &stmt,
                           nullptr);
        QList<QByteArray> drops;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            const QByteArray type(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
            const QByteArray name(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1)));
            recreate.append(
                QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 2))));
            drops.append("DROP " + type.toUpper() + " " + name);
        }
        sqlite3_finalize(stmt);
        for (const QByteArray &drop : drops)
            exec(db, drop);
    }
    exec(db, "BEGIN");
    QRandomGenerator random(20201);
    sqlite3_stmt *actor = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO actors(id, name, kind) VALUES (?, ?, ?)",
                       -1,
                       &actor,
                       nullptr);
    static const char *const kinds[] = {"armed-group", "state", "government", "military", "person"};
    for (int a = 1; a <= ActorCount; ++a) {
        const QByteArray name = QByteArrayLiteral("Actor ") + QByteArray::number(a);
        sqlite3_bind_int64(actor, 1, a);
        sqlite3_bind_text(actor, 2, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(actor, 3, kinds[a % 5], -1, SQLITE_STATIC);
        sqlite3_step(actor);
        sqlite3_reset(actor);
    }
    sqlite3_finalize(actor);
    sqlite3_stmt *article = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO articles(id, title, outlet, text, content_hash, imported_at) "
                       "VALUES (?, ?, 'Synthetic', '', ?, '2024-01-01T00:00:00Z')",
                       -1,
                       &article,
                       nullptr);
    for (int a = 1; a <= ArticleCount; ++a) {
        const QByteArray title = QByteArrayLiteral("Report ") + QByteArray::number(a);
        const QByteArray hash = QByteArrayLiteral("synthetic-") + QByteArray::number(a);
        sqlite3_bind_int64(article, 1, a);
        sqlite3_bind_text(article, 2, title.constData(), int(title.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(article, 3, hash.constData(), int(hash.size()), SQLITE_TRANSIENT);
        sqlite3_step(article);
        sqlite3_reset(article);
    }
    sqlite3_finalize(article);

    sqlite3_stmt *event = nullptr;
    sqlite3_prepare_v2(
        db,
        "INSERT INTO events(id, title, cameo_root, earliest_day, latest_day, precision, "
        "qualifier, date_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        -1,
        &event,
        nullptr);
    sqlite3_stmt *participant = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO event_actors(event_id, actor_id, role) VALUES (?, ?, ?)",
                       -1,
                       &participant,
                       nullptr);
    sqlite3_stmt *evidence = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO evidence(event_id, article_id, span_begin, span_end, sentence) "
                       "VALUES (?, ?, 0, 10, ?)",
                       -1,
                       &evidence,
                       nullptr);
    sqlite3_stmt *search = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO event_search(rowid, title, evidence) VALUES (?, ?, ?)",
                       -1,
                       &search,
                       nullptr);
    const Zipf actors(ActorCount);
    const qint64 first = DateSpan::julianDay(2000, 1, 1);
    const qint64 days = DateSpan::julianDay(2000 + Years, 1, 1) - first;
    // Conflict episodes: bursts of events around some days.
    std::vector<qint64> episodes;
    for (int e = 0; e < 60; ++e)
        episodes.push_back(first + qint64(random.bounded(int(days))));
    static const char *const verbs[] = {"Clash",
                                        "Shelling",
                                        "Protest",
                                        "Airstrike",
                                        "Talks",
                                        "Arrests",
                                        "Ambush",
                                        "Statement",
                                        "Raid",
                                        "Ceasefire"};
    static const char *const places[] = {"the north",
                                         "the capital",
                                         "the border",
                                         "the valley",
                                         "the port",
                                         "the highlands",
                                         "the river crossing"};
    for (int id = 1; id <= eventCount; ++id) {
        // Activity grows over the years, with bursts.
        qint64 day = 0;
        if (random.bounded(10) < 3) {
            const double g = random.generateDouble() + random.generateDouble()
                             + random.generateDouble() - 1.5;
            day = episodes[size_t(random.bounded(int(episodes.size())))] + qint64(g * 40);
        } else {
            day = first + qint64(std::sqrt(random.generateDouble()) * double(days));
        }
        day = std::clamp(day, first, first + days - 1);
        qint64 earliest = day;
        qint64 latest = day;
        const char *precision = "day";
        const char *qualifier = "";
        const int p = int(random.bounded(1000));
        if (p < 60) {
            qint64 y = 0;
            int m = 1;
            DateSpan::toYearMonthDay(day, &y, &m, nullptr);
            const DateSpan month = DateSpan::month(y, m);
            earliest = month.earliestDay();
            latest = month.latestDay();
            precision = "month";
        } else if (p < 90) {
            qint64 y = 0;
            DateSpan::toYearMonthDay(day, &y, nullptr, nullptr);
            const DateSpan year = DateSpan::year(y);
            earliest = year.earliestDay();
            latest = year.latestDay();
            precision = "year";
        } else if (p < 100) {
            qualifier = "approximate";
        }
        const bool unresolved = p >= 995;
        const int root = sampleRoot(random);
        const QByteArray title = QByteArray(verbs[(id * 7 + root) % 10]) + " in " + places[id % 7]
                                 + " #" + QByteArray::number(id);
        sqlite3_bind_int64(event, 1, id);
        sqlite3_bind_text(event, 2, title.constData(), int(title.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int(event, 3, root);
        if (unresolved) {
            sqlite3_bind_null(event, 4);
            sqlite3_bind_null(event, 5);
        } else {
            sqlite3_bind_int64(event, 4, earliest);
            sqlite3_bind_int64(event, 5, latest);
        }
        sqlite3_bind_text(event, 6, precision, -1, SQLITE_STATIC);
        sqlite3_bind_text(event, 7, qualifier, -1, SQLITE_STATIC);
        sqlite3_bind_text(event, 8, unresolved ? "last month" : "", -1, SQLITE_STATIC);
        if (sqlite3_step(event) != SQLITE_DONE) {
            std::fprintf(stderr, "insert failed: %s\n", sqlite3_errmsg(db));
            return false;
        }
        sqlite3_reset(event);
        const int a = 1 + actors.sample(random);
        int b = random.bounded(10) < 6 ? 1 + actors.sample(random) : 0;
        if (b == a)
            b = 0;
        for (int actorId : {a, b}) {
            if (actorId == 0)
                continue;
            sqlite3_bind_int64(participant, 1, id);
            sqlite3_bind_int64(participant, 2, actorId);
            sqlite3_bind_text(participant, 3, actorId == a ? "source" : "target", -1, SQLITE_STATIC);
            sqlite3_step(participant);
            sqlite3_reset(participant);
        }
        const QByteArray sentence = title + " was reported.";
        sqlite3_bind_int64(evidence, 1, id);
        sqlite3_bind_int64(evidence, 2, 1 + random.bounded(ArticleCount));
        sqlite3_bind_text(evidence, 3, sentence.constData(), int(sentence.size()), SQLITE_TRANSIENT);
        sqlite3_step(evidence);
        sqlite3_reset(evidence);
        sqlite3_bind_int64(search, 1, id);
        sqlite3_bind_text(search, 2, title.constData(), int(title.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(search, 3, sentence.constData(), int(sentence.size()), SQLITE_TRANSIENT);
        sqlite3_step(search);
        sqlite3_reset(search);
    }
    sqlite3_finalize(event);
    sqlite3_finalize(participant);
    sqlite3_finalize(evidence);
    sqlite3_finalize(search);
    exec(db, "COMMIT");
    for (const QByteArray &sql : recreate)
        exec(db, sql);
    exec(db, "PRAGMA journal_mode = DELETE");
    sqlite3_close(db);
    print(eventCount >= 1000000 ? "generate_2m_s" : "generate_small_s", timer.elapsed() / 1000.0);
    return true;
}

QString workspaceFor(int eventCount)
{
    const QString path = QDir::temp().filePath(
        QStringLiteral("faultline-bench-timeline-v1-%1-%2.faultline")
            .arg(eventCount)
            .arg(ActorCount));
    if (!QFileInfo::exists(path) && !buildWorkspace(path, eventCount))
        return QString();
    return path;
}

// CPU time of this thread: the machine may be shared, and wall time then
// includes waiting for a core.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Figures
{
    double median = 0;
    double p99 = 0;
    double cpuMedian = 0;
};

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(std::ceil(values.size() * p)) - 1)];
}

Figures summarise(const std::vector<double> &times, const std::vector<double> &cpu)
{
    Figures f;
    f.median = percentile(times, 0.5);
    f.p99 = percentile(times, 0.99);
    f.cpuMedian = percentile(cpu, 0.5);
    return f;
}

class Bench
{
public:
    Bench(const TimelineIndex &index, EventTitleCache *titles)
        : m_index(index)
        , m_titles(titles)
        , m_image(FrameWidth, FrameHeight, QImage::Format_ARGB32_Premultiplied)
    {
        m_painter.setStyle(TimelineStyle::light(QGuiApplication::font()));
    }

    double frame(const TimeScale &scale)
    {
        TimelineOptions options;
        options.scale = scale;
        options.titles = m_titles;
        QElapsedTimer timer;
        timer.start();
        const double cpu = threadCpuMs();
        QPainter painter(&m_image);
        m_painter.paint(&painter, QRectF(0, 0, FrameWidth, FrameHeight), &m_index, options);
        painter.end();
        m_lastCpu = threadCpuMs() - cpu;
        return timer.nsecsElapsed() / 1e6;
    }

    Figures steady(const TimeScale &scale, int frames)
    {
        frame(scale); // warm caches (titles, glyph cache), as a visible view has
        std::vector<double> times;
        std::vector<double> cpu;
        for (int i = 0; i < frames; ++i) {
            times.push_back(frame(scale));
            cpu.push_back(m_lastCpu);
        }
        return summarise(times, cpu);
    }

    Figures panning(TimeScale scale, int frames)
    {
        std::vector<double> times;
        std::vector<double> cpu;
        for (int i = 0; i < frames; ++i) {
            scale.pan(-24); // a drag step
            times.push_back(frame(scale));
            cpu.push_back(m_lastCpu);
        }
        return summarise(times, cpu);
    }

    void save(const QString &dir, const QString &name, const TimeScale &scale)
    {
        if (dir.isEmpty())
            return;
        frame(scale);
        m_image.save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

    const TimelinePainter &painter() const { return m_painter; }

private:
    const TimelineIndex &m_index;
    EventTitleCache *m_titles;
    QImage m_image;
    TimelinePainter m_painter;
    double m_lastCpu = 0;
};

TimeScale fullExtent(const TimelineIndex &index)
{
    const double margin = (index.extentTo() - index.extentFrom()) * 0.03;
    return TimeScale(index.extentFrom() - margin, index.extentTo() + margin, FrameWidth);
}

// Runs every measurement on one workspace; `suffix` names the figures.
bool measure(
    const QString &path, const char *suffix, int frames, const QString &pngDir, double *fullMedian)
{
    auto name = [suffix](const char *base) {
        static QByteArray buffer;
        buffer = QByteArray(base) + suffix;
        return buffer.constData();
    };
    QElapsedTimer timer;
    timer.start();
    Workspace workspace;
    QString error;
    if (!workspace.open(path, Workspace::OpenMode::ReadOnly, &error)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(error));
        return false;
    }
    const double openS = timer.nsecsElapsed() / 1e9;
    const TimelineIndexLoader loader(workspace);
    std::optional<TimelineIndex> index = loader.load(LaneMode::None, &error);
    if (!index) {
        std::fprintf(stderr, "cannot load: %s\n", qPrintable(error));
        return false;
    }
    const double loadS = timer.nsecsElapsed() / 1e9 - openS;
    EventTitleCache titles(&workspace);
    Bench bench(*index, &titles);
    bench.frame(fullExtent(*index));
    print(name("first_frame_s"), timer.nsecsElapsed() / 1e9);
    print(name("open_workspace_s"), openS);
    print(name("index_load_s"), loadS);
    print(name("events"), index->totalCount());
    print(name("index_bytes_per_event"), double(index->memoryBytes()) / index->totalCount());

    const TimeScale full = fullExtent(*index);
    const Figures f = bench.steady(full, frames);
    *fullMedian = f.median;
    print(name("frame_median_ms"), f.median);
    print(name("frame_p99_ms"), f.p99);
    print(name("frame_cpu_median_ms"), f.cpuMedian);

    const double year = double(DateSpan::julianDay(2015, 1, 1));
    const TimeScale oneYear(year, year + 365, FrameWidth);
    const Figures y = bench.steady(oneYear, frames);
    print(name("frame_year_median_ms"), y.median);
    print(name("frame_year_p99_ms"), y.p99);
    print(name("frame_year_cpu_median_ms"), y.cpuMedian);

    const double week = double(DateSpan::julianDay(2015, 6, 1));
    const TimeScale oneWeek(week, week + 7, FrameWidth);
    const Figures w = bench.steady(oneWeek, frames);
    print(name("frame_week_median_ms"), w.median);
    print(name("frame_week_p99_ms"), w.p99);
    print(name("frame_week_cpu_median_ms"), w.cpuMedian);
    print(name("frame_week_glyphs"), bench.painter().lastGlyphCount());

    const Figures p = bench.panning(oneYear, frames);
    print(name("frame_pan_median_ms"), p.median);
    print(name("frame_pan_p99_ms"), p.p99);
    print(name("frame_pan_cpu_median_ms"), p.cpuMedian);
    const Figures pf = bench.panning(full, frames);
    print(name("frame_pan_full_median_ms"), pf.median);
    print(name("frame_pan_full_p99_ms"), pf.p99);

    bench.save(pngDir, QStringLiteral("full%1").arg(QLatin1String(suffix)), full);
    bench.save(pngDir, QStringLiteral("year%1").arg(QLatin1String(suffix)), oneYear);
    bench.save(pngDir, QStringLiteral("week%1").arg(QLatin1String(suffix)), oneWeek);
    const double day = double(DateSpan::julianDay(2015, 6, 3));
    bench.save(pngDir,
               QStringLiteral("day%1").arg(QLatin1String(suffix)),
               TimeScale(day, day + 1.2, FrameWidth));

    // Actor lanes: 20,000 actors, most events in two lanes.
    timer.restart();
    std::optional<TimelineIndex> actors = loader.load(LaneMode::Actor, &error);
    if (!actors)
        return false;
    print(name("actor_index_load_s"), timer.nsecsElapsed() / 1e9);
    print(name("actor_index_bytes_per_event"), double(actors->memoryBytes()) / actors->totalCount());
    index.reset(); // only one index in memory at a time, as in the view
    Bench actorBench(*actors, &titles);
    const Figures a = actorBench.steady(fullExtent(*actors), frames);
    print(name("frame_actor_median_ms"), a.median);
    print(name("frame_actor_p99_ms"), a.p99);
    print(name("frame_actor_cpu_median_ms"), a.cpuMedian);
    const Figures ay = actorBench.panning(oneYear, frames);
    print(name("frame_actor_pan_median_ms"), ay.median);
    print(name("frame_actor_pan_p99_ms"), ay.p99);
    actorBench.save(pngDir,
                    QStringLiteral("actors%1").arg(QLatin1String(suffix)),
                    fullExtent(*actors));
    actorBench.save(pngDir, QStringLiteral("actors-week%1").arg(QLatin1String(suffix)), oneWeek);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption eventsOption(QStringLiteral("events"),
                                    QStringLiteral("Events in the large workspace."),
                                    QStringLiteral("N"),
                                    QStringLiteral("2000000"));
    QCommandLineOption smallOption(QStringLiteral("small"),
                                   QStringLiteral("Events in the small workspace."),
                                   QStringLiteral("N"),
                                   QStringLiteral("20000"));
    QCommandLineOption framesOption(QStringLiteral("frames"),
                                    QStringLiteral("Frames per measurement."),
                                    QStringLiteral("N"),
                                    QStringLiteral("100"));
    QCommandLineOption pngOption(QStringLiteral("png"),
                                 QStringLiteral("Save sample frames into DIR."),
                                 QStringLiteral("DIR"));
    QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                       QStringLiteral("Measure this workspace only."),
                                       QStringLiteral("PATH"));
    parser.addOptions({eventsOption, smallOption, framesOption, pngOption, workspaceOption});
    parser.process(app);
    const int large = parser.value(eventsOption).toInt();
    const int small = parser.value(smallOption).toInt();
    const int frames = std::max(10, parser.value(framesOption).toInt());
    const QString pngDir = parser.value(pngOption);

    double median = 0;
    if (parser.isSet(workspaceOption))
        return measure(parser.value(workspaceOption), "", frames, pngDir, &median) ? 0 : 1;

    const QString smallPath = workspaceFor(small);
    const QString largePath = workspaceFor(large);
    if (smallPath.isEmpty() || largePath.isEmpty())
        return 1;
    double smallMedian = 0;
    double largeMedian = 0;
    if (!measure(smallPath, "_20k", frames, pngDir, &smallMedian))
        return 1;
    if (!measure(largePath, "", frames, pngDir, &largeMedian))
        return 1;
    print("frame_ratio_2m_20k", largeMedian / smallMedian);
    // How busy the machine was: wall-clock figures include waiting for a core.
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly))
        print("load_average_1m", loadavg.readAll().split(' ').value(0).toDouble());
    return 0;
}
