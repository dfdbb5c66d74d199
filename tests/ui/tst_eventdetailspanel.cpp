#include "core/model/actor.h"
#include "core/model/article.h"
#include "core/model/datespan.h"
#include "core/model/event.h"
#include "core/store/actorrepository.h"
#include "core/store/articlerepository.h"
#include "core/store/eventrepository.h"
#include "core/store/transaction.h"
#include "core/store/workspace.h"
#include "ui/panels/eventdetailspanel.h"

#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Faultline;

class tst_EventDetailsPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyState();
    void showsTheEvent();
    void highlightsEachEvidence();
    void evidenceScrolledIntoView();
    void articleTextStaysPlain();
    void unresolvedDate();
    void figuresShownWhenPresent();

private:
    QString labelText(const char *name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<EventDetailsPanel> m_panel;
    qint64 m_talks = 0;
    qint64 m_unresolved = 0;
    qint64 m_longArticleEvent = 0;
    QString m_firstText;
    QString m_secondText;
    QString m_longText;
    qint64 m_longBegin = 0;
};

void tst_EventDetailsPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = std::make_unique<Workspace>();
    QString error;
    QVERIFY2(m_workspace->open(m_dir->filePath(QStringLiteral("d.faultline")),
                               Workspace::OpenMode::ReadWrite,
                               &error),
             qPrintable(error));

    Transaction transaction(*m_workspace);
    ActorRepository actors(*m_workspace);
    Actor pakistan;
    pakistan.name = QStringLiteral("Pakistan");
    pakistan.kind = Actor::Kind::State;
    QVERIFY2(actors.insert(pakistan, &error), qPrintable(error));
    Actor taliban;
    taliban.name = QStringLiteral("Taliban");
    taliban.kind = Actor::Kind::ArmedGroup;
    QVERIFY2(actors.insert(taliban, &error), qPrintable(error));
    Actor baradar;
    baradar.name = QStringLiteral("Abdul Ghani Baradar");
    baradar.kind = Actor::Kind::Person;
    baradar.affiliationId = taliban.id;
    QVERIFY2(actors.insert(baradar, &error), qPrintable(error));

    ArticleRepository articles(*m_workspace);
    m_firstText = QStringLiteral("Kabul, September 14.\nIn 2015 Pakistan hosted talks between "
                                 "Kabul and the Taliban. They collapsed soon after.\n");
    Article first;
    first.title = QStringLiteral("Talks in Doha");
    first.outlet = QStringLiteral("RFE/RL");
    first.publishedDay = DateSpan::julianDay(2020, 9, 14);
    first.text = m_firstText;
    first.contentHash = Article::hashText(first.text);
    first.importedAt = QDateTime::currentDateTimeUtc();
    QVERIFY2(articles.insert(first, &error), qPrintable(error));

    m_secondText = QStringLiteral("<b>Not bold</b> & friends. Islamabad hosted the 2015 talks.");
    Article second;
    second.title = QStringLiteral("<i>Archive</i>");
    second.outlet = QStringLiteral("Dawn");
    second.text = m_secondText;
    second.contentHash = Article::hashText(second.text);
    second.importedAt = QDateTime::currentDateTimeUtc();
    QVERIFY2(articles.insert(second, &error), qPrintable(error));

    QString longText;
    for (int i = 0; i < 400; ++i)
        longText += QStringLiteral("Filler paragraph number %1 about nothing in particular.\n")
                        .arg(i);
    m_longBegin = longText.size();
    longText += QStringLiteral("The convoy was attacked near the border.\n");
    for (int i = 0; i < 50; ++i)
        longText += QStringLiteral("Trailing line %1.\n").arg(i);
    m_longText = longText;
    Article third;
    third.title = QStringLiteral("Long report");
    third.outlet = QStringLiteral("Wire");
    third.text = longText;
    third.contentHash = Article::hashText(third.text);
    third.importedAt = QDateTime::currentDateTimeUtc();
    QVERIFY2(articles.insert(third, &error), qPrintable(error));

    EventRepository events(*m_workspace);
    Event talks;
    talks.title = QStringLiteral("Pakistan hosts talks between Kabul and the Taliban");
    talks.type = EventType(4);
    talks.date = DateSpan::year(2015);
    talks.dateText = QStringLiteral("In 2015");
    talks.location = QStringLiteral("Islamabad");
    talks.confidence = 0.8;
    talks.participants = {{pakistan.id, Event::Role::Source, false},
                          {taliban.id, Event::Role::Target, true},
                          {baradar.id, Event::Role::Participant, false}};
    const qint64 firstBegin = m_firstText.indexOf(QStringLiteral("In 2015"));
    const qint64 firstEnd = m_firstText.indexOf(QStringLiteral("Taliban.")) + 8;
    Evidence one;
    one.articleId = first.id;
    one.begin = firstBegin;
    one.end = firstEnd;
    one.sentence = m_firstText.mid(firstBegin, firstEnd - firstBegin);
    const qint64 secondBegin = m_secondText.indexOf(QStringLiteral("Islamabad"));
    Evidence two;
    two.articleId = second.id;
    two.begin = secondBegin;
    two.end = m_secondText.size();
    two.sentence = m_secondText.mid(secondBegin);
    talks.evidence = {one, two};
    QVERIFY2(events.insert(talks, &error), qPrintable(error));
    m_talks = talks.id;

    Event later;
    later.title = QStringLiteral("Baradar visits Islamabad");
    later.type = EventType(4);
    later.dateText = QStringLiteral("last month");
    later.participants = {{baradar.id, Event::Role::Source, false}};
    QVERIFY2(events.insert(later, &error), qPrintable(error));
    m_unresolved = later.id;

    Event convoy;
    convoy.title = QStringLiteral("Convoy attacked");
    convoy.type = EventType(19);
    convoy.date = DateSpan::day(2019, 5, 4);
    Evidence three;
    three.articleId = third.id;
    three.begin = m_longBegin;
    three.end = m_longBegin + 40;
    three.sentence = longText.mid(m_longBegin, 40);
    convoy.evidence = {three};
    QVERIFY2(events.insert(convoy, &error), qPrintable(error));
    m_longArticleEvent = convoy.id;
    QVERIFY2(transaction.commit(&error), qPrintable(error));

    m_panel = std::make_unique<EventDetailsPanel>();
    m_panel->resize(480, 640);
    m_panel->setWorkspace(m_workspace.get());
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void tst_EventDetailsPanel::cleanup()
{
    m_panel.reset();
    m_workspace.reset();
    m_dir.reset();
}

