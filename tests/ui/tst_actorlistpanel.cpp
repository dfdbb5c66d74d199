#include "core/model/actor.h"
#include "core/model/event.h"
#include "core/store/actorrepository.h"
#include "core/store/eventrepository.h"
#include "core/store/workspace.h"
#include "ui/graph/actorgraphview.h"
#include "ui/mainwindow.h"
#include "ui/panels/actorlistpanel.h"
#include "ui/undo/actoractions.h"
#include "ui/undo/undocontroller.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Faultline;

class tst_ActorListPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsActorsWithKindAndCount();
    void filterAndSort();
    void renameInPlaceWithF2();
    void mergeThenUndoSplitsBack();
    void menuChangesKindAndAffiliation();
    void refusedChangesWriteNothing();
    void graphOpensTheActorMenu();

private:
    std::unique_ptr<MainWindow> makeWindow();
    Actor actor(MainWindow &window, qint64 id) const;
    QString cell(MainWindow &window, qint64 actorId, int column) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_errors;
    QString m_path;
    qint64 m_taliban = 0;
    qint64 m_afghanTaliban = 0;
    qint64 m_pakistan = 0;
    qint64 m_baradar = 0;
};

void tst_ActorListPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FaultlineTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_actorlistpanel"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void tst_ActorListPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setPath(QSettings::IniFormat,
                       QSettings::UserScope,
                       m_dir->filePath(QStringLiteral("settings")));
    QSettings().clear();
    m_errors.clear();
    m_path = m_dir->filePath(QStringLiteral("actors.faultline"));
    Workspace workspace;
    QString error;
    QVERIFY2(workspace.open(m_path, Workspace::OpenMode::ReadWrite, &error), qPrintable(error));
    ActorRepository actors(workspace);
    Actor taliban{0,
                  QStringLiteral("Taliban"),
                  Actor::Kind::ArmedGroup,
                  QStringLiteral("AFG"),
                  {QStringLiteral("the militants")},
                  {}};
    Actor afghanTaliban{0,
                        QStringLiteral("Afghan Taliban"),
                        Actor::Kind::Other,
                        {},
                        {QStringLiteral("the insurgents")},
                        {}};
    Actor pakistan{0, QStringLiteral("Pakistan"), Actor::Kind::State, QStringLiteral("PAK"), {}, {}};
    QVERIFY(actors.insert(taliban, &error));
    QVERIFY(actors.insert(afghanTaliban, &error));
    QVERIFY(actors.insert(pakistan, &error));
    Actor baradar{0, QStringLiteral("Baradar"), Actor::Kind::Person, {}, {}, afghanTaliban.id};
    QVERIFY(actors.insert(baradar, &error));
    m_taliban = taliban.id;
    m_afghanTaliban = afghanTaliban.id;
    m_pakistan = pakistan.id;
    m_baradar = baradar.id;
    EventRepository events(workspace);
    const QList<QList<Event::Participant>> participations{
        {{m_pakistan, Event::Role::Source, false}, {m_taliban, Event::Role::Target, false}},
        {{m_afghanTaliban, Event::Role::Source, false}},
        {{m_afghanTaliban, Event::Role::Target, true}, {m_taliban, Event::Role::Target, false}},
        {{m_baradar, Event::Role::Participant, false}, {m_pakistan, Event::Role::Source, false}},
    };
    int day = 1;
    for (const auto &participants : participations) {
        Event event;
        event.title = QStringLiteral("Event %1").arg(day);
        event.date = DateSpan::day(2020, 9, day++);
        event.participants = participants;
        QVERIFY2(events.insert(event, &error), qPrintable(error));
    }
}

void tst_ActorListPanel::cleanup()
{
    QSettings().clear();
    m_dir.reset();
}

std::unique_ptr<MainWindow> tst_ActorListPanel::makeWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->setErrorHandler(
        [this](const QString &, const QString &message) { m_errors.append(message); });
    if (!window->openWorkspace(m_path))
        qWarning("workspace not opened");
    window->show();
    window->actorDock()->show();
    window->actorDock()->raise();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window not active");
    return window;
}

Actor tst_ActorListPanel::actor(MainWindow &window, qint64 id) const
{
    return ActorRepository(*window.workspace()).find(id).value_or(Actor());
}

QString tst_ActorListPanel::cell(MainWindow &window, qint64 actorId, int column) const
{
    ActorListPanel *list = window.actorList();
    const int row = list->rowOfActor(actorId);
    if (row < 0)
        return QStringLiteral("<hidden>");
    return list->proxyModel()->index(row, column).data().toString();
}

