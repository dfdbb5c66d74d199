#include "core/store/actorrepository.h"
#include "core/store/articlerepository.h"
#include "core/store/eventrepository.h"
#include "core/store/transaction.h"
#include "core/store/workspace.h"
#include "tests/cli/clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Faultline;
using namespace Faultline::Testing;

namespace {

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

QStringList titlesOf(const QByteArray &json)
{
    QStringList titles;
    for (const QJsonValue &value : QJsonDocument::fromJson(json).array())
        titles << value.toObject().value(QStringLiteral("title")).toString();
    return titles;
}

} // namespace

class tst_CommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version_data();
    void version();
    void help();
    void commandHelp();
    void newWorkspacePrintsEmptyArray_data();
    void newWorkspacePrintsEmptyArray();
    void eventsJsonShape();
    void eventsCsv();
    void filters_data();
    void filters();
    void actorsJson();
    void actorsCsv();
    void readingLeavesWorkspaceUnchanged();
    void errors_data();
    void errors();

private:
    QTemporaryDir m_dir;
    QString m_populated;
    QString m_notWorkspace;
};

void tst_CommandLine::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(FAULTLINE_EXECUTABLE)));
    m_populated = m_dir.filePath(QStringLiteral("populated.faultline"));
    m_notWorkspace = m_dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile notes(m_notWorkspace);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("Not a workspace, just notes.\n");
    }

    Workspace workspace;
    QString error;
    QVERIFY2(workspace.open(m_populated, Workspace::OpenMode::ReadWrite, &error), qPrintable(error));
    Transaction transaction(workspace);
    ArticleRepository articles(workspace);
    Article titled;
    titled.title = QStringLiteral("Pakistan's role in the peace process");
    titled.text = QStringLiteral("Pakistan hosted talks in 2015. The Doha talks opened.");
    QVERIFY(articles.insert(titled, &error));
    Article untitled;
    untitled.url = QStringLiteral("https://example.org/deal");
    untitled.text = QStringLiteral("The United States and the Taliban signed a deal.");
    QVERIFY(articles.insert(untitled, &error));

    ActorRepository actors(workspace);
    Actor pakistan;
    pakistan.name = QStringLiteral("Pakistan");
    pakistan.kind = Actor::Kind::State;
    pakistan.country = QStringLiteral("PAK");
    QVERIFY(actors.insert(pakistan, &error));
    Actor taliban;
    taliban.name = QStringLiteral("Taliban");
    taliban.kind = Actor::Kind::ArmedGroup;
    taliban.aliases = {QStringLiteral("the militants")};
    QVERIFY(actors.insert(taliban, &error));
    Actor baradar;
    baradar.name = QStringLiteral("Abdul Ghani Baradar");
    baradar.kind = Actor::Kind::Person;
    baradar.affiliationId = taliban.id;
    QVERIFY(actors.insert(baradar, &error));

    EventRepository events(workspace);
    auto add = [&](const QString &title,
                   const DateSpan &date,
                   int root,
                   QList<Event::Participant> participants,
                   QList<Evidence> evidence,
                   std::optional<qint64> fatalities = std::nullopt) {
        Event event;
        event.title = title;
        event.date = date;
        event.type = EventType(root);
        event.participants = participants;
        event.evidence = evidence;
        event.confidence = 0.75;
        if (fatalities) {
            // As a dataset import leaves it.
            event.fatalities = fatalities;
            event.latitude = 25.2854;
            event.longitude = 51.531;
            event.externalId = QStringLiteral("QAT17");
        }
        return events.insert(event, &error);
    };
    using R = Event::Role;
    QVERIFY(add(QStringLiteral("Islamabad talks"),
                DateSpan::year(2015),
                4,
                {{pakistan.id, R::Source, false}, {taliban.id, R::Target, false}},
                {Evidence{0, titled.id, 0, 30, QStringLiteral("Pakistan hosted talks in 2015.")}}));
    QVERIFY(add(QStringLiteral("US-Taliban deal"),
                DateSpan::month(2020, 2),
                5,
                {{taliban.id, R::Participant, false}},
                {Evidence{0,
                          untitled.id,
                          0,
                          48,
                          QStringLiteral("The United States and the Taliban signed a deal.")}}));
    DateSpan weekend(DateSpan::julianDay(2020, 9, 12),
                     DateSpan::julianDay(2020, 9, 13),
                     DateSpan::Precision::Day,
                     DateSpan::Qualifier::Approximate);
    QVERIFY(add(QStringLiteral("Doha talks open, \"finally\""),
                weekend,
                4,
                {{taliban.id, R::Participant, true}},
                {Evidence{0, titled.id, 31, 53, QStringLiteral("The Doha talks opened.")}},
                0));
    QVERIFY(add(QStringLiteral("Baradar released"),
                DateSpan::year(2018),
                8,
                {{pakistan.id, R::Source, false}, {baradar.id, R::Target, false}},
                {}));
    QVERIFY(add(QStringLiteral("Talks at some point"), DateSpan(), 0, {}, {}));
    QVERIFY2(transaction.commit(&error), qPrintable(error));
}

