#include "core/interchange/acledcsvwriter.h"
#include "core/interchange/articlesourcelookup.h"
#include "core/interchange/namelookup.h"
#include "tests/core/interchange/csvparse.h"

#include <QBuffer>
#include <QTest>

using namespace Faultline;
using namespace Faultline::Testing;

class tst_AcledCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void header();
    void timePrecision_data();
    void timePrecision();
    void actorsByRole();
    void quoting();
    void skipsUnresolvedDates();
    void types_data();
    void types();
    void figures();
    void participantsStayAssociated();

private:
    NameLookup m_names;
    ArticleSourceLookup m_sources;
    void initNames();
};

void tst_AcledCsvWriter::initNames()
{
    const auto add = [this](qint64 id, const char *name, Actor::Kind kind) {
        Actor actor;
        actor.id = id;
        actor.name = QString::fromUtf8(name);
        actor.kind = kind;
        m_names.addActor(actor);
    };
    add(1, "Military Forces of Libya (2016-)", Actor::Kind::Military);
    add(2, "LNA: Libyan National Army", Actor::Kind::ArmedGroup);
    add(3, "Civilians, \"unarmed\" (Libya)", Actor::Kind::Other);
    add(4, "قوات الردع", Actor::Kind::ArmedGroup);
    Article article;
    article.id = 9;
    article.title = QStringLiteral("Clashes in Tripoli");
    article.outlet = QStringLiteral("Libya Observer");
    m_names.addArticle(article);
    m_sources.addArticle(article);
}

void tst_AcledCsvWriter::header()
{
    // The current ACLED export, in order.
    const QStringList expected = QStringLiteral(
                                     "event_id_cnty,event_date,year,time_precision,disorder_type,"
                                     "event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,"
                                     "assoc_actor_2,inter2,interaction,civilian_targeting,iso,"
                                     "region,country,admin1,admin2,admin3,location,latitude,"
                                     "longitude,geo_precision,source,source_scale,notes,"
                                     "fatalities,tags,timestamp")
                                     .split(QLatin1Char(','));
    QCOMPARE(AcledCsvWriter::header(), expected);
    QCOMPARE(expected.size(), 31);
}

void tst_AcledCsvWriter::timePrecision_data()
{
    QTest::addColumn<DateSpan>("date");
    QTest::addColumn<int>("precision");
    QTest::addColumn<QString>("eventDate");
    QTest::newRow("day") << DateSpan::day(2020, 9, 14) << 1 << QStringLiteral("2020-09-14");
    QTest::newRow("days") << DateSpan(DateSpan::julianDay(2020, 9, 12),
                                      DateSpan::julianDay(2020, 9, 14),
                                      DateSpan::Precision::Day)
                          << 2 << QStringLiteral("2020-09-13");
    QTest::newRow("about a day") << DateSpan(DateSpan::julianDay(2020, 9, 14),
                                             DateSpan::julianDay(2020, 9, 14),
                                             DateSpan::Precision::Day,
                                             DateSpan::Qualifier::Approximate)
                                 << 2 << QStringLiteral("2020-09-14");
    QTest::newRow("month") << DateSpan::month(2020, 8) << 3 << QStringLiteral("2020-08-16");
    QTest::newRow("year") << DateSpan::year(2015) << 3 << QStringLiteral("2015-07-02");
}

void tst_AcledCsvWriter::timePrecision()
{
    QFETCH(DateSpan, date);
    QFETCH(int, precision);
    QFETCH(QString, eventDate);
    QCOMPARE(AcledCsvWriter::timePrecision(date), precision);
    Event event;
    event.id = 5;
    event.date = date;
    const QStringList row = AcledCsvWriter(m_names, m_sources).row(event);
    QCOMPARE(row.size(), 31);
    // The day ACLED records lies inside the span, the year is its year.
    QCOMPARE(row.at(1), eventDate);
    QCOMPARE(row.at(2), eventDate.left(4));
    QCOMPARE(row.at(3), QString::number(precision));
}

