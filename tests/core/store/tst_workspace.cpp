#include "core/model/article.h"
#include "core/store/actorrepository.h"
#include "core/store/articlerepository.h"
#include "core/store/eventrepository.h"
#include "core/store/schemamigrations.h"
#include "core/store/transaction.h"
#include "core/store/workspace.h"

#include "storetestutil.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Faultline;
using namespace StoreTestUtil;

using Setup = std::function<bool(const QString &path)>;
Q_DECLARE_METATYPE(Setup)
Q_DECLARE_METATYPE(Workspace::OpenMode)

namespace {

QStringList companionFiles(const QString &path)
{
    QStringList present;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (QFile::exists(path + suffix))
            present << path + suffix;
    }
    return present;
}

Article makeArticle(int n)
{
    Article article;
    article.title = QStringLiteral("Article %1").arg(n);
    article.outlet = QStringLiteral("Wire");
    article.text = QStringLiteral("Body of article number %1 about ceasefire talks.").arg(n);
    article.publishedDay = DateSpan::julianDay(2020, 9, 14);
    return article;
}

// A real workspace with enough rows to span many pages.
bool makeWorkspace(const QString &path, int articles)
{
    Workspace workspace;
    QString error;
    if (!workspace.open(path, Workspace::OpenMode::ReadWrite, &error))
        return false;
    ArticleRepository repository(workspace);
    EventRepository events(workspace);
    Transaction transaction(workspace);
    for (int i = 0; i < articles; ++i) {
        Article article = makeArticle(i);
        if (!repository.insert(article, &error))
            return false;
        Event event;
        event.title = QStringLiteral("Event %1 in the talks").arg(i);
        event.date = DateSpan::day(2020, 1 + i % 12, 1 + i % 28);
        event.evidence << Evidence{0, article.id, 0, 10, article.text.left(10)};
        if (!events.insert(event, &error)) {
            qWarning() << "makeWorkspace:" << error;
            return false;
        }
    }
    return transaction.commit(&error);
}

bool setFileMode(const QString &path, QFileDevice::Permissions permissions)
{
    return QFile::setPermissions(path, permissions);
}

const QFileDevice::Permissions ReadOnlyPermissions = QFileDevice::ReadOwner | QFileDevice::ReadUser
                                                     | QFileDevice::ReadGroup
                                                     | QFileDevice::ReadOther;

} // namespace

class tst_Workspace : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createAndReopen();
    void createSetsPragmas();
    void readOnlyMissingFileFails();
    void createInMissingFolderFails();
    void readOnlyNeverWrites();
    void readOnlySeesConcurrentWrites();
    void readOnlyRejectsWrites();
    void unusualFileNames_data();
    void unusualFileNames();
    void connectionsAreUniqueAndRemoved();
    void migrateFromOlder_data();
    void migrateFromOlder();
    void olderVersionReadOnlyIsRefused();
    void failedMigrationStepRollsBack();
    void rollbackLeavesNothing();
    void nestedTransactionRollsBackOnlyItsPart();
    void badFile_data();
    void badFile();
    void readOnlyFolderRefusesWrite();

private:
    QTemporaryDir m_dir;
};

void tst_Workspace::init()
{
    // A query outliving its connection would show up as this warning.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
}

void tst_Workspace::createAndReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.faultline"));
    QString error;
    {
        Workspace workspace;
        QVERIFY2(workspace.open(path, Workspace::OpenMode::ReadWrite, &error), qPrintable(error));
        QVERIFY(workspace.isOpen());
        QVERIFY(!workspace.isReadOnly());
        QCOMPARE(workspace.path(), QFileInfo(path).absoluteFilePath());
        ArticleRepository articles(workspace);
        Article article = makeArticle(1);
        QVERIFY2(articles.insert(article, &error), qPrintable(error));
        QVERIFY(article.id > 0);
        workspace.close();
        QVERIFY(!workspace.isOpen());
    }
    QVERIFY(QFile::exists(path));
    for (auto mode : {Workspace::OpenMode::ReadWrite, Workspace::OpenMode::ReadOnly}) {
        Workspace workspace;
        QVERIFY2(workspace.open(path, mode, &error), qPrintable(error));
        QCOMPARE(workspace.isReadOnly(), mode == Workspace::OpenMode::ReadOnly);
        ArticleRepository articles(workspace);
        QCOMPARE(articles.count(), 1);
        QCOMPARE(articles.all().constFirst().title, QStringLiteral("Article 1"));
    }
}

