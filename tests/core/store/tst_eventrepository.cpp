#include "core/store/actorrepository.h"
#include "core/store/articlerepository.h"
#include "core/store/eventrepository.h"
#include "core/store/transaction.h"
#include "core/store/workspace.h"

#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Faultline;

namespace {

Evidence evidenceIn(const Article &article, const QString &sentence)
{
    const qint64 begin = article.text.indexOf(sentence);
    return Evidence{0, article.id, begin, begin + sentence.size(), sentence};
}

QStringList titles(const QList<Event> &events)
{
    QStringList result;
    for (const Event &event : events)
        result << event.title;
    return result;
}

} // namespace

class tst_EventRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void insertAndFind();
    void unresolvedDateRoundTrips();
    void queryOrder();
    void dateWindow_data();
    void dateWindow();
    void actorFilter_data();
    void actorFilter();
    void typeAndArticleFilters();
    void textSearch_data();
    void textSearch();
    void limitOffsetAndCount();
    void updateReplacesChildren();
    void removeCascades();
    void setDateChangesOnlyTheDate_data();
    void setDateChangesOnlyTheDate();
    void articleRemovalUpdatesSearch();
    void addEvidence();
    void insertFailureLeavesNothing();
    void manyEventsLoadChildren();
    void figuresRoundTrip();
    void keysetPagesMatchTheWholeQuery_data();
    void keysetPagesMatchTheWholeQuery();
    void offsetPastTheResolvedEvents();

private:
    Event makeEvent(const QString &title,
                    const DateSpan &date,
                    int root,
                    QList<Event::Participant> participants,
                    QList<Evidence> evidence);

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_workspace = nullptr;
    Article m_article;
    Article m_second;
    Actor m_pakistan;
    Actor m_taliban;
    Actor m_baradar;
    Actor m_government;
};

Event tst_EventRepository::makeEvent(const QString &title,
                                     const DateSpan &date,
                                     int root,
                                     QList<Event::Participant> participants,
                                     QList<Evidence> evidence)
{
    Event event;
    event.title = title;
    event.date = date;
    event.type = EventType(root);
    event.participants = participants;
    event.evidence = evidence;
    QString error;
    if (!EventRepository(*m_workspace).insert(event, &error))
        qWarning() << "insert failed:" << error;
    return event;
}

