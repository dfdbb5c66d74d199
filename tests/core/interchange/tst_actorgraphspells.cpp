#include "core/interchange/actorgraphspells.h"

#include <QTest>

using namespace Faultline;

Q_DECLARE_METATYPE(QList<ActorGraphSpells::Spell>)

class tst_ActorGraphSpells : public QObject
{
    Q_OBJECT

private slots:
    void merging_data();
    void merging();
    void pairsAndUnresolved();
};

namespace {

Event eventOn(const DateSpan &date, QList<qint64> actors)
{
    Event event;
    event.date = date;
    for (qint64 id : actors)
        event.participants.append({id, Event::Role::Participant, false});
    return event;
}

} // namespace

void tst_ActorGraphSpells::merging_data()
{
    QTest::addColumn<QList<DateSpan>>("dates");
    QTest::addColumn<QList<ActorGraphSpells::Spell>>("spells");
    const qint64 d1 = DateSpan::julianDay(2020, 1, 1);
    QTest::newRow("one") << QList<DateSpan>{DateSpan::day(2020, 1, 1)}
                         << QList<ActorGraphSpells::Spell>{{d1, d1}};
    QTest::newRow("adjacent days merge")
        << QList<DateSpan>{DateSpan::day(2020, 1, 1), DateSpan::day(2020, 1, 2)}
        << QList<ActorGraphSpells::Spell>{{d1, d1 + 1}};
    QTest::newRow("gap keeps two")
        << QList<DateSpan>{DateSpan::day(2020, 1, 1), DateSpan::day(2020, 1, 3)}
        << QList<ActorGraphSpells::Spell>{{d1, d1}, {d1 + 2, d1 + 2}};
    QTest::newRow("out of order, contained")
        << QList<DateSpan>{DateSpan::day(2020, 1, 20),
                           DateSpan::month(2020, 1),
                           DateSpan::day(2020, 3, 1)}
        << QList<ActorGraphSpells::Spell>{{d1, d1 + 30},
                                          {DateSpan::julianDay(2020, 3, 1),
                                           DateSpan::julianDay(2020, 3, 1)}};
}

void tst_ActorGraphSpells::merging()
{
    QFETCH(QList<DateSpan>, dates);
    QFETCH(QList<ActorGraphSpells::Spell>, spells);
    ActorGraphSpells collected;
    for (const DateSpan &date : dates)
        collected.addEvent(eventOn(date, {1}));
    QCOMPARE(collected.actorSpells(1), spells);
}

void tst_ActorGraphSpells::pairsAndUnresolved()
{
    ActorGraphSpells collected;
    collected.addEvent(eventOn(DateSpan::year(2015), {1, 2, 3}));
    collected.addEvent(eventOn(DateSpan::year(2018), {2, 1, 1}));
    collected.addEvent(eventOn(DateSpan(), {1, 2})); // unresolved: no time
    QCOMPARE(collected.pairSpells(1, 2).size(), 2);
    QCOMPARE(collected.pairSpells(2, 1), collected.pairSpells(1, 2));
    QCOMPARE(collected.pairSpells(1, 3).size(), 1);
    QCOMPARE(collected.pairSpells(1, 3).first().firstDay, DateSpan::julianDay(2015, 1, 1));
    QCOMPARE(collected.pairSpells(1, 3).first().lastDay, DateSpan::julianDay(2015, 12, 31));
    QVERIFY(collected.pairSpells(1, 1).isEmpty());
    QVERIFY(collected.actorSpells(99).isEmpty());
}

QTEST_GUILESS_MAIN(tst_ActorGraphSpells)
#include "tst_actorgraphspells.moc"
