#include "core/model/actor.h"
#include "core/model/event.h"
#include "core/store/actorrepository.h"
#include "core/store/eventrepository.h"
#include "core/store/workspace.h"
#include "tests/core/store/storetestutil.h"
#include "ui/dialogs/eventeditdialog.h"
#include "ui/dialogs/importcontroller.h"
#include "ui/dialogs/importreviewdialog.h"
#include "ui/mainwindow.h"
#include "ui/panels/eventtableview.h"
#include "ui/timeline/timelineview.h"
#include "ui/undo/eventactions.h"
#include "ui/undo/moveeventcommand.h"
#include "ui/undo/undocontroller.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Faultline;
using StoreTestUtil::dumpWorkspace;

namespace {

QString sampleArticle()
{
    return QDir(QStringLiteral(FAULTLINE_SOURCE_DIR))
        .filePath(
            QStringLiteral("../shared/samples/articles/rferl-2020-09-14-envoy-in-pakistan.txt"));
}

std::optional<QPointF> findEvent(const TimelineView &view, qint64 id)
{
    const QRectF lanes = view.painter().lastLayout().lanes;
    for (qreal y = lanes.top(); y < lanes.bottom(); y += 1) {
        for (qreal x = lanes.left(); x < lanes.right(); x += 1) {
            const auto hit = view.painter().hitTest(QPointF(x, y));
            if (hit.kind == TimelinePainter::Hit::Kind::Event && hit.eventId == id)
                return QPointF(x + 3, y + 3);
        }
    }
    return std::nullopt;
}

} // namespace

class tst_WorkspaceEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void shiftedDateSnapsToPrecision_data();
    void shiftedDateSnapsToPrecision();
    void editMenuNamesTheAction();
    void createEditDeleteUndoRedo();
    void dialogRefusesBadInput();
    void dialogEditsFiguresAndKeepsThem();
    void doubleClickOnEmptyTimelineCreatesEvent();
    void dragEventChangesDate();
    void acceptedImportUndoRedo();
    void saveAsContinuesInTheCopy();
    void folderSearchRunsOffTheGuiThread();

private:
    std::unique_ptr<MainWindow> makeWindow();
    static void activate(MainWindow &window);
    // Ctrl+Z, or Ctrl+Shift+Z with Shift.
    static void press(MainWindow &window, Qt::KeyboardModifiers modifiers);
    qint64 eventNamed(const QString &title) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_errors;
    QString m_path;
    qint64 m_talks = 0;
    qint64 m_taliban = 0;
};

void tst_WorkspaceEditing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FaultlineTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_workspaceediting"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void tst_WorkspaceEditing::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setPath(QSettings::IniFormat,
                       QSettings::UserScope,
                       m_dir->filePath(QStringLiteral("settings")));
    QSettings().clear();
    m_errors.clear();
    m_path = m_dir->filePath(QStringLiteral("edit.faultline"));
    Workspace workspace;
    QString error;
    QVERIFY2(workspace.open(m_path, Workspace::OpenMode::ReadWrite, &error), qPrintable(error));
    ActorRepository actors(workspace);
    Actor taliban;
    taliban.name = QStringLiteral("Taliban");
    taliban.kind = Actor::Kind::ArmedGroup;
    taliban.aliases = {QStringLiteral("the militants")};
    Actor pakistan;
    pakistan.name = QStringLiteral("Pakistan");
    pakistan.kind = Actor::Kind::State;
    QVERIFY(actors.insert(taliban, &error));
    QVERIFY(actors.insert(pakistan, &error));
    m_taliban = taliban.id;
    Event talks;
    talks.title = QStringLiteral("Islamabad talks");
    talks.type = EventType(4);
    talks.date = DateSpan::day(2015, 7, 7);
    talks.participants = {{pakistan.id, Event::Role::Source, false},
                          {taliban.id, Event::Role::Target, false}};
    // As a dataset import leaves them: edits and drags must keep them.
    talks.fatalities = 7;
    talks.latitude = 33.6844;
    talks.longitude = 73.0479;
    talks.externalId = QStringLiteral("PAK7");
    QVERIFY(EventRepository(workspace).insert(talks, &error));
    m_talks = talks.id;
    Event deal;
    deal.title = QStringLiteral("US-Taliban deal");
    deal.type = EventType(5);
    deal.date = DateSpan::month(2020, 2);
    deal.participants = {{taliban.id, Event::Role::Participant, false}};
    QVERIFY(EventRepository(workspace).insert(deal, &error));
}