void tst_CommandLine::version_data()
{
    QTest::addColumn<QString>("flag");
    QTest::newRow("long") << "--version";
    QTest::newRow("short") << "-v";
}

void tst_CommandLine::version()
{
    QFETCH(QString, flag);
    const CliResult result = runFaultline({flag});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith("faultline "), result.out.constData());
    QVERIFY(result.out.trimmed().split(' ').last().count('.') == 2);
    QVERIFY(result.err.isEmpty());
}

void tst_CommandLine::help()
{
    for (const char *flag : {"--help", "-h"}) {
        const CliResult result = runFaultline({QLatin1String(flag)});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("Usage: faultline"));
        QVERIFY(result.out.contains("  events "));
        QVERIFY(result.out.contains("  actors "));
        QVERIFY(result.err.isEmpty());
    }
}

void tst_CommandLine::commandHelp()
{
    const CliResult result = runFaultline({QStringLiteral("events"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("faultline events"), result.out.constData());
    for (const char *option : {"--db", "--format", "--from", "--to", "--actor", "--type"})
        QVERIFY2(result.out.contains(option), option);
}

void tst_CommandLine::newWorkspacePrintsEmptyArray_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("events json") << QStringList{"events", "--format", "json"};
    QTest::newRow("events default format") << QStringList{"events"};
    QTest::newRow("actors json") << QStringList{"actors", "--format", "json"};
}

void tst_CommandLine::newWorkspacePrintsEmptyArray()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.faultline"));
    const CliResult result = runFaultline(arguments << QStringLiteral("--db") << path);
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("[]\n"));
    QVERIFY(QFile::exists(path));
    // The new file is a workspace: a second run reads it read-only.
    const CliResult again = runFaultline({QStringLiteral("events"), QStringLiteral("--db"), path});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, QByteArray("[]\n"));
}

void tst_CommandLine::eventsJsonShape()
{
    const CliResult result = runFaultline({QStringLiteral("events"),
                                           QStringLiteral("--db"),
                                           m_populated,
                                           QStringLiteral("--format"),
                                           QStringLiteral("json")});
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.exitCode, 0);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY(document.isArray());
    const QJsonArray events = document.array();
    QCOMPARE(events.size(), 5);

    const QSet<QString> eventKeys{"id",
                                  "title",
                                  "type",
                                  "start",
                                  "end",
                                  "precision",
                                  "qualifier",
                                  "location",
                                  "actors",
                                  "evidence",
                                  "confidence",
                                  "date_text",
                                  "modality",
                                  "status",
                                  "fatalities",
                                  "latitude",
                                  "longitude",
                                  "external_id"};
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        QCOMPARE(keysOf(event), eventKeys);
        QVERIFY(event.value("id").isDouble());
        QVERIFY(event.value("confidence").isDouble());
        for (const QJsonValue &actor : event.value("actors").toArray())
            QCOMPARE(keysOf(actor.toObject()), QSet<QString>({"name", "kind", "role"}));
        for (const QJsonValue &evidence : event.value("evidence").toArray())
            QCOMPARE(keysOf(evidence.toObject()), QSet<QString>({"article", "sentence"}));
    }
    QCOMPARE(titlesOf(result.out),
             QStringList({"Islamabad talks",
                          "Baradar released",
                          "US-Taliban deal",
                          "Doha talks open, \"finally\"",
                          "Talks at some point"}));

    const QJsonObject talks = events.at(0).toObject();
    QCOMPARE(talks.value("type").toString(), QStringLiteral("04"));
    QCOMPARE(talks.value("start").toString(), QStringLiteral("2015"));
    QCOMPARE(talks.value("end").toString(), QStringLiteral("2015"));
    QCOMPARE(talks.value("precision").toString(), QStringLiteral("year"));
    QVERIFY(talks.value("qualifier").isNull());
    QVERIFY(talks.value("location").isNull());
    QCOMPARE(talks.value("confidence").toDouble(), 0.75);
    const QJsonArray actors = talks.value("actors").toArray();
    QCOMPARE(actors.size(), 2);
    QCOMPARE(actors.at(0).toObject().value("name").toString(), QStringLiteral("Pakistan"));
    QCOMPARE(actors.at(0).toObject().value("kind").toString(), QStringLiteral("state"));
    QCOMPARE(actors.at(0).toObject().value("role").toString(), QStringLiteral("source"));
    QCOMPARE(actors.at(1).toObject().value("kind").toString(), QStringLiteral("armed-group"));
    const QJsonObject evidence = talks.value("evidence").toArray().at(0).toObject();
    QCOMPARE(evidence.value("article").toString(),
             QStringLiteral("Pakistan's role in the peace process"));
    QCOMPARE(evidence.value("sentence").toString(),
             QStringLiteral("Pakistan hosted talks in 2015."));

    const QJsonObject deal = events.at(2).toObject();
    QCOMPARE(deal.value("start").toString(), QStringLiteral("2020-02"));
    QCOMPARE(deal.value("precision").toString(), QStringLiteral("month"));
    // Without a title the article is named by its URL.
    QCOMPARE(deal.value("evidence").toArray().at(0).toObject().value("article").toString(),
             QStringLiteral("https://example.org/deal"));

    const QJsonObject doha = events.at(3).toObject();
    QCOMPARE(doha.value("start").toString(), QStringLiteral("2020-09-12"));
    QCOMPARE(doha.value("end").toString(), QStringLiteral("2020-09-13"));
    QCOMPARE(doha.value("qualifier").toString(), QStringLiteral("approximate"));
    // Zero deaths is a figure, not a missing one.
    QVERIFY(doha.value("fatalities").isDouble());
    QCOMPARE(doha.value("fatalities").toInt(), 0);
    QCOMPARE(doha.value("latitude").toDouble(), 25.2854);
    QCOMPARE(doha.value("longitude").toDouble(), 51.531);
    QCOMPARE(doha.value("external_id").toString(), QStringLiteral("QAT17"));
    for (const char *key : {"fatalities", "latitude", "longitude", "external_id"})
        QVERIFY2(talks.value(QLatin1String(key)).isNull(), key);

    const QJsonObject unresolved = events.at(4).toObject();
    QVERIFY(unresolved.value("start").isNull());
    QVERIFY(unresolved.value("end").isNull());
    QVERIFY(unresolved.value("precision").isNull());
    QVERIFY(unresolved.value("type").isNull());
    QCOMPARE(unresolved.value("actors").toArray().size(), 0);
    QCOMPARE(unresolved.value("status").toString(), QStringLiteral("unreviewed"));
}

