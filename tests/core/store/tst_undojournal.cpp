#include "core/model/actor.h"
#include "core/model/article.h"
#include "core/model/event.h"
#include "core/store/actorrepository.h"
#include "core/store/articleimporter.h"
#include "core/store/articlerepository.h"
#include "core/store/eventrepository.h"
#include "core/store/transaction.h"
#include "core/store/undojournal.h"
#include "core/store/workspace.h"
#include "tests/core/store/storetestutil.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Faultline;
using StoreTestUtil::dumpWorkspace;

namespace {} // namespace

class tst_UndoJournal : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void undoAndRedoAreExact_data();
    void undoAndRedoAreExact();
    void replayRefusesAChangedWorkspace();
    void failedReplayWritesNothing();
    void notInstalled();

private:
    using Change = std::function<bool(Workspace &, QString *)>;

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_workspace = nullptr;
    qint64 m_taliban = 0;
    qint64 m_pakistan = 0;
    qint64 m_baradar = 0;
    qint64 m_talks = 0;
};

void tst_UndoJournal::init()
{
    m_dir = new QTemporaryDir;
    m_workspace = new Workspace;
    QString error;
    QVERIFY2(m_workspace->open(m_dir->filePath(QStringLiteral("journal.faultline")),
                               Workspace::OpenMode::ReadWrite,
                               &error),
             qPrintable(error));
    ActorRepository actors(*m_workspace);
    Actor taliban{0,
                  QStringLiteral("Taliban"),
                  Actor::Kind::ArmedGroup,
                  QStringLiteral("AFG"),
                  {QStringLiteral("the militants"), QStringLiteral("the insurgents")},
                  {}};
    Actor pakistan{0, QStringLiteral("Pakistan"), Actor::Kind::State, QStringLiteral("PAK"), {}, {}};
    QVERIFY2(actors.insert(taliban, &error), qPrintable(error));
    QVERIFY2(actors.insert(pakistan, &error), qPrintable(error));
    Actor baradar{0,
                  QStringLiteral("Abdul Ghani Baradar"),
                  Actor::Kind::Person,
                  {},
                  {QStringLiteral("Baradar")},
                  taliban.id};
    QVERIFY2(actors.insert(baradar, &error), qPrintable(error));
    m_taliban = taliban.id;
    m_pakistan = pakistan.id;
    m_baradar = baradar.id;

    Article article;
    article.title = QStringLiteral("Talks");
    article.text = QStringLiteral("In 2015 Pakistan hosted talks with the Taliban.");
    ArticleRepository articles(*m_workspace);
    QVERIFY2(articles.insert(article, &error), qPrintable(error));
    Event talks;
    talks.title = QStringLiteral("Islamabad talks");
    talks.type = EventType(4);
    talks.date = DateSpan::year(2015);
    talks.confidence = 0.1 + 0.2; // not exactly representable in decimal
    talks.participants = {{m_pakistan, Event::Role::Source, false},
                          {m_taliban, Event::Role::Target, true}};
    talks.evidence = {{0, article.id, 0, 48, article.text}};
    QVERIFY2(EventRepository(*m_workspace).insert(talks, &error), qPrintable(error));
    m_talks = talks.id;
}