void tst_EventRepository::init()
{
    m_dir = new QTemporaryDir;
    m_workspace = new Workspace;
    QString error;
    QVERIFY2(m_workspace->open(m_dir->filePath(QStringLiteral("events.faultline")),
                               Workspace::OpenMode::ReadWrite,
                               &error),
             qPrintable(error));
    Transaction transaction(*m_workspace);
    ArticleRepository articles(*m_workspace);
    m_article = Article();
    m_article.title = QStringLiteral("Pakistan's role in the peace process");
    m_article.text = QStringLiteral(
        "In 2015 Pakistan hosted talks between Kabul and the Taliban in Islamabad. "
        "Pakistan released Mullah Abdul Ghani Baradar in 2018. "
        "The Doha talks opened on the weekend of 12-13 September.");
    m_article.publishedDay = DateSpan::julianDay(2020, 9, 14);
    QVERIFY(articles.insert(m_article, &error));
    m_second = Article();
    m_second.url = QStringLiteral("https://example.org/deal");
    m_second.text = QStringLiteral(
        "The United States and the Taliban signed a deal in February 2020.");
    QVERIFY(articles.insert(m_second, &error));

    ActorRepository actors(*m_workspace);
    m_pakistan = Actor();
    m_pakistan.name = QStringLiteral("Pakistan");
    m_pakistan.kind = Actor::Kind::State;
    m_pakistan.country = QStringLiteral("PAK");
    QVERIFY(actors.insert(m_pakistan, &error));
    m_taliban = Actor();
    m_taliban.name = QStringLiteral("Taliban");
    m_taliban.kind = Actor::Kind::ArmedGroup;
    m_taliban.aliases = {QStringLiteral("the militants"), QStringLiteral("the insurgents")};
    QVERIFY(actors.insert(m_taliban, &error));
    m_baradar = Actor();
    m_baradar.name = QStringLiteral("Abdul Ghani Baradar");
    m_baradar.kind = Actor::Kind::Person;
    m_baradar.affiliationId = m_taliban.id;
    QVERIFY(actors.insert(m_baradar, &error));
    m_government = Actor();
    m_government.name = QStringLiteral("Afghan government");
    m_government.kind = Actor::Kind::Government;
    m_government.aliases = {QStringLiteral("Kabul")};
    QVERIFY(actors.insert(m_government, &error));

    using R = Event::Role;
    makeEvent(QStringLiteral("Islamabad talks"),
              DateSpan::year(2015),
              4,
              {{m_pakistan.id, R::Source, false},
               {m_government.id, R::Participant, false},
               {m_taliban.id, R::Participant, false}},
              {evidenceIn(m_article,
                          QStringLiteral("In 2015 Pakistan hosted talks between Kabul "
                                         "and the Taliban in Islamabad."))});
    makeEvent(QStringLiteral("Baradar released"),
              DateSpan::year(2018),
              8,
              {{m_pakistan.id, R::Source, false}, {m_baradar.id, R::Target, false}},
              {evidenceIn(m_article,
                          QStringLiteral(
                              "Pakistan released Mullah Abdul Ghani Baradar in 2018."))});
    makeEvent(QStringLiteral("US-Taliban deal"),
              DateSpan::month(2020, 2),
              5,
              {{m_taliban.id, R::Participant, false}},
              {evidenceIn(m_second,
                          QStringLiteral("The United States and the Taliban signed a deal in "
                                         "February 2020."))});
    makeEvent(QStringLiteral("Doha talks open"),
              DateSpan(DateSpan::julianDay(2020, 9, 12),
                       DateSpan::julianDay(2020, 9, 13),
                       DateSpan::Precision::Day),
              4,
              {{m_taliban.id, R::Participant, true}, {m_government.id, R::Participant, false}},
              {evidenceIn(m_article,
                          QStringLiteral("The Doha talks opened on the weekend of 12-13 "
                                         "September."))});
    makeEvent(QStringLiteral("Meeting some day"), DateSpan(), 4, {}, {});
    QVERIFY2(transaction.commit(&error), qPrintable(error));
    QCOMPARE(EventRepository(*m_workspace).count(), 5);
}

