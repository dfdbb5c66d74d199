// Runs the whole extraction pipeline (sentences, time expressions, actors,
// triggers, assembly) over at least 5 MB of article text and prints the
// throughput on one core as `extract_mb_per_s VALUE`.
#include "core/extract/extractionpipeline.h"
#include "core/ingest/document.h"
#include "core/ingest/documentreader.h"
#include "core/model/datespan.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <cstdio>
#include <ctime>

using namespace Faultline;

namespace {

// CPU time of this thread: the figure per core, whatever else the machine runs.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString root = QStringLiteral(FAULTLINE_SOURCE_DIR);
    QStringList paths;
    for (const QString &dir : {root + QStringLiteral("/tests/data/articles"),
                               root + QStringLiteral("/resources/samples"),
                               root + QStringLiteral("/../shared/samples/articles")}) {
        const QDir folder(dir);
        for (const QString &name : folder.entryList({QStringLiteral("*.txt"),
                                                     QStringLiteral("*.md"),
                                                     QStringLiteral("*.html")},
                                                    QDir::Files,
                                                    QDir::Name))
            paths.append(folder.filePath(name));
    }
    QList<Document> documents;
    for (const QString &path : std::as_const(paths)) {
        QString error;
        if (auto document = DocumentReader::readFile(path, &error))
            documents.append(*document);
        else
            std::fprintf(stderr, "bench_extract: %s: %s\n", qPrintable(path), qPrintable(error));
    }
    if (documents.isEmpty()) {
        std::fprintf(stderr, "bench_extract: no articles found\n");
        return 1;
    }

    QList<qint64> sizes; // UTF-8 bytes, as the articles come on disk
    for (const Document &document : std::as_const(documents))
        sizes.append(document.text.toUtf8().size());

    const ExtractionPipeline pipeline;
    const qint64 published = DateSpan::julianDay(2021, 6, 15);
    pipeline.run(documents.first(), published); // load the lexicons before timing

    constexpr qint64 target = 5 * 1024 * 1024;
    qint64 bytes = 0;
    qint64 events = 0;
    qint64 runs = 0;
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = threadCpuSeconds();
    while (bytes < target) {
        for (qsizetype i = 0; i < documents.size(); ++i) {
            const ExtractionResult result = pipeline.run(documents.at(i), published);
            bytes += sizes.at(i);
            events += result.events.size();
            ++runs;
        }
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double cpuSeconds = threadCpuSeconds() - cpuStart;
    std::printf("extract_input_mb %.2f\n", bytes / 1048576.0);
    std::printf("extract_documents %lld\n", runs);
    std::printf("extract_events %lld\n", events);
    std::printf("extract_seconds %.3f\n", seconds);
    std::printf("extract_wall_mb_per_s %.2f\n", bytes / 1048576.0 / seconds);
    // One thread does all the work: its CPU time is the time on one core.
    std::printf("extract_mb_per_s %.2f\n", bytes / 1048576.0 / cpuSeconds);
    return 0;
}
