#include "core/store/actorrepository.h"
#include "core/store/articlerepository.h"
#include "core/store/eventrepository.h"
#include "core/store/workspace.h"
#include "tests/cli/clirunner.h"
#include "tests/core/interchange/csvparse.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Faultline;
using namespace Faultline::Testing;

// faultline export --format ... and the event counts and relations of faultline actors.
class tst_ExportDataCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void formats_data();
    void formats();
    void dateRange();
    void unwritablePath();
    void missingWorkspace();
    void usageErrors_data();
    void usageErrors();
    void needsNoGuiApplication();
    void actorsJsonHasRelations();
    void actorsCsvHasEventCounts();
    void acledRoundTrip();

private:
    CliResult exportTo(const QString &format, const QString &out, const QStringList &extra = {});

    QTemporaryDir m_dir;
    QString m_workspace;
};

void tst_ExportDataCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_workspace = m_dir.filePath(QStringLiteral("data.faultline"));
    Workspace workspace;
    QString error;
    QVERIFY2(workspace.open(m_workspace, Workspace::OpenMode::ReadWrite, &error), qPrintable(error));
    Article article;
    article.title = QStringLiteral("Talks, \"resumed\"");
    article.outlet = QStringLiteral("RFE/RL");
    article.text = QStringLiteral("Text.");
    article.contentHash = Article::hashText(article.text);
    QVERIFY2(ArticleRepository(workspace).insert(article, &error), qPrintable(error));
    QList<qint64> ids;
    for (const char *name : {"Taliban", "حكومة أفغانستان", "Pakistan, Islamic Republic"}) {
        Actor actor;
        actor.name = QString::fromUtf8(name);
        actor.kind = Actor::Kind::State;
        QVERIFY2(ActorRepository(workspace).insert(actor, &error), qPrintable(error));
        ids << actor.id;
    }
    const struct
    {
        const char *title;
        DateSpan date;
        int root;
        QList<int> actors;
    } rows[] = {
        {"Talks in Islamabad", DateSpan::month(2015, 7), 4, {0, 1, 2}},
        {"Fighting in Kunduz", DateSpan::day(2015, 9, 28), 19, {0, 1}},
        {"Doha talks, \"historic\"", DateSpan::day(2020, 9, 12), 4, {0, 1}},
        {"Undated meeting", DateSpan(), 4, {0, 2}},
    };
    for (const auto &row : rows) {
        Event event;
        event.title = QString::fromUtf8(row.title);
        event.date = row.date;
        event.type = EventType(row.root);
        for (int actor : row.actors)
            event.participants.append({ids[actor], Event::Role::Participant, false});
        event.evidence = {{0, article.id, 0, 5, QStringLiteral("He said, \"talks\"\nبدأت")}};
        QVERIFY2(EventRepository(workspace).insert(event, &error), qPrintable(error));
    }
}

CliResult tst_ExportDataCommand::exportTo(const QString &format,
                                          const QString &out,
                                          const QStringList &extra)
{
    return runFaultline(QStringList{QStringLiteral("export"),
                                    QStringLiteral("--db"),
                                    m_workspace,
                                    QStringLiteral("--format"),
                                    format,
                                    QStringLiteral("--out"),
                                    out}
                        + extra);
}

void tst_ExportDataCommand::formats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("items");
    QTest::newRow("timelinejs") << QStringLiteral("timelinejs") << 3;
    QTest::newRow("json") << QStringLiteral("json") << 4;
    QTest::newRow("csv") << QStringLiteral("csv") << 4;
    QTest::newRow("acled") << QStringLiteral("acled") << 3;
    QTest::newRow("gexf") << QStringLiteral("gexf") << 3;
    QTest::newRow("graphml") << QStringLiteral("graphml") << 3;
}

void tst_ExportDataCommand::formats()
{
    QFETCH(QString, format);
    QFETCH(int, items);
    const QString out = m_dir.filePath(QStringLiteral("out-") + format);
    const CliResult result = exportTo(format, out);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (format == QLatin1String("timelinejs")) {
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QVERIFY(root.contains(QStringLiteral("title")));
        const QJsonArray events = root.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), items);
        for (const QJsonValue &event : events) {
            QVERIFY(event.toObject().contains(QStringLiteral("start_date")));
            QVERIFY(event.toObject().contains(QStringLiteral("display_date")));
            QVERIFY(event.toObject().value(QStringLiteral("text")).toObject().contains("headline"));
        }
    } else if (format == QLatin1String("json")) {
        QCOMPARE(QJsonDocument::fromJson(bytes).array().size(), items);
    } else if (format == QLatin1String("csv") || format == QLatin1String("acled")) {
        QString error;
        const QList<QStringList> rows = parseCsv(bytes, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), items + 1);
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), format == QLatin1String("acled") ? 31 : rows.first().size());
    } else {
        QXmlStreamReader xml(bytes);
        int nodes = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("node"))
                ++nodes;
            if (xml.isStartElement() && xml.name() == QLatin1String("gexf"))
                QCOMPARE(xml.namespaceUri(), QStringLiteral("http://gexf.net/1.3"));
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(nodes, items);
    }
}