void tst_CommandLine::eventsCsv()
{
    const CliResult result = runFaultline({QStringLiteral("events"),
                                           QStringLiteral("--db"),
                                           m_populated,
                                           QStringLiteral("--format"),
                                           QStringLiteral("csv")});
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("id,title,type,start,end,precision,qualifier,location,actors,"
                                  "evidence,confidence,date_text,modality,status,fatalities,"
                                  "latitude,longitude,external_id\r\n"));
    // RFC 4180: the title with a comma and quotes is quoted, its quotes doubled.
    QVERIFY2(result.out.contains(",\"Doha talks open, \"\"finally\"\"\",04,2020-09-12,2020-09-13,"
                                 "day,approximate,,Taliban (participant),"),
             result.out.constData());
    QVERIFY(result.out.contains(",Islamabad talks,04,2015,2015,year,,,"
                                "Pakistan (source); Taliban (target),"));
    QVERIFY2(result.out.contains(",unreviewed,0,25.2854,51.531,QAT17\r\n"), result.out.constData());
    QVERIFY(result.out.contains(",unreviewed,,,,\r\n"));
    QCOMPARE(result.out.count("\r\n"), 6);
    QVERIFY(result.out.endsWith("\r\n"));
}

void tst_CommandLine::filters_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("from year") << QStringList{"--from", "2018"}
                               << QStringList{"Baradar released",
                                              "US-Taliban deal",
                                              "Doha talks open, \"finally\""};
    QTest::newRow("to month") << QStringList{"--to", "2020-02"}
                              << QStringList{"Islamabad talks",
                                             "Baradar released",
                                             "US-Taliban deal"};
    QTest::newRow("from and to days") << QStringList{"--from", "2020-09-13", "--to", "2020-12-31"}
                                      << QStringList{"Doha talks open, \"finally\""};
    QTest::newRow("actor") << QStringList{"--actor", "Pakistan"}
                           << QStringList{"Islamabad talks", "Baradar released"};
    QTest::newRow("actor alias") << QStringList{"--actor", "THE MILITANTS"}
                                 << QStringList{"Islamabad talks",
                                                "US-Taliban deal",
                                                "Doha talks open, \"finally\""};
    QTest::newRow("type two digits")
        << QStringList{"--type", "04"}
        << QStringList{"Islamabad talks", "Doha talks open, \"finally\""};
    QTest::newRow("type one digit")
        << QStringList{"--type", "8"} << QStringList{"Baradar released"};
    QTest::newRow("combined") << QStringList{"--type", "04", "--actor", "Taliban", "--from", "2016"}
                              << QStringList{"Doha talks open, \"finally\""};
    QTest::newRow("nothing") << QStringList{"--actor", "Atlantis"} << QStringList{};
}

