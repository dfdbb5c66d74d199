// Fuzz target: a data file -> DataImporter::importFile into a workspace, end to
// end: format detection, CsvReader or TimelineJsonReader, the ACLED, UCDP,
// GDELT, TimelineJS and generic row mappers, DataDates and BulkWriter.
//
// The workspace is made once, with a few actors and events already in it so
// actor matching and the duplicate check meet existing rows. Each input is
// imported twice, refusing bad rows and then skipping them (with deferred
// indexes), each time inside an outer transaction that is rolled back, so the
// import's own transaction becomes a savepoint and the workspace is the same
// for every input. Foreign keys are off as in a real bulk load; the checks ask
// SQLite whether the rows written hang together instead.
#include "core/interchange/dataimporter.h"
#include "core/store/transaction.h"
#include "core/store/workspace.h"
#include "tests/fuzz/fuzzcheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>

using namespace Faultline;

namespace {

// Rows already in the workspace: an ACLED file with actors the inputs may name.
constexpr char SeedFile[]
    = "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,"
      "assoc_actor_1,actor2,assoc_actor_2,country,location,latitude,longitude,source,notes,"
      "fatalities\n"
      "AFG1,2020-09-14,2020,1,Battles,Armed clash,Taliban,,Military Forces of Afghanistan,"
      "Police Forces of Afghanistan,Afghanistan,Kunduz,36.7,68.8,Pajhwok,\"Clashes in Kunduz.\","
      "3\n"
      "LBY1,05 January 2020,2020,2,Battles,Armed clash,Libyan National Army,,Government of "
      "National Accord,Militia (Misrata); Militia (Zawiya),Libya,Tripoli,32.8,13.2,\"Libya "
      "Observer; Al Wasat\",Clashes near Tripoli.,0\n";

qint64 count(Workspace &workspace, const char *table)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
        || !query.next()) {
        std::fprintf(stderr, "cannot count %s\n", table);
        std::abort();
    }
    return query.value(0).toLongLong();
}

struct Counts
{
    qint64 events = 0;
    qint64 actors = 0;
    qint64 articles = 0;
    qint64 evidence = 0;
    qint64 participants = 0;
    qint64 aliases = 0;

    static Counts of(Workspace &workspace)
    {
        return {count(workspace, "events"),
                count(workspace, "actors"),
                count(workspace, "articles"),
                count(workspace, "evidence"),
                count(workspace, "event_actors"),
                count(workspace, "actor_aliases")};
    }
    bool operator==(const Counts &) const = default;
};

// No row points at a row that is not there, and the search index agrees with
// the events and their evidence.
void checkConsistent(Workspace &workspace)
{
    QSqlQuery query(workspace.database());
    FUZZ_CHECK(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
    FUZZ_CHECK(!query.next());
    FUZZ_CHECK(query.exec(QStringLiteral(
        "INSERT INTO event_search(event_search, rank) VALUES ('integrity-check', 1)")));
}

int argumentCount = 1;
char programName[] = "fuzz_dataimport";
char *arguments[] = {programName, nullptr};

// Made on the first input; destroyed at exit, which removes the folder.
struct State
{
    State()
    {
        QString error;
        if (!folder.isValid()
            || !workspace.open(folder.filePath(QStringLiteral("fuzz.faultline")),
                               Workspace::OpenMode::ReadWrite,
                               &error)) {
            std::fprintf(stderr, "cannot make the workspace: %s\n", qPrintable(error));
            std::abort();
        }
        const QString seed = folder.filePath(QStringLiteral("seed.csv"));
        QFile file(seed);
        if (!file.open(QIODevice::WriteOnly) || file.write(SeedFile) < 0) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(seed));
            std::abort();
        }
        file.close();
        DataImporter importer(workspace);
        DataImporter::Summary summary;
        if (!importer.importFile(seed, {}, &summary, &error) || summary.eventsAdded != 2) {
            std::fprintf(stderr, "cannot fill the workspace: %s\n", qPrintable(error));
            std::abort();
        }
        QSqlQuery pragma(workspace.database());
        FUZZ_CHECK(pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        input = folder.filePath(QStringLiteral("input.csv"));
        before = Counts::of(workspace);
    }

    QCoreApplication app{argumentCount, arguments};
    QTemporaryDir folder{QDir::tempPath() + QStringLiteral("/fuzz_dataimport-XXXXXX")};
    Workspace workspace;
    QString input;
    Counts before;
};

void importOnce(State &s, const DataImporter::Options &options)
{
    Transaction outer(s.workspace);
    FUZZ_CHECK(outer.isActive());
    DataImporter importer(s.workspace);
    DataImporter::Summary summary;
    QString error;
    const bool imported = importer.importFile(s.input, options, &summary, &error);
    const Counts after = Counts::of(s.workspace);
    FUZZ_CHECK(summary.badRows.size() <= options.maxReportedBadRows);
    FUZZ_CHECK(summary.badRowCount >= summary.badRows.size());
    FUZZ_CHECK(summary.rowsRead >= summary.eventsAdded + summary.badRowCount);
    for (const DataImporter::BadRow &bad : std::as_const(summary.badRows))
        FUZZ_CHECK(bad.line >= 1 && !bad.reason.isEmpty());
    summary.badRowText();
    if (!imported) {
        // Whatever went wrong, nothing of the file is left behind.
        FUZZ_CHECK(!error.isEmpty());
        FUZZ_CHECK(after == s.before);
    } else {
        FUZZ_CHECK(summary.format != DataFormat::Kind::Unknown);
        FUZZ_CHECK(!summary.refused && !summary.duplicate && !summary.cancelled);
        FUZZ_CHECK(summary.badRowCount == 0 || options.skipBadRows);
        FUZZ_CHECK(after.events == s.before.events + summary.eventsAdded);
        FUZZ_CHECK(after.actors == s.before.actors + summary.actorsAdded);
        FUZZ_CHECK(after.articles == s.before.articles + summary.articlesAdded);
        FUZZ_CHECK(after.evidence >= s.before.evidence);
        FUZZ_CHECK(after.participants >= s.before.participants);
        if (summary.eventsAdded > 0)
            checkConsistent(s.workspace);
        else
            FUZZ_CHECK(after == s.before);
    }
    outer.rollback();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static State s;
    {
        QFile file(s.input);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        FUZZ_CHECK(file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size));
    }
    const DataImporter::Preview preview = DataImporter::preview(s.input);
    FUZZ_CHECK(preview.format != DataFormat::Kind::Unknown || !preview.error.isEmpty());

    DataImporter::Options options;
    options.maxReportedBadRows = 3;
    options.skipBadRows = false;
    importOnce(s, options);
    options.skipBadRows = true;
    options.deferIndexes = true;
    importOnce(s, options);
    FUZZ_CHECK(Counts::of(s.workspace) == s.before);
    return 0;
}
