#include "core/model/actor.h"
#include "core/model/event.h"
#include "core/store/actorrepository.h"
#include "core/store/eventrepository.h"
#include "core/store/workspace.h"
#include "core/store/workspacebackup.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Faultline;

namespace {

QStringList participantRows(Workspace &workspace)
{
    QStringList rows;
    QSqlQuery query(workspace.database());
    if (!query.exec(QStringLiteral(
            "SELECT rowid, event_id, actor_id, role FROM event_actors ORDER BY rowid")))
        return {QStringLiteral("error")};
    while (query.next())
        rows << QStringLiteral("%1 %2 %3 %4")
                    .arg(query.value(0).toString(),
                         query.value(1).toString(),
                         query.value(2).toString(),
                         query.value(3).toString());
    return rows;
}

QStringList titles(Workspace &workspace)
{
    QStringList result;
    EventFilter all;
    all.includeUnresolved = true;
    for (const Event &event : EventRepository(workspace).query(all))
        result << QStringLiteral("%1 %2 %3").arg(event.id).arg(event.title, event.date.toIso());
    return result;
}

} // namespace

class tst_WorkspaceBackup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void copyOpensWithTheSameRows();
    void copyReplacesAFile();
    void refusals_data();
    void refusals();

private:
    QTemporaryDir *m_dir = nullptr;
    Workspace *m_workspace = nullptr;
};

void tst_WorkspaceBackup::init()
{
    m_dir = new QTemporaryDir;
    m_workspace = new Workspace;
    QString error;
    QVERIFY2(m_workspace->open(m_dir->filePath(QStringLiteral("source.faultline")),
                               Workspace::OpenMode::ReadWrite,
                               &error),
             qPrintable(error));
    ActorRepository actors(*m_workspace);
    QList<qint64> ids;
    for (const QString &name : {QStringLiteral("Taliban"), QStringLiteral("Pakistan")}) {
        Actor actor;
        actor.name = name;
        QVERIFY(actors.insert(actor, &error));
        ids << actor.id;
    }
    EventRepository events(*m_workspace);
    for (int i = 0; i < 20; ++i) {
        Event event;
        event.title = QStringLiteral("Event %1").arg(i);
        event.date = DateSpan::day(2020, 1 + i % 12, 1 + i);
        event.participants = {{ids.at(i % 2), Event::Role::Source, false},
                              {ids.at((i + 1) % 2), Event::Role::Target, false}};
        QVERIFY(events.insert(event, &error));
    }
    // Holes in the row ids, which a copy must keep.
    QSqlQuery query(m_workspace->database());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM event_actors WHERE rowid % 3 = 0")));
}

void tst_WorkspaceBackup::cleanup()
{
    delete m_workspace;
    m_workspace = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

void tst_WorkspaceBackup::copyOpensWithTheSameRows()
{
    const QString target = m_dir->filePath(QStringLiteral("copy.faultline"));
    QString error;
    QVERIFY2(WorkspaceBackup::copy(*m_workspace, target, &error), qPrintable(error));
    QVERIFY(!QFile::exists(target + QStringLiteral(".part")));
    Workspace copy;
    QVERIFY2(copy.open(target, Workspace::OpenMode::ReadWrite, &error), qPrintable(error));
    QCOMPARE(titles(copy), titles(*m_workspace));
    QCOMPARE(participantRows(copy), participantRows(*m_workspace));
    QCOMPARE(EventRepository(copy).count(), 20);
    // The source goes on working.
    Event event;
    event.title = QStringLiteral("After the copy");
    QVERIFY2(EventRepository(*m_workspace).insert(event, &error), qPrintable(error));
    QCOMPARE(EventRepository(copy).count(), 20);
}

void tst_WorkspaceBackup::copyReplacesAFile()
{
    const QString target = m_dir->filePath(QStringLiteral("old.faultline"));
    QFile old(target);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("not a workspace");
    old.close();
    QString error;
    QVERIFY2(WorkspaceBackup::copy(*m_workspace, target, &error), qPrintable(error));
    Workspace copy;
    QVERIFY2(copy.open(target, Workspace::OpenMode::ReadOnly, &error), qPrintable(error));
    QCOMPARE(titles(copy), titles(*m_workspace));
}

void tst_WorkspaceBackup::refusals_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("reason");
    QTest::newRow("itself") << QStringLiteral("source.faultline")
                            << QStringLiteral("open workspace");
    QTest::newRow("missing folder")
        << QStringLiteral("nowhere/copy.faultline") << QStringLiteral("folder does not exist");
    QTest::newRow("a folder") << QStringLiteral(".") << QStringLiteral("folder");
}

void tst_WorkspaceBackup::refusals()
{
    QFETCH(QString, target);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!WorkspaceBackup::copy(*m_workspace, m_dir->filePath(target), &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(m_dir->filePath(target))), qPrintable(error));
    QCOMPARE(EventRepository(*m_workspace).count(), 20);
}

QTEST_GUILESS_MAIN(tst_WorkspaceBackup)
#include "tst_workspacebackup.moc"
