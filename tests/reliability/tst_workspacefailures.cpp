#include "core/extract/extractionpipeline.h"
#include "core/store/documentimporter.h"
#include "core/store/workspace.h"
#include "tests/reliability/articleset.h"
#include "tests/reliability/reliabilitycli.h"
#include "tests/reliability/workspaceinspection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Faultline;
using namespace Faultline::Testing;

// A workspace that cannot take the import (read-only, newer, on a full disk,
// deleted while open): a clear one-line error, and what it held before is
// still there, whole.
namespace {

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList importArguments(const QString &workspace, const QStringList &paths)
{
    return QStringList{QStringLiteral("import"), QStringLiteral("--db"), workspace} + paths;
}

bool setUserVersion(const QString &path, int version)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("failures.raw"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))
                 && query.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("failures.raw"));
    return ok;
}

// The failure must be one line on stderr that names the file or workspace.
void verifyOneLineError(const LimitedRun &run, const QByteArray &mustContain)
{
    QVERIFY2(!run.crashed && !run.timedOut, run.err.constData());
    QCOMPARE(run.exitCode, 1);
    const QList<QByteArray> lines = messageLines(run.err);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(mustContain), lines.first().constData());
}

} // namespace

class tst_WorkspaceFailures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void readOnlyWorkspace();
    void newerWorkspace();
    void writeFailureMidImport();
    void fullFilesystem();
    void deletedWhileOpen();

private:
    QTemporaryDir m_dir;
    QStringList m_articles;
    QString m_template; // two articles
    QString m_workspace;
    WorkspaceInspection m_before;
    int m_run = 0;
};

void tst_WorkspaceFailures::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_articles = writeArticleSet(m_dir.filePath(QStringLiteral("articles")), 6, 11);
    QCOMPARE(m_articles.size(), 6);
    m_template = m_dir.filePath(QStringLiteral("template.faultline"));
    const LimitedRun run = runFaultlineLimited(importArguments(m_template, m_articles.mid(0, 2)),
                                               60000);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    m_before = inspectWorkspace(m_template);
    QVERIFY2(m_before.problem().isEmpty(), qPrintable(m_before.problem()));
    QCOMPARE(m_before.articles, 2);
}

void tst_WorkspaceFailures::init()
{
    m_workspace = m_dir.filePath(QStringLiteral("ws-%1.faultline").arg(++m_run));
    QVERIFY(QFile::copy(m_template, m_workspace));
    QVERIFY(QFile::setPermissions(m_workspace,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ReadGroup | QFileDevice::ReadOther));
}

