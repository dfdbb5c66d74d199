#include "core/model/actor.h"
#include "core/model/article.h"
#include "core/model/datespan.h"
#include "core/model/event.h"
#include "core/query/eventtablemodel.h"
#include "core/store/actorrepository.h"
#include "core/store/articlerepository.h"
#include "core/store/eventrepository.h"
#include "core/store/transaction.h"
#include "core/store/workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Faultline;
using Column = EventTableModel::Column;

class tst_EventTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyWithoutWorkspace();
    void rowsAndRoles();
    void unresolvedLast();
    void filterResets_data();
    void filterResets();
    void fetchesInChunks();
    void fetchUntilLoadsTheEvent();
    void chunksEndInsideADayAndBeforeTheUnresolved();
    void closingTheWorkspaceEmpties();

private:
    qint64 addActor(const QString &name, Actor::Kind kind);
    qint64 addArticle(const QString &title, const QString &text);
    qint64 addEvent(const QString &title,
                    const DateSpan &date,
                    int cameoRoot,
                    const QList<qint64> &actors,
                    qint64 articleId = 0,
                    qint64 begin = 0,
                    qint64 end = 0);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void tst_EventTableModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = std::make_unique<Workspace>();
    QString error;
    QVERIFY2(m_workspace->open(m_dir->filePath(QStringLiteral("t.faultline")),
                               Workspace::OpenMode::ReadWrite,
                               &error),
             qPrintable(error));
}

void tst_EventTableModel::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

qint64 tst_EventTableModel::addActor(const QString &name, Actor::Kind kind)
{
    Transaction transaction(*m_workspace);
    Actor actor;
    actor.name = name;
    actor.kind = kind;
    QString error;
    if (!ActorRepository(*m_workspace).insert(actor, &error) || !transaction.commit(&error))
        qWarning("addActor: %s", qPrintable(error));
    return actor.id;
}

qint64 tst_EventTableModel::addArticle(const QString &title, const QString &text)
{
    Transaction transaction(*m_workspace);
    Article article;
    article.title = title;
    article.outlet = QStringLiteral("Wire");
    article.text = text;
    article.contentHash = Article::hashText(text);
    article.publishedDay = DateSpan::julianDay(2020, 9, 14);
    article.importedAt = QDateTime::currentDateTimeUtc();
    QString error;
    if (!ArticleRepository(*m_workspace).insert(article, &error) || !transaction.commit(&error))
        qWarning("addArticle: %s", qPrintable(error));
    return article.id;
}

qint64 tst_EventTableModel::addEvent(const QString &title,
                                     const DateSpan &date,
                                     int cameoRoot,
                                     const QList<qint64> &actors,
                                     qint64 articleId,
                                     qint64 begin,
                                     qint64 end)
{
    Transaction transaction(*m_workspace);
    Event event;
    event.title = title;
    event.date = date;
    event.type = EventType(cameoRoot);
    for (qint64 actor : actors)
        event.participants.append({actor, Event::Role::Participant, false});
    if (articleId > 0) {
        Evidence evidence;
        evidence.articleId = articleId;
        evidence.begin = begin;
        evidence.end = end;
        evidence.sentence = title;
        event.evidence.append(evidence);
    }
    QString error;
    if (!EventRepository(*m_workspace).insert(event, &error) || !transaction.commit(&error))
        qWarning("addEvent: %s", qPrintable(error));
    return event.id;
}

