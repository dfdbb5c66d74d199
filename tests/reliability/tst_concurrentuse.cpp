#include "core/store/eventrepository.h"
#include "core/store/transaction.h"
#include "core/store/workspace.h"
#include "tests/reliability/articleset.h"
#include "tests/reliability/reliabilitycli.h"
#include "tests/reliability/workspaceinspection.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Faultline;
using namespace Faultline::Testing;

// Two processes on one workspace: the GUI (here: a Workspace in this process)
// open while `faultline import` runs, or two imports at once. Nothing is
// corrupted, a writer waits for another (busy timeout) or says clearly that
// the workspace is busy, and the open workspace sees the new events.
namespace {

QStringList importArguments(const QString &workspace, const QStringList &paths)
{
    return QStringList{QStringLiteral("import"),
                       QStringLiteral("--db"),
                       workspace,
                       QStringLiteral("--published"),
                       QStringLiteral("2021-06-01")}
           + paths;
}

void startFaultline(QProcess &process, const QStringList &arguments)
{
    process.setProgram(faultlineExecutable());
    process.setArguments(arguments);
    process.setEnvironment(headlessEnvironment());
    process.start();
}

int eventCount(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM events")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class tst_ConcurrentUse : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void openWorkspaceSeesImportedEvents();
    void writerWaitsForAShortTransaction();
    void writerReportsBusyWorkspace();
    void twoImportersAtOnce();
    void readersWhileImporting();

private:
    QTemporaryDir m_dir;
    QStringList m_articles;
    WorkspaceInspection m_reference; // every article imported alone
    QString m_workspace;             // holds the first article
    int m_run = 0;
};

void tst_ConcurrentUse::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_articles = writeArticleSet(m_dir.filePath(QStringLiteral("articles")), 16, 77);
    QCOMPARE(m_articles.size(), 16);
    const QString reference = m_dir.filePath(QStringLiteral("reference.faultline"));
    const LimitedRun run = runFaultlineLimited(importArguments(reference, m_articles), 120000);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    m_reference = inspectWorkspace(reference);
    QVERIFY2(m_reference.problem().isEmpty(), qPrintable(m_reference.problem()));
}

void tst_ConcurrentUse::init()
{
    m_workspace = m_dir.filePath(QStringLiteral("ws-%1.faultline").arg(++m_run));
    const LimitedRun run = runFaultlineLimited(importArguments(m_workspace, {m_articles.first()}),
                                               60000);
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void tst_ConcurrentUse::openWorkspaceSeesImportedEvents()
{
    Workspace workspace; // as the main window opens it
    QString error;
    QVERIFY2(workspace.open(m_workspace, Workspace::OpenMode::ReadWrite, &error), qPrintable(error));
    EventRepository events(workspace);
    const int before = events.count();
    QVERIFY(before > 0);

    // A read transaction held open (a view being filled) does not stop the import.
    {
        QSqlDatabase db = workspace.database();
        QVERIFY(db.transaction());
        QCOMPARE(eventCount(db), before);
        const LimitedRun run = runFaultlineLimited(importArguments(m_workspace,
                                                                   m_articles.mid(1, 3)),
                                                   60000);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(eventCount(db), before); // still the snapshot it started with
        QVERIFY(db.commit());
    }

    // The next query sees the new events.
    QVERIFY(events.count() > before);
    QCOMPARE(events.count(), inspectWorkspace(m_workspace).events);
    workspace.close();
    QVERIFY2(inspectWorkspace(m_workspace).problem().isEmpty(),
             qPrintable(inspectWorkspace(m_workspace).problem()));
}

void tst_ConcurrentUse::writerWaitsForAShortTransaction()
{
    Workspace workspace;
    QString error;
    QVERIFY2(workspace.open(m_workspace, Workspace::OpenMode::ReadWrite, &error), qPrintable(error));
    auto transaction = std::make_unique<Transaction>(workspace);
    QVERIFY2(transaction->isActive(), qPrintable(transaction->errorString()));

    QProcess import;
    startFaultline(import, importArguments(m_workspace, {m_articles.at(4)}));
    QVERIFY(import.waitForStarted(30000));
    // The import blocks on the write lock while this process holds it...
    QVERIFY(!import.waitForFinished(1500));
    QVERIFY(transaction->commit(&error));
    transaction.reset();
    // ...and carries on once it is released, within its busy timeout.
    QVERIFY(import.waitForFinished(60000));
    QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
    const WorkspaceInspection state = inspectWorkspace(m_workspace);
    QVERIFY2(state.problem().isEmpty(), qPrintable(state.problem()));
    QCOMPARE(state.articles, 2);
}

void tst_ConcurrentUse::writerReportsBusyWorkspace()
{
    const WorkspaceInspection before = inspectWorkspace(m_workspace);
    Workspace workspace;
    QString error;
    QVERIFY2(workspace.open(m_workspace, Workspace::OpenMode::ReadWrite, &error), qPrintable(error));
    Transaction transaction(workspace);
    QVERIFY2(transaction.isActive(), qPrintable(transaction.errorString()));

    // Held for longer than the importer waits: it gives up with a clear message.
    QProcess import;
    startFaultline(import, importArguments(m_workspace, {m_articles.at(5)}));
    QVERIFY(import.waitForFinished(60000));
    QCOMPARE(import.exitCode(), 1);
    const QList<QByteArray> lines = messageLines(import.readAllStandardError());
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains("article-0005.txt"), lines.first().constData());
    QVERIFY2(lines.first().contains("busy"), lines.first().constData());
    transaction.rollback();
    workspace.close();

    const WorkspaceInspection after = inspectWorkspace(m_workspace);
    QVERIFY2(after.problem().isEmpty(), qPrintable(after.problem()));
    QCOMPARE(after.articles, before.articles);
    QCOMPARE(after.events, before.events);
}

