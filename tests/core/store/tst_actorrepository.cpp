#include "core/store/actorrepository.h"
#include "core/store/eventrepository.h"
#include "core/store/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Faultline;

class tst_ActorRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void insertAndFind();
    void insertRejects_data();
    void insertRejects();
    void findByName_data();
    void findByName();
    void aliasesAreASet();
    void updateReplacesAliases();
    void removeClearsAffiliationAndParticipation();
    void merge();
    void mergeRejectsBadIds();
    void allIsOrderedByName();
    void eventCountsCountEventsOnce();

private:
    Actor add(const QString &name,
              Actor::Kind kind,
              const QStringList &aliases = {},
              std::optional<qint64> affiliation = std::nullopt);

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_workspace = nullptr;
};

Actor tst_ActorRepository::add(const QString &name,
                               Actor::Kind kind,
                               const QStringList &aliases,
                               std::optional<qint64> affiliation)
{
    Actor actor;
    actor.name = name;
    actor.kind = kind;
    actor.aliases = aliases;
    actor.affiliationId = affiliation;
    QString error;
    if (!ActorRepository(*m_workspace).insert(actor, &error))
        qWarning() << "insert failed:" << error;
    return actor;
}

void tst_ActorRepository::init()
{
    m_dir = new QTemporaryDir;
    m_workspace = new Workspace;
    QString error;
    QVERIFY2(m_workspace->open(m_dir->filePath(QStringLiteral("actors.faultline")),
                               Workspace::OpenMode::ReadWrite,
                               &error),
             qPrintable(error));
}

void tst_ActorRepository::cleanup()
{
    delete m_workspace;
    m_workspace = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

void tst_ActorRepository::insertAndFind()
{
    ActorRepository actors(*m_workspace);
    const Actor taliban = add(QStringLiteral("Taliban"), Actor::Kind::ArmedGroup);
    Actor baradar;
    baradar.name = QStringLiteral("  Abdul Ghani Baradar ");
    baradar.kind = Actor::Kind::Person;
    baradar.country = QStringLiteral("AFG");
    baradar.aliases = {QStringLiteral("Mullah Baradar")};
    baradar.affiliationId = taliban.id;
    QString error;
    QVERIFY2(actors.insert(baradar, &error), qPrintable(error));
    QVERIFY(baradar.id > taliban.id);
    QCOMPARE(baradar.name, QStringLiteral("Abdul Ghani Baradar"));
    const std::optional<Actor> found = actors.find(baradar.id);
    QVERIFY(found);
    QCOMPARE(found->name, QStringLiteral("Abdul Ghani Baradar"));
    QCOMPARE(found->kind, Actor::Kind::Person);
    QCOMPARE(found->country, QStringLiteral("AFG"));
    QCOMPARE(found->aliases, QStringList{"Mullah Baradar"});
    QCOMPARE(found->affiliationId, std::optional<qint64>(taliban.id));
    QVERIFY(!actors.find(taliban.id)->affiliationId);
    QVERIFY(!actors.find(4242));
    QCOMPARE(actors.count(), 2);
}

void tst_ActorRepository::insertRejects_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("affiliation");
    QTest::newRow("same name") << "Taliban" << qint64(0);
    QTest::newRow("same name, other case") << "TALIBAN" << qint64(0);
    QTest::newRow("empty name") << "" << qint64(0);
    QTest::newRow("blank name") << "   " << qint64(0);
    QTest::newRow("missing affiliation") << "Haqqani network" << qint64(999);
}

void tst_ActorRepository::insertRejects()
{
    QFETCH(QString, name);
    QFETCH(qint64, affiliation);
    add(QStringLiteral("Taliban"), Actor::Kind::ArmedGroup);
    ActorRepository actors(*m_workspace);
    Actor actor;
    actor.name = name;
    if (affiliation)
        actor.affiliationId = affiliation;
    QString error;
    QVERIFY(!actors.insert(actor, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(actor.id, 0);
    QCOMPARE(actors.count(), 1);
}

void tst_ActorRepository::findByName_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QTest::newRow("canonical") << "Afghan government"
                               << "Afghan government";
    QTest::newRow("canonical, other case") << "afghan GOVERNMENT"
                                           << "Afghan government";
    QTest::newRow("alias") << "Kabul"
                           << "Afghan government";
    QTest::newRow("alias, other case") << "the Militants"
                                       << "Taliban";
    QTest::newRow("padded") << " Kabul "
                            << "Afghan government";
    QTest::newRow("name beats alias") << "Pakistan"
                                      << "Pakistan";
    QTest::newRow("shared alias: oldest actor") << "the insurgents"
                                                << "Taliban";
    QTest::newRow("unknown") << "Atlantis"
                             << "";
    QTest::newRow("empty") << ""
                           << "";
}

void tst_ActorRepository::findByName()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    add(QStringLiteral("Taliban"),
        Actor::Kind::ArmedGroup,
        {QStringLiteral("the militants"), QStringLiteral("the insurgents")});
    add(QStringLiteral("Afghan government"), Actor::Kind::Government, {QStringLiteral("Kabul")});
    add(QStringLiteral("Pakistan"), Actor::Kind::State);
    // Another actor uses "Pakistan" and "the insurgents" as aliases.
    add(QStringLiteral("Tehrik-i-Taliban Pakistan"),
        Actor::Kind::ArmedGroup,
        {QStringLiteral("Pakistan"), QStringLiteral("the insurgents")});
    const std::optional<Actor> found = ActorRepository(*m_workspace).findByName(query);
    QCOMPARE(found ? found->name : QString(), expected);
}