void tst_ActorListPanel::listsActorsWithKindAndCount()
{
    auto window = makeWindow();
    ActorListPanel *list = window->actorList();
    QCOMPARE(list->proxyModel()->rowCount(), 4);
    QCOMPARE(cell(*window, m_taliban, ActorListPanel::NameColumn), QStringLiteral("Taliban"));
    QCOMPARE(cell(*window, m_taliban, ActorListPanel::KindColumn),
             Actor::kindName(Actor::Kind::ArmedGroup));
    QCOMPARE(cell(*window, m_taliban, ActorListPanel::EventsColumn), QStringLiteral("2"));
    QCOMPARE(cell(*window, m_afghanTaliban, ActorListPanel::EventsColumn), QStringLiteral("2"));
    QCOMPARE(cell(*window, m_baradar, ActorListPanel::EventsColumn), QStringLiteral("1"));
}

void tst_ActorListPanel::filterAndSort()
{
    auto window = makeWindow();
    ActorListPanel *list = window->actorList();
    list->filterEdit()->setFocus();
    QTest::keyClicks(list->filterEdit(), QStringLiteral("tali"));
    QCOMPARE(list->proxyModel()->rowCount(), 2);
    QCOMPARE(list->rowOfActor(m_pakistan), -1);
    list->filterEdit()->clear();
    QCOMPARE(list->proxyModel()->rowCount(), 4);
    // By event count, most first: the two with one event come last.
    list->view()->sortByColumn(ActorListPanel::EventsColumn, Qt::DescendingOrder);
    QCOMPARE(list->proxyModel()->index(3, ActorListPanel::EventsColumn).data().toInt(), 1);
    QCOMPARE(list->proxyModel()->index(0, ActorListPanel::EventsColumn).data().toInt(), 2);
    list->view()->sortByColumn(ActorListPanel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(list->proxyModel()->index(0, ActorListPanel::NameColumn).data().toString(),
             QStringLiteral("Afghan Taliban"));
}

void tst_ActorListPanel::renameInPlaceWithF2()
{
    auto window = makeWindow();
    ActorListPanel *list = window->actorList();
    list->setCurrentActor(m_pakistan);
    list->view()->setFocus();
    QTest::keyClick(list->view(), Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Islamic Republic of Pakistan"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(actor(*window, m_pakistan).name, QStringLiteral("Islamic Republic of Pakistan"));
    QVERIFY(actor(*window, m_pakistan).aliases.contains(QStringLiteral("Pakistan")));
    QTRY_COMPARE(cell(*window, m_pakistan, ActorListPanel::NameColumn),
                 QStringLiteral("Islamic Republic of Pakistan"));
    QCOMPARE(list->currentActor(), m_pakistan);
    QUndoStack *stack = window->undoController()->stack();
    QVERIFY2(stack->undoText().contains(QStringLiteral("Rename")), qPrintable(stack->undoText()));
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(actor(*window, m_pakistan).name, QStringLiteral("Pakistan"));
    QVERIFY(actor(*window, m_pakistan).aliases.isEmpty());
    QCOMPARE(cell(*window, m_pakistan, ActorListPanel::NameColumn), QStringLiteral("Pakistan"));
    QVERIFY(m_errors.isEmpty());
}

void tst_ActorListPanel::mergeThenUndoSplitsBack()
{
    auto window = makeWindow();
    Workspace &workspace = *window->workspace();
    auto eventsOf = [&](qint64 actorId) {
        EventFilter filter;
        filter.actorId = actorId;
        QStringList titles;
        for (const Event &event : EventRepository(workspace).query(filter)) {
            for (const Event::Participant &p : event.participants) {
                if (p.actorId == actorId)
                    titles << QStringLiteral("%1 %2 %3")
                                  .arg(event.title, Event::roleKey(p.role))
                                  .arg(p.inferred);
            }
        }
        return titles;
    };
    const Actor taliban = actor(*window, m_taliban);
    const Actor duplicate = actor(*window, m_afghanTaliban);
    const QStringList talibanEvents = eventsOf(m_taliban);
    const QStringList duplicateEvents = eventsOf(m_afghanTaliban);

    QVERIFY(window->actorActions()->merge(m_afghanTaliban, m_taliban));
    const Actor merged = actor(*window, m_taliban);
    QVERIFY(merged.aliases.contains(QStringLiteral("Afghan Taliban")));
    QVERIFY(merged.aliases.contains(QStringLiteral("the insurgents")));
    QVERIFY(merged.aliases.contains(QStringLiteral("the militants")));
    QVERIFY(!ActorRepository(workspace).find(m_afghanTaliban));
    QCOMPARE(actor(*window, m_baradar).affiliationId, std::optional<qint64>(m_taliban));
    QCOMPARE(window->actorList()->proxyModel()->rowCount(), 3);
    QCOMPARE(cell(*window, m_taliban, ActorListPanel::EventsColumn), QStringLiteral("3"));
    QVERIFY2(window->undoController()->stack()->undoText().contains(QStringLiteral("Merge")),
             qPrintable(window->undoController()->stack()->undoText()));

    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    const Actor restoredTaliban = actor(*window, m_taliban);
    const Actor restoredDuplicate = actor(*window, m_afghanTaliban);
    QCOMPARE(restoredTaliban.name, taliban.name);
    QCOMPARE(restoredTaliban.aliases, taliban.aliases);
    QCOMPARE(restoredDuplicate.name, duplicate.name);
    QCOMPARE(restoredDuplicate.kind, duplicate.kind);
    QCOMPARE(restoredDuplicate.aliases, duplicate.aliases);
    QCOMPARE(eventsOf(m_taliban), talibanEvents);
    QCOMPARE(eventsOf(m_afghanTaliban), duplicateEvents);
    QCOMPARE(actor(*window, m_baradar).affiliationId, std::optional<qint64>(m_afghanTaliban));
    QCOMPARE(window->actorList()->proxyModel()->rowCount(), 4);

    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!ActorRepository(workspace).find(m_afghanTaliban));
    QCOMPARE(actor(*window, m_taliban).aliases, merged.aliases);
    QVERIFY(m_errors.isEmpty());
}

void tst_ActorListPanel::menuChangesKindAndAffiliation()
{
    auto window = makeWindow();
    std::unique_ptr<QMenu> menu(window->actorActions()->createMenu(m_afghanTaliban, window.get()));
    QVERIFY(menu);
    for (const char *name : {"actionRenameActor", "actionMergeActor", "actionSetAffiliation"})
        QVERIFY2(menu->findChild<QAction *>(QLatin1String(name))->isEnabled(), name);
    QVERIFY(!menu->findChild<QAction *>(QStringLiteral("actionClearAffiliation"))->isEnabled());
    auto *armedGroup = menu->findChild<QAction *>(QStringLiteral("actionActorKind-")
                                                  + Actor::kindKey(Actor::Kind::ArmedGroup));
    QVERIFY(armedGroup);
    QVERIFY(!armedGroup->isChecked());
    armedGroup->trigger();
    QCOMPARE(actor(*window, m_afghanTaliban).kind, Actor::Kind::ArmedGroup);
    QCOMPARE(cell(*window, m_afghanTaliban, ActorListPanel::KindColumn),
             Actor::kindName(Actor::Kind::ArmedGroup));

    std::unique_ptr<QMenu> baradarMenu(window->actorActions()->createMenu(m_baradar, window.get()));
    auto *clear = baradarMenu->findChild<QAction *>(QStringLiteral("actionClearAffiliation"));
    QVERIFY(clear->isEnabled());
    clear->trigger();
    QVERIFY(!actor(*window, m_baradar).affiliationId);
    QVERIFY(window->actorActions()->setAffiliation(m_baradar, m_taliban));
    QCOMPARE(actor(*window, m_baradar).affiliationId, std::optional<qint64>(m_taliban));

    QUndoStack *stack = window->undoController()->stack();
    QCOMPARE(stack->count(), 3);
    stack->undo();
    stack->undo();
    QCOMPARE(actor(*window, m_baradar).affiliationId, std::optional<qint64>(m_afghanTaliban));
    stack->undo();
    QCOMPARE(actor(*window, m_afghanTaliban).kind, Actor::Kind::Other);
    QVERIFY(m_errors.isEmpty());
}

void tst_ActorListPanel::refusedChangesWriteNothing()
{
    auto window = makeWindow();
    QUndoStack *stack = window->undoController()->stack();
    // A name another actor has, and a circle of affiliations, are refused with a reason.
    QVERIFY(!window->actorActions()->rename(m_pakistan, QStringLiteral("taliban")));
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.constLast().contains(QStringLiteral("Taliban")),
             qPrintable(m_errors.constLast()));
    QVERIFY(!window->actorActions()->setAffiliation(m_afghanTaliban, m_baradar));
    QCOMPARE(m_errors.size(), 2);
    QCOMPARE(stack->count(), 0);
    QCOMPARE(actor(*window, m_pakistan).name, QStringLiteral("Pakistan"));
    QVERIFY(!actor(*window, m_afghanTaliban).affiliationId);
}

void tst_ActorListPanel::graphOpensTheActorMenu()
{
    auto window = makeWindow();
    emit window->actorGraph()->actorContextMenuRequested(m_baradar,
                                                         window->mapToGlobal(QPoint(50, 50)));
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    QCOMPARE(menu->title(), QStringLiteral("Baradar"));
    auto *clear = menu->findChild<QAction *>(QStringLiteral("actionClearAffiliation"));
    QVERIFY(clear && clear->isEnabled());
    clear->trigger();
    menu->close();
    QVERIFY(!actor(*window, m_baradar).affiliationId);
}

QTEST_MAIN(tst_ActorListPanel)
#include "tst_actorlistpanel.moc"