void tst_EventRepository::cleanup()
{
    delete m_workspace;
    m_workspace = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

void tst_EventRepository::insertAndFind()
{
    EventRepository events(*m_workspace);
    Event event;
    event.title = QStringLiteral("Khalilzad meets Bajwa");
    event.type = EventType(4);
    event.date = DateSpan::day(2020, 9, 14);
    event.date.setQualifier(DateSpan::Qualifier::Approximate);
    event.dateText = QStringLiteral("on Monday");
    event.location = QStringLiteral("Rawalpindi");
    event.confidence = 0.8;
    event.modality = Event::Modality::Planned;
    event.reviewStatus = Event::ReviewStatus::Accepted;
    event.notes = QStringLiteral("checked");
    event.participants = {{m_pakistan.id, Event::Role::Target, false},
                          {m_taliban.id, Event::Role::Source, true}};
    event.evidence = {evidenceIn(m_article, QStringLiteral("The Doha talks opened")),
                      evidenceIn(m_second, QStringLiteral("signed a deal"))};
    QString error;
    QVERIFY2(events.insert(event, &error), qPrintable(error));
    QVERIFY(event.id > 0);
    QVERIFY(event.evidence.at(0).id > 0);
    QVERIFY(event.evidence.at(1).id > event.evidence.at(0).id);

    const std::optional<Event> found = events.find(event.id);
    QVERIFY(found);
    QCOMPARE(found->title, event.title);
    QCOMPARE(found->type, event.type);
    QCOMPARE(found->date, event.date);
    QCOMPARE(found->dateText, event.dateText);
    QCOMPARE(found->location, event.location);
    QCOMPARE(found->confidence, 0.8);
    QCOMPARE(found->modality, Event::Modality::Planned);
    QCOMPARE(found->reviewStatus, Event::ReviewStatus::Accepted);
    QCOMPARE(found->notes, event.notes);
    QCOMPARE(found->participants, event.participants); // in the order given
    QCOMPARE(found->evidence.size(), 2);
    QCOMPARE(found->evidence.at(1).articleId, m_second.id);
    QCOMPARE(found->evidence.at(1).sentence, QStringLiteral("signed a deal"));
    QCOMPARE(found->evidence.at(1).begin, m_second.text.indexOf(QStringLiteral("signed")));
    QCOMPARE(found->evidence.at(1).length(), 13);
    QVERIFY(!events.find(event.id + 100));
}

void tst_EventRepository::unresolvedDateRoundTrips()
{
    const QList<Event> all = EventRepository(*m_workspace).query();
    QVERIFY(!all.constLast().date.isValid());
    QCOMPARE(all.constLast().title, QStringLiteral("Meeting some day"));
}

void tst_EventRepository::queryOrder()
{
    EventRepository events(*m_workspace);
    // Same earliest day as the 2015 event: id breaks the tie.
    makeEvent(QStringLiteral("Also January 2015"), DateSpan::month(2015, 1), 4, {}, {});
    QCOMPARE(titles(events.query()),
             QStringList({"Islamabad talks",
                          "Also January 2015",
                          "Baradar released",
                          "US-Taliban deal",
                          "Doha talks open",
                          "Meeting some day"}));
    EventFilter filter;
    filter.includeUnresolved = false;
    QCOMPARE(events.query(filter).size(), 5);
    QCOMPARE(events.count(filter), 5);
}

void tst_EventRepository::dateWindow_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("expected");
    // --from takes the earliest day of its span, --to the latest.
    QTest::newRow("all of 2020") << "2020"
                                 << "2020" << QStringList{"US-Taliban deal", "Doha talks open"};
    QTest::newRow("mid 2015 reaches the year span")
        << "2015-06-01"
        << "2015-06-30" << QStringList{"Islamabad talks"};
    QTest::newRow("from only") << "2018-12-31"
                               << ""
                               << QStringList{"Baradar released",
                                              "US-Taliban deal",
                                              "Doha talks open"};
    QTest::newRow("to only") << ""
                             << "2015-01-01" << QStringList{"Islamabad talks"};
    QTest::newRow("span end day") << "2020-09-13"
                                  << "2020-09-13" << QStringList{"Doha talks open"};
    QTest::newRow("day after span") << "2020-09-14"
                                    << "" << QStringList{};
    QTest::newRow("gap") << "2016"
                         << "2017" << QStringList{};
    QTest::newRow("month overlaps") << "2020-02-29"
                                    << "2020-03" << QStringList{"US-Taliban deal"};
}

void tst_EventRepository::dateWindow()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, expected);
    EventFilter filter;
    if (!from.isEmpty())
        filter.fromDay = DateSpan::fromIso(from)->earliestDay();
    if (!to.isEmpty())
        filter.toDay = DateSpan::fromIso(to)->latestDay();
    EventRepository events(*m_workspace);
    QCOMPARE(titles(events.query(filter)), expected);
    QCOMPARE(events.count(filter), expected.size());
}

void tst_EventRepository::actorFilter_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("canonical") << "Pakistan" << QStringList{"Islamabad talks", "Baradar released"};
    QTest::newRow("case-insensitive")
        << "pAKISTAN" << QStringList{"Islamabad talks", "Baradar released"};
    QTest::newRow("alias") << "Kabul" << QStringList{"Islamabad talks", "Doha talks open"};
    QTest::newRow("alias other case")
        << "THE MILITANTS" << QStringList{"Islamabad talks", "US-Taliban deal", "Doha talks open"};
    QTest::newRow("surrounding space")
        << "  Taliban " << QStringList{"Islamabad talks", "US-Taliban deal", "Doha talks open"};
    QTest::newRow("person") << "Abdul Ghani Baradar" << QStringList{"Baradar released"};
    QTest::newRow("unknown") << "Atlantis" << QStringList{};
    QTest::newRow("part of a name is not a name") << "Pak" << QStringList{};
}