void tst_EventTableModel::emptyWithoutWorkspace()
{
    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(Column::Count));
    QCOMPARE(model.totalCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.headerData(int(Column::Date), Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Date"));

    model.setWorkspace(m_workspace.get()); // open but empty
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
}

void tst_EventTableModel::rowsAndRoles()
{
    const qint64 taliban = addActor(QStringLiteral("Taliban"), Actor::Kind::ArmedGroup);
    const qint64 pakistan = addActor(QStringLiteral("Pakistan"), Actor::Kind::State);
    const QString text = QStringLiteral("Pakistan hosted talks. Fighting resumed later.");
    const qint64 article = addArticle(QStringLiteral("Talks"), text);
    const qint64 talks = addEvent(QStringLiteral("Pakistan hosts talks"),
                                  DateSpan::year(2015),
                                  4,
                                  {pakistan, taliban},
                                  article,
                                  0,
                                  22);
    const qint64 fight = addEvent(QStringLiteral("Fighting resumes"),
                                  DateSpan::month(2016, 2),
                                  19,
                                  {taliban});

    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setWorkspace(m_workspace.get());
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.totalCount(), 2);

    const auto cell = [&](int row, Column column, int role = Qt::DisplayRole) {
        return model.data(model.index(row, int(column)), role);
    };
    QCOMPARE(cell(0, Column::Title).toString(), QStringLiteral("Pakistan hosts talks"));
    QCOMPARE(cell(0, Column::Title, EventTableModel::EventIdRole).toLongLong(), talks);
    QCOMPARE(cell(0, Column::Date).toString(), QStringLiteral("2015"));
    QVERIFY(cell(0, Column::Date, Qt::ToolTipRole)
                .toString()
                .contains(DateSpan::year(2015).toDisplayString()));
    QCOMPARE(cell(1, Column::Date).toString(), QStringLiteral("2016-02"));
    QCOMPARE(cell(0, Column::Date, EventTableModel::EarliestDayRole).toLongLong(),
             DateSpan::julianDay(2015, 1, 1));
    QCOMPARE(cell(0, Column::Date, EventTableModel::LatestDayRole).toLongLong(),
             DateSpan::julianDay(2015, 12, 31));
    QCOMPARE(cell(0, Column::Type, EventTableModel::QuadClassRole).toString(),
             EventType::quadClassKey(EventType::QuadClass::VerbalCooperation));
    QCOMPARE(cell(0, Column::Type, EventTableModel::CameoRootRole).toInt(), 4);
    QVERIFY(cell(0, Column::Type).toString().startsWith(QStringLiteral("04 ")));
    const QString actors = cell(0, Column::Actors).toString();
    QVERIFY2(actors.contains(QStringLiteral("Pakistan"))
                 && actors.contains(QStringLiteral("Taliban")),
             qPrintable(actors));
    QCOMPARE(cell(0, Column::Evidence).toInt(), 1);
    QCOMPARE(cell(0, Column::Status, EventTableModel::ReviewStatusRole).toString(),
             Event::reviewStatusKey(Event::ReviewStatus::Unreviewed));

    QCOMPARE(cell(1, Column::Title, EventTableModel::EventIdRole).toLongLong(), fight);
    QCOMPARE(cell(1, Column::Type, EventTableModel::QuadClassRole).toString(),
             EventType::quadClassKey(EventType::QuadClass::MaterialConflict));
    QCOMPARE(cell(1, Column::Evidence).toInt(), 0);
    QCOMPARE(model.rowOfEvent(fight), 1);
    QCOMPARE(model.eventIdAt(0), talks);
    // Models expose keys, never colours.
    QVERIFY(!cell(0, Column::Type, Qt::BackgroundRole).isValid());
    QVERIFY(!cell(0, Column::Type, Qt::DecorationRole).isValid());
}

void tst_EventTableModel::unresolvedLast()
{
    addEvent(QStringLiteral("Unresolved"), DateSpan(), 1, {});
    addEvent(QStringLiteral("Late"), DateSpan::day(2020, 9, 14), 1, {});
    addEvent(QStringLiteral("Early"), DateSpan::day(1990, 1, 1), 1, {});

    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(m_workspace.get());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(0, int(Column::Title))).toString(), QStringLiteral("Early"));
    QCOMPARE(model.data(model.index(1, int(Column::Title))).toString(), QStringLiteral("Late"));
    QCOMPARE(model.data(model.index(2, int(Column::Title))).toString(),
             QStringLiteral("Unresolved"));
    QVERIFY(
        model.data(model.index(2, int(Column::Date)), EventTableModel::EarliestDayRole).isNull());
    QVERIFY(model.data(model.index(2, int(Column::Date)))
                .toString()
                .contains(QStringLiteral("Unresolved")));
}

void tst_EventTableModel::filterResets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("cameoRoot");
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("expectedRows");
    QTest::newRow("no filter") << QString() << 0 << QString() << 4;
    QTest::newRow("text") << QStringLiteral("ceasefire") << 0 << QString() << 2;
    QTest::newRow("type") << QString() << 19 << QString() << 1;
    QTest::newRow("text and type") << QStringLiteral("ceasefire") << 4 << QString() << 1;
    QTest::newRow("from 2019") << QString() << 0 << QStringLiteral("2019") << 2;
    QTest::newRow("nothing") << QStringLiteral("zeppelin") << 0 << QString() << 0;
}

void tst_EventTableModel::filterResets()
{
    QFETCH(QString, text);
    QFETCH(int, cameoRoot);
    QFETCH(QString, from);
    QFETCH(int, expectedRows);

    addEvent(QStringLiteral("Ceasefire talks open"), DateSpan::day(2018, 6, 1), 4, {});
    addEvent(QStringLiteral("Ceasefire declared"), DateSpan::day(2019, 6, 1), 5, {});
    addEvent(QStringLiteral("Rocket attack"), DateSpan::day(2020, 1, 2), 19, {});
    addEvent(QStringLiteral("Aid delivered"), DateSpan::day(2017, 3, 3), 7, {});

    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(m_workspace.get());
    QCOMPARE(model.rowCount(), 4);

    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    EventFilter filter;
    filter.text = text;
    if (cameoRoot > 0)
        filter.cameoRoot = cameoRoot;
    if (!from.isEmpty())
        filter.fromDay = DateSpan::fromIso(from)->earliestDay();
    model.setFilter(filter);
    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), expectedRows);
    QCOMPARE(model.totalCount(), expectedRows);
    QCOMPARE(model.filter().text, text);

    model.setFilter(EventFilter());
    QCOMPARE(resets.count(), 2);
    QCOMPARE(model.rowCount(), 4);
}