void tst_Workspace::createSetsPragmas()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pragmas.faultline"));
    QString error;
    Workspace workspace;
    QVERIFY2(workspace.open(path, Workspace::OpenMode::ReadWrite, &error), qPrintable(error));
    QSqlQuery query(workspace.database());
    auto pragma = [&](const QString &name) {
        query.exec(QStringLiteral("PRAGMA ") + name);
        query.next();
        const QVariant value = query.value(0);
        query.finish();
        return value;
    };
    QCOMPARE(pragma(QStringLiteral("application_id")).toInt(), Workspace::ApplicationId);
    QCOMPARE(pragma(QStringLiteral("user_version")).toInt(), Workspace::SchemaVersion);
    QCOMPARE(pragma(QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(QStringLiteral("foreign_keys")).toInt(), 1);
    QCOMPARE(SchemaMigrations::latestVersion(), Workspace::SchemaVersion);
    // The time-window indexes and the full-text table exist.
    for (const char *name : {"events_earliest_day",
                             "events_latest_day",
                             "event_actors_actor",
                             "evidence_article",
                             "event_search"}) {
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'")
                               .arg(QLatin1String(name))));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }
}

void tst_Workspace::readOnlyMissingFileFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.faultline"));
    Workspace workspace;
    QString error;
    QVERIFY(!workspace.open(path, Workspace::OpenMode::ReadOnly, &error));
    QVERIFY(error.contains(QDir::toNativeSeparators(path)));
    QVERIFY(error.contains(QStringLiteral("does not exist")));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!workspace.isOpen());
}

void tst_Workspace::createInMissingFolderFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/ws.faultline"));
    Workspace workspace;
    QString error;
    QVERIFY(!workspace.open(path, Workspace::OpenMode::ReadWrite, &error));
    QVERIFY(error.contains(QStringLiteral("folder does not exist")));
    QVERIFY(!QFile::exists(path));
}

void tst_Workspace::readOnlyNeverWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.faultline"));
    QVERIFY(makeWorkspace(path, 20));
    QVERIFY(companionFiles(path).isEmpty());
    const QByteArray before = sha256(path);
    {
        Workspace workspace;
        QString error;
        QVERIFY2(workspace.open(path, Workspace::OpenMode::ReadOnly, &error), qPrintable(error));
        QVERIFY(workspace.isReadOnly());
        EventRepository events(workspace);
        QCOMPARE(events.query().size(), 20);
        EventFilter filter;
        filter.text = QStringLiteral("talks");
        QCOMPARE(events.count(filter), 20);
        // A file others can write is read under SQLite's locks, which live in the
        // -shm file while it is open (readOnlySeesConcurrentWrites); closing
        // removes them again.
    }
    QCOMPARE(sha256(path), before);
    QCOMPARE(companionFiles(path), QStringList());
}