void tst_UndoJournal::cleanup()
{
    delete m_workspace;
    m_workspace = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

void tst_UndoJournal::undoAndRedoAreExact_data()
{
    QTest::addColumn<int>("change");
    QTest::newRow("insert event") << 0;
    QTest::newRow("update event") << 1;
    QTest::newRow("delete event") << 2;
    QTest::newRow("merge actors") << 3;
    QTest::newRow("remove actor with cascades") << 4;
    QTest::newRow("rename and affiliate") << 5;
    QTest::newRow("import article") << 6;
    QTest::newRow("move event") << 7;
}

void tst_UndoJournal::undoAndRedoAreExact()
{
    QFETCH(int, change);
    const qint64 talks = m_talks;
    const qint64 taliban = m_taliban;
    const qint64 pakistan = m_pakistan;
    const qint64 baradar = m_baradar;
    const QList<Change> changes{
        [=](Workspace &ws, QString *error) {
            Event event;
            event.title = QStringLiteral("Ceasefire");
            event.date = DateSpan::day(2020, 2, 29);
            event.participants = {{taliban, Event::Role::Participant, false}};
            return EventRepository(ws).insert(event, error);
        },
        [=](Workspace &ws, QString *error) {
            Event event = *EventRepository(ws).find(talks);
            event.title = QStringLiteral("2015 Islamabad talks");
            event.participants.removeFirst();
            event.notes = QStringLiteral("hosted by Pakistan");
            return EventRepository(ws).update(event, error);
        },
        [=](Workspace &ws, QString *error) { return EventRepository(ws).remove(talks, error); },
        [=](Workspace &ws, QString *error) {
            return ActorRepository(ws).merge(baradar, taliban, error);
        },
        [=](Workspace &ws, QString *error) { return ActorRepository(ws).remove(taliban, error); },
        [=](Workspace &ws, QString *error) {
            ActorRepository actors(ws);
            Actor actor = *actors.find(pakistan);
            actor.name = QStringLiteral("Islamic Republic of Pakistan");
            actor.aliases << QStringLiteral("Pakistan");
            actor.affiliationId = baradar;
            return actors.update(actor, error);
        },
        [=](Workspace &ws, QString *error) {
            Article article;
            article.title = QStringLiteral("Deal");
            article.text = QStringLiteral("The United States and the Taliban signed a deal.");
            ExtractionResult extraction;
            ActorCandidate usa;
            usa.actor.name = QStringLiteral("United States");
            ActorCandidate militants;
            militants.actor.name = QStringLiteral("Taliban");
            militants.actor.aliases << QStringLiteral("the Islamic Emirate");
            extraction.actors << usa << militants;
            EventCandidate deal;
            deal.event.title = QStringLiteral("US-Taliban deal");
            deal.event.date = DateSpan::month(2020, 2);
            deal.event.evidence = {{0, 0, 0, 49, article.text}};
            deal.participants = {{0, Event::Role::Source, false}, {1, Event::Role::Target, false}};
            extraction.events << deal;
            ArticleImporter::Summary summary;
            return ArticleImporter(ws).import(article, extraction, &summary, error);
        },
        [=](Workspace &ws, QString *error) {
            return EventRepository(ws).setDate(talks, DateSpan::year(2016), error);
        },
    };

    UndoJournal journal(*m_workspace);
    QString error;
    QVERIFY2(journal.install(&error), qPrintable(error));
    const QStringList before = dumpWorkspace(m_workspace->database());
    QStringList undo;
    {
        Transaction transaction(*m_workspace);
        QVERIFY(transaction.isActive());
        QVERIFY2(changes.at(change)(*m_workspace, &error), qPrintable(error));
        const std::optional<QStringList> recorded = journal.take(&error);
        QVERIFY2(recorded, qPrintable(error));
        undo = *recorded;
        QVERIFY2(transaction.commit(&error), qPrintable(error));
    }
    QVERIFY(!undo.isEmpty());
    QVERIFY(!journal.hasPending());
    const QStringList after = dumpWorkspace(m_workspace->database());
    QVERIFY(after != before);

    const std::optional<QStringList> redo = journal.replay(undo, &error);
    QVERIFY2(redo, qPrintable(error));
    QCOMPARE(dumpWorkspace(m_workspace->database()), before);
    const std::optional<QStringList> undoAgain = journal.replay(*redo, &error);
    QVERIFY2(undoAgain, qPrintable(error));
    QCOMPARE(dumpWorkspace(m_workspace->database()), after);
    QVERIFY2(journal.replay(*undoAgain, &error), qPrintable(error));
    QCOMPARE(dumpWorkspace(m_workspace->database()), before);
    QVERIFY(!journal.hasPending());
}

void tst_UndoJournal::replayRefusesAChangedWorkspace()
{
    UndoJournal journal(*m_workspace);
    QString error;
    QVERIFY2(journal.install(&error), qPrintable(error));
    Event event;
    event.title = QStringLiteral("Short-lived");
    QVERIFY(EventRepository(*m_workspace).insert(event, &error));
    const std::optional<QStringList> undo = journal.take(&error);
    QVERIFY(undo);
    // Someone else deletes it: undoing the insertion finds no row to remove.
    QVERIFY(EventRepository(*m_workspace).remove(event.id, &error));
    QVERIFY(journal.hasPending());
    const QStringList before = dumpWorkspace(m_workspace->database());
    QVERIFY(!journal.replay(*undo, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(dumpWorkspace(m_workspace->database()), before);
}

void tst_UndoJournal::failedReplayWritesNothing()
{
    UndoJournal journal(*m_workspace);
    QString error;
    QVERIFY2(journal.install(&error), qPrintable(error));
    QVERIFY(EventRepository(*m_workspace).remove(m_talks, &error));
    const std::optional<QStringList> undo = journal.take(&error);
    QVERIFY(undo && undo->size() > 1);
    // The actor the event pointed to is gone: the deferred key check fails at commit.
    ActorRepository(*m_workspace).remove(m_pakistan, &error);
    journal.take(&error);
    const QStringList before = dumpWorkspace(m_workspace->database());
    QVERIFY(!journal.replay(*undo, &error));
    QCOMPARE(dumpWorkspace(m_workspace->database()), before);
    QVERIFY(!journal.hasPending());
}

void tst_UndoJournal::notInstalled()
{
    UndoJournal journal(*m_workspace);
    QString error;
    QVERIFY(!journal.take(&error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!journal.hasPending());
    QVERIFY2(journal.install(&error), qPrintable(error));
    journal.uninstall();
    Event event;
    event.title = QStringLiteral("Unrecorded");
    QVERIFY(EventRepository(*m_workspace).insert(event, &error));
    QVERIFY(!journal.hasPending());
}

QTEST_GUILESS_MAIN(tst_UndoJournal)
#include "tst_undojournal.moc"
