#include "core/interchange/dataimporter.h"
#include "core/store/importstash.h"
#include "core/store/workspace.h"
#include "tests/core/store/storetestutil.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Faultline;
using StoreTestUtil::dumpWorkspace;
using StoreTestUtil::searchMatches;

namespace {

bool exec(Workspace &workspace, const QString &sql)
{
    QSqlQuery query(workspace.database());
    if (query.exec(sql))
        return true;
    qWarning() << query.lastError().text() << sql;
    return false;
}

QString sample(const char *name)
{
    return QStringLiteral(FAULTLINE_TEST_DATA_DIR "/interchange/") + QLatin1String(name);
}

} // namespace

// The undo of a data import at any size: rows out to a side file and back,
// with their ids, the search index in step, refused when the workspace moved on.
class tst_ImportStash : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void outAndBackExactly();
    void refusedWhenSomethingRefersToTheImport();
    void redoRefusedWhenIdsAreTaken();
    void unusableFootprints();

private:
    // The workspace holds one import already; m_footprint is a second one's.
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    RowFootprint m_footprint;
    QStringList m_before;
    QStringList m_after;
};

void tst_ImportStash::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = std::make_unique<Workspace>();
    QString error;
    QVERIFY2(m_workspace->open(m_dir->filePath(QStringLiteral("ws.faultline")),
                               Workspace::OpenMode::ReadWrite,
                               &error),
             qPrintable(error));
    QVERIFY2(DataImporter(*m_workspace).importFile(sample("acled-older.csv"), {}, nullptr, &error),
             qPrintable(error));
    m_before = dumpWorkspace(m_workspace->database());
    DataImporter::Summary summary;
    QVERIFY2(DataImporter(*m_workspace).importFile(sample("acled-current.csv"), {}, &summary, &error),
             qPrintable(error));
    m_footprint = summary.footprint;
    QCOMPARE(m_footprint.events.size(), summary.eventsAdded);
    QCOMPARE(m_footprint.actors.size(), qint64(summary.actorsAdded));
    QCOMPARE(m_footprint.articles.size(), qint64(summary.articlesAdded));
    QVERIFY(!m_footprint.scattered);
    m_after = dumpWorkspace(m_workspace->database());
    QVERIFY(m_after != m_before);
}

void tst_ImportStash::outAndBackExactly()
{
    ImportStash stash(m_footprint);
    QVERIFY(stash.isUsable());
    QVERIFY(searchMatches(m_workspace->database(), QStringLiteral("cadets")) > 0);
    for (int round = 0; round < 2; ++round) {
        QString error;
        QVERIFY2(stash.takeOut(*m_workspace, &error), qPrintable(error));
        QVERIFY(stash.isOut());
        QCOMPARE(dumpWorkspace(m_workspace->database()), m_before);
        QVERIFY(exec(*m_workspace,
                     QStringLiteral("INSERT INTO event_search(event_search, rank) "
                                    "VALUES('integrity-check', 1)")));
        QCOMPARE(searchMatches(m_workspace->database(), QStringLiteral("cadets")), 0);
        // Nothing of the stash is left attached to the workspace.
        QSqlQuery databases(m_workspace->database());
        QVERIFY(databases.exec(QStringLiteral("PRAGMA database_list")));
        QStringList names;
        while (databases.next())
            names << databases.value(1).toString();
        QVERIFY2(names.contains(QStringLiteral("main")), qPrintable(names.join(u' ')));
        QCOMPARE(names.size(), names.contains(QStringLiteral("temp")) ? 2 : 1);

        QVERIFY2(stash.putBack(*m_workspace, &error), qPrintable(error));
        QVERIFY(!stash.isOut());
        QCOMPARE(dumpWorkspace(m_workspace->database()), m_after);
        QVERIFY(exec(*m_workspace,
                     QStringLiteral("INSERT INTO event_search(event_search, rank) "
                                    "VALUES('integrity-check', 1)")));
        QVERIFY(searchMatches(m_workspace->database(), QStringLiteral("cadets")) > 0);
    }
}

void tst_ImportStash::refusedWhenSomethingRefersToTheImport()
{
    // An event from before the import now names one of the actors it created.
    QVERIFY(exec(*m_workspace,
                 QStringLiteral("INSERT INTO event_actors(event_id, actor_id, role) VALUES "
                                "((SELECT min(id) FROM events), %1, 'participant')")
                     .arg(m_footprint.actors.first)));
    const QStringList changed = dumpWorkspace(m_workspace->database());
    ImportStash stash(m_footprint);
    QString error;
    QVERIFY(!stash.takeOut(*m_workspace, &error));
    QVERIFY2(error.contains(QStringLiteral("changed")), qPrintable(error));
    QVERIFY(!stash.isOut());
    QCOMPARE(dumpWorkspace(m_workspace->database()), changed);

    // One of its events deleted elsewhere: refused as well.
    QVERIFY(exec(*m_workspace,
                 QStringLiteral("DELETE FROM event_actors WHERE event_id = "
                                "(SELECT min(id) FROM events) AND actor_id = %1")
                     .arg(m_footprint.actors.first)));
    QVERIFY(exec(*m_workspace,
                 QStringLiteral("DELETE FROM events WHERE id = %1").arg(m_footprint.events.last)));
    QVERIFY(!stash.takeOut(*m_workspace, &error));
    QVERIFY(!stash.isOut());
}

void tst_ImportStash::redoRefusedWhenIdsAreTaken()
{
    ImportStash stash(m_footprint);
    QString error;
    QVERIFY2(stash.takeOut(*m_workspace, &error), qPrintable(error));
    // A new event takes the first id the import had.
    QVERIFY(exec(*m_workspace, QStringLiteral("INSERT INTO events(title) VALUES('later')")));
    const QStringList changed = dumpWorkspace(m_workspace->database());
    QVERIFY(!stash.putBack(*m_workspace, &error));
    QVERIFY2(error.contains(QStringLiteral("changed")), qPrintable(error));
    QVERIFY(stash.isOut());
    QCOMPARE(dumpWorkspace(m_workspace->database()), changed);
    // Once the new event is gone again, the import comes back whole.
    QVERIFY(exec(*m_workspace, QStringLiteral("DELETE FROM events WHERE title = 'later'")));
    QVERIFY2(stash.putBack(*m_workspace, &error), qPrintable(error));
    QCOMPARE(dumpWorkspace(m_workspace->database()), m_after);
}

void tst_ImportStash::unusableFootprints()
{
    QVERIFY(!ImportStash(RowFootprint()).isUsable());
    RowFootprint scattered;
    scattered.add(scattered.events, 5);
    scattered.add(scattered.events, 6);
    QVERIFY(!scattered.scattered);
    scattered.add(scattered.events, 9);
    QVERIFY(scattered.scattered);
    ImportStash stash(scattered);
    QVERIFY(!stash.isUsable());
    QString error;
    QVERIFY(!stash.takeOut(*m_workspace, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(dumpWorkspace(m_workspace->database()), m_after);
}

QTEST_GUILESS_MAIN(tst_ImportStash)
#include "tst_importstash.moc"