void tst_EventRepository::actorFilter()
{
    QFETCH(QString, name);
    QFETCH(QStringList, expected);
    EventFilter filter;
    filter.actorName = name;
    QCOMPARE(titles(EventRepository(*m_workspace).query(filter)), expected);
}

void tst_EventRepository::typeAndArticleFilters()
{
    EventRepository events(*m_workspace);
    EventFilter filter;
    filter.cameoRoot = 4;
    QCOMPARE(titles(events.query(filter)),
             QStringList({"Islamabad talks", "Doha talks open", "Meeting some day"}));
    filter = {};
    filter.articleId = m_second.id;
    QCOMPARE(titles(events.query(filter)), QStringList{"US-Taliban deal"});
    filter = {};
    filter.actorId = m_baradar.id;
    QCOMPARE(titles(events.query(filter)), QStringList{"Baradar released"});
    // Filters combine with AND.
    filter = {};
    filter.cameoRoot = 4;
    filter.actorName = QStringLiteral("Kabul");
    filter.fromDay = DateSpan::julianDay(2016, 1, 1);
    QCOMPARE(titles(events.query(filter)), QStringList{"Doha talks open"});
    QVERIFY(!filter.isEmpty());
    QVERIFY(EventFilter().isEmpty());
}

void tst_EventRepository::textSearch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("title word") << "released" << QStringList{"Baradar released"};
    QTest::newRow("evidence word") << "Islamabad" << QStringList{"Islamabad talks"};
    QTest::newRow("evidence only") << "weekend" << QStringList{"Doha talks open"};
    QTest::newRow("prefix") << "Bara" << QStringList{"Baradar released"};
    QTest::newRow("two words, both needed") << "talks Doha" << QStringList{"Doha talks open"};
    QTest::newRow("case and diacritics") << "DÓHA" << QStringList{"Doha talks open"};
    QTest::newRow("no match") << "ceasefire" << QStringList{};
    QTest::newRow("quote") << "\"Doha" << QStringList{"Doha talks open"};
    QTest::newRow("fts operators are words") << "Doha AND OR NOT" << QStringList{};
    QTest::newRow("column filter syntax") << "title:Doha" << QStringList{};
    QTest::newRow("near syntax") << "NEAR(Doha talks)" << QStringList{};
    QTest::newRow("stray star and minus") << "* - Doha" << QStringList{"Doha talks open"};
    QTest::newRow("only punctuation filters nothing") << "\"*"
                                                      << QStringList{"Islamabad talks",
                                                                     "Baradar released",
                                                                     "US-Taliban deal",
                                                                     "Doha talks open",
                                                                     "Meeting some day"};
}

void tst_EventRepository::textSearch()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    EventFilter filter;
    filter.text = text;
    EventRepository events(*m_workspace);
    QCOMPARE(titles(events.query(filter)), expected);
    QCOMPARE(events.count(filter), expected.size());
}

void tst_EventRepository::limitOffsetAndCount()
{
    EventRepository events(*m_workspace);
    EventFilter filter;
    filter.limit = 2;
    QCOMPARE(titles(events.query(filter)), QStringList({"Islamabad talks", "Baradar released"}));
    QCOMPARE(events.count(filter), 2);
    filter.offset = 3;
    QCOMPARE(titles(events.query(filter)), QStringList({"Doha talks open", "Meeting some day"}));
    filter.offset = 4;
    QCOMPARE(events.count(filter), 1);
    filter.limit = -1;
    filter.offset = 1;
    QCOMPARE(events.count(filter), 4);
    QCOMPARE(events.query(filter).constFirst().participants.size(), 2);
}

