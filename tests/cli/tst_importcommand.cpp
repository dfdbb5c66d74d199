#include "core/model/datespan.h"
#include "tests/cli/clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Faultline;
using namespace Faultline::Testing;

namespace {

const QString SampleArticle = QStringLiteral(
    FAULTLINE_SOURCE_DIR "/../shared/samples/articles/rferl-2020-09-14-envoy-in-pakistan.txt");

QJsonArray eventsOf(const QString &workspace)
{
    const CliResult result = runFaultline({QStringLiteral("events"),
                                           QStringLiteral("--db"),
                                           workspace,
                                           QStringLiteral("--format"),
                                           QStringLiteral("json")});
    return QJsonDocument::fromJson(result.out).array();
}

QStringList actorNames(const QJsonObject &event)
{
    QStringList names;
    for (const QJsonValue &actor : event.value(QStringLiteral("actors")).toArray())
        names.append(actor.toObject().value(QStringLiteral("name")).toString());
    return names;
}

// The first event whose start, type and actors match; an empty object if none.
QJsonObject findEvent(const QJsonArray &events,
                      const QString &start,
                      const QString &type,
                      const QStringList &actors)
{
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        if (event.value(QStringLiteral("start")).toString() != start)
            continue;
        if (!type.isEmpty() && event.value(QStringLiteral("type")).toString() != type)
            continue;
        const QStringList names = actorNames(event);
        const bool all = std::all_of(actors.begin(), actors.end(), [&](const QString &wanted) {
            return std::any_of(names.begin(), names.end(), [&](const QString &name) {
                return name.contains(wanted, Qt::CaseInsensitive);
            });
        });
        if (all)
            return event;
    }
    return {};
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

} // namespace

class tst_ImportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sampleArticleWithPublicationDate_data();
    void sampleArticleWithPublicationDate();
    void actorsAppearOnceWithKinds();
    void withoutPublicationDateNothingIsGuessed();
    void secondImportIsReportedAsDuplicate();
    void folderImportsEveryArticle();
    void badInputLeavesWorkspaceUnchanged_data();
    void badInputLeavesWorkspaceUnchanged();
    void timexPrintsCodePointOffsets();

private:
    QTemporaryDir m_dir;
    QString m_sampleWorkspace;
    QJsonArray m_sampleEvents;
};

void tst_ImportCommand::initTestCase()
{
    if (!QFile::exists(SampleArticle))
        QSKIP("the seed article in ../shared is not available");
    m_sampleWorkspace = m_dir.filePath(QStringLiteral("sample.faultline"));
    const CliResult result = runFaultline({QStringLiteral("import"),
                                           QStringLiteral("--db"),
                                           m_sampleWorkspace,
                                           QStringLiteral("--published"),
                                           QStringLiteral("2020-09-14"),
                                           SampleArticle});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.contains("event"));
    m_sampleEvents = eventsOf(m_sampleWorkspace);
    QVERIFY(m_sampleEvents.size() >= 8);
}

void tst_ImportCommand::sampleArticleWithPublicationDate_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("actors");
    QTest::newRow("2015 talks hosted by Pakistan")
        << "2015"
        << "04" << QStringList{"Pakistan", "Afghanistan (government)", "Taliban"};
    QTest::newRow("2015 announcement of Omar's death")
        << "2015"
        << "01" << QStringList{"Afghanistan (government)", "Omar"};
    QTest::newRow("2018 release of Baradar") << "2018"
                                             << "08" << QStringList{"Pakistan", "Baradar"};
    QTest::newRow("February 2020 US-Taliban deal")
        << "2020-02"
        << "05" << QStringList{"United States", "Taliban"};
    QTest::newRow("Doha talks over the weekend") << "2020-09-12"
                                                 << "04" << QStringList{};
    QTest::newRow("Baradar's team in Islamabad last month")
        << "2020-08"
        << "04" << QStringList{"Taliban", "Baradar"};
    QTest::newRow("Khalilzad's team meets Bajwa") << "2020-09-14"
                                                  << "04" << QStringList{"United States", "Bajwa"};
    QTest::newRow("calls for a cease-fire")
        << "2020-09-14"
        << "02" << QStringList{"Afghanistan (government)", "Taliban"};
}

void tst_ImportCommand::sampleArticleWithPublicationDate()
{
    QFETCH(QString, start);
    QFETCH(QString, type);
    QFETCH(QStringList, actors);
    const QJsonObject event = findEvent(m_sampleEvents, start, type, actors);
    QVERIFY2(!event.isEmpty(), QJsonDocument(m_sampleEvents).toJson().constData());
    // Every event leads back to its sentence.
    const QJsonArray evidence = event.value(QStringLiteral("evidence")).toArray();
    QVERIFY(!evidence.isEmpty());
    QVERIFY(!evidence.first().toObject().value(QStringLiteral("sentence")).toString().isEmpty());
}

void tst_ImportCommand::actorsAppearOnceWithKinds()
{
    const CliResult result = runFaultline(
        {QStringLiteral("actors"), QStringLiteral("--db"), m_sampleWorkspace});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray actors = QJsonDocument::fromJson(result.out).array();
    QStringList names;
    for (const QJsonValue &value : actors) {
        const QJsonObject actor = value.toObject();
        const QString name = actor.value(QStringLiteral("name")).toString();
        QVERIFY2(!names.contains(name, Qt::CaseInsensitive), qPrintable(name));
        names.append(name);
        QVERIFY(!actor.value(QStringLiteral("kind")).toString().isEmpty());
    }
    for (const QString &expected : {QStringLiteral("Taliban"),
                                    QStringLiteral("Pakistan"),
                                    QStringLiteral("Zalmay Khalilzad"),
                                    QStringLiteral("Qamar Javed Bajwa")})
        QVERIFY2(names.contains(expected), qPrintable(names.join(u", ")));
}