void tst_AcledCsvWriter::actorsByRole()
{
    initNames();
    Event event;
    event.id = 42;
    event.title = QStringLiteral("Clashes in Tripoli");
    event.type = EventType(19);
    event.date = DateSpan::day(2019, 4, 5);
    event.location = QStringLiteral("Tripoli");
    event.participants = {{3, Event::Role::Target, false},
                          {2, Event::Role::Source, false},
                          {4, Event::Role::Participant, false},
                          {1, Event::Role::Target, false}};
    event.evidence = {{0, 9, 0, 10, QStringLiteral(" Fighting broke out south of Tripoli.\n")}};
    const QStringList row = AcledCsvWriter(m_names, m_sources).row(event);
    const QStringList header = AcledCsvWriter::header();
    auto at = [&](const char *column) { return row.at(header.indexOf(QLatin1String(column))); };
    QCOMPARE(at("event_id_cnty"), QStringLiteral("42"));
    QCOMPARE(at("disorder_type"), QStringLiteral("Political violence"));
    QCOMPARE(at("event_type"), QStringLiteral("Battles"));
    QCOMPARE(at("sub_event_type"), QString());
    QCOMPARE(at("actor1"), QStringLiteral("LNA: Libyan National Army"));
    QCOMPARE(at("inter1"), QStringLiteral("Rebel group"));
    QCOMPARE(at("actor2"), QStringLiteral("Civilians, \"unarmed\" (Libya)"));
    QCOMPARE(at("inter2"), QString());
    QCOMPARE(at("assoc_actor_1"), QStringLiteral("قوات الردع"));
    QCOMPARE(at("assoc_actor_2"), QStringLiteral("Military Forces of Libya (2016-)"));
    QCOMPARE(at("interaction"), QString());
    QCOMPARE(at("location"), QStringLiteral("Tripoli"));
    QCOMPARE(at("source"), QStringLiteral("Libya Observer"));
    QCOMPARE(at("notes"), QStringLiteral("Fighting broke out south of Tripoli."));
    QCOMPARE(at("latitude"), QString());
    QCOMPARE(at("fatalities"), QString());
}

void tst_AcledCsvWriter::quoting()
{
    initNames();
    Event event;
    event.id = 1;
    event.title = QStringLiteral("t");
    event.type = EventType(4);
    event.date = DateSpan::day(2021, 1, 1);
    event.location = QStringLiteral("Misrata, \"port\"");
    event.participants = {{1, Event::Role::Source, false}, {2, Event::Role::Target, false}};
    event.evidence = {{0, 9, 0, 1, QStringLiteral("First, \"quoted\" sentence.")},
                      {0, 9, 2, 3, QStringLiteral("اشتباكات في طرابلس")}};
    Event second = event;
    second.id = 2;
    second.evidence.clear(); // notes fall back to the title
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(AcledCsvWriter(m_names, m_sources).write(&buffer, {event, second}, &error));
    const QList<QStringList> rows = parseCsv(buffer.data(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 3);
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), 31);
    const QStringList header = rows.at(0);
    QCOMPARE(rows.at(1).at(header.indexOf(QStringLiteral("location"))),
             QStringLiteral("Misrata, \"port\""));
    QCOMPARE(rows.at(1).at(header.indexOf(QStringLiteral("notes"))),
             QStringLiteral("First, \"quoted\" sentence.\nاشتباكات في طرابلس"));
    QCOMPARE(rows.at(1).at(header.indexOf(QStringLiteral("interaction"))),
             QStringLiteral("State forces-Rebel group"));
    QCOMPARE(rows.at(2).at(header.indexOf(QStringLiteral("notes"))), QStringLiteral("t"));
}

void tst_AcledCsvWriter::skipsUnresolvedDates()
{
    Event event;
    event.id = 3;
    QVERIFY(AcledCsvWriter(m_names, m_sources).row(event).isEmpty());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(AcledCsvWriter(m_names, m_sources).write(&buffer, {event}, &error));
    const QList<QStringList> rows = parseCsv(buffer.data(), &error);
    QCOMPARE(rows.size(), 1); // the header alone
}