void tst_CommandLine::filters()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    const CliResult result = runFaultline(QStringList{"events", "--db", m_populated} + arguments);
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(titlesOf(result.out), expected);
}

void tst_CommandLine::actorsJson()
{
    const CliResult result = runFaultline(
        {QStringLiteral("actors"), QStringLiteral("--db"), m_populated});
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.exitCode, 0);
    const QJsonArray actors = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(actors.size(), 3);
    for (const QJsonValue &value : actors) {
        QCOMPARE(keysOf(value.toObject()),
                 QSet<QString>({"id",
                                "name",
                                "kind",
                                "country",
                                "aliases",
                                "affiliation",
                                "event_count",
                                "relations"}));
    }
    const QJsonObject baradar = actors.at(0).toObject();
    QCOMPARE(baradar.value("name").toString(), QStringLiteral("Abdul Ghani Baradar"));
    QCOMPARE(baradar.value("kind").toString(), QStringLiteral("person"));
    QCOMPARE(baradar.value("affiliation").toString(), QStringLiteral("Taliban"));
    QVERIFY(baradar.value("country").isNull());
    const QJsonObject pakistan = actors.at(1).toObject();
    QCOMPARE(pakistan.value("country").toString(), QStringLiteral("PAK"));
    QVERIFY(pakistan.value("affiliation").isNull());
    QCOMPARE(actors.at(2).toObject().value("aliases").toArray(),
             QJsonArray({QStringLiteral("the militants")}));
}

void tst_CommandLine::actorsCsv()
{
    const CliResult result = runFaultline({QStringLiteral("actors"),
                                           QStringLiteral("--db"),
                                           m_populated,
                                           QStringLiteral("--format"),
                                           QStringLiteral("CSV")});
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.out.split('\n');
    QCOMPARE(lines.at(0), QByteArray("id,name,kind,country,aliases,affiliation,event_count\r"));
    QVERIFY(lines.at(1).endsWith(",Abdul Ghani Baradar,person,,,Taliban,1\r"));
    QVERIFY(lines.at(3).endsWith(",Taliban,armed-group,,the militants,,3\r"));
}

void tst_CommandLine::readingLeavesWorkspaceUnchanged()
{
    const QByteArray before = sha256OfFile(m_populated);
    const CliResult result = runFaultline(
        {QStringLiteral("events"), QStringLiteral("--db"), m_populated});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(sha256OfFile(m_populated), before);
    QVERIFY(!QFile::exists(m_populated + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(m_populated + QStringLiteral("-shm")));
}

void tst_CommandLine::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
    QTest::newRow("not a workspace")
        << QStringList{"events", "--db", notes} << 1 << notes + " is not a Faultline workspace";
    QTest::newRow("actors on not a workspace")
        << QStringList{"actors", "--db", notes} << 1 << notes + " is not a Faultline workspace";
    QTest::newRow("folder missing")
        << QStringList{"events", "--db", m_dir.filePath("no/such/dir/ws.faultline")} << 1
        << m_dir.filePath("no/such/dir/ws.faultline");
    QTest::newRow("missing --db") << QStringList{"events"} << 2 << "--db";
    QTest::newRow("bad format") << QStringList{"events", "--db", notes, "--format", "xml"} << 2
                                << "xml";
    QTest::newRow("bad date") << QStringList{"events", "--db", notes, "--from", "Sept"} << 2
                              << "Sept";
    QTest::newRow("from after to")
        << QStringList{"events", "--db", notes, "--from", "2021", "--to", "2020"} << 2 << "--from";
    QTest::newRow("bad type") << QStringList{"events", "--db", notes, "--type", "21"} << 2 << "21";
    QTest::newRow("unknown option") << QStringList{"events", "--colour"} << 2 << "colour";
    QTest::newRow("stray argument")
        << QStringList{"actors", "--db", notes, "extra"} << 2 << "extra";
    QTest::newRow("unknown sub-command") << QStringList{"bogus"} << 2 << "bogus";
}

void tst_CommandLine::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QByteArray before = sha256OfFile(m_notWorkspace);
    const CliResult result = runFaultline(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.out, QByteArray());
    QVERIFY2(result.err.startsWith("faultline"), result.err.constData());
    QVERIFY2(result.err.endsWith('\n') && result.err.count('\n') == 1, result.err.constData());
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    QCOMPARE(sha256OfFile(m_notWorkspace), before);
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