QString tst_EventDetailsPanel::labelText(const char *name) const
{
    const auto *label = m_panel->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<missing %1>").arg(QLatin1String(name));
}

void tst_EventDetailsPanel::emptyState()
{
    QCOMPARE(m_panel->eventId(), 0);
    QCOMPARE(m_panel->evidenceCount(), 0);
    m_panel->setEvent(987654);
    QCOMPARE(m_panel->eventId(), 0);
    const auto *stack = m_panel->findChild<QStackedWidget *>();
    QVERIFY(stack);
    QCOMPARE(stack->currentIndex(), 0);
}

void tst_EventDetailsPanel::showsTheEvent()
{
    m_panel->setEvent(m_talks);
    QCOMPARE(m_panel->eventId(), m_talks);
    QCOMPARE(labelText("eventTitle"),
             QStringLiteral("Pakistan hosts talks between Kabul and the Taliban"));
    QCOMPARE(labelText("eventDate"), DateSpan::year(2015).toDisplayString());
    QCOMPARE(labelText("eventDateWritten"), QStringLiteral("In 2015"));
    QVERIFY(labelText("eventPrecision").contains(QStringLiteral("Year")));
    QVERIFY(labelText("eventType").startsWith(QStringLiteral("04 ")));
    QVERIFY(labelText("eventType")
                .contains(EventType::quadClassName(EventType::QuadClass::VerbalCooperation)));
    const QStringList actors = labelText("eventActors").split(u'\n');
    QCOMPARE(actors.size(), 3);
    QVERIFY(actors.at(0).startsWith(QStringLiteral("Pakistan")));
    QVERIFY(actors.at(0).contains(Actor::kindName(Actor::Kind::State)));
    QVERIFY(actors.at(0).contains(Event::roleName(Event::Role::Source)));
    QVERIFY(!actors.at(0).contains(QStringLiteral("inferred")));
    QVERIFY(actors.at(1).startsWith(QStringLiteral("Taliban")));
    QVERIFY(actors.at(1).contains(QStringLiteral("inferred")));
    // An affiliated person names the group.
    QVERIFY(actors.at(2).contains(QStringLiteral("Taliban")));
    QCOMPARE(labelText("eventLocation"), QStringLiteral("Islamabad"));
    QVERIFY(labelText("eventConfidence").startsWith(QStringLiteral("80")));
    QCOMPARE(labelText("eventStatus"), QStringLiteral("Unreviewed"));
    for (const char *name : {"eventTitle", "eventActors", "eventLocation", "eventDateWritten"})
        QCOMPARE(m_panel->findChild<QLabel *>(QLatin1String(name))->textFormat(), Qt::PlainText);
}

