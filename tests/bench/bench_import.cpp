// Data import benchmark: writes an ACLED-format CSV (31 columns, notes of
// realistic length, 30,000 actors with a skewed distribution), times its
// import into a new workspace against sqlite3's own `.import` of the same file,
// and reports peak memory and the workspace size. One `name value` per line.
//
//   bench_import [ROWS] [--rows N] [--dir FOLDER] [--keep] [--csv FILE] [--no-sqlite] [--undo]
//
// ROWS (or --rows) is the number of rows to generate, 1,500,000 by default.
//
// --csv imports an existing file instead of writing one; --no-sqlite skips the
// reference import (the ratios are then not printed); --undo also times the
// undo and redo of the import (ImportStash), as Edit > Undo runs them.

#include "core/interchange/dataimporter.h"
#include "core/store/importstash.h"
#include "core/store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

using namespace Faultline;

namespace {

void print(const char *name, double value)
{
    std::printf("%s %.3f\n", name, value);
    std::fflush(stdout);
}

// CPU seconds (user and system) of this process, or of its waited-for children.
double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

// Synthetic but ACLED-shaped: countries, places, actors named the ACLED way,
// event types with their sub-types and notes of one to three sentences.
class AcledGenerator
{
public:
    explicit AcledGenerator(quint64 seed)
        : m_random(seed)
    {
        const char *countries[] = {"Libya",        "Somalia",    "Yemen",    "Syria",    "Iraq",
                                   "Mali",         "Nigeria",    "Sudan",    "Ukraine",  "Myanmar",
                                   "Afghanistan",  "Pakistan",   "Ethiopia", "Cameroon", "Niger",
                                   "Burkina Faso", "Mozambique", "Colombia", "Mexico",   "Lebanon"};
        for (const char *country : countries)
            m_countries.push_back(country);
        const char *syllables[] = {"al", "ba", "ka", "ma", "ra",  "su", "ti", "dor", "zan", "mir",
                                   "ko", "ha", "ne", "lu", "sar", "qa", "bu", "din", "tel", "gor"};
        for (int i = 0; i < 2000; ++i) {
            QByteArray place;
            const int parts = 2 + int(m_random() % 2);
            for (int p = 0; p < parts; ++p)
                place += syllables[m_random() % 20];
            place[0] = char(place[0] - 32);
            m_places.push_back(place);
        }
        // 30,000 actors: forces and groups per country, and many named militias.
        const char *forms[] = {"Military Forces of %1 (2014-)",
                               "Police Forces of %1 (2014-)",
                               "Unidentified Armed Group (%1)",
                               "Protesters (%1)",
                               "Rioters (%1)",
                               "Civilians (%1)",
                               "Government of %1 (2014-)"};
        for (const QByteArray &country : m_countries) {
            for (const char *form : forms)
                m_actors.push_back(QByteArray(form).replace("%1", country));
        }
        const char *kinds[]
            = {"Militia", "Brigade", "Battalion", "Front", "Movement", "Clan Militia"};
        while (m_actors.size() < 30000) {
            const QByteArray &place = m_places[m_random() % m_places.size()];
            const QByteArray &country = m_countries[m_random() % m_countries.size()];
            m_actors.push_back(place + ' ' + kinds[m_random() % 6] + " (" + country + ')');
        }
        const char *outlets[] = {"Reuters",
                                 "AFP",
                                 "Xinhua",
                                 "Al Jazeera",
                                 "Libya Observer",
                                 "Garowe Online",
                                 "BBC News",
                                 "Anadolu Agency",
                                 "Twitter",
                                 "Local Source",
                                 "Radio Dalsan",
                                 "Sahara Reporters"};
        for (const char *outlet : outlets)
            m_outlets.push_back(outlet);
    }

    static QByteArray header()
    {
        return "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
               "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,"
               "interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,"
               "latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,"
               "timestamp\n";
    }