void tst_WorkspaceEditing::cleanup()
{
    QSettings().clear();
    m_dir.reset();
}

std::unique_ptr<MainWindow> tst_WorkspaceEditing::makeWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->setErrorHandler(
        [this](const QString &, const QString &message) { m_errors.append(message); });
    if (!window->openWorkspace(m_path))
        qWarning("workspace not opened");
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    activate(*window);
    return window;
}

// Shortcuts go to the active window; a closed dialog may leave none active.
void tst_WorkspaceEditing::activate(MainWindow &window)
{
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        qWarning("window not active");
}

void tst_WorkspaceEditing::press(MainWindow &window, Qt::KeyboardModifiers modifiers)
{
    activate(window);
    QTest::keyClick(&window, Qt::Key_Z, modifiers);
}

void tst_WorkspaceEditing::shiftedDateSnapsToPrecision_data()
{
    QTest::addColumn<DateSpan>("date");
    QTest::addColumn<double>("delta");
    QTest::addColumn<DateSpan>("expected");
    QTest::newRow("day forward") << DateSpan::day(2020, 9, 12) << 3.4 << DateSpan::day(2020, 9, 15);
    QTest::newRow("day back over a year")
        << DateSpan::day(2020, 1, 1) << -1.0 << DateSpan::day(2019, 12, 31);
    QTest::newRow("month by 40 days")
        << DateSpan::month(2020, 1) << 40.0 << DateSpan::month(2020, 2);
    QTest::newRow("month less than half")
        << DateSpan::month(2020, 1) << 10.0 << DateSpan::month(2020, 1);
    QTest::newRow("month into leap February")
        << DateSpan::month(2020, 1) << 31.0 << DateSpan::month(2020, 2);
    QTest::newRow("quarter") << DateSpan::season(2020, 1) << 95.0 << DateSpan::season(2020, 4);
    QTest::newRow("year back") << DateSpan::year(2015) << -400.0 << DateSpan::year(2014);
    QTest::newRow("decade") << DateSpan::decade(1990) << 3700.0 << DateSpan::decade(2000);
    QTest::newRow("unresolved stays") << DateSpan() << 30.0 << DateSpan();
    DateSpan approximate = DateSpan::day(2020, 9, 12);
    approximate.setQualifier(DateSpan::Qualifier::Approximate);
    DateSpan movedApproximate = DateSpan::day(2020, 9, 10);
    movedApproximate.setQualifier(DateSpan::Qualifier::Approximate);
    QTest::newRow("qualifier kept") << approximate << -2.0 << movedApproximate;
    const DateSpan span(DateSpan::julianDay(2020, 1, 1),
                        DateSpan::julianDay(2020, 3, 31),
                        DateSpan::Precision::Month);
    const DateSpan movedSpan(DateSpan::julianDay(2020, 2, 1),
                             DateSpan::julianDay(2020, 4, 30),
                             DateSpan::Precision::Month);
    QTest::newRow("months span keeps its length") << span << 30.0 << movedSpan;
}

void tst_WorkspaceEditing::shiftedDateSnapsToPrecision()
{
    QFETCH(DateSpan, date);
    QFETCH(double, delta);
    QFETCH(DateSpan, expected);
    const DateSpan moved = MoveEventCommand::shifted(date, delta);
    QCOMPARE(moved.toIso(), expected.toIso());
    QCOMPARE(moved, expected);
}

qint64 tst_WorkspaceEditing::eventNamed(const QString &title) const
{
    Workspace workspace;
    QString error;
    if (!workspace.open(m_path, Workspace::OpenMode::ReadOnly, &error))
        return 0;
    EventFilter all;
    all.includeUnresolved = true;
    for (const Event &event : EventRepository(workspace).query(all)) {
        if (event.title == title)
            return event.id;
    }
    return 0;
}

