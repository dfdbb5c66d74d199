#include "core/query/eventtitlecache.h"
#include "core/query/timelineindexloader.h"
#include "core/store/actorrepository.h"
#include "core/store/articlerepository.h"
#include "core/store/eventrepository.h"
#include "core/store/transaction.h"
#include "core/store/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Faultline;

class tst_TimelineIndexLoader : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loadsEveryLaneMode_data();
    void loadsEveryLaneMode();
    void readsDatesAndTypes();
    void filters_data();
    void filters();
    void titles();

private:
    qint64 addEvent(const QString &title,
                    const DateSpan &date,
                    int root,
                    const QList<qint64> &actors,
                    const QList<qint64> &articles);

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_workspace = nullptr;
    QHash<QString, qint64> m_ids;
};

qint64 tst_TimelineIndexLoader::addEvent(const QString &title,
                                         const DateSpan &date,
                                         int root,
                                         const QList<qint64> &actors,
                                         const QList<qint64> &articles)
{
    Event event;
    event.title = title;
    event.date = date;
    event.type = EventType(root);
    for (qint64 actor : actors)
        event.participants.append({actor, Event::Role::Participant, false});
    for (qint64 article : articles)
        event.evidence.append(Evidence{0, article, 0, 4, title});
    QString error;
    if (!EventRepository(*m_workspace).insert(event, &error))
        qWarning() << "insert failed:" << error;
    m_ids.insert(title, event.id);
    return event.id;
}

void tst_TimelineIndexLoader::init()
{
    m_dir = new QTemporaryDir;
    m_workspace = new Workspace;
    m_ids.clear();
    QString error;
    QVERIFY2(m_workspace->open(m_dir->filePath(QStringLiteral("timeline.faultline")),
                               Workspace::OpenMode::ReadWrite,
                               &error),
             qPrintable(error));
    Transaction transaction(*m_workspace);
    Article first;
    first.title = QStringLiteral("Talks in Islamabad");
    first.text = QStringLiteral("Talks text");
    QVERIFY(ArticleRepository(*m_workspace).insert(first, &error));
    Article second;
    second.title = QStringLiteral("A deal in Doha");
    second.text = QStringLiteral("Deal text");
    QVERIFY(ArticleRepository(*m_workspace).insert(second, &error));
    ActorRepository actors(*m_workspace);
    Actor pakistan;
    pakistan.name = QStringLiteral("Pakistan");
    QVERIFY(actors.insert(pakistan, &error));
    Actor taliban;
    taliban.name = QStringLiteral("Taliban");
    taliban.aliases = {QStringLiteral("the insurgents")};
    QVERIFY(actors.insert(taliban, &error));
    m_ids.insert(QStringLiteral("@pakistan"), pakistan.id);
    m_ids.insert(QStringLiteral("@taliban"), taliban.id);
    m_ids.insert(QStringLiteral("#first"), first.id);
    m_ids.insert(QStringLiteral("#second"), second.id);

    addEvent(QStringLiteral("Islamabad talks"),
             DateSpan::year(2015),
             4,
             {pakistan.id, taliban.id},
             {first.id});
    addEvent(QStringLiteral("Baradar released"), DateSpan::year(2018), 8, {pakistan.id}, {first.id});
    addEvent(QStringLiteral("Deal signed"), DateSpan::month(2020, 2), 5, {taliban.id}, {second.id});
    addEvent(QStringLiteral("Attack on a convoy"),
             DateSpan::day(2020, 9, 14),
             19,
             {taliban.id},
             {second.id});
    addEvent(QStringLiteral("Visit last month"), DateSpan(), 4, {taliban.id}, {first.id});
    QVERIFY(transaction.commit(&error));
}

void tst_TimelineIndexLoader::cleanup()
{
    delete m_workspace;
    m_workspace = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

void tst_TimelineIndexLoader::loadsEveryLaneMode_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QStringList>("laneNames");
    QTest::addColumn<QList<int>>("laneSizes");

    QTest::newRow("none") << int(LaneMode::None) << QStringList{QString()} << QList<int>{4};
    QTest::newRow("actor") << int(LaneMode::Actor)
                           << QStringList{QStringLiteral("Taliban"), QStringLiteral("Pakistan")}
                           << QList<int>{3, 2};
    QTest::newRow("type") << int(LaneMode::EventType)
                          << QStringList{EventType(4).name(),
                                         EventType(5).name(),
                                         EventType(8).name(),
                                         EventType(19).name()}
                          << QList<int>{1, 1, 1, 1};
    QTest::newRow("article") << int(LaneMode::Article)
                             << QStringList{QStringLiteral("A deal in Doha"),
                                            QStringLiteral("Talks in Islamabad")}
                             << QList<int>{2, 2};
}

