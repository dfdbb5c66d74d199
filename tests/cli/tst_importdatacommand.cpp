#include "tests/cli/clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Faultline::Testing;

// faultline import of data files: ACLED and the other formats go through the
// data importer, with --skip-bad-rows or refusing the whole file.
class tst_ImportDataCommand : public QObject
{
    Q_OBJECT

private slots:
    void importsEachFormat_data();
    void importsEachFormat();
    void badRowsRefuseTheFile();
    void skipBadRowsImportsTheRest();
    void unknownFormatFails();
    void dataAndArticlesTogether();

private:
    static QString sample(const QString &name)
    {
        return QStringLiteral(FAULTLINE_TEST_DATA_DIR "/interchange/") + name;
    }
};

namespace {

QJsonArray eventsOf(const QString &workspace)
{
    const CliResult result = runFaultline({QStringLiteral("events"),
                                           QStringLiteral("--db"),
                                           workspace,
                                           QStringLiteral("--format"),
                                           QStringLiteral("json")});
    return QJsonDocument::fromJson(result.out).array();
}

} // namespace

void tst_ImportDataCommand::importsEachFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("events");
    QTest::addColumn<QString>("summary");
    QTest::newRow("acled") << "acled-current.csv" << 4 << "ACLED, 4 events, 9 new actors";
    QTest::newRow("ucdp") << "ucdp-ged.csv" << 3 << "UCDP GED, 3 events, 4 new actors";
    QTest::newRow("gdelt 2.0") << "gdelt2.export.CSV" << 2 << "GDELT 2.0, 2 events";
    QTest::newRow("timelinejs json") << "timelinejs.json" << 3 << "TimelineJS JSON, 3 events";
}

void tst_ImportDataCommand::importsEachFormat()
{
    QFETCH(QString, file);
    QFETCH(int, events);
    QFETCH(QString, summary);
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("ws.faultline"));
    QStringList arguments{QStringLiteral("import"), QStringLiteral("--db"), workspace};
    if (file.endsWith(QLatin1String(".json")))
        arguments << QStringLiteral("--skip-bad-rows");
    arguments << sample(file);
    const CliResult result = runFaultline(arguments);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(QString::fromUtf8(result.out).contains(summary), result.out.constData());
    // The summary is the output: no log lines ("faultline.import: importing ...").
    QVERIFY2(!result.err.contains("faultline."), result.err.constData());
    QCOMPARE(eventsOf(workspace).size(), events);
}

void tst_ImportDataCommand::badRowsRefuseTheFile()
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("ws.faultline"));
    QVERIFY(runFaultline({QStringLiteral("import"),
                          QStringLiteral("--db"),
                          workspace,
                          sample(QStringLiteral("ucdp-ged.csv"))})
                .exitCode
            == 0);
    const QByteArray before = sha256OfFile(workspace);
    const CliResult result = runFaultline({QStringLiteral("import"),
                                           QStringLiteral("--db"),
                                           workspace,
                                           sample(QStringLiteral("acled-bad-rows.csv"))});
    QCOMPARE(result.exitCode, 1);
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.contains(QStringLiteral("acled-bad-rows.csv: 2 bad rows")), result.err.constData());
    QVERIFY(err.contains(QStringLiteral("line 3:")));
    QVERIFY(err.contains(QStringLiteral("line 4:")));
    QVERIFY(err.contains(QStringLiteral("--skip-bad-rows")));
    QCOMPARE(sha256OfFile(workspace), before);
    QCOMPARE(eventsOf(workspace).size(), 3);
}

void tst_ImportDataCommand::skipBadRowsImportsTheRest()
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("ws.faultline"));
    const CliResult result = runFaultline({QStringLiteral("import"),
                                           QStringLiteral("--db"),
                                           workspace,
                                           QStringLiteral("--skip-bad-rows"),
                                           sample(QStringLiteral("acled-bad-rows.csv"))});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QString out = QString::fromUtf8(result.out);
    QVERIFY2(out.contains(QStringLiteral("1 event")), result.out.constData());
    QVERIFY2(out.contains(QStringLiteral("2 bad rows skipped: line 3:")), result.out.constData());
    const QJsonArray events = eventsOf(workspace);
    QCOMPARE(events.size(), 1);
    const QJsonObject event = events.first().toObject();
    QCOMPARE(event.value(QStringLiteral("start")).toString(), QStringLiteral("2020-01-04"));
    QCOMPARE(event.value(QStringLiteral("type")).toString(), QStringLiteral("19"));
    QVERIFY(event.value(QStringLiteral("evidence"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("sentence"))
                .toString()
                .contains(QStringLiteral("cadets")));
}

void tst_ImportDataCommand::unknownFormatFails()
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("ws.faultline"));
    const CliResult result = runFaultline({QStringLiteral("import"),
                                           QStringLiteral("--db"),
                                           workspace,
                                           sample(QStringLiteral("unknown-columns.csv"))});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("unknown-columns.csv: The file is in no format Faultline reads"),
             result.err.constData());
    QCOMPARE(result.err.count('\n'), 1); // one line
}

void tst_ImportDataCommand::dataAndArticlesTogether()
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("ws.faultline"));
    const CliResult result = runFaultline(
        {QStringLiteral("import"),
         QStringLiteral("--db"),
         workspace,
         QStringLiteral("--published"),
         QStringLiteral("2020-09-14"),
         QStringLiteral(FAULTLINE_SOURCE_DIR
                        "/../shared/samples/articles/rferl-2020-09-14-envoy-in-pakistan.txt"),
         sample(QStringLiteral("gdelt2.export.CSV"))});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.out.count('\n'), 2);
    QVERIFY(eventsOf(workspace).size() > 2);
}

QTEST_GUILESS_MAIN(tst_ImportDataCommand)
#include "tst_importdatacommand.moc"