void tst_Workspace::readOnlySeesConcurrentWrites()
{
    // `faultline events` reading while an import writes: the reader takes part in
    // SQLite's locking, so it sees each committed transaction whole (through the
    // WAL) rather than reading the file without locks while pages change under it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.faultline"));
    QVERIFY(makeWorkspace(path, 3));
    QVERIFY(companionFiles(path).isEmpty());
    const QByteArray before = sha256(path);
    QString error;
    {
        Workspace reader;
        QVERIFY2(reader.open(path, Workspace::OpenMode::ReadOnly, &error), qPrintable(error));
        QCOMPARE(EventRepository(reader).count(), 3);
        {
            Workspace writer;
            QVERIFY2(writer.open(path, Workspace::OpenMode::ReadWrite, &error), qPrintable(error));
            // The reader holds a read transaction open on the old state...
            QSqlQuery reading(reader.database());
            QVERIFY(reading.exec(QStringLiteral("SELECT id FROM events ORDER BY id")));
            QVERIFY(reading.next());
            ArticleRepository articles(writer);
            Article article = makeArticle(10);
            QVERIFY2(articles.insert(article, &error), qPrintable(error));
            // ...so a checkpoint cannot copy the new pages into the file under it.
            QSqlQuery checkpoint(writer.database());
            QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")));
            QVERIFY(checkpoint.next());
            const int logFrames = checkpoint.value(1).toInt();
            QVERIFY(logFrames > 0);
            QVERIFY2(checkpoint.value(2).toInt() < logFrames,
                     "the checkpoint overwrote pages a reader was reading");
            checkpoint.finish();
            int rows = 1;
            while (reading.next())
                ++rows;
            QCOMPARE(rows, 3);
            reading.finish();
            QSqlQuery count(reader.database());
            QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM articles")));
            QVERIFY(count.next());
            QCOMPARE(count.value(0).toInt(), 4); // the new article, once committed
        }
    }
    QVERIFY(sha256(path) != before); // the writer's article reached the file
    QCOMPARE(companionFiles(path), QStringList());

    // Nobody can write a read-only file: it is read without locks or companion files.
    QVERIFY(setFileMode(path, ReadOnlyPermissions));
    {
        Workspace reader;
        QVERIFY2(reader.open(path, Workspace::OpenMode::ReadOnly, &error), qPrintable(error));
        QCOMPARE(ArticleRepository(reader).all(false).size(), 4);
        QCOMPARE(companionFiles(path), QStringList());
    }
    QCOMPARE(companionFiles(path), QStringList());
}

void tst_Workspace::readOnlyRejectsWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.faultline"));
    QVERIFY(makeWorkspace(path, 1));
    const QByteArray before = sha256(path);
    Workspace workspace;
    QString error;
    QVERIFY(workspace.open(path, Workspace::OpenMode::ReadOnly, &error));
    Transaction transaction(workspace);
    QVERIFY(!transaction.isActive());
    QVERIFY(!transaction.errorString().isEmpty());
    ArticleRepository articles(workspace);
    Article article = makeArticle(99);
    QVERIFY(!articles.insert(article, &error));
    QCOMPARE(article.id, 0);
    workspace.close();
    QCOMPARE(sha256(path), before);
}

void tst_Workspace::unusualFileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("spaces") << "my workspace.faultline";
    QTest::newRow("uri characters") << "a#b?c=d&e%20f.faultline";
    QTest::newRow("non-ascii") << QStringLiteral("Kābul – تحلیل.faultline");
    QTest::newRow("no extension") << "workspace";
}

void tst_Workspace::unusualFileNames()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QVERIFY(makeWorkspace(path, 3));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{name});
    const QByteArray before = sha256(path);
    Workspace workspace;
    QString error;
    // The read-only connection goes through an SQLite URI: the name must survive it.
    QVERIFY2(workspace.open(path, Workspace::OpenMode::ReadOnly, &error), qPrintable(error));
    QCOMPARE(EventRepository(workspace).count(), 3);
    workspace.close();
    QCOMPARE(sha256(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{name});
}

void tst_Workspace::connectionsAreUniqueAndRemoved()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.faultline"));
    const QStringList before = QSqlDatabase::connectionNames();
    QString error;
    {
        Workspace first;
        Workspace second;
        QVERIFY(first.open(path, Workspace::OpenMode::ReadWrite, &error));
        QVERIFY(second.open(path, Workspace::OpenMode::ReadWrite, &error));
        QVERIFY(first.database().connectionName() != second.database().connectionName());
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 2);
        // A write on one connection is seen by the other.
        ArticleRepository articles(first);
        Article article = makeArticle(1);
        QVERIFY(articles.insert(article, &error));
        QCOMPARE(ArticleRepository(second).count(), 1);
        first.close();
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 1);
    }
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