void tst_ConcurrentUse::twoImportersAtOnce()
{
    // Overlapping sets: articles 6..11 in the first, 9..15 in the second.
    const QStringList first = m_articles.mid(6, 6);
    const QStringList second = m_articles.mid(9);
    int runs = 0;
    for (int i = 0; i < 3; ++i) {
        init();
        QProcess a;
        QProcess b;
        startFaultline(a, importArguments(m_workspace, first));
        startFaultline(b, importArguments(m_workspace, second));
        QVERIFY(a.waitForFinished(120000));
        QVERIFY(b.waitForFinished(120000));
        QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
        QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
        const WorkspaceInspection state = inspectWorkspace(m_workspace);
        QVERIFY2(state.problem().isEmpty(), qPrintable(state.problem()));
        QCOMPARE(state.articles, 1 + 10);
        for (auto it = state.evidenceByArticleHash.cbegin();
             it != state.evidenceByArticleHash.cend();
             ++it)
            QCOMPARE(it.value(), m_reference.evidenceByArticleHash.value(it.key()));
        ++runs;
    }
    qInfo("two importers at once: %d runs without corruption or lost articles", runs);
}

void tst_ConcurrentUse::readersWhileImporting()
{
    // `faultline events` runs again and again while an import writes.
    QProcess import;
    startFaultline(import, importArguments(m_workspace, m_articles.mid(1)));
    QVERIFY(import.waitForStarted(30000));
    int reads = 0;
    int previous = 0;
    while (!import.waitForFinished(0) || reads == 0) {
        const LimitedRun events = runFaultlineLimited({QStringLiteral("events"),
                                                       QStringLiteral("--db"),
                                                       m_workspace,
                                                       QStringLiteral("--format"),
                                                       QStringLiteral("json")},
                                                      60000);
        QVERIFY2(events.exitCode == 0, events.err.constData());
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(events.out, &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        const int count = int(json.array().size());
        QVERIFY(count >= previous);
        previous = count;
        ++reads;
    }
    QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
    qInfo("%d reads of the workspace while it was being written", reads);
    const WorkspaceInspection state = inspectWorkspace(m_workspace);
    QVERIFY2(state.problem().isEmpty(), qPrintable(state.problem()));
    QCOMPARE(state.articles, m_reference.articles);
    QCOMPARE(state.events, m_reference.events);
}

QTEST_GUILESS_MAIN(tst_ConcurrentUse)
#include "tst_concurrentuse.moc"