void tst_WorkspaceEditing::editMenuNamesTheAction()
{
    auto window = makeWindow();
    auto *undo = window->findChild<QAction *>(QStringLiteral("actionUndo"));
    auto *redo = window->findChild<QAction *>(QStringLiteral("actionRedo"));
    QVERIFY(undo && redo);
    QVERIFY(!undo->isEnabled());
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    window->selectEvent(m_talks);
    activate(*window);
    window->timelineView()->setFocus();
    QTest::keyClick(window->timelineView(), Qt::Key_Delete);
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(QStringLiteral("Islamabad talks")), qPrintable(undo->text()));
    QVERIFY2(undo->text().contains(QStringLiteral("Delete")), qPrintable(undo->text()));
    press(*window, Qt::ControlModifier);
    QVERIFY(redo->isEnabled());
    QVERIFY2(redo->text().contains(QStringLiteral("Islamabad talks")), qPrintable(redo->text()));
    QVERIFY(m_errors.isEmpty());
}

void tst_WorkspaceEditing::createEditDeleteUndoRedo()
{
    auto window = makeWindow();
    Workspace &workspace = *window->workspace();
    const QStringList original = dumpWorkspace(workspace.database());

    // Edit > New Event…
    window->findChild<QAction *>(QStringLiteral("actionNewEvent"))->trigger();
    EventEditDialog *dialog = window->eventActions()->dialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Ceasefire in Herat"));
    QTest::keyClicks(dialog->startEdit(), QStringLiteral("2020-03"));
    QCOMPARE(DateSpan::Precision(dialog->precisionCombo()->currentData().toInt()),
             DateSpan::Precision::Month);
    dialog->typeCombo()->setCurrentIndex(dialog->typeCombo()->findData(4));
    dialog->qualifierCombo()->setCurrentIndex(
        dialog->qualifierCombo()->findData(int(DateSpan::Qualifier::Approximate)));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addParticipantButton")),
                      Qt::LeftButton);
    auto *actor = qobject_cast<QComboBox *>(dialog->participantTable()->cellWidget(0, 0));
    QVERIFY(actor);
    QTest::keyClicks(actor->lineEdit(), QStringLiteral("Herat elders"));
    QTest::keyClicks(dialog->locationEdit(), QStringLiteral("Herat"));
    QTest::mouseClick(dialog->buttonBox()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!window->eventActions()->dialog());

    EventFilter all;
    all.includeUnresolved = true;
    std::optional<Event> created;
    for (const Event &event : EventRepository(workspace).query(all)) {
        if (event.title == QLatin1String("Ceasefire in Herat"))
            created = event;
    }
    QVERIFY(created);
    QCOMPARE(created->date.toIso(), QStringLiteral("2020-03"));
    QCOMPARE(created->date.qualifier(), DateSpan::Qualifier::Approximate);
    QCOMPARE(created->type.cameoRoot(), 4);
    QCOMPARE(created->location, QStringLiteral("Herat"));
    QCOMPARE(created->participants.size(), 1);
    const std::optional<Actor> elders = ActorRepository(workspace).findByName(
        QStringLiteral("Herat elders"));
    QVERIFY(elders);
    QCOMPARE(created->participants.constFirst().actorId, elders->id);
    QCOMPARE(window->selectedEvent(), created->id);
    const QStringList afterCreate = dumpWorkspace(workspace.database());

    auto *undo = window->findChild<QAction *>(QStringLiteral("actionUndo"));
    QVERIFY2(undo->text().contains(QStringLiteral("Ceasefire in Herat")), qPrintable(undo->text()));
    press(*window, Qt::ControlModifier);
    QCOMPARE(dumpWorkspace(workspace.database()), original); // the new actor went too
    QVERIFY(!ActorRepository(workspace).findByName(QStringLiteral("Herat elders")));
    press(*window, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(dumpWorkspace(workspace.database()), afterCreate);

    // Enter in the table edits the selected event.
    window->selectEvent(created->id);
    EventTableView *table = window->eventTable();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    dialog = window->eventActions()->dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->titleEdit()->text(), QStringLiteral("Ceasefire in Herat"));
    QCOMPARE(dialog->startEdit()->text(), QStringLiteral("2020-03"));
    dialog->titleEdit()->selectAll();
    QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Herat ceasefire"));
    dialog->startEdit()->clear();
    QTest::keyClicks(dialog->startEdit(), QStringLiteral("2020-03-05"));
    QTest::keyClick(dialog->titleEdit(), Qt::Key_Return);
    QTRY_VERIFY(!window->eventActions()->dialog());
    const std::optional<Event> edited = EventRepository(workspace).find(created->id);
    QVERIFY(edited);
    QCOMPARE(edited->title, QStringLiteral("Herat ceasefire"));
    QCOMPARE(edited->date.toIso(), QStringLiteral("2020-03-05"));
    QCOMPARE(edited->participants, created->participants);
    const QStringList afterEdit = dumpWorkspace(workspace.database());
    press(*window, Qt::ControlModifier);
    QCOMPARE(dumpWorkspace(workspace.database()), afterCreate);
    press(*window, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(dumpWorkspace(workspace.database()), afterEdit);

    // Delete on the timeline.
    window->selectEvent(created->id);
    activate(*window);
    window->timelineView()->setFocus();
    QTest::keyClick(window->timelineView(), Qt::Key_Delete);
    QVERIFY(!EventRepository(workspace).find(created->id));
    QCOMPARE(window->selectedEvent(), 0);
    press(*window, Qt::ControlModifier);
    QCOMPARE(dumpWorkspace(workspace.database()), afterEdit);
    press(*window, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!EventRepository(workspace).find(created->id));

    // All the way back.
    while (window->undoController()->stack()->canUndo())
        window->undoController()->stack()->undo();
    QCOMPARE(dumpWorkspace(workspace.database()), original);
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));

    // Every change is in the file already: another connection sees it.
    window->undoController()->stack()->redo();
    QVERIFY(eventNamed(QStringLiteral("Ceasefire in Herat")) > 0);
}