void tst_Workspace::migrateFromOlder_data()
{
    QTest::addColumn<int>("fromVersion");
    for (int version = 0; version < Workspace::SchemaVersion; ++version)
        QTest::addRow("from version %d", version) << version;
}

void tst_Workspace::migrateFromOlder()
{
    QFETCH(int, fromVersion);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.faultline"));
    // An older workspace: this build's schema steps, stopped at fromVersion.
    QVERIFY(execRaw(path,
                    {QStringLiteral("PRAGMA journal_mode = WAL"),
                     QStringLiteral("PRAGMA application_id = %1").arg(Workspace::ApplicationId)}));
    {
        const QString name = QStringLiteral("tst_workspace.migrate");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(SchemaMigrations::migrate(db, fromVersion, &error), qPrintable(error));
            QCOMPARE(SchemaMigrations::version(db), fromVersion);
            if (fromVersion >= 1) {
                // Rows written by the older schema stay searchable after the upgrade.
                QSqlQuery query(db);
                QVERIFY(query.exec(
                    QStringLiteral("INSERT INTO articles (id, title, content_hash, imported_at) "
                                   "VALUES (1, 'Old', 'old-hash', '2024-01-01T00:00:00Z')")));
                QVERIFY(query.exec(QStringLiteral(
                    "INSERT INTO events (id, title) VALUES (1, 'Ceasefire announced')")));
                QVERIFY(query.exec(QStringLiteral(
                    "INSERT INTO evidence (event_id, article_id, span_begin, span_end, sentence) "
                    "VALUES (1, 1, 0, 5, 'Mediators met in Doha.')")));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    QVERIFY(QFileInfo(path).size() > 0);
    QCOMPARE(queryRaw(path, QStringLiteral("PRAGMA user_version")).toInt(), fromVersion);

    Workspace workspace;
    QString error;
    QVERIFY2(workspace.open(path, Workspace::OpenMode::ReadWrite, &error), qPrintable(error));
    QCOMPARE(SchemaMigrations::version(workspace.database()), Workspace::SchemaVersion);
    ArticleRepository articles(workspace);
    Article article = makeArticle(1);
    QVERIFY2(articles.insert(article, &error), qPrintable(error));
    EventRepository events(workspace);
    Event event;
    event.title = QStringLiteral("Talks resumed");
    event.evidence << Evidence{0, article.id, 0, 4, QStringLiteral("Body")};
    QVERIFY2(events.insert(event, &error), qPrintable(error));
    auto matches = [&](const char *words) {
        QSqlQuery query(workspace.database());
        if (!query.exec(QStringLiteral("SELECT group_concat(rowid) FROM event_search WHERE "
                                       "event_search MATCH '%1'")
                            .arg(QLatin1String(words)))
            || !query.next())
            return QStringLiteral("error");
        return query.value(0).toString();
    };
    QCOMPARE(matches("talks body"), QString::number(event.id));
    if (fromVersion >= 1) {
        QCOMPARE(matches("ceasefire"), QStringLiteral("1"));
        QCOMPARE(matches("doha"), QStringLiteral("1"));
        QCOMPARE(matches("medi*"), QStringLiteral("1"));
    }
    {
        // The index agrees with the events and evidence it was built from.
        QSqlQuery check(workspace.database());
        QVERIFY2(check.exec(QStringLiteral("INSERT INTO event_search(event_search, rank) "
                                           "VALUES ('integrity-check', 1)")),
                 qPrintable(check.lastError().text()));
    }
    workspace.close();
    QCOMPARE(queryRaw(path, QStringLiteral("PRAGMA user_version")).toInt(),
             Workspace::SchemaVersion);
    QCOMPARE(queryRaw(path, QStringLiteral("PRAGMA application_id")).toInt(),
             Workspace::ApplicationId);
}

void tst_Workspace::olderVersionReadOnlyIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v0.faultline"));
    QVERIFY(execRaw(path,
                    {QStringLiteral("PRAGMA application_id = %1").arg(Workspace::ApplicationId)}));
    const QByteArray before = sha256(path);
    Workspace workspace;
    QString error;
    QVERIFY(!workspace.open(path, Workspace::OpenMode::ReadOnly, &error));
    QVERIFY(error.contains(QStringLiteral("older version")));
    QCOMPARE(sha256(path), before);
    QCOMPARE(companionFiles(path), QStringList());
}

void tst_Workspace::failedMigrationStepRollsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("failing.faultline"));
    const QString name = QStringLiteral("tst_workspace.failing");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QList<SchemaMigrations::Step> steps = SchemaMigrations::steps();
        const int last = steps.constLast().version;
        steps << SchemaMigrations::Step{last + 1,
                                        QStringLiteral("broken"),
                                        {QStringLiteral("CREATE TABLE added (x)"),
                                         QStringLiteral("INSERT INTO no_such_table VALUES (1)")}};
        QString error;
        QVERIFY(!SchemaMigrations::migrate(db, steps, last + 1, &error));
        QVERIFY(error.contains(QString::number(last + 1)));
        // The good steps stay; the broken one left nothing behind.
        QCOMPARE(SchemaMigrations::version(db), last);
        QSqlQuery query(db);
        QVERIFY(
            query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'added'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void tst_Workspace::rollbackLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rollback.faultline"));
    Workspace workspace;
    QString error;
    QVERIFY(workspace.open(path, Workspace::OpenMode::ReadWrite, &error));
    ArticleRepository articles(workspace);
    ActorRepository actors(workspace);
    EventRepository events(workspace);
    {
        Transaction transaction(workspace);
        QVERIFY2(transaction.isActive(), qPrintable(transaction.errorString()));
        Article article = makeArticle(1);
        QVERIFY(articles.insert(article, &error));
        Actor actor;
        actor.name = QStringLiteral("Taliban");
        QVERIFY(actors.insert(actor, &error));
        Event good;
        good.title = QStringLiteral("Talks");
        good.participants << Event::Participant{actor.id, Event::Role::Source, false};
        good.evidence << Evidence{0, article.id, 0, 4, QStringLiteral("Body")};
        QVERIFY(events.insert(good, &error));
        // The import's last step fails: an actor that does not exist.
        Event bad;
        bad.title = QStringLiteral("Broken");
        bad.participants << Event::Participant{actor.id + 1000, Event::Role::Target, false};
        QVERIFY(!events.insert(bad, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(bad.id, 0);
        // The transaction goes out of scope uncommitted.
    }
    QCOMPARE(articles.count(), 0);
    QCOMPARE(actors.count(), 0);
    QCOMPARE(events.count(), 0);
    QSqlQuery query(workspace.database());
    for (const char *table : {"evidence", "event_actors", "actor_aliases", "event_search"}) {
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
    query.finish();
    // And a committed transaction stays.
    {
        Transaction transaction(workspace);
        Article article = makeArticle(2);
        QVERIFY(articles.insert(article, &error));
        QVERIFY2(transaction.commit(&error), qPrintable(error));
        QVERIFY(!transaction.isActive());
    }
    QCOMPARE(articles.count(), 1);
    // An explicit rollback behaves like leaving the scope.
    {
        Transaction transaction(workspace);
        Article article = makeArticle(3);
        QVERIFY(articles.insert(article, &error));
        transaction.rollback();
        QVERIFY(!transaction.isActive());
        QVERIFY(!transaction.commit(&error));
    }
    QCOMPARE(articles.count(), 1);
}

void tst_Workspace::nestedTransactionRollsBackOnlyItsPart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nested.faultline"));
    Workspace workspace;
    QString error;
    QVERIFY(workspace.open(path, Workspace::OpenMode::ReadWrite, &error));
    ArticleRepository articles(workspace);
    EventRepository events(workspace);
    {
        Transaction outer(workspace);
        Article article = makeArticle(1);
        QVERIFY(articles.insert(article, &error));
        {
            Transaction inner(workspace);
            QVERIFY(inner.isActive());
            Event event;
            event.title = QStringLiteral("Dropped");
            QVERIFY(events.insert(event, &error));
        }
        // A failing insert undoes its own rows only: the event row it wrote first is gone.
        Event broken;
        broken.title = QStringLiteral("Half");
        broken.evidence << Evidence{0, article.id + 99, 0, 1, QStringLiteral("x")};
        QVERIFY(!events.insert(broken, &error));
        QVERIFY2(outer.commit(&error), qPrintable(error));
    }
    QCOMPARE(articles.count(), 1);
    QCOMPARE(events.count(), 0);
}

void tst_Workspace::badFile_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<Workspace::OpenMode>("mode");
    QTest::addColumn<QString>("reason");

    const Setup randomBytes = [](const QString &path) {
        QByteArray bytes(8192, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (char &byte : bytes)
            byte = char(generator.bounded(256));
        return writeFile(path, bytes);
    };
    const Setup textFile = [](const QString &path) {
        return writeFile(path, "Kabul, 14 September 2020: talks opened in Doha.\n");
    };
    const Setup zeroBytes = [](const QString &path) { return writeFile(path, QByteArray()); };
    const Setup headerOnly = [](const QString &path) {
        return writeFile(path, QByteArray("SQLite format 3\0", 16) + QByteArray(8176, '\x5a'));
    };
    const Setup tinyHeader = [](const QString &path) {
        return writeFile(path, QByteArray("SQLite format 3\0", 16) + QByteArray(20, '\0'));
    };
    const Setup truncatedAtPage = [](const QString &path) {
        if (!makeWorkspace(path, 300))
            return false;
        QFile file(path);
        return file.resize(file.size() / 2 / 4096 * 4096);
    };
    const Setup truncatedMidPage = [](const QString &path) {
        if (!makeWorkspace(path, 300))
            return false;
        QFile file(path);
        return file.resize(file.size() / 2 + 123);
    };
    const Setup otherApp = [](const QString &path) {
        return execRaw(path,
                       {QStringLiteral("CREATE TABLE songs (title TEXT)"),
                        QStringLiteral("INSERT INTO songs VALUES ('Kabul')")});
    };
    const Setup otherAppId = [](const QString &path) {
        return execRaw(path,
                       {QStringLiteral("PRAGMA application_id = 1234"),
                        QStringLiteral("CREATE TABLE events (title TEXT)")});
    };
    const Setup emptySqlite = [](const QString &path) {
        return execRaw(path,
                       {QStringLiteral("PRAGMA user_version = 0"),
                        QStringLiteral("CREATE TABLE t (x)"),
                        QStringLiteral("DROP TABLE t")});
    };
    const Setup newer = [](const QString &path) {
        return makeWorkspace(path, 3)
               && execRaw(path,
                          {QStringLiteral("PRAGMA user_version = %1")
                               .arg(Workspace::SchemaVersion + 1)});
    };
    const Setup corruptPage = [](const QString &path) {
        if (!makeWorkspace(path, 300))
            return false;
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite))
            return false;
        const qint64 pageSize = 4096;
        const qint64 pages = file.size() / pageSize;
        QByteArray garbage(int(pageSize), Qt::Uninitialized);
        QRandomGenerator generator(7);
        for (char &byte : garbage)
            byte = char(generator.bounded(256));
        return file.seek(pages / 2 * pageSize) && file.write(garbage) == garbage.size();
    };
    const Setup readOnlyFile = [](const QString &path) {
        return makeWorkspace(path, 3) && setFileMode(path, ReadOnlyPermissions);
    };
    const Setup folder = [](const QString &path) { return QDir().mkpath(path); };

    struct Case
    {
        const char *name;
        Setup setup;
        const char *reason;
        bool readOnlyOpens; // the case is only bad for writing
    };
    const QList<Case> cases{
        {"random bytes", randomBytes, "is not a Faultline workspace", false},
        {"text file", textFile, "is not a Faultline workspace", false},
        {"zero bytes", zeroBytes, "is not a Faultline workspace", false},
        {"folder", folder, "is not a Faultline workspace", false},
        {"sqlite header then garbage", headerOnly, "is damaged", false},
        {"sqlite header cut short", tinyHeader, "is damaged", false},
        {"truncated at a page", truncatedAtPage, "is damaged", false},
        {"truncated mid-page", truncatedMidPage, "is damaged", false},
        {"other application's database", otherApp, "is not a Faultline workspace", false},
        {"other application id", otherAppId, "is not a Faultline workspace", false},
        {"empty sqlite database", emptySqlite, "is not a Faultline workspace", false},
        {"newer schema", newer, "was created by a newer version of Faultline", false},
        {"corrupted page", corruptPage, "is damaged", false},
        {"read-only file", readOnlyFile, "is read-only", true},
    };
    for (const Case &c : cases) {
        QTest::addRow("%s, read-write", c.name)
            << c.setup << Workspace::OpenMode::ReadWrite << QString::fromLatin1(c.reason);
        QTest::addRow("%s, read-only", c.name)
            << c.setup << Workspace::OpenMode::ReadOnly
            << (c.readOnlyOpens ? QString() : QString::fromLatin1(c.reason));
    }
}