void tst_EventDetailsPanel::highlightsEachEvidence()
{
    m_panel->setEvent(m_talks);
    QCOMPARE(m_panel->evidenceCount(), 2);
    const struct
    {
        QString text;
        QString sentenceStart;
        QString sentenceEnd;
    } expected[] = {{m_firstText, QStringLiteral("In 2015"), QStringLiteral("Taliban.")},
                    {m_secondText, QStringLiteral("Islamabad"), QString()}};
    for (int i = 0; i < 2; ++i) {
        QPlainTextEdit *view = m_panel->evidenceTextView(i);
        QVERIFY(view);
        QVERIFY(view->isReadOnly());
        QCOMPARE(view->toPlainText(), expected[i].text);
        const QList<QTextEdit::ExtraSelection> selections = view->extraSelections();
        QCOMPARE(selections.size(), 1);
        const qint64 begin = expected[i].text.indexOf(expected[i].sentenceStart);
        const qint64 end = expected[i].sentenceEnd.isEmpty()
                               ? expected[i].text.size()
                               : expected[i].text.indexOf(expected[i].sentenceEnd)
                                     + expected[i].sentenceEnd.size();
        QCOMPARE(selections.at(0).cursor.selectionStart(), int(begin));
        QCOMPARE(selections.at(0).cursor.selectionEnd(), int(end));
        QCOMPARE(selections.at(0).cursor.selectedText(), expected[i].text.mid(begin, end - begin));
        QCOMPARE(selections.at(0).format.background().color(), m_panel->markerColor());
    }
    const auto *tabs = m_panel->findChild<QTabWidget *>(QStringLiteral("evidenceTabs"));
    QVERIFY(tabs->tabText(0).contains(QStringLiteral("RFE/RL")));
    QVERIFY(tabs->tabText(1).contains(QStringLiteral("Dawn")));
    // The source line names outlet and publication date.
    const auto *source = tabs->widget(0)->findChild<QLabel *>(QStringLiteral("articleSource"));
    QVERIFY(source->text().contains(QStringLiteral("RFE/RL")));
    QVERIFY(source->text().contains(DateSpan::day(2020, 9, 14).toDisplayString()));
}