    void appendRow(QByteArray &out, qint64 index)
    {
        struct Type
        {
            const char *disorder;
            const char *type;
            const char *sub;
            const char *verb;
        };
        static const Type types[] = {
            {"Political violence", "Battles", "Armed clash", "clashed with"},
            {"Political violence",
             "Explosions/Remote violence",
             "Shelling/artillery/missile attack",
             "shelled positions of"},
            {"Political violence",
             "Explosions/Remote violence",
             "Air/drone strike",
             "carried out an air strike on"},
            {"Political violence", "Violence against civilians", "Attack", "attacked"},
            {"Demonstrations", "Protests", "Peaceful protest", "protested against"},
            {"Demonstrations", "Riots", "Violent demonstration", "rioted against"},
            {"Strategic developments", "Strategic developments", "Arrests", "arrested members of"},
        };
        const Type &type = types[m_random() % 7];
        const int countryIndex = int(m_random() % m_countries.size());
        const QByteArray &country = m_countries[size_t(countryIndex)];
        const QByteArray &location = m_places[m_random() % m_places.size()];
        const QByteArray &admin1 = m_places[(m_random() % 100) * 7 % m_places.size()];
        const QByteArray &actor1 = skewedActor();
        const bool hasActor2 = m_random() % 10 < 6;
        const QByteArray actor2 = hasActor2 ? skewedActor() : QByteArray();
        const int year = 1997 + int(m_random() % 27);
        const int month = 1 + int(m_random() % 12);
        const int day = 1 + int(m_random() % 28);
        char date[16];
        std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, month, day);
        const int fatalities = (m_random() % 3 == 0) ? int(m_random() % 40) : 0;
        const unsigned precision = m_random() % 20;

        out += country.left(3).toUpper() + QByteArray::number(index + 1) + ',';
        out += date;
        out += ',' + QByteArray::number(year) + ',';
        out += precision < 16 ? "1," : precision < 19 ? "2," : "3,";
        out += type.disorder;
        out += ',';
        out += type.type;
        out += ',';
        out += type.sub;
        out += ',';
        quote(out, actor1);
        out += ',';
        if (m_random() % 10 < 3)
            quote(out, skewedActor());
        out += ",State forces,";
        quote(out, actor2);
        out += ',';
        if (m_random() % 10 < 2)
            quote(out, skewedActor() + "; " + skewedActor());
        out += hasActor2 ? ",Rebel group," : ",,";
        out += "State forces-Rebel group,,";
        out += QByteArray::number(400 + countryIndex) + ",Northern Africa,";
        out += country + ',' + admin1 + ',' + location + " District,," + location + ',';
        out += QByteArray::number(10.0 + double(m_random() % 300000) / 10000.0, 'f', 4) + ',';
        out += QByteArray::number(20.0 + double(m_random() % 300000) / 10000.0, 'f', 4) + ',';
        out += QByteArray::number(1 + m_random() % 3) + ',';
        const QByteArray &outlet = m_outlets[m_random() % m_outlets.size()];
        if (m_random() % 4 == 0)
            out += outlet + "; " + m_outlets[m_random() % m_outlets.size()];
        else
            out += outlet;
        out += ",National,\"On ";
        out += date;
        out += ", ";
        appendEscaped(out, actor1);
        out += ' ';
        out += type.verb;
        out += ' ';
        appendEscaped(out, hasActor2 ? actor2 : QByteArray("unknown forces"));
        out += " in " + location + ", " + admin1 + " region (" + country + "). ";
        static const char *extra[] = {
            "Local sources said the fighting lasted for several hours and displaced families.",
            "The group claimed responsibility in a statement published the same evening.",
            "Casualties were reported on both sides; figures could not be verified.",
            "Residents said that \"\"dozens\"\" of vehicles were involved.",
            "",
            "The incident followed a week of rising tension over control of the main road.",
        };
        out += extra[m_random() % 6];
        out += ' ';
        out += fatalities > 0 ? QByteArray::number(fatalities) + " fatalities reported.\","
                              : QByteArray("No fatalities reported.\",");
        out += QByteArray::number(fatalities) + ",,";
        out += QByteArray::number(1600000000 + index) + '\n';
    }

private:
    // Zipf-like: a few actors are in most rows, most in a handful.
    const QByteArray &skewedActor()
    {
        const double u = double(m_random() >> 11) * (1.0 / 9007199254740992.0);
        const size_t index = size_t(std::pow(u, 3.0) * double(m_actors.size()));
        return m_actors[std::min(index, m_actors.size() - 1)];
    }
    static void appendEscaped(QByteArray &out, const QByteArray &text)
    {
        out += QByteArray(text).replace('"', "\"\"");
    }
    static void quote(QByteArray &out, const QByteArray &text)
    {
        if (text.contains(',') || text.contains('"')) {
            out += '"';
            appendEscaped(out, text);
            out += '"';
        } else {
            out += text;
        }
    }