void tst_ExportDataCommand::dateRange()
{
    const QString out = m_dir.filePath(QStringLiteral("range.json"));
    const CliResult result = exportTo(QStringLiteral("json"),
                                      out,
                                      {QStringLiteral("--from"),
                                       QStringLiteral("2015-09"),
                                       QStringLiteral("--to"),
                                       QStringLiteral("2020")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray events = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(events.size(), 2); // Kunduz and Doha
}

void tst_ExportDataCommand::unwritablePath()
{
    const QString out = m_dir.filePath(QStringLiteral("missing/folder/graph.gexf"));
    const CliResult result = exportTo(QStringLiteral("gexf"), out);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.err.contains("graph.gexf"), result.err.constData());
    QVERIFY(!QFile::exists(out));
    QVERIFY(result.out.isEmpty());
}

void tst_ExportDataCommand::missingWorkspace()
{
    const QString out = m_dir.filePath(QStringLiteral("never.json"));
    const CliResult result = runFaultline({QStringLiteral("export"),
                                           QStringLiteral("--db"),
                                           m_dir.filePath(QStringLiteral("absent.faultline")),
                                           QStringLiteral("--format"),
                                           QStringLiteral("json"),
                                           QStringLiteral("--out"),
                                           out});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY(!QFile::exists(out));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("absent.faultline"))));
}

void tst_ExportDataCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("--format"),
                                                   QStringLiteral("xlsx"),
                                                   QStringLiteral("--out"),
                                                   QStringLiteral("x.xlsx")};
    QTest::newRow("picture option") << QStringList{QStringLiteral("--format"),
                                                   QStringLiteral("csv"),
                                                   QStringLiteral("--width"),
                                                   QStringLiteral("800"),
                                                   QStringLiteral("--out"),
                                                   QStringLiteral("x.csv")};
    QTest::newRow("view and format") << QStringList{QStringLiteral("--format"),
                                                    QStringLiteral("gexf"),
                                                    QStringLiteral("--view"),
                                                    QStringLiteral("graph"),
                                                    QStringLiteral("--out"),
                                                    QStringLiteral("x.gexf")};
    QTest::newRow("no out") << QStringList{QStringLiteral("--format"), QStringLiteral("json")};
    QTest::newRow("bad date") << QStringList{QStringLiteral("--format"),
                                             QStringLiteral("json"),
                                             QStringLiteral("--from"),
                                             QStringLiteral("last week"),
                                             QStringLiteral("--out"),
                                             QStringLiteral("x.json")};
}

void tst_ExportDataCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    const CliResult result = runFaultline(
        QStringList{QStringLiteral("export"), QStringLiteral("--db"), m_workspace} + arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY(result.err.startsWith("faultline export: "));
}

void tst_ExportDataCommand::needsNoGuiApplication()
{
    // A platform plugin that does not exist stops any QGuiApplication; a data export
    // runs under a QCoreApplication and never asks for one.
    const QString out = m_dir.filePath(QStringLiteral("core.gexf"));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
    environment.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FAULTLINE_EXECUTABLE),
                  {QStringLiteral("export"),
                   QStringLiteral("--db"),
                   m_workspace,
                   QStringLiteral("--format=gexf"),
                   QStringLiteral("--out"),
                   out});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QVERIFY(QFile::exists(out));
}

void tst_ExportDataCommand::actorsJsonHasRelations()
{
    const CliResult result = runFaultline(
        {QStringLiteral("actors"), QStringLiteral("--db"), m_workspace});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonArray actors = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(actors.size(), 3);
    QJsonObject taliban;
    for (const QJsonValue &value : actors) {
        const QJsonObject actor = value.toObject();
        // The keys of before, and the new ones.
        for (const char *key :
             {"id", "name", "kind", "country", "aliases", "affiliation", "event_count", "relations"})
            QVERIFY2(actor.contains(QLatin1String(key)), key);
        if (actor.value(QStringLiteral("name")) == QLatin1String("Taliban"))
            taliban = actor;
    }
    QCOMPARE(taliban.value(QStringLiteral("event_count")).toInt(), 4);
    const QJsonArray relations = taliban.value(QStringLiteral("relations")).toArray();
    QCOMPARE(relations.size(), 2);
    QJsonObject government;
    for (const QJsonValue &value : relations) {
        if (value.toObject().value(QStringLiteral("name")) == QStringLiteral("حكومة أفغانستان"))
            government = value.toObject();
    }
    QVERIFY(government.value(QStringLiteral("id")).toInteger() > 0);
    QCOMPARE(government.value(QStringLiteral("event_count")).toInt(), 3);
    const QJsonObject quad = government.value(QStringLiteral("quad_classes")).toObject();
    QCOMPARE(quad.value(QStringLiteral("verbal-cooperation")).toInt(), 2);
    QCOMPARE(quad.value(QStringLiteral("material-conflict")).toInt(), 1);
    QCOMPARE(quad.value(QStringLiteral("verbal-conflict")).toInt(), 0);
}