void tst_WorkspaceEditing::dialogRefusesBadInput()
{
    auto window = makeWindow();
    const QStringList original = dumpWorkspace(window->workspace()->database());
    EventEditDialog *dialog = window->eventActions()->newEvent();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->startEdit(), QStringLiteral("2020-02-30"));
    QTest::mouseClick(dialog->buttonBox()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog->isVisible()); // no title
    QVERIFY(dialog->errorLabel()->isVisible());
    QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Impossible"));
    QTest::mouseClick(dialog->buttonBox()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog->isVisible()); // no such day
    QVERIFY2(dialog->errorLabel()->text().contains(QStringLiteral("2020-02-30")),
             qPrintable(dialog->errorLabel()->text()));
    dialog->startEdit()->setText(QStringLiteral("2020-03-01"));
    dialog->endEdit()->setText(QStringLiteral("2020-02-01"));
    QTest::mouseClick(dialog->buttonBox()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog->isVisible()); // ends before it starts
    QCOMPARE(dumpWorkspace(window->workspace()->database()), original);
    QVERIFY(!window->undoController()->stack()->canUndo());
    dialog->reject();
}

void tst_WorkspaceEditing::dialogEditsFiguresAndKeepsThem()
{
    auto window = makeWindow();
    Workspace &workspace = *window->workspace();
    const QStringList original = dumpWorkspace(workspace.database());
    const QLocale locale;

    // An edit of the title keeps what the dialog shows of the figures, and the dataset id.
    EventEditDialog *dialog = window->eventActions()->editEvent(m_talks);
    QVERIFY(dialog);
    QCOMPARE(dialog->fatalitiesEdit()->text(), locale.toString(7));
    QCOMPARE(dialog->latitudeEdit()->text(),
             locale.toString(33.6844, 'f', QLocale::FloatingPointShortest));
    QCOMPARE(dialog->longitudeEdit()->text(),
             locale.toString(73.0479, 'f', QLocale::FloatingPointShortest));
    dialog->titleEdit()->setText(QStringLiteral("Talks in Islamabad"));
    QTest::mouseClick(dialog->buttonBox()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!window->eventActions()->dialog());
    Event stored = *EventRepository(workspace).find(m_talks);
    QCOMPARE(stored.title, QStringLiteral("Talks in Islamabad"));
    QCOMPARE(stored.fatalities, std::optional<qint64>(7));
    QCOMPARE(stored.latitude, std::optional<double>(33.6844));
    QCOMPARE(stored.longitude, std::optional<double>(73.0479));
    QCOMPARE(stored.externalId, QStringLiteral("PAK7"));
    const QStringList afterTitle = dumpWorkspace(workspace.database());

    // Bad figures keep the dialog open and write nothing.
    dialog = window->eventActions()->editEvent(m_talks);
    QVERIFY(dialog);
    const struct
    {
        const char *fatalities;
        const char *latitude;
        const char *longitude;
        const char *named; // in the error
    } bad[] = {{"-3", "", "", "-3"},
               {"many", "", "", "many"},
               {"", "91", "10", "91"},
               {"", "-90.5", "10", "-90.5"},
               {"", "10", "180.25", "180.25"},
               {"", "north", "10", "north"},
               {"", "10", "", "latitude and the longitude"}};
    for (const auto &input : bad) {
        dialog->fatalitiesEdit()->setText(QString::fromUtf8(input.fatalities));
        dialog->latitudeEdit()->setText(QString::fromUtf8(input.latitude));
        dialog->longitudeEdit()->setText(QString::fromUtf8(input.longitude));
        QTest::mouseClick(dialog->buttonBox()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorLabel()->text().contains(QString::fromUtf8(input.named)),
                 qPrintable(dialog->errorLabel()->text()));
    }
    QCOMPARE(dumpWorkspace(workspace.database()), afterTitle);

    // New figures, typed; the limits themselves are places.
    dialog->fatalitiesEdit()->clear();
    QTest::keyClicks(dialog->fatalitiesEdit(), QStringLiteral("12"));
    dialog->latitudeEdit()->setText(QStringLiteral("-90"));
    dialog->longitudeEdit()->setText(QStringLiteral("180"));
    QTest::mouseClick(dialog->buttonBox()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!window->eventActions()->dialog());
    stored = *EventRepository(workspace).find(m_talks);
    QCOMPARE(stored.fatalities, std::optional<qint64>(12));
    QCOMPARE(stored.latitude, std::optional<double>(-90));
    QCOMPARE(stored.longitude, std::optional<double>(180));
    QCOMPARE(stored.externalId, QStringLiteral("PAK7"));

    // Emptied fields: unknown again.
    dialog = window->eventActions()->editEvent(m_talks);
    QVERIFY(dialog);
    dialog->fatalitiesEdit()->clear();
    dialog->latitudeEdit()->clear();
    dialog->longitudeEdit()->clear();
    QTest::mouseClick(dialog->buttonBox()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!window->eventActions()->dialog());
    stored = *EventRepository(workspace).find(m_talks);
    QVERIFY(!stored.fatalities);
    QVERIFY(!stored.hasCoordinates());

    // Undo brings every figure back.
    press(*window, Qt::ControlModifier);
    press(*window, Qt::ControlModifier);
    QCOMPARE(dumpWorkspace(workspace.database()), afterTitle);
    press(*window, Qt::ControlModifier);
    QCOMPARE(dumpWorkspace(workspace.database()), original);
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
}