void tst_ImportCommand::withoutPublicationDateNothingIsGuessed()
{
    const QString workspace = m_dir.filePath(QStringLiteral("undated.faultline"));
    const CliResult result = runFaultline(
        {QStringLiteral("import"), QStringLiteral("--db"), workspace, SampleArticle});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("warning"));
    const QJsonArray events = eventsOf(workspace);
    QVERIFY(!findEvent(events, QStringLiteral("2015"), QStringLiteral("04"), {}).isEmpty());
    QVERIFY(!findEvent(events, QStringLiteral("2018"), QStringLiteral("08"), {}).isEmpty());
    int unresolved = 0;
    for (const QJsonValue &value : events) {
        const QJsonValue start = value.toObject().value(QStringLiteral("start"));
        if (start.isNull()) {
            ++unresolved;
            continue;
        }
        // Only the years the article states; nothing guessed.
        QVERIFY2(start.toString() == QLatin1String("2015")
                     || start.toString() == QLatin1String("2018"),
                 qPrintable(start.toString()));
    }
    QVERIFY(unresolved >= 4);
}

void tst_ImportCommand::secondImportIsReportedAsDuplicate()
{
    const QByteArray before = sha256OfFile(m_sampleWorkspace);
    const CliResult result = runFaultline(
        {QStringLiteral("import"), QStringLiteral("--db"), m_sampleWorkspace, SampleArticle});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("already in the workspace"));
    QCOMPARE(sha256OfFile(m_sampleWorkspace), before);
    QCOMPARE(eventsOf(m_sampleWorkspace).size(), m_sampleEvents.size());
}

void tst_ImportCommand::folderImportsEveryArticle()
{
    const QString workspace = m_dir.filePath(QStringLiteral("folder.faultline"));
    const QString folder = QStringLiteral(FAULTLINE_TEST_DATA_DIR "/articles");
    const CliResult result = runFaultline({QStringLiteral("import"),
                                           QStringLiteral("--db"),
                                           workspace,
                                           QStringLiteral("--published"),
                                           QStringLiteral("2023-06-01"),
                                           folder});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const int articles = QDir(folder).entryList(QDir::Files).size();
    QCOMPARE(result.out.count('\n') - result.out.count("warning:"), articles);
    QVERIFY(eventsOf(workspace).size() >= articles);
}

void tst_ImportCommand::badInputLeavesWorkspaceUnchanged_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << "empty.txt" << QByteArray() << "is empty";
    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char((i * 7919) % 256);
    QTest::newRow("binary") << "random.txt" << binary << "is not a text";
    QTest::newRow("not a pdf") << "fake.pdf" << QByteArray("hello, this is no PDF") << "PDF";
    QTest::newRow("only markup") << "blank.html"
                                 << QByteArray("<html><body><script>x()</script></body></html>")
                                 << "no article text";
}

void tst_ImportCommand::badInputLeavesWorkspaceUnchanged()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const QTemporaryDir dir;
    const QString path = writeFile(dir, name, bytes);
    const QString workspace = dir.filePath(QStringLiteral("ws.faultline"));
    QCOMPARE(runFaultline({QStringLiteral("events"), QStringLiteral("--db"), workspace}).exitCode,
             0);
    const QByteArray before = sha256OfFile(workspace);

    const CliResult result = runFaultline(
        {QStringLiteral("import"), QStringLiteral("--db"), workspace, path});
    QCOMPARE(result.exitCode, 1);
    const QList<QByteArray> lines = result.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(name.toUtf8()), lines.first().constData());
    QVERIFY2(lines.first().contains(reason.toUtf8()), lines.first().constData());
    QCOMPARE(sha256OfFile(workspace), before);
    QCOMPARE(eventsOf(workspace).size(), 0);
}

void tst_ImportCommand::timexPrintsCodePointOffsets()
{
    const QTemporaryDir dir;
    // An emoji before the date: one code point, two UTF-16 units.
    const QString text = QStringLiteral("\U0001F4F0 Rebels attacked Kidal last month.");
    const QString path = writeFile(dir, QStringLiteral("note.txt"), text.toUtf8());
    const CliResult result = runFaultline({QStringLiteral("timex"),
                                           QStringLiteral("--published"),
                                           QStringLiteral("2022-05-04"),
                                           QStringLiteral("--format"),
                                           QStringLiteral("json"),
                                           path});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonArray expressions = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(expressions.size(), 1);
    const QJsonObject timex = expressions.first().toObject();
    QCOMPARE(timex.value(QStringLiteral("text")).toString(), QStringLiteral("last month"));
    QCOMPARE(timex.value(QStringLiteral("type")).toString(), QStringLiteral("DATE"));
    QCOMPARE(timex.value(QStringLiteral("value")).toString(), QStringLiteral("2022-04"));
    const QList<uint> codePoints = text.toUcs4();
    const int begin = timex.value(QStringLiteral("begin")).toInt();
    const int end = timex.value(QStringLiteral("end")).toInt();
    QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + begin,
                               end - begin),
             QStringLiteral("last month"));
}

QTEST_GUILESS_MAIN(tst_ImportCommand)
#include "tst_importcommand.moc"