void tst_EventTableModel::fetchesInChunks()
{
    const int total = EventTableModel::ChunkSize * 2 + 321;
    {
        Transaction transaction(*m_workspace);
        EventRepository repository(*m_workspace);
        QString error;
        for (int i = 0; i < total; ++i) {
            Event event;
            event.title = QStringLiteral("Event %1").arg(i);
            event.date = DateSpan::fromJulianDay(DateSpan::julianDay(2000, 1, 1) + i);
            event.type = EventType(1 + i % 20);
            QVERIFY2(repository.insert(event, &error), qPrintable(error));
        }
        QVERIFY2(transaction.commit(&error), qPrintable(error));
    }

    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(m_workspace.get());
    QCOMPARE(model.totalCount(), total);
    QCOMPARE(model.rowCount(), EventTableModel::ChunkSize);
    QVERIFY(model.canFetchMore({}));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), EventTableModel::ChunkSize);
    QCOMPARE(inserted.at(0).at(2).toInt(), EventTableModel::ChunkSize * 2 - 1);
    QCOMPARE(model.rowCount(), EventTableModel::ChunkSize * 2);
    model.fetchMore({});
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.rowCount(), total);
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(inserted.count(), 2);

    // Chunks follow each other without gaps or repeats.
    for (int row = 0; row < total; row += 997) {
        QCOMPARE(model.data(model.index(row, int(Column::Title))).toString(),
                 QStringLiteral("Event %1").arg(row));
    }
    QCOMPARE(model.data(model.index(total - 1, int(Column::Title))).toString(),
             QStringLiteral("Event %1").arg(total - 1));
}

void tst_EventTableModel::chunksEndInsideADayAndBeforeTheUnresolved()
{
    // Hundreds of events a day, so chunks end inside a day, and unresolved ones among
    // them by id: the chunks continue from the last row loaded, whatever it is.
    const int total = EventTableModel::ChunkSize * 2 + 50;
    {
        Transaction transaction(*m_workspace);
        EventRepository repository(*m_workspace);
        QString error;
        for (int i = 0; i < total; ++i) {
            Event event;
            event.title = QStringLiteral("Event %1").arg(i);
            if (i % 9 != 0)
                event.date = DateSpan::fromJulianDay(DateSpan::julianDay(2000, 1, 1) + (i * 7) % 5);
            QVERIFY2(repository.insert(event, &error), qPrintable(error));
        }
        QVERIFY2(transaction.commit(&error), qPrintable(error));
    }
    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(m_workspace.get());
    while (model.canFetchMore({}))
        model.fetchMore({});
    const QList<Event> all = EventRepository(*m_workspace).query(model.filter());
    QCOMPARE(model.rowCount(), int(all.size()));
    QCOMPARE(model.totalCount(), int(all.size()));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.eventIdAt(row), all.at(row).id);
}

void tst_EventTableModel::fetchUntilLoadsTheEvent()
{
    const int total = EventTableModel::ChunkSize + 10;
    qint64 lastId = 0;
    {
        Transaction transaction(*m_workspace);
        EventRepository repository(*m_workspace);
        QString error;
        for (int i = 0; i < total; ++i) {
            Event event;
            event.title = QStringLiteral("E%1").arg(i);
            event.date = i == total - 1 ? DateSpan::year(2100) : DateSpan::year(1900 + i % 100);
            QVERIFY2(repository.insert(event, &error), qPrintable(error));
            lastId = event.id;
        }
        QVERIFY2(transaction.commit(&error), qPrintable(error));
    }
    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(m_workspace.get());
    QCOMPARE(model.rowCount(), EventTableModel::ChunkSize);
    // The last inserted event has the latest year: it sorts into the second chunk.
    QCOMPARE(model.rowOfEvent(lastId), -1);
    // Bounded: with room for one chunk only, it does not load the next.
    QCOMPARE(model.fetchUntil(lastId, EventTableModel::ChunkSize), -1);
    QCOMPARE(model.rowCount(), EventTableModel::ChunkSize);
    const int row = model.fetchUntil(lastId);
    QVERIFY(row >= EventTableModel::ChunkSize);
    QCOMPARE(model.eventIdAt(row), lastId);
    QCOMPARE(model.fetchUntil(987654321), -1);
}

void tst_EventTableModel::closingTheWorkspaceEmpties()
{
    addEvent(QStringLiteral("One"), DateSpan::day(2001, 1, 1), 1, {});
    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(m_workspace.get());
    QCOMPARE(model.rowCount(), 1);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setWorkspace(nullptr);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
}

QTEST_GUILESS_MAIN(tst_EventTableModel)
#include "tst_eventtablemodel.moc"