void tst_ExportDataCommand::actorsCsvHasEventCounts()
{
    const CliResult result = runFaultline({QStringLiteral("actors"),
                                           QStringLiteral("--db"),
                                           m_workspace,
                                           QStringLiteral("--format"),
                                           QStringLiteral("csv")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QString error;
    const QList<QStringList> rows = parseCsv(result.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 4);
    const int column = rows.first().indexOf(QStringLiteral("event_count"));
    QVERIFY(column >= 0);
    QHash<QString, QString> counts;
    for (const QStringList &row : rows.mid(1)) {
        QCOMPARE(row.size(), rows.first().size());
        counts.insert(row.at(1), row.at(column));
    }
    QCOMPARE(counts.value(QStringLiteral("Taliban")), QStringLiteral("4"));
    QCOMPARE(counts.value(QStringLiteral("Pakistan, Islamic Republic")), QStringLiteral("2"));
}

namespace {

// What an event is, without what a re-import renames: id, title, date as written, article.
QJsonObject comparable(QJsonObject event)
{
    for (const char *key : {"id", "title", "date_text"})
        event.remove(QLatin1String(key));
    QJsonArray sentences;
    for (const QJsonValue &piece : event.value(QStringLiteral("evidence")).toArray())
        sentences.append(piece.toObject().value(QStringLiteral("sentence")));
    event.insert(QStringLiteral("evidence"), sentences);
    QStringList actors;
    for (const QJsonValue &actor : event.value(QStringLiteral("actors")).toArray())
        actors << actor.toObject().value(QStringLiteral("name")).toString() + QLatin1Char('/')
                      + actor.toObject().value(QStringLiteral("role")).toString();
    actors.sort();
    event.insert(QStringLiteral("actors"), QJsonArray::fromStringList(actors));
    return event;
}

} // namespace

void tst_ExportDataCommand::acledRoundTrip()
{
    const QString sample = QStringLiteral(FAULTLINE_TEST_DATA_DIR "/interchange/acled-current.csv");
    if (!QFile::exists(sample))
        QSKIP("The ACLED sample of the importer's tests is not there.");
    QStringList workspaces;
    QStringList exports;
    QList<QJsonArray> events;
    QString input = sample;
    for (int pass = 0; pass < 2; ++pass) {
        workspaces << m_dir.filePath(QStringLiteral("acled%1.faultline").arg(pass));
        exports << m_dir.filePath(QStringLiteral("acled%1.csv").arg(pass));
        CliResult result = runFaultline(
            {QStringLiteral("import"), QStringLiteral("--db"), workspaces.last(), input});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        result = runFaultline({QStringLiteral("export"),
                               QStringLiteral("--db"),
                               workspaces.last(),
                               QStringLiteral("--format"),
                               QStringLiteral("acled"),
                               QStringLiteral("--out"),
                               exports.last()});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        result = runFaultline({QStringLiteral("events"), QStringLiteral("--db"), workspaces.last()});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        events << QJsonDocument::fromJson(result.out).array();
        input = exports.last();
    }
    // Import, export, import: the same events, and the same ACLED file again.
    QVERIFY(events.first().size() > 0);
    QCOMPARE(events.at(1).size(), events.at(0).size());
    QList<QJsonObject> first;
    QList<QJsonObject> second;
    for (int i = 0; i < events.at(0).size(); ++i) {
        first << comparable(events.at(0).at(i).toObject());
        second << comparable(events.at(1).at(i).toObject());
    }
    const auto order = [](const QJsonObject &a, const QJsonObject &b) {
        return QJsonDocument(a).toJson() < QJsonDocument(b).toJson();
    };
    std::sort(first.begin(), first.end(), order);
    std::sort(second.begin(), second.end(), order);
    QCOMPARE(second, first);
    QCOMPARE(sha256OfFile(exports.at(1)), sha256OfFile(exports.at(0)));
}

QTEST_GUILESS_MAIN(tst_ExportDataCommand)
#include "tst_exportdatacommand.moc"