void tst_EventDetailsPanel::evidenceScrolledIntoView()
{
    m_panel->setEvent(m_longArticleEvent);
    QPlainTextEdit *view = m_panel->evidenceTextView(0);
    QVERIFY(view);
    QTRY_VERIFY(view->isVisible());
    QTest::qWait(20);
    QTextCursor cursor(view->document());
    cursor.setPosition(int(m_longBegin));
    const QRect rect = view->cursorRect(cursor);
    QVERIFY2(view->viewport()->rect().contains(rect.center()),
             qPrintable(QStringLiteral("sentence at y=%1, viewport height %2")
                            .arg(rect.center().y())
                            .arg(view->viewport()->height())));
    // Deep in a long article: the view had to scroll.
    QVERIFY(view->verticalScrollBar()->value() > 0);
}

void tst_EventDetailsPanel::articleTextStaysPlain()
{
    m_panel->setEvent(m_talks);
    QPlainTextEdit *view = m_panel->evidenceTextView(1);
    QVERIFY(view->toPlainText().contains(QStringLiteral("<b>Not bold</b> & friends.")));
    const auto *tabs = m_panel->findChild<QTabWidget *>(QStringLiteral("evidenceTabs"));
    const auto *title = tabs->widget(1)->findChild<QLabel *>(QStringLiteral("articleTitle"));
    QCOMPARE(title->textFormat(), Qt::PlainText);
    QCOMPARE(title->text(), QStringLiteral("<i>Archive</i>"));
    // Unknown publication date is said, not invented.
    const auto *source = tabs->widget(1)->findChild<QLabel *>(QStringLiteral("articleSource"));
    QVERIFY(source->text().contains(QStringLiteral("unknown")));
}

void tst_EventDetailsPanel::unresolvedDate()
{
    m_panel->setEvent(m_unresolved);
    QVERIFY(labelText("eventDate").startsWith(QStringLiteral("Unresolved")));
    QCOMPARE(labelText("eventDateWritten"), QStringLiteral("last month"));
    QCOMPARE(m_panel->evidenceCount(), 0);
}

void tst_EventDetailsPanel::figuresShownWhenPresent()
{
    const auto shown = [this](const char *name) {
        const auto *label = m_panel->findChild<QLabel *>(QLatin1String(name));
        return label && label->isVisibleTo(m_panel.get());
    };
    // Events from articles have no figures: no empty rows for them.
    m_panel->setEvent(m_talks);
    for (const char *name : {"eventFatalities", "eventCoordinates", "eventExternalId"})
        QVERIFY2(!shown(name), name);

    EventRepository events(*m_workspace);
    Event talks = *events.find(m_talks);
    talks.fatalities = 1250;
    talks.latitude = 33.6844;
    talks.longitude = -73.0479;
    talks.externalId = QStringLiteral("<b>PAK</b>42");
    QString error;
    QVERIFY2(events.update(talks, &error), qPrintable(error));
    m_panel->reload();
    for (const char *name : {"eventFatalities", "eventCoordinates", "eventExternalId"}) {
        QVERIFY2(shown(name), name);
        QCOMPARE(m_panel->findChild<QLabel *>(QLatin1String(name))->textFormat(), Qt::PlainText);
    }
    QCOMPARE(labelText("eventFatalities"), QLocale().toString(1250));
    QVERIFY2(labelText("eventCoordinates").contains(QLocale().toString(33.6844, 'f', 4)),
             qPrintable(labelText("eventCoordinates")));
    QVERIFY2(labelText("eventCoordinates").contains(QLocale().toString(-73.0479, 'f', 4)),
             qPrintable(labelText("eventCoordinates")));
    QCOMPARE(labelText("eventExternalId"), QStringLiteral("<b>PAK</b>42"));

    // Zero deaths is shown; without coordinates that row goes.
    talks.fatalities = 0;
    talks.latitude.reset();
    talks.longitude.reset();
    QVERIFY2(events.update(talks, &error), qPrintable(error));
    m_panel->reload();
    QVERIFY(shown("eventFatalities"));
    QCOMPARE(labelText("eventFatalities"), QLocale().toString(0));
    QVERIFY(!shown("eventCoordinates"));
}

QTEST_MAIN(tst_EventDetailsPanel)
#include "tst_eventdetailspanel.moc"