void tst_AcledCsvWriter::types_data()
{
    QTest::addColumn<int>("root");
    QTest::addColumn<QString>("disorder");
    QTest::addColumn<QString>("eventType");
    QTest::addColumn<QString>("subEventType");
    QTest::newRow("unknown") << 0 << "Strategic developments"
                             << "Strategic developments"
                             << "Other";
    QTest::newRow("consult") << 4 << "Strategic developments"
                             << "Strategic developments"
                             << "";
    QTest::newRow("cooperate") << 5 << "Strategic developments"
                               << "Strategic developments"
                               << "Agreement";
    QTest::newRow("coerce") << 17 << "Strategic developments"
                            << "Strategic developments"
                            << "Arrests";
    QTest::newRow("protest") << 14 << "Demonstrations"
                             << "Protests"
                             << "";
    QTest::newRow("assault") << 18 << "Political violence"
                             << "Violence against civilians"
                             << "";
    QTest::newRow("fight") << 19 << "Political violence"
                           << "Battles"
                           << "";
}

void tst_AcledCsvWriter::types()
{
    QFETCH(int, root);
    QFETCH(QString, disorder);
    QFETCH(QString, eventType);
    QFETCH(QString, subEventType);
    const EventType type = root ? EventType(root) : EventType();
    QCOMPARE(AcledCsvWriter::disorderType(type), disorder);
    QCOMPARE(AcledCsvWriter::eventType(type), eventType);
    QCOMPARE(AcledCsvWriter::subEventType(type), subEventType);
}

void tst_AcledCsvWriter::figures()
{
    Event event;
    event.id = 77;
    event.date = DateSpan::day(2019, 4, 5);
    event.location = QStringLiteral("Tripoli, Libya");
    Event plainEvent = event;
    event.fatalities = 12;
    event.latitude = 32.8872;
    event.longitude = 13.1913;
    event.externalId = QStringLiteral("LBY5521");
    const QStringList row = AcledCsvWriter(m_names, m_sources).row(event);
    const QStringList header = AcledCsvWriter::header();
    auto at = [&](const char *column) { return row.at(header.indexOf(QLatin1String(column))); };
    QCOMPARE(at("event_id_cnty"), QStringLiteral("LBY5521"));
    QCOMPARE(at("fatalities"), QStringLiteral("12"));
    QCOMPARE(at("latitude"), QStringLiteral("32.8872"));
    QCOMPARE(at("longitude"), QStringLiteral("13.1913"));
    QCOMPARE(at("location"), QStringLiteral("Tripoli, Libya"));
    QCOMPARE(at("country"), QString());
    // Without figures: the event's own id, nothing invented.
    const QStringList plain = AcledCsvWriter(m_names, m_sources).row(plainEvent);
    QCOMPARE(plain.at(0), QStringLiteral("77"));
    QCOMPARE(plain.at(header.indexOf(QStringLiteral("fatalities"))), QString());
}

void tst_AcledCsvWriter::participantsStayAssociated()
{
    initNames();
    const QStringList header = AcledCsvWriter::header();
    const int actor1 = header.indexOf(QStringLiteral("actor1"));
    const int assoc1 = header.indexOf(QStringLiteral("assoc_actor_1"));
    const int actor2 = header.indexOf(QStringLiteral("actor2"));
    Event protest;
    protest.id = 1;
    protest.date = DateSpan::day(2020, 1, 15);
    protest.participants = {{1, Event::Role::Source, false}, {4, Event::Role::Participant, false}};
    QStringList row = AcledCsvWriter(m_names, m_sources).row(protest);
    QCOMPARE(row.at(actor1), QStringLiteral("Military Forces of Libya (2016-)"));
    QCOMPARE(row.at(assoc1), QStringLiteral("قوات الردع"));
    QCOMPARE(row.at(actor2), QString());
    // Without a source the first participant is actor 1.
    Event meeting = protest;
    meeting.participants = {{2, Event::Role::Participant, false},
                            {4, Event::Role::Participant, false},
                            {1, Event::Role::Participant, false}};
    row = AcledCsvWriter(m_names, m_sources).row(meeting);
    QCOMPARE(row.at(actor1), QStringLiteral("LNA: Libyan National Army"));
    QCOMPARE(row.at(assoc1), QStringLiteral("قوات الردع; Military Forces of Libya (2016-)"));
    QCOMPARE(row.at(actor2), QString());
}

QTEST_GUILESS_MAIN(tst_AcledCsvWriter)
#include "tst_acledcsvwriter.moc"