void tst_TimelineIndexLoader::loadsEveryLaneMode()
{
    QFETCH(int, mode);
    QFETCH(QStringList, laneNames);
    QFETCH(QList<int>, laneSizes);

    QString error;
    const auto index = TimelineIndexLoader(*m_workspace).load(LaneMode(mode), &error);
    QVERIFY2(index, qPrintable(error));
    QCOMPARE(index->totalCount(), 5);
    QCOMPARE(index->unresolvedCount(), 1);
    QCOMPARE(index->unresolvedIds(), QList<qint64>{m_ids.value(QStringLiteral("Visit last month"))});
    QStringList names;
    QList<int> sizes;
    for (int lane = 0; lane < index->laneCount(); ++lane) {
        names << index->laneName(lane);
        sizes << int(index->laneSize(lane));
    }
    QCOMPARE(names, laneNames);
    QCOMPARE(sizes, laneSizes);
}

void tst_TimelineIndexLoader::readsDatesAndTypes()
{
    QString error;
    const auto index = TimelineIndexLoader(*m_workspace).load(LaneMode::None, &error);
    QVERIFY(index);
    const qint64 position = index->positionOf(m_ids.value(QStringLiteral("Deal signed")));
    QVERIFY(position >= 0);
    const TimelineIndex::EventRef ev = index->event(quint32(position));
    QCOMPARE(qint64(ev.earliestDay), DateSpan::julianDay(2020, 2, 1));
    QCOMPARE(qint64(ev.latestDay), DateSpan::julianDay(2020, 2, 29));
    QCOMPARE(ev.precision, DateSpan::Precision::Month);
    QCOMPARE(ev.cameoRoot, 5);
    QCOMPARE(ev.quadClass, EventType::QuadClass::VerbalCooperation);
    // Time order: 2015, 2018, Feb 2020, Sep 2020.
    QCOMPARE(index->eventId(0), m_ids.value(QStringLiteral("Islamabad talks")));
    QCOMPARE(index->eventId(3), m_ids.value(QStringLiteral("Attack on a convoy")));
}

void tst_TimelineIndexLoader::filters_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("actorName");
    QTest::addColumn<QString>("article");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("root");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("resolved");
    QTest::addColumn<int>("unresolved");

    QTest::newRow("nothing") << ""
                             << ""
                             << ""
                             << "" << 0 << ""
                             << "" << 4 << 1;
    QTest::newRow("actor") << "@pakistan"
                           << ""
                           << ""
                           << "" << 0 << ""
                           << "" << 2 << 0;
    QTest::newRow("actor alias") << ""
                                 << "the insurgents"
                                 << ""
                                 << "" << 0 << ""
                                 << "" << 3 << 1;
    QTest::newRow("article") << ""
                             << ""
                             << "#second"
                             << "" << 0 << ""
                             << "" << 2 << 0;
    QTest::newRow("text") << ""
                          << ""
                          << ""
                          << "talks" << 0 << ""
                          << "" << 1 << 0;
    QTest::newRow("type") << ""
                          << ""
                          << ""
                          << "" << 4 << ""
                          << "" << 1 << 1;
    QTest::newRow("date range") << ""
                                << ""
                                << ""
                                << "" << 0 << "2016-01-01"
                                << "2020-03-01" << 2 << 0;
    QTest::newRow("actor and type") << "@taliban"
                                    << ""
                                    << ""
                                    << "" << 19 << ""
                                    << "" << 1 << 0;
}

void tst_TimelineIndexLoader::filters()
{
    QFETCH(QString, actor);
    QFETCH(QString, actorName);
    QFETCH(QString, article);
    QFETCH(QString, text);
    QFETCH(int, root);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, resolved);
    QFETCH(int, unresolved);

    EventFilter filter;
    if (!actor.isEmpty())
        filter.actorId = m_ids.value(actor);
    filter.actorName = actorName;
    if (!article.isEmpty())
        filter.articleId = m_ids.value(article);
    filter.text = text;
    if (root)
        filter.cameoRoot = root;
    if (!from.isEmpty())
        filter.fromDay = DateSpan::fromIso(from)->earliestDay();
    if (!to.isEmpty())
        filter.toDay = DateSpan::fromIso(to)->earliestDay();
    QString error;
    const TimelineIndexLoader loader(*m_workspace);
    const auto full = loader.load(LaneMode::Actor, &error);
    QVERIFY(full);
    const auto part = loader.filtered(*full, filter, &error);
    QVERIFY2(part, qPrintable(error));
    QCOMPARE(part->resolvedCount(), resolved);
    QCOMPARE(part->unresolvedCount(), unresolved);
    // The same events as the store's own filter.
    QCOMPARE(part->totalCount(), EventRepository(*m_workspace).count(filter));
}

void tst_TimelineIndexLoader::titles()
{
    EventTitleCache cache(m_workspace);
    const qint64 id = m_ids.value(QStringLiteral("Deal signed"));
    QCOMPARE(cache.title(id), QString());
    cache.prefetch({id, m_ids.value(QStringLiteral("Islamabad talks"))});
    QCOMPARE(cache.title(id), QStringLiteral("Deal signed"));
    QCOMPARE(cache.title(m_ids.value(QStringLiteral("Islamabad talks"))),
             QStringLiteral("Islamabad talks"));
}

QTEST_GUILESS_MAIN(tst_TimelineIndexLoader)
#include "tst_timelineindexloader.moc"