void tst_WorkspaceEditing::doubleClickOnEmptyTimelineCreatesEvent()
{
    auto window = makeWindow();
    TimelineView *view = window->timelineView();
    view->setVisibleRange(double(DateSpan::julianDay(2015, 7, 1)),
                          double(DateSpan::julianDay(2015, 8, 1)));
    QTRY_VERIFY(view->painter().lastLayout().lanes.isValid());
    const QRectF plot = view->plotRect();
    // A point of the plot that no event covers.
    std::optional<QPointF> empty;
    for (qreal x = plot.left() + plot.width() * 0.7; x < plot.right() && !empty; x += 5) {
        const QPointF point(x, plot.center().y());
        if (view->painter().hitTest(point).kind == TimelinePainter::Hit::Kind::None)
            empty = point;
    }
    QVERIFY(empty);
    const qint64 day = qint64(std::floor(view->scale().day(empty->x() - plot.left())));
    QTest::mouseDClick(view, Qt::LeftButton, Qt::NoModifier, empty->toPoint());
    EventEditDialog *dialog = window->eventActions()->dialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isNewEvent());
    QCOMPARE(dialog->startEdit()->text(), DateSpan::fromJulianDay(day).startIso());
    QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Clicked"));
    QTest::mouseClick(dialog->buttonBox()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!window->eventActions()->dialog());
    const qint64 id = eventNamed(QStringLiteral("Clicked"));
    QVERIFY(id > 0);
    QCOMPARE(EventRepository(*window->workspace()).find(id)->date, DateSpan::fromJulianDay(day));
}