void tst_ActorRepository::aliasesAreASet()
{
    const Actor actor = add(QStringLiteral("Taliban"),
                            Actor::Kind::ArmedGroup,
                            {QStringLiteral("the militants"),
                             QStringLiteral("The Militants"),
                             QStringLiteral(" "),
                             QStringLiteral("taliban"),
                             QStringLiteral("the insurgents")});
    QCOMPARE(ActorRepository(*m_workspace).find(actor.id)->aliases,
             QStringList({"the militants", "the insurgents"}));
}

void tst_ActorRepository::updateReplacesAliases()
{
    ActorRepository actors(*m_workspace);
    const Actor army = add(QStringLiteral("Pakistan Army"), Actor::Kind::Military);
    Actor bajwa = add(QStringLiteral("Bajwa"), Actor::Kind::Person, {QStringLiteral("the general")});
    bajwa.name = QStringLiteral("Qamar Javed Bajwa");
    bajwa.aliases = {QStringLiteral("General Bajwa"), QStringLiteral("Bajwa")};
    bajwa.affiliationId = army.id;
    bajwa.country = QStringLiteral("PAK");
    QString error;
    QVERIFY2(actors.update(bajwa, &error), qPrintable(error));
    const Actor stored = *actors.find(bajwa.id);
    QCOMPARE(stored.name, QStringLiteral("Qamar Javed Bajwa"));
    QCOMPARE(stored.aliases, QStringList({"General Bajwa", "Bajwa"}));
    QCOMPARE(stored.affiliationId, std::optional<qint64>(army.id));
    QVERIFY(!actors.findByName(QStringLiteral("the general")));
    QCOMPARE(actors.findByName(QStringLiteral("bajwa"))->id, bajwa.id);

    bajwa.affiliationId = bajwa.id;
    QVERIFY(!actors.update(bajwa, &error));
    Actor clash = stored;
    clash.name = QStringLiteral("pakistan army");
    QVERIFY(!actors.update(clash, &error));
    QCOMPARE(actors.find(bajwa.id)->name, QStringLiteral("Qamar Javed Bajwa"));
    Actor missing = stored;
    missing.id = 777;
    QVERIFY(!actors.update(missing, &error));
}

void tst_ActorRepository::removeClearsAffiliationAndParticipation()
{
    ActorRepository actors(*m_workspace);
    const Actor taliban = add(QStringLiteral("Taliban"),
                              Actor::Kind::ArmedGroup,
                              {QStringLiteral("the militants")});
    const Actor baradar = add(QStringLiteral("Baradar"), Actor::Kind::Person, {}, taliban.id);
    EventRepository events(*m_workspace);
    Event event;
    event.title = QStringLiteral("Talks");
    event.participants = {{taliban.id, Event::Role::Source, false},
                          {baradar.id, Event::Role::Participant, false}};
    QString error;
    QVERIFY(events.insert(event, &error));

    QVERIFY2(actors.remove(taliban.id, &error), qPrintable(error));
    QVERIFY(!actors.find(taliban.id));
    QVERIFY(!actors.findByName(QStringLiteral("the militants")));
    QVERIFY(!actors.find(baradar.id)->affiliationId);
    const Event stored = *events.find(event.id);
    QCOMPARE(stored.participants.size(), 1);
    QCOMPARE(stored.participants.constFirst().actorId, baradar.id);
    QVERIFY(!actors.remove(taliban.id, &error));
}