    std::mt19937_64 m_random;
    std::vector<QByteArray> m_countries;
    std::vector<QByteArray> m_places;
    std::vector<QByteArray> m_actors;
    std::vector<QByteArray> m_outlets;
};

qint64 sizeOf(const QString &path)
{
    qint64 size = QFileInfo(path).size();
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        size += QFileInfo(path + QLatin1String(suffix)).size();
    return size;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 rows = 1500000;
    QString folder;
    bool keep = false;
    bool withSqlite = true;
    bool withUndo = false;
    QString given;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--rows") && i + 1 < args.size())
            rows = args.at(++i).toLongLong();
        else if (args.at(i) == QLatin1String("--dir") && i + 1 < args.size())
            folder = args.at(++i);
        else if (args.at(i) == QLatin1String("--keep"))
            keep = true;
        else if (args.at(i) == QLatin1String("--undo"))
            withUndo = true;
        else if (args.at(i) == QLatin1String("--no-sqlite"))
            withSqlite = false;
        else if (args.at(i) == QLatin1String("--csv") && i + 1 < args.size())
            given = args.at(++i);
        else if (bool number = false; args.at(i).toLongLong(&number) > 0 && number)
            rows = args.at(i).toLongLong();
    }
    QTemporaryDir temporary(folder.isEmpty()
                                ? QDir::tempPath() + QStringLiteral("/bench_import-XXXXXX")
                                : folder + QStringLiteral("/bench_import-XXXXXX"));
    temporary.setAutoRemove(!keep);
    if (!temporary.isValid()) {
        std::fprintf(stderr, "cannot create a temporary folder\n");
        return 1;
    }
    QLoggingCategory::setFilterRules(QStringLiteral("faultline.*.info=false"));
    const QString csv = given.isEmpty() ? temporary.filePath(QStringLiteral("acled.csv")) : given;
    if (given.isEmpty()) {
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(csv));
            return 1;
        }
        AcledGenerator generator(20200914);
        QByteArray buffer = AcledGenerator::header();
        for (qint64 i = 0; i < rows; ++i) {
            generator.appendRow(buffer, i);
            if (buffer.size() > (1 << 20)) {
                file.write(buffer);
                buffer.resize(0);
            }
        }
        file.write(buffer);
    }
    const qint64 csvBytes = QFileInfo(csv).size();
    if (given.isEmpty())
        print("rows", double(rows));
    print("csv_mb", double(csvBytes) / (1024.0 * 1024.0));

    // The reference: sqlite3's plain CSV import of the same file, every column TEXT.
    const QString reference = temporary.filePath(QStringLiteral("sqlite3.db"));
    double sqliteSeconds = 0;
    double sqliteCpuSeconds = 0;
    QElapsedTimer timer;
    timer.start();
    if (withSqlite) {
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"),
                     {reference,
                      QStringLiteral(".mode csv"),
                      QStringLiteral(".import ") + csv + QStringLiteral(" events")});
        if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0) {
            std::fprintf(stderr,
                         "sqlite3 .import failed: %s\n",
                         sqlite.readAllStandardError().constData());
            return 1;
        }
        sqliteSeconds = double(timer.nsecsElapsed()) / 1e9;
        sqliteCpuSeconds = cpuSeconds(RUSAGE_CHILDREN);
        print("sqlite_import_s", sqliteSeconds);
        print("sqlite_import_cpu_s", sqliteCpuSeconds);
        print("sqlite_db_mb", double(sizeOf(reference)) / (1024.0 * 1024.0));
        QFile::remove(reference);
    }
    const QString path = temporary.filePath(QStringLiteral("ws.faultline"));
    Workspace workspace;
    QString error;
    if (!workspace.open(path, Workspace::OpenMode::ReadWrite, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double rssBefore = peakRssMb();
    DataImporter importer(workspace);
    DataImporter::Summary summary;
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    timer.restart();
    if (!importer.importFile(csv, {}, &summary, &error)) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(error));
        return 1;
    }
    const double importSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double importCpuSeconds = cpuSeconds(RUSAGE_SELF) - cpuBefore;
    // Searches as the event table's filter runs them: every word a prefix.
    for (const auto &[name, match] : {std::pair{"search_word_ms", "\"fighting\"*"},
                                      std::pair{"search_prefix3_ms", "\"dis\"*"},
                                      std::pair{"search_prefix2_ms", "\"al\"*"},
                                      std::pair{"search_two_words_ms", "\"armed\"* \"clash\"*"}}) {
        timer.restart();
        QSqlQuery query(workspace.database());
        query.prepare(
            QStringLiteral("SELECT count(*) FROM events WHERE id IN "
                           "(SELECT rowid FROM event_search WHERE event_search MATCH ?)"));
        query.addBindValue(QString::fromLatin1(match));
        if (!query.exec() || !query.next()) {
            std::fprintf(stderr, "search failed: %s\n", qPrintable(query.lastError().text()));
            return 1;
        }
        print(name, double(timer.nsecsElapsed()) / 1e6);
    }
    timer.restart();
    workspace.close(); // checkpoints the WAL into the file
    const double closeSeconds = double(timer.nsecsElapsed()) / 1e9;
    const qint64 workspaceBytes = sizeOf(path);
    // Undo and redo as Edit > Undo runs them, on the workspace opened again.
    double undoSeconds = -1;
    double redoSeconds = -1;
    if (withUndo) {
        if (!workspace.open(path, Workspace::OpenMode::ReadWrite, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        ImportStash stash(summary.footprint);
        timer.restart();
        if (!stash.takeOut(workspace, &error)) {
            std::fprintf(stderr, "undo failed: %s\n", qPrintable(error));
            return 1;
        }
        undoSeconds = double(timer.nsecsElapsed()) / 1e9;
        timer.restart();
        if (!stash.putBack(workspace, &error)) {
            std::fprintf(stderr, "redo failed: %s\n", qPrintable(error));
            return 1;
        }
        redoSeconds = double(timer.nsecsElapsed()) / 1e9;
        workspace.close();
    }
    const BulkWriter::Timing &timing = summary.timing;

    print("events", double(summary.eventsAdded));
    print("actors", double(summary.actorsAdded));
    print("sources", double(summary.articlesAdded));
    print("import_load_s", timing.loadSeconds);
    print("import_index_s", timing.indexSeconds);
    print("import_fts_s", timing.searchSeconds);
    print("import_commit_s", timing.commitSeconds);
    print("import_total_s", importSeconds);
    print("import_load_cpu_s", timing.loadCpuSeconds);
    print("import_total_cpu_s", importCpuSeconds);
    print("close_checkpoint_s", closeSeconds);
    print("rows_per_s", double(summary.eventsAdded) / importSeconds);
    if (withSqlite) {
        print("import_vs_sqlite_ratio", timing.loadSeconds / sqliteSeconds);
        print("import_full_vs_sqlite_ratio", (importSeconds + closeSeconds) / sqliteSeconds);
        // The same in CPU time: steadier than the wall clock on a busy machine.
        if (sqliteCpuSeconds > 0) {
            print("import_vs_sqlite_cpu_ratio", timing.loadCpuSeconds / sqliteCpuSeconds);
            print("import_full_vs_sqlite_cpu_ratio", importCpuSeconds / sqliteCpuSeconds);
        }
    }
    if (withUndo) {
        print("undo_s", undoSeconds);
        print("redo_s", redoSeconds);
    }
    print("peak_rss_before_import_mb", rssBefore);
    print("peak_rss_mb", peakRssMb());
    print("workspace_mb", double(workspaceBytes) / (1024.0 * 1024.0));
    print("size_vs_csv_ratio", double(workspaceBytes) / double(csvBytes));
    return 0;
}