void tst_WorkspaceEditing::dragEventChangesDate()
{
    auto window = makeWindow();
    Workspace &workspace = *window->workspace();
    TimelineView *view = window->timelineView();
    QVERIFY(view->isEventDragEnabled());
    const double from = double(DateSpan::julianDay(2015, 7, 1));
    view->setVisibleRange(from, from + 30);
    view->repaint();
    const std::optional<QPointF> point = findEvent(*view, m_talks);
    QVERIFY(point);
    const double shownFrom = view->visibleFrom();
    const QStringList before = dumpWorkspace(workspace.database());
    const DateSpan original = EventRepository(workspace).find(m_talks)->date;

    const double pixelsPerDay = view->scale().pixelsPerDay();
    const QPoint start = point->toPoint();
    const QPoint end = start + QPoint(int(std::lround(5 * pixelsPerDay)), 0);
    QTest::mousePress(view, Qt::LeftButton, Qt::NoModifier, start);
    for (int step = 1; step <= 5; ++step)
        QTest::mouseMove(view, start + (end - start) * step / 5);
    QTest::mouseRelease(view, Qt::LeftButton, Qt::NoModifier, end);

    const double delta = view->scale().day(end.x() - view->plotRect().left())
                         - view->scale().day(start.x() - view->plotRect().left());
    const DateSpan moved = EventRepository(workspace).find(m_talks)->date;
    QCOMPARE(moved, MoveEventCommand::shifted(original, delta));
    QCOMPARE(moved, DateSpan::day(2015, 7, 12));
    const Event afterDrag = *EventRepository(workspace).find(m_talks);
    QCOMPARE(afterDrag.fatalities, std::optional<qint64>(7));
    QCOMPARE(afterDrag.latitude, std::optional<double>(33.6844));
    QCOMPARE(afterDrag.longitude, std::optional<double>(73.0479));
    QCOMPARE(afterDrag.externalId, QStringLiteral("PAK7"));
    // The drag moved the event, not the view.
    QCOMPARE(view->visibleFrom(), shownFrom);
    QCOMPARE(window->undoController()->stack()->count(), 1);

    press(*window, Qt::ControlModifier);
    QCOMPARE(EventRepository(workspace).find(m_talks)->date, original);
    QCOMPARE(dumpWorkspace(workspace.database()), before);
    QVERIFY(m_errors.isEmpty());
}