void tst_Workspace::badFile()
{
    QFETCH(Setup, setup);
    QFETCH(Workspace::OpenMode, mode);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.faultline"));
    QVERIFY(setup(path));
    QCOMPARE(companionFiles(path), QStringList());
    const bool isFolder = QFileInfo(path).isDir();
    const QByteArray before = isFolder ? QByteArray() : sha256(path);
    const QFileDevice::Permissions permissions = QFile::permissions(path);

    QString error;
    {
        Workspace workspace;
        const bool opened = workspace.open(path, mode, &error);
        if (reason.isEmpty()) {
            QVERIFY2(opened, qPrintable(error));
            QVERIFY(workspace.isReadOnly());
            QVERIFY(EventRepository(workspace).count() > 0);
        } else {
            QVERIFY(!opened);
            QVERIFY(!workspace.isOpen());
            QVERIFY2(error.contains(reason), qPrintable(error));
            // One sentence naming the file.
            QVERIFY2(error.startsWith(QDir::toNativeSeparators(path)), qPrintable(error));
            QVERIFY(!error.contains(QLatin1Char('\n')));
            QVERIFY(error.endsWith(QLatin1Char('.')));
            QCOMPARE(error.count(QStringLiteral(". ")), 0);
        }
    }
    if (!isFolder)
        QCOMPARE(sha256(path), before);
    QCOMPARE(QFile::permissions(path), permissions);
    QCOMPARE(companionFiles(path), QStringList());
}

void tst_Workspace::readOnlyFolderRefusesWrite()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/ws.faultline");
    QVERIFY(makeWorkspace(path, 2));
    const QByteArray before = sha256(path);
    QVERIFY(setFileMode(folder, ReadOnlyPermissions | QFileDevice::ExeOwner | QFileDevice::ExeUser));
    QString error;
    {
        Workspace workspace;
        QVERIFY(!workspace.open(path, Workspace::OpenMode::ReadWrite, &error));
        QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
        // Reading still works, without leaving files in the folder.
        QVERIFY2(workspace.open(path, Workspace::OpenMode::ReadOnly, &error), qPrintable(error));
        QCOMPARE(EventRepository(workspace).count(), 2);
        Workspace fresh;
        QVERIFY(!fresh.open(folder + QStringLiteral("/new.faultline"),
                            Workspace::OpenMode::ReadWrite,
                            &error));
        QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
    }
    QVERIFY(setFileMode(folder,
                        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    QCOMPARE(sha256(path), before);
    QCOMPARE(companionFiles(path), QStringList());
    QVERIFY(!QFile::exists(folder + QStringLiteral("/new.faultline")));
}

QTEST_GUILESS_MAIN(tst_Workspace)
#include "tst_workspace.moc"