void tst_EventRepository::updateReplacesChildren()
{
    EventRepository events(*m_workspace);
    EventFilter filter;
    filter.text = QStringLiteral("weekend");
    Event event = events.query(filter).constFirst();
    const qint64 keptId = event.evidence.constFirst().id;
    event.title = QStringLiteral("Intra-Afghan negotiations begin");
    event.participants = {{m_pakistan.id, Event::Role::Participant, false}};
    event.evidence.first().sentence = QStringLiteral("The Doha talks opened");
    event.evidence << evidenceIn(m_second, QStringLiteral("signed a deal"));
    QString error;
    QVERIFY2(events.update(event, &error), qPrintable(error));

    const Event stored = *events.find(event.id);
    QCOMPARE(stored.title, event.title);
    QCOMPARE(stored.participants, event.participants);
    QCOMPARE(stored.evidence.size(), 2);
    QCOMPARE(stored.evidence.constFirst().id, keptId);
    QCOMPARE(stored.evidence.constFirst().sentence, QStringLiteral("The Doha talks opened"));
    // The search index follows the title and the evidence.
    QCOMPARE(events.count(filter), 0);
    filter.text = QStringLiteral("negotiations");
    QCOMPARE(events.count(filter), 1);
    filter.text = QStringLiteral("signed");
    QCOMPARE(events.count(filter), 2);
    filter.text = QStringLiteral("Doha");
    QCOMPARE(events.count(filter), 1);

    // Dropping all evidence and participants.
    event = stored;
    event.evidence.clear();
    event.participants.clear();
    QVERIFY(events.update(event, &error));
    QVERIFY(events.find(event.id)->evidence.isEmpty());
    QCOMPARE(events.count(filter), 0);

    Event missing = stored;
    missing.id = 9999;
    QVERIFY(!events.update(missing, &error));
    QVERIFY(error.contains(QStringLiteral("9999")));
}