void tst_WorkspaceFailures::readOnlyWorkspace()
{
    QVERIFY(QFile::setPermissions(m_workspace, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QByteArray before = sha256(m_workspace);
    const LimitedRun run = runFaultlineLimited(importArguments(m_workspace, {m_articles.at(2)}),
                                               60000);
    verifyOneLineError(run, "read-only");
    QCOMPARE(sha256(m_workspace), before);
    QVERIFY(!QFileInfo::exists(m_workspace + QStringLiteral("-wal")));
    // Still readable: `faultline events` lists what it holds.
    const LimitedRun events = runFaultlineLimited({QStringLiteral("events"),
                                                   QStringLiteral("--db"),
                                                   m_workspace},
                                                  60000);
    QVERIFY2(events.exitCode == 0, events.err.constData());
}

void tst_WorkspaceFailures::newerWorkspace()
{
    QVERIFY(setUserVersion(m_workspace, Workspace::SchemaVersion + 1));
    const QByteArray before = sha256(m_workspace);
    const LimitedRun run = runFaultlineLimited(importArguments(m_workspace, {m_articles.at(2)}),
                                               60000);
    verifyOneLineError(run, "newer version");
    QCOMPARE(sha256(m_workspace), before);
}

void tst_WorkspaceFailures::writeFailureMidImport()
{
    // Every file the import writes is capped a little above the workspace's
    // size: the first transaction that outgrows it fails to write.
    const qint64 cap = QFileInfo(m_workspace).size() + 16 * 1024;
    const LimitedRun run = runFaultlineLimited(importArguments(m_workspace, m_articles.mid(2)),
                                               120000,
                                               0,
                                               cap);
    QVERIFY2(!run.crashed && !run.timedOut, run.err.constData());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(!run.err.isEmpty(), "a failed write went unreported");
    const QList<QByteArray> failures = messageLines(run.err);
    QVERIFY(!failures.isEmpty());
    for (const QByteArray &line : failures) {
        QVERIFY2(line.contains("article-"), line.constData()); // each names its file
        // One sentence a user can act on, not SQLite's "disk I/O error Unable to fetch row".
        QVERIFY2(line.contains("not enough space on the disk"), line.constData());
        QVERIFY2(!line.contains("disk I/O error"), line.constData());
    }
    // Nor any rollback warnings beside it: the failure is reported once.
    QVERIFY2(!run.err.contains("rollback"), run.err.constData());

    const WorkspaceInspection after = inspectWorkspace(m_workspace);
    QVERIFY2(after.problem().isEmpty(), qPrintable(after.problem()));
    QVERIFY(after.articles >= m_before.articles);
    // What was there is untouched; what was reported imported is there.
    for (auto it = m_before.evidenceByArticleHash.cbegin();
         it != m_before.evidenceByArticleHash.cend();
         ++it)
        QCOMPARE(after.evidenceByArticleHash.value(it.key()), it.value());
    QCOMPARE(after.articles, m_before.articles + (4 - int(failures.size())));
}

void tst_WorkspaceFailures::fullFilesystem()
{
    // A real full disk: a small tmpfs, when this process may mount one.
    const QString mountPoint = m_dir.filePath(QStringLiteral("small-disk"));
    QVERIFY(QDir().mkpath(mountPoint));
    QProcess mount;
    mount.start(QStringLiteral("mount"),
                {QStringLiteral("-t"),
                 QStringLiteral("tmpfs"),
                 QStringLiteral("-o"),
                 QStringLiteral("size=%1k").arg(QFileInfo(m_template).size() / 1024 + 64),
                 QStringLiteral("faultline-test"),
                 mountPoint});
    if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit
        || mount.exitCode() != 0)
        QSKIP("cannot mount a small tmpfs here (needs root); writeFailureMidImport covers it");
    auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {mountPoint}); });
    const QString workspace = mountPoint + QStringLiteral("/ws.faultline");
    QVERIFY(QFile::copy(m_template, workspace));
    QVERIFY(QFile::setPermissions(workspace, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const LimitedRun run = runFaultlineLimited(importArguments(workspace, m_articles.mid(2)),
                                               120000);
    QVERIFY2(!run.crashed && !run.timedOut, run.err.constData());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(!run.err.isEmpty(), "a full disk went unreported");
    const WorkspaceInspection after = inspectWorkspace(workspace);
    QVERIFY2(after.problem().isEmpty(), qPrintable(after.problem()));
    for (auto it = m_before.evidenceByArticleHash.cbegin();
         it != m_before.evidenceByArticleHash.cend();
         ++it)
        QCOMPARE(after.evidenceByArticleHash.value(it.key()), it.value());
    const QList<QByteArray> failures = messageLines(run.err);
    QVERIFY(!failures.isEmpty());
    for (const QByteArray &line : failures) {
        QVERIFY2(line.contains("article-"), line.constData());
        QVERIFY2(line.contains("not enough space on the disk"), line.constData());
    }
    QVERIFY2(!run.err.contains("rollback"), run.err.constData());
    QCOMPARE(after.articles, m_before.articles + (4 - int(failures.size())));
}

void tst_WorkspaceFailures::deletedWhileOpen()
{
    Workspace workspace;
    QString error;
    QVERIFY2(workspace.open(m_workspace, Workspace::OpenMode::ReadWrite, &error), qPrintable(error));
    QVERIFY(QFile::remove(m_workspace));

    // Writing into a file nobody can reach any more would lose the import silently.
    const ExtractionPipeline pipeline;
    DocumentImporter importer(workspace, pipeline);
    ArticleImporter::Summary summary;
    QVERIFY(!importer.importFile(m_articles.at(3), std::nullopt, &summary, &error));
    QVERIFY2(error.contains(QStringLiteral("moved or deleted")), qPrintable(error));
    QVERIFY(!error.contains(u'\n'));
    workspace.close();
}

QTEST_GUILESS_MAIN(tst_WorkspaceFailures)
#include "tst_workspacefailures.moc"