void tst_ActorRepository::merge()
{
    ActorRepository actors(*m_workspace);
    EventRepository events(*m_workspace);
    const Actor taliban = add(QStringLiteral("Taliban"),
                              Actor::Kind::ArmedGroup,
                              {QStringLiteral("the militants")});
    const Actor duplicate = add(QStringLiteral("Afghan Taliban"),
                                Actor::Kind::ArmedGroup,
                                {QStringLiteral("the insurgents"), QStringLiteral("the militants")});
    const Actor baradar = add(QStringLiteral("Baradar"), Actor::Kind::Person, {}, duplicate.id);
    Event both;
    both.title = QStringLiteral("Both named");
    both.participants = {{taliban.id, Event::Role::Source, false},
                         {duplicate.id, Event::Role::Source, true},
                         {duplicate.id, Event::Role::Target, false}};
    Event onlyDuplicate;
    onlyDuplicate.title = QStringLiteral("Only the duplicate");
    onlyDuplicate.participants = {{duplicate.id, Event::Role::Participant, false}};
    QString error;
    QVERIFY(events.insert(both, &error));
    QVERIFY(events.insert(onlyDuplicate, &error));

    QVERIFY2(actors.merge(duplicate.id, taliban.id, &error), qPrintable(error));
    QVERIFY(!actors.find(duplicate.id));
    const Actor merged = *actors.find(taliban.id);
    QCOMPARE(merged.aliases, QStringList({"the militants", "Afghan Taliban", "the insurgents"}));
    QCOMPARE(actors.findByName(QStringLiteral("afghan taliban"))->id, taliban.id);
    QCOMPARE(actors.find(baradar.id)->affiliationId, std::optional<qint64>(taliban.id));
    // Source stays single; the target role moves over.
    const QList<Event::Participant> expected{{taliban.id, Event::Role::Source, false},
                                             {taliban.id, Event::Role::Target, false}};
    QCOMPARE(events.find(both.id)->participants, expected);
    QCOMPARE(events.find(onlyDuplicate.id)->participants.constFirst().actorId, taliban.id);
    QCOMPARE(actors.count(), 2);
}

void tst_ActorRepository::mergeRejectsBadIds()
{
    ActorRepository actors(*m_workspace);
    const Actor taliban = add(QStringLiteral("Taliban"), Actor::Kind::ArmedGroup);
    QString error;
    QVERIFY(!actors.merge(taliban.id, taliban.id, &error));
    QVERIFY(!actors.merge(taliban.id, 999, &error));
    QVERIFY(error.contains(QStringLiteral("999")));
    QVERIFY(!actors.merge(999, taliban.id, &error));
    QCOMPARE(actors.count(), 1);
}

void tst_ActorRepository::allIsOrderedByName()
{
    add(QStringLiteral("taliban"), Actor::Kind::ArmedGroup, {QStringLiteral("the militants")});
    add(QStringLiteral("Afghan government"), Actor::Kind::Government, {QStringLiteral("Kabul")});
    add(QStringLiteral("Pakistan"), Actor::Kind::State);
    const QList<Actor> all = ActorRepository(*m_workspace).all();
    QStringList names;
    for (const Actor &actor : all)
        names << actor.name;
    QCOMPARE(names, QStringList({"Afghan government", "Pakistan", "taliban"}));
    QCOMPARE(all.at(0).aliases, QStringList{"Kabul"});
    QCOMPARE(all.at(1).aliases, QStringList());
    QCOMPARE(all.at(2).aliases, QStringList{"the militants"});
}

void tst_ActorRepository::eventCountsCountEventsOnce()
{
    const Actor taliban = add(QStringLiteral("Taliban"), Actor::Kind::ArmedGroup);
    const Actor pakistan = add(QStringLiteral("Pakistan"), Actor::Kind::State);
    const Actor idle = add(QStringLiteral("Idle"), Actor::Kind::Other);
    EventRepository events(*m_workspace);
    QString error;
    for (int i = 0; i < 3; ++i) {
        Event event;
        event.title = QStringLiteral("Event %1").arg(i);
        // In two roles at once the Taliban still take part in one event.
        event.participants = {{taliban.id, Event::Role::Source, false},
                              {taliban.id, Event::Role::Target, false}};
        if (i == 0)
            event.participants.append({pakistan.id, Event::Role::Participant, false});
        QVERIFY2(events.insert(event, &error), qPrintable(error));
    }
    const QHash<qint64, int> counts = ActorRepository(*m_workspace).eventCounts();
    QCOMPARE(counts.value(taliban.id), 3);
    QCOMPARE(counts.value(pakistan.id), 1);
    QVERIFY(!counts.contains(idle.id));
}

QTEST_GUILESS_MAIN(tst_ActorRepository)
#include "tst_actorrepository.moc"