void tst_EventRepository::removeCascades()
{
    EventRepository events(*m_workspace);
    EventFilter filter;
    filter.text = QStringLiteral("Islamabad");
    const Event event = events.query(filter).constFirst();
    QString error;
    QVERIFY2(events.remove(event.id, &error), qPrintable(error));
    QVERIFY(!events.find(event.id));
    QCOMPARE(events.count(filter), 0);
    QSqlQuery query(m_workspace->database());
    for (const char *table : {"evidence", "event_actors"}) {
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE event_id = %2")
                               .arg(QLatin1String(table))
                               .arg(event.id)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
    QVERIFY(!events.remove(event.id, &error));
    // Actors stay.
    QCOMPARE(ActorRepository(*m_workspace).count(), 4);
}

void tst_EventRepository::setDateChangesOnlyTheDate_data()
{
    QTest::addColumn<DateSpan>("date");
    QTest::newRow("day") << DateSpan::day(2016, 2, 29);
    QTest::newRow("approximate month") << DateSpan(DateSpan::julianDay(2016, 3, 1),
                                                   DateSpan::julianDay(2016, 3, 31),
                                                   DateSpan::Precision::Month,
                                                   DateSpan::Qualifier::Approximate);
    QTest::newRow("unresolved") << DateSpan();
}

void tst_EventRepository::setDateChangesOnlyTheDate()
{
    QFETCH(DateSpan, date);
    EventRepository events(*m_workspace);
    EventFilter filter;
    filter.text = QStringLiteral("Islamabad");
    const Event before = events.query(filter).constFirst();
    QString error;
    QVERIFY2(events.setDate(before.id, date, &error), qPrintable(error));
    const std::optional<Event> after = events.find(before.id);
    QVERIFY(after);
    QCOMPARE(after->date, date);
    Event expected = before;
    expected.date = date;
    QCOMPARE(after->title, expected.title);
    QCOMPARE(after->participants, expected.participants);
    QCOMPARE(after->evidence.size(), expected.evidence.size());
    QCOMPARE(after->dateText, expected.dateText);
    QVERIFY(!events.setDate(before.id + 1000, date, &error));
    QVERIFY(error.contains(QString::number(before.id + 1000)));
}

void tst_EventRepository::articleRemovalUpdatesSearch()
{
    EventRepository events(*m_workspace);
    EventFilter filter;
    filter.text = QStringLiteral("signed");
    QCOMPARE(events.count(filter), 1);
    QString error;
    QVERIFY(ArticleRepository(*m_workspace).remove(m_second.id, &error));
    QCOMPARE(events.count(filter), 0);
    filter.text = QStringLiteral("deal");
    const QList<Event> left = events.query(filter); // still found by its title
    QCOMPARE(titles(left), QStringList{"US-Taliban deal"});
    QVERIFY(left.constFirst().evidence.isEmpty());
}

void tst_EventRepository::addEvidence()
{
    EventRepository events(*m_workspace);
    EventFilter filter;
    filter.text = QStringLiteral("Meeting");
    const qint64 id = events.query(filter).constFirst().id;
    Evidence evidence = evidenceIn(m_second, QStringLiteral("The United States"));
    QString error;
    QVERIFY2(events.addEvidence(id, evidence, &error), qPrintable(error));
    QVERIFY(evidence.id > 0);
    filter.text = QStringLiteral("united");
    QCOMPARE(titles(events.query(filter)), QStringList({"US-Taliban deal", "Meeting some day"}));
    Evidence orphan = evidenceIn(m_second, QStringLiteral("deal"));
    QVERIFY(!events.addEvidence(id + 1000, orphan, &error));
    QCOMPARE(orphan.id, 0);
}

void tst_EventRepository::insertFailureLeavesNothing()
{
    EventRepository events(*m_workspace);
    Event event;
    event.title = QStringLiteral("Half written");
    event.participants = {{m_pakistan.id, Event::Role::Source, false}};
    event.evidence = {evidenceIn(m_article, QStringLiteral("Pakistan")),
                      Evidence{0, 4242, 0, 3, QStringLiteral("bad")}};
    QString error;
    QVERIFY(!events.insert(event, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(event.id, 0);
    QCOMPARE(events.count(), 5);
    EventFilter filter;
    filter.text = QStringLiteral("Half");
    QCOMPARE(events.count(filter), 0);
    QSqlQuery query(m_workspace->database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM evidence")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 4);
}

void tst_EventRepository::manyEventsLoadChildren()
{
    // More events than fit in one literal id list, so children load by subquery.
    EventRepository events(*m_workspace);
    const int extra = 2500;
    {
        Transaction transaction(*m_workspace);
        for (int i = 0; i < extra; ++i) {
            Event event;
            event.title = QStringLiteral("Bulk %1").arg(i);
            event.date = DateSpan::fromJulianDay(DateSpan::julianDay(2000, 1, 1) + i);
            event.participants = {{i % 2 ? m_pakistan.id : m_taliban.id, Event::Role::Source, false},
                                  {m_baradar.id, Event::Role::Target, i % 3 == 0}};
            event.evidence = {Evidence{0, m_article.id, i, i + 5, QStringLiteral("bulk %1").arg(i)}};
            QString error;
            QVERIFY2(events.insert(event, &error), qPrintable(error));
        }
        QString error;
        QVERIFY(transaction.commit(&error));
    }
    EventFilter filter;
    filter.fromDay = DateSpan::julianDay(2000, 1, 1);
    filter.toDay = DateSpan::julianDay(2010, 1, 1);
    filter.offset = 10;
    filter.limit = 2000;
    const QList<Event> loaded = events.query(filter);
    QCOMPARE(loaded.size(), 2000);
    for (int k = 0; k < loaded.size(); ++k) {
        const int i = k + 10;
        const Event &event = loaded.at(k);
        QCOMPARE(event.title, QStringLiteral("Bulk %1").arg(i));
        QCOMPARE(event.participants.size(), 2);
        QCOMPARE(event.participants.at(0).actorId, i % 2 ? m_pakistan.id : m_taliban.id);
        QCOMPARE(event.participants.at(1).inferred, i % 3 == 0);
        QCOMPARE(event.evidence.size(), 1);
        QCOMPARE(event.evidence.constFirst().sentence, QStringLiteral("bulk %1").arg(i));
    }
    QCOMPARE(events.query().size(), extra + 5);
}

void tst_EventRepository::figuresRoundTrip()
{
    EventRepository events(*m_workspace);
    Event strike = makeEvent(QStringLiteral("Air strike"), DateSpan::day(2020, 1, 4), 19, {}, {});
    QVERIFY(strike.id > 0);
    QVERIFY(!events.find(strike.id)->fatalities);
    QVERIFY(!events.find(strike.id)->hasCoordinates());

    strike.fatalities = 30;
    strike.latitude = 32.8872;
    strike.longitude = -13.1913;
    strike.externalId = QStringLiteral("LBY12345");
    QString error;
    QVERIFY2(events.update(strike, &error), qPrintable(error));
    const auto check = [&](const Event &event) {
        QCOMPARE(event.fatalities, std::optional<qint64>(30));
        QCOMPARE(event.latitude, std::optional<double>(32.8872));
        QCOMPARE(event.longitude, std::optional<double>(-13.1913));
        QCOMPARE(event.externalId, QStringLiteral("LBY12345"));
    };
    check(*events.find(strike.id));
    EventFilter filter;
    filter.text = QStringLiteral("strike");
    const QList<Event> found = events.query(filter);
    QCOMPARE(found.size(), 1);
    check(found.constFirst());

    // Changing the date (a drag on the timeline) leaves them alone.
    QVERIFY2(events.setDate(strike.id, DateSpan::day(2020, 1, 5), &error), qPrintable(error));
    check(*events.find(strike.id));

    // An edit of other fields keeps them; zero deaths is a figure.
    Event edited = *events.find(strike.id);
    edited.title = QStringLiteral("Drone strike");
    edited.fatalities = 0;
    QVERIFY2(events.update(edited, &error), qPrintable(error));
    QCOMPARE(events.find(strike.id)->fatalities, std::optional<qint64>(0));
    QCOMPARE(events.find(strike.id)->externalId, QStringLiteral("LBY12345"));

    // Half a position is none.
    Event half = makeEvent(QStringLiteral("Half located"), DateSpan(), 0, {}, {});
    half.latitude = 10.0;
    QVERIFY2(events.update(half, &error), qPrintable(error));
    QVERIFY(!events.find(half.id)->latitude);
    QVERIFY(!events.find(half.id)->longitude);

    Event inserted;
    inserted.title = QStringLiteral("Inserted with figures");
    inserted.fatalities = 2;
    inserted.latitude = -90.0;
    inserted.longitude = 180.0;
    inserted.externalId = QStringLiteral("X1");
    QVERIFY2(events.insert(inserted, &error), qPrintable(error));
    const std::optional<Event> stored = events.find(inserted.id);
    QCOMPARE(stored->fatalities, std::optional<qint64>(2));
    QCOMPARE(stored->latitude, std::optional<double>(-90.0));
    QCOMPARE(stored->longitude, std::optional<double>(180.0));
    QCOMPARE(stored->externalId, QStringLiteral("X1"));
}

void tst_EventRepository::keysetPagesMatchTheWholeQuery_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("filterKind"); // 0 all, 1 resolved only, 2 type, 3 text, 4 range
    for (int pageSize : {1, 2, 3, 7, 16}) {
        for (int kind = 0; kind <= 4; ++kind)
            QTest::addRow("page %d, filter %d", pageSize, kind) << pageSize << kind;
    }
}

void tst_EventRepository::keysetPagesMatchTheWholeQuery()
{
    QFETCH(int, pageSize);
    QFETCH(int, filterKind);
    EventRepository events(*m_workspace);
    {
        // Many events on a few days, so pages end inside a day, and unresolved ones
        // (inserted in between, so their ids interleave with the resolved ones).
        Transaction transaction(*m_workspace);
        for (int i = 0; i < 40; ++i) {
            Event event;
            event.title = QStringLiteral("Paged %1").arg(i);
            if (i % 5 != 3)
                event.date = i % 2 ? DateSpan::day(2019, 3, 1 + i % 3) : DateSpan::year(2019);
            event.type = EventType(i % 3 ? 19 : 4);
            event.participants = {{m_taliban.id, Event::Role::Source, false}};
            QString error;
            QVERIFY2(events.insert(event, &error), qPrintable(error));
        }
        QString error;
        QVERIFY(transaction.commit(&error));
    }
    EventFilter filter;
    switch (filterKind) {
    case 1:
        filter.includeUnresolved = false;
        break;
    case 2:
        filter.cameoRoot = 19;
        break;
    case 3:
        filter.text = QStringLiteral("paged");
        break;
    case 4:
        filter.fromDay = DateSpan::julianDay(2019, 3, 2);
        filter.toDay = DateSpan::julianDay(2019, 12, 31);
        break;
    default:
        break;
    }
    const QList<Event> whole = events.query(filter);
    QVERIFY(whole.size() > pageSize);
    // The order of the whole: resolved by earliest day then id, the unresolved last by id.
    for (qsizetype i = 1; i < whole.size(); ++i) {
        const Event &a = whole.at(i - 1);
        const Event &b = whole.at(i);
        if (!a.date.isValid()) {
            QVERIFY(!b.date.isValid());
            QVERIFY(a.id < b.id);
        } else if (b.date.isValid()) {
            QVERIFY(a.date.earliestDay() < b.date.earliestDay()
                    || (a.date.earliestDay() == b.date.earliestDay() && a.id < b.id));
        }
    }

    QList<qint64> expected;
    QHash<qint64, qsizetype> participants;
    for (const Event &event : whole) {
        expected << event.id;
        participants.insert(event.id, event.participants.size());
    }
    QList<qint64> paged;
    EventFilter page = filter;
    page.limit = pageSize;
    int pages = 0;
    while (true) {
        const QList<Event> batch = events.query(page);
        QVERIFY(batch.size() <= pageSize);
        for (const Event &event : batch) {
            paged << event.id;
            // Children come with every page.
            QCOMPARE(event.participants.size(), participants.value(event.id, -1));
        }
        // What is left after this page, counted as a page would read it.
        if (!batch.isEmpty()) {
            page.after = EventFilter::Position{batch.constLast().date.isValid()
                                                   ? std::optional<qint64>(
                                                       batch.constLast().date.earliestDay())
                                                   : std::nullopt,
                                               batch.constLast().id};
            EventFilter rest = page;
            rest.limit = -1;
            QCOMPARE(events.count(rest), int(whole.size() - paged.size()));
        }
        ++pages;
        QVERIFY(pages <= whole.size() + 1);
        if (batch.size() < pageSize)
            break;
    }
    QCOMPARE(paged, expected);
}

void tst_EventRepository::offsetPastTheResolvedEvents()
{
    // Four resolved events and one unresolved one in the fixture; another unresolved one.
    makeEvent(QStringLiteral("Another day"), DateSpan(), 0, {}, {});
    EventRepository events(*m_workspace);
    EventFilter filter;
    filter.offset = 5;
    QCOMPARE(titles(events.query(filter)), QStringList({"Another day"}));
    filter.offset = 4;
    filter.limit = 1;
    QCOMPARE(titles(events.query(filter)), QStringList({"Meeting some day"}));
    filter.offset = 6;
    filter.limit = -1;
    QVERIFY(events.query(filter).isEmpty());
}

QTEST_GUILESS_MAIN(tst_EventRepository)
#include "tst_eventrepository.moc"