void tst_WorkspaceEditing::acceptedImportUndoRedo()
{
    QVERIFY2(QFile::exists(sampleArticle()), qPrintable(sampleArticle()));
    auto window = makeWindow();
    Workspace &workspace = *window->workspace();
    const QStringList before = dumpWorkspace(workspace.database());
    ImportController *import = window->importController();
    QSignalSpy finished(import, &ImportController::readingFinished);
    QVERIFY(import->importPaths({sampleArticle()}));
    QVERIFY(finished.wait(60000));
    ImportReviewDialog *review = import->reviewDialog();
    QVERIFY(review);
    QTest::mouseClick(review->acceptAllButton(), Qt::LeftButton);
    QTRY_VERIFY(!import->reviewDialog());
    const QStringList after = dumpWorkspace(workspace.database());
    QVERIFY(after.size() > before.size() + 10);
    QUndoStack *stack = window->undoController()->stack();
    QCOMPARE(stack->count(), 1);
    QVERIFY2(stack->undoText().contains(QStringLiteral("Import")), qPrintable(stack->undoText()));

    press(*window, Qt::ControlModifier);
    QCOMPARE(dumpWorkspace(workspace.database()), before);
    QCOMPARE(window->eventTable()->model()->rowCount(), 2);
    press(*window, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(dumpWorkspace(workspace.database()), after);
    QTRY_VERIFY(window->eventTable()->model()->rowCount() > 2);
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
}

void tst_WorkspaceEditing::saveAsContinuesInTheCopy()
{
    auto window = makeWindow();
    window->eventActions()->deleteEvents({m_talks});
    const QStringList edited = dumpWorkspace(window->workspace()->database());
    const QString copyPath = m_dir->filePath(QStringLiteral("copy.faultline"));
    QVERIFY(window->saveWorkspaceAs(copyPath));
    QCOMPARE(QFileInfo(window->workspacePath()).canonicalFilePath(),
             QFileInfo(copyPath).canonicalFilePath());
    QCOMPARE(dumpWorkspace(window->workspace()->database()), edited);
    {
        Workspace copy;
        QString error;
        QVERIFY2(copy.open(copyPath, Workspace::OpenMode::ReadOnly, &error), qPrintable(error));
        QCOMPARE(EventRepository(copy).count(), 1);
    }
    // The history came along and works on the copy; the original stays as it was.
    QVERIFY(window->undoController()->stack()->canUndo());
    press(*window, Qt::ControlModifier);
    QVERIFY(EventRepository(*window->workspace()).find(m_talks));
    QCOMPARE(eventNamed(QStringLiteral("Islamabad talks")), 0); // m_path: the original
    // A copy onto the open file itself is refused with a message.
    QVERIFY(!window->saveWorkspaceAs(copyPath));
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.constFirst().contains(QStringLiteral("copy.faultline")),
             qPrintable(m_errors.constFirst()));
}

void tst_WorkspaceEditing::folderSearchRunsOffTheGuiThread()
{
    const QString folder = m_dir->filePath(QStringLiteral("articles"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/nested")));
    QFile source(sampleArticle());
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray text = source.readAll();
    for (int i = 0; i < 3; ++i) {
        QFile file(QStringLiteral("%1/nested/%2.txt").arg(folder).arg(i));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text + "\nUpdate " + QByteArray::number(i) + ".\n");
    }
    auto window = makeWindow();
    ImportController *import = window->importController();
    QSignalSpy finished(import, &ImportController::readingFinished);
    QVERIFY(import->importPaths({folder}));
    // The folder is being searched elsewhere: nothing is read yet, and it can be cancelled.
    QVERIFY(import->isRunning());
    QVERIFY(!import->reviewDialog());
    QVERIFY(import->cancelButton()->isVisibleTo(window.get()));
    QVERIFY(finished.wait(60000));
    QVERIFY(!import->isRunning());
    QVERIFY(import->reviewDialog());
    QCOMPARE(import->reviewDialog()->documentCount(), 3);

    // Cancelled while searching: nothing is read.
    finished.clear();
    import->reviewDialog()->reject();
    QTRY_VERIFY(!import->reviewDialog());
    QVERIFY(!import->isRunning());
    finished.clear();
    QVERIFY(import->importPaths({folder}));
    import->cancel();
    QVERIFY(finished.wait(60000));
    QVERIFY(!import->reviewDialog());
    QVERIFY2(import->lastSummary().contains(QStringLiteral("cancelled")),
             qPrintable(import->lastSummary()));
}

QTEST_MAIN(tst_WorkspaceEditing)
#include "tst_workspaceediting.moc"
