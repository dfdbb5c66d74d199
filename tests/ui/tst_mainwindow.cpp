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
#include "ui/dialogs/gotodatedialog.h"
#include "ui/mainwindow.h"
#include "ui/panels/eventdetailspanel.h"
#include "ui/panels/eventsortproxymodel.h"
#include "ui/panels/eventtableview.h"
#include "ui/panels/filterbar.h"
#include "ui/panels/overviewchart.h"
#include "ui/timeline/timelineview.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

using namespace Faultline;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstLaunchCreatesDefaultWorkspace();
    void tableShowsEvents();
    void clickingARowFillsDetails();
    void tablePaintsQuadClassChips();
    void timelineSelectionSelectsRow();
    void enterOpensDetails();
    void filterReducesRowsAndCounts();
    void laneModeActions_data();
    void laneModeActions();
    void overviewFollowsTimeline();
    void viewActionsDriveTheTimeline();
    void stateIsRestored();
    void badFileKeepsPreviousWorkspace();
    void badFileShowsMessageBox();
    void recentWorkspaces();
    void closeWorkspace();
    void readOnlyTitle();

private:
    struct Sample
    {
        QString path;
        qint64 talks = 0;
        qint64 ceasefire = 0;
        qint64 unresolved = 0;
        qint64 evidenceBegin = 0;
        qint64 evidenceEnd = 0;
    };
    Sample makeWorkspace(const QString &name);
    std::unique_ptr<MainWindow> makeWindow();
    int tableRows(MainWindow &window) const;
    int proxyRowOf(MainWindow &window, qint64 eventId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_errors;
};

void tst_MainWindow::initTestCase()
{
    // Keep the user's settings and data out of it.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FaultlineTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void tst_MainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setPath(QSettings::IniFormat,
                       QSettings::UserScope,
                       m_dir->filePath(QStringLiteral("settings")));
    QSettings().clear();
    m_errors.clear();
}

void tst_MainWindow::cleanup()
{
    QSettings().clear();
    m_dir.reset();
}

tst_MainWindow::Sample tst_MainWindow::makeWorkspace(const QString &name)
{
    Sample sample;
    sample.path = m_dir->filePath(name);
    Workspace workspace;
    QString error;
    if (!workspace.open(sample.path, Workspace::OpenMode::ReadWrite, &error)) {
        qWarning("makeWorkspace: %s", qPrintable(error));
        return sample;
    }
    Transaction transaction(workspace);
    ActorRepository actors(workspace);
    Actor pakistan;
    pakistan.name = QStringLiteral("Pakistan");
    pakistan.kind = Actor::Kind::State;
    Actor taliban;
    taliban.name = QStringLiteral("Taliban");
    taliban.kind = Actor::Kind::ArmedGroup;
    Actor usa;
    usa.name = QStringLiteral("United States");
    usa.kind = Actor::Kind::State;
    for (Actor *actor : {&pakistan, &taliban, &usa}) {
        if (!actors.insert(*actor, &error))
            qWarning("actor: %s", qPrintable(error));
    }

    const QString text = QStringLiteral(
        "Kabul, September 14.\nIn 2015 Pakistan hosted talks between Kabul and the Taliban. "
        "The talks ended when Mullah Omar's death was announced.\nIn February 2020 the United "
        "States and the Taliban signed a ceasefire deal in Doha.\nA ceasefire was declared last "
        "month, officials said.\n");
    Article article;
    article.title = QStringLiteral("Talks open in Doha");
    article.outlet = QStringLiteral("RFE/RL");
    article.publishedDay = DateSpan::julianDay(2020, 9, 14);
    article.text = text;
    article.contentHash = Article::hashText(text);
    article.importedAt = QDateTime::currentDateTimeUtc();
    if (!ArticleRepository(workspace).insert(article, &error))
        qWarning("article: %s", qPrintable(error));

    const auto evidenceFor = [&](const QString &start, const QString &end) {
        Evidence evidence;
        evidence.articleId = article.id;
        evidence.begin = text.indexOf(start);
        evidence.end = text.indexOf(end, evidence.begin) + end.size();
        evidence.sentence = text.mid(evidence.begin, evidence.end - evidence.begin);
        return evidence;
    };

    EventRepository events(workspace);
    Event talks;
    talks.title = QStringLiteral("Pakistan hosts talks between Kabul and the Taliban");
    talks.type = EventType(4);
    talks.date = DateSpan::year(2015);
    talks.dateText = QStringLiteral("In 2015");
    talks.participants = {{pakistan.id, Event::Role::Source, false},
                          {taliban.id, Event::Role::Target, false}};
    talks.evidence = {evidenceFor(QStringLiteral("In 2015"), QStringLiteral("Taliban."))};
    sample.evidenceBegin = talks.evidence.first().begin;
    sample.evidenceEnd = talks.evidence.first().end;

    Event omar;
    omar.title = QStringLiteral("Talks end after Mullah Omar's death is announced");
    omar.type = EventType(16);
    omar.date = DateSpan::year(2015);
    omar.participants = {{taliban.id, Event::Role::Source, false}};
    omar.evidence = {evidenceFor(QStringLiteral("The talks ended"), QStringLiteral("announced."))};

    Event deal;
    deal.title = QStringLiteral("United States and Taliban sign ceasefire deal");
    deal.type = EventType(5);
    deal.date = DateSpan::month(2020, 2);
    deal.participants = {{usa.id, Event::Role::Source, false},
                         {taliban.id, Event::Role::Target, false}};
    deal.evidence = {evidenceFor(QStringLiteral("In February"), QStringLiteral("Doha."))};

    Event ceasefire;
    ceasefire.title = QStringLiteral("Ceasefire declared");
    ceasefire.type = EventType(8);
    ceasefire.dateText = QStringLiteral("last month"); // unresolved on purpose
    ceasefire.evidence = {evidenceFor(QStringLiteral("A ceasefire"), QStringLiteral("said."))};

    Event fighting;
    fighting.title = QStringLiteral("Fighting in Helmand");
    fighting.type = EventType(19);
    fighting.date = DateSpan::day(2020, 9, 12);
    fighting.participants = {{taliban.id, Event::Role::Source, false}};

    for (Event *event : {&talks, &omar, &deal, &ceasefire, &fighting}) {
        if (!events.insert(*event, &error))
            qWarning("event: %s", qPrintable(error));
    }
    if (!transaction.commit(&error))
        qWarning("commit: %s", qPrintable(error));
    sample.talks = talks.id;
    sample.ceasefire = deal.id;
    sample.unresolved = ceasefire.id;
    return sample;
}

std::unique_ptr<MainWindow> tst_MainWindow::makeWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->setErrorHandler(
        [this](const QString &, const QString &message) { m_errors.append(message); });
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

int tst_MainWindow::tableRows(MainWindow &window) const
{
    return window.eventTable()->model()->rowCount();
}

int tst_MainWindow::proxyRowOf(MainWindow &window, qint64 eventId) const
{
    const QAbstractItemModel *model = window.eventTable()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(EventTableModel::EventIdRole).toLongLong() == eventId)
            return row;
    }
    return -1;
}

void tst_MainWindow::firstLaunchCreatesDefaultWorkspace()
{
    const QString defaultPath = MainWindow::defaultWorkspacePath();
    QVERIFY(defaultPath.endsWith(QStringLiteral("Workspace.faultline")));
    QFile::remove(defaultPath);
    auto window = makeWindow();
    QVERIFY(window->openWorkspace(QString()));
    QVERIFY(m_errors.isEmpty());
    QCOMPARE(window->workspacePath(), defaultPath);
    QVERIFY(QFile::exists(defaultPath));
    // A first launch shows the story of the sample article, not an empty window.
    QVERIFY(tableRows(*window) >= 5);
    QVERIFY(window->windowTitle().contains(QStringLiteral("Workspace.faultline")));

    // The next launch opens the last workspace again.
    const Sample sample = makeWorkspace(QStringLiteral("last.faultline"));
    QVERIFY(window->openWorkspace(sample.path));
    window.reset();
    auto second = makeWindow();
    QVERIFY(second->openWorkspace(QString()));
    QCOMPARE(QFileInfo(second->workspacePath()).fileName(), QStringLiteral("last.faultline"));

    // ... unless it has gone: then the default one, still without an error.
    second.reset();
    QVERIFY(QFile::remove(sample.path));
    auto third = makeWindow();
    QVERIFY(third->openWorkspace(QString()));
    QCOMPARE(third->workspacePath(), defaultPath);
    QVERIFY(m_errors.isEmpty());
    third.reset();
    QFile::remove(defaultPath);
}

void tst_MainWindow::tableShowsEvents()
{
    const Sample sample = makeWorkspace(QStringLiteral("a.faultline"));
    auto window = makeWindow();
    QVERIFY(window->openWorkspace(sample.path));
    QCOMPARE(tableRows(*window), 5);
    QVERIFY(proxyRowOf(*window, sample.talks) >= 0);
    // Sorted by date with the unresolved event last.
    QCOMPARE(proxyRowOf(*window, sample.unresolved), 4);
    QTRY_VERIFY2(window->countsText().startsWith(QStringLiteral("5 events shown of 5")),
                 qPrintable(window->countsText()));
    QTRY_VERIFY2(window->countsText().contains(QStringLiteral("1 without a resolved date")),
                 qPrintable(window->countsText()));
    QVERIFY(window->windowTitle().startsWith(QStringLiteral("a.faultline")));

    // Descending by date: the latest first, and the unresolved date still last.
    EventTableView *table = window->eventTable();
    const int dateColumn = int(EventTableModel::Column::Date);
    QTest::mouseClick(table->horizontalHeader()->viewport(),
                      Qt::LeftButton,
                      {},
                      QPoint(table->horizontalHeader()->sectionViewportPosition(dateColumn) + 5,
                             table->horizontalHeader()->height() / 2));
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("Fighting in Helmand"));
    QCOMPARE(proxyRowOf(*window, sample.unresolved), 4);

    // By type: CAMEO order, numerically.
    table->sortByColumn(int(EventTableModel::Column::Type), Qt::AscendingOrder);
    int previous = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const int root = table->model()->index(row, 0).data(EventTableModel::CameoRootRole).toInt();
        QVERIFY(root >= previous);
        previous = root;
    }
}

void tst_MainWindow::clickingARowFillsDetails()
{
    const Sample sample = makeWorkspace(QStringLiteral("a.faultline"));
    auto window = makeWindow();
    QVERIFY(window->openWorkspace(sample.path));
    EventTableView *table = window->eventTable();
    const int row = proxyRowOf(*window, sample.talks);
    QVERIFY(row >= 0);
    const QModelIndex index = table->model()->index(row, int(EventTableModel::Column::Title));
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());

    QCOMPARE(window->selectedEvent(), sample.talks);
    QCOMPARE(window->detailsPanel()->eventId(), sample.talks);
    QCOMPARE(window->timelineView()->selectedEvent(), sample.talks);
    QCOMPARE(window->detailsPanel()->evidenceCount(), 1);
    QPlainTextEdit *text = window->detailsPanel()->evidenceTextView(0);
    QVERIFY(text);
    const QList<QTextEdit::ExtraSelection> selections = text->extraSelections();
    QCOMPARE(selections.size(), 1);
    QCOMPARE(qint64(selections.first().cursor.selectionStart()), sample.evidenceBegin);
    QCOMPARE(qint64(selections.first().cursor.selectionEnd()), sample.evidenceEnd);
    QVERIFY(
        selections.first().cursor.selectedText().startsWith(QStringLiteral("In 2015 Pakistan")));
}

void tst_MainWindow::tablePaintsQuadClassChips()
{
    const Sample sample = makeWorkspace(QStringLiteral("a.faultline"));
    auto window = makeWindow();
    QVERIFY(window->openWorkspace(sample.path));
    EventTableView *table = window->eventTable();
    const auto chipPixels = [table](int row, const QColor &color) {
        const QModelIndex index = table->model()->index(row, int(EventTableModel::Column::Type));
        const QRect cell = table->visualRect(index);
        const QImage image = table->viewport()->grab(cell).toImage();
        int count = 0;
        // The chip sits before the text, in the first part of the cell.
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < qMin(image.width(), cell.height() * 2); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                if (qAbs(pixel.red() - color.red()) < 8 && qAbs(pixel.green() - color.green()) < 8
                    && qAbs(pixel.blue() - color.blue()) < 8)
                    ++count;
            }
        }
        return count;
    };
    const QColor verbalCooperation(0x00, 0x72, 0xB2);
    const QColor materialConflict(0xD5, 0x5E, 0x00);
    const int talksRow = proxyRowOf(*window, sample.talks); // 04 Consult
    int fightingRow = -1;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(EventTableModel::CameoRootRole).toInt() == 19)
            fightingRow = row;
    }
    QVERIFY(talksRow >= 0 && fightingRow >= 0);
    QVERIFY(chipPixels(talksRow, verbalCooperation) > 4);
    QCOMPARE(chipPixels(talksRow, materialConflict), 0);
    QVERIFY(chipPixels(fightingRow, materialConflict) > 4);
    QCOMPARE(chipPixels(fightingRow, verbalCooperation), 0);
}

void tst_MainWindow::timelineSelectionSelectsRow()
{
    const Sample sample = makeWorkspace(QStringLiteral("a.faultline"));
    auto window = makeWindow();
    QVERIFY(window->openWorkspace(sample.path));
    // What the timeline announces when the user clicks an event.
    emit window->timelineView()->eventSelected(sample.ceasefire);
    QCOMPARE(window->selectedEvent(), sample.ceasefire);
    QCOMPARE(window->eventTable()->selectedEvent(), sample.ceasefire);
    const QModelIndex current = window->eventTable()->currentIndex();
    QCOMPARE(current.data(EventTableModel::EventIdRole).toLongLong(), sample.ceasefire);
    QCOMPARE(window->detailsPanel()->eventId(), sample.ceasefire);
}

void tst_MainWindow::enterOpensDetails()
{
    const Sample sample = makeWorkspace(QStringLiteral("a.faultline"));
    auto window = makeWindow();
    QVERIFY(window->openWorkspace(sample.path));
    window->detailsDock()->hide();
    QVERIFY(!window->detailsDock()->isVisible());
    EventTableView *table = window->eventTable();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(proxyRowOf(*window, sample.talks), 1));
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(window->detailsDock()->isVisible());
    QCOMPARE(window->detailsPanel()->eventId(), sample.talks);
}

void tst_MainWindow::filterReducesRowsAndCounts()
{
    const Sample sample = makeWorkspace(QStringLiteral("a.faultline"));
    auto window = makeWindow();
    QVERIFY(window->openWorkspace(sample.path));
    QCOMPARE(tableRows(*window), 5);
    const int paintedBefore = window->timelineView()->totalCount();

    QLineEdit *search = window->filterBar()->searchEdit();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("ceasefire"));
    QTRY_COMPARE(tableRows(*window), 2);
    QTRY_VERIFY2(window->countsText().startsWith(QStringLiteral("2 events shown of 5")),
                 qPrintable(window->countsText()));
    QTRY_VERIFY(window->timelineView()->totalCount() < paintedBefore);
    QCOMPARE(window->filter().text, QStringLiteral("ceasefire"));

    QTest::mouseClick(window->filterBar()->clearButton(), Qt::LeftButton);
    QTRY_COMPARE(tableRows(*window), 5);
    QTRY_VERIFY(window->countsText().startsWith(QStringLiteral("5 events shown of 5")));
}

void tst_MainWindow::laneModeActions_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("actor") << int(LaneMode::Actor);
    QTest::newRow("type") << int(LaneMode::EventType);
    QTest::newRow("article") << int(LaneMode::Article);
    QTest::newRow("none") << int(LaneMode::None);
}

void tst_MainWindow::laneModeActions()
{
    QFETCH(int, mode);
    const Sample sample = makeWorkspace(QStringLiteral("a.faultline"));
    auto window = makeWindow();
    QVERIFY(window->openWorkspace(sample.path));
    if (LaneMode(mode) == LaneMode::None)
        window->laneModeAction(LaneMode::Actor)->trigger();
    QAction *action = window->laneModeAction(LaneMode(mode));
    QVERIFY(action);
    QVERIFY(action->isCheckable());
    action->trigger();
    QCOMPARE(int(window->timelineView()->laneMode()), mode);
    QVERIFY(action->isChecked());
    int checked = 0;
    for (LaneMode other : {LaneMode::None, LaneMode::Actor, LaneMode::EventType, LaneMode::Article})
        checked += window->laneModeAction(other)->isChecked() ? 1 : 0;
    QCOMPARE(checked, 1);
}

void tst_MainWindow::overviewFollowsTimeline()
{
    const Sample sample = makeWorkspace(QStringLiteral("a.faultline"));
    auto window = makeWindow();
    QVERIFY(window->openWorkspace(sample.path));
    QTRY_VERIFY(window->overviewChart()->binCount() > 0);
    const double from = DateSpan::julianDay(2019, 1, 1);
    const double to = DateSpan::julianDay(2020, 1, 1);
    window->timelineView()->setVisibleRange(from, to);
    QTRY_COMPARE(window->overviewChart()->visibleFrom(), window->timelineView()->visibleFrom());
    QCOMPARE(window->overviewChart()->visibleTo(), window->timelineView()->visibleTo());

    // A range chosen on the overview moves the timeline.
    emit window->overviewChart()->rangeSelected(DateSpan::julianDay(2015, 1, 1),
                                                DateSpan::julianDay(2016, 1, 1));
    QTRY_VERIFY(qAbs(window->timelineView()->visibleFrom() - DateSpan::julianDay(2015, 1, 1)) < 1);
    QVERIFY(qAbs(window->timelineView()->visibleTo() - DateSpan::julianDay(2016, 1, 1)) < 1);
}

void tst_MainWindow::viewActionsDriveTheTimeline()
{
    const Sample sample = makeWorkspace(QStringLiteral("a.faultline"));
    auto window = makeWindow();
    QVERIFY(window->openWorkspace(sample.path));
    TimelineView *timeline = window->timelineView();
    const auto span = [timeline] { return timeline->visibleTo() - timeline->visibleFrom(); };

    const double fitted = span();
    window->findChild<QAction *>(QStringLiteral("actionZoomIn"))->trigger();
    QTRY_VERIFY(span() < fitted);
    const double zoomed = span();
    window->findChild<QAction *>(QStringLiteral("actionZoomOut"))->trigger();
    QTRY_VERIFY(span() > zoomed);
    // The keyboard shortcut reaches the same action.
    window->activateWindow();
    QTest::keyClick(window.get(), Qt::Key_Equal, Qt::ControlModifier);
    QTRY_VERIFY(span() < fitted);
    window->findChild<QAction *>(QStringLiteral("actionFitAll"))->trigger();
    QTRY_VERIFY(qAbs(span() - fitted) < 1e-6 * fitted);

    // Zoom to Selection needs a selection.
    QAction *zoomToSelection = window->findChild<QAction *>(
        QStringLiteral("actionZoomToSelection"));
    QVERIFY(!zoomToSelection->isEnabled());
    window->selectEvent(sample.ceasefire);
    QVERIFY(zoomToSelection->isEnabled());

    // Go to Date: a month-precise date shows that month.
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<GoToDateDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->dateEdit(), QStringLiteral("2018-08"));
        QVERIFY(dialog->date().has_value());
        dialog->accept();
    });
    window->findChild<QAction *>(QStringLiteral("actionGoToDate"))->trigger();
    QTRY_VERIFY(qAbs(timeline->visibleFrom() - DateSpan::julianDay(2018, 8, 1)) < 1);
    QVERIFY(qAbs(timeline->visibleTo() - DateSpan::julianDay(2018, 9, 1)) < 1);
}

void tst_MainWindow::stateIsRestored()
{
    const Sample sample = makeWorkspace(QStringLiteral("a.faultline"));
    {
        auto window = makeWindow();
        QVERIFY(window->openWorkspace(sample.path));
        window->resize(1111, 777);
        window->tableDock()->hide();
        window->laneModeAction(LaneMode::EventType)->trigger();
        QVERIFY(window->close()); // saves
    }
    auto window = makeWindow();
    QVERIFY(window->tableDock()->isHidden());
    QVERIFY(window->detailsDock()->isVisible());
    QCOMPARE(window->size(), QSize(1111, 777));
    QCOMPARE(window->timelineView()->laneMode(), LaneMode::EventType);
    QVERIFY(window->laneModeAction(LaneMode::EventType)->isChecked());
    // Every dock and toolbar has an object name, or saveState cannot restore it.
    for (const QDockWidget *dock : window->findChildren<QDockWidget *>())
        QVERIFY(!dock->objectName().isEmpty());
    for (const QToolBar *bar : window->findChildren<QToolBar *>())
        QVERIFY(!bar->objectName().isEmpty());
}

void tst_MainWindow::badFileKeepsPreviousWorkspace()
{
    const Sample sample = makeWorkspace(QStringLiteral("good.faultline"));
    const QString bad = m_dir->filePath(QStringLiteral("notes.faultline"));
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are my notes, not a database.\n");
    }
    auto window = makeWindow();
    QVERIFY(window->openWorkspace(sample.path));
    const QString title = window->windowTitle();

    QVERIFY(!window->openWorkspace(bad));
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.first().contains(QStringLiteral("notes.faultline")),
             qPrintable(m_errors.first()));
    QCOMPARE(QFileInfo(window->workspacePath()).fileName(), QStringLiteral("good.faultline"));
    QCOMPARE(window->windowTitle(), title);
    QCOMPARE(tableRows(*window), 5);
    QVERIFY(!window->recentWorkspaces().contains(QFileInfo(bad).canonicalFilePath()));
}

void tst_MainWindow::badFileShowsMessageBox()
{
    const QString bad = m_dir->filePath(QStringLiteral("broken.faultline"));
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    MainWindow window; // the real error path: a message box
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString shown;
    Qt::TextFormat format = Qt::AutoText;
    // Poll for the box rather than trusting one timer shot to land inside exec().
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (box && box->isVisible()) {
                shown = box->text();
                format = box->textFormat();
                box->accept();
                poll.stop();
                return;
            }
        }
    });
    poll.start();
    QVERIFY(!window.openWorkspace(bad));
    QVERIFY2(shown.contains(QStringLiteral("broken.faultline")), qPrintable(shown));
    QCOMPARE(format, Qt::PlainText);
    QVERIFY(window.workspacePath().isEmpty());
}

void tst_MainWindow::recentWorkspaces()
{
    const Sample a = makeWorkspace(QStringLiteral("a.faultline"));
    const Sample b = makeWorkspace(QStringLiteral("b.faultline"));
    auto window = makeWindow();
    QVERIFY(window->openWorkspace(a.path));
    QVERIFY(window->openWorkspace(b.path));
    QStringList recent = window->recentWorkspaces();
    QCOMPARE(recent.size(), 2);
    QCOMPARE(QFileInfo(recent.at(0)).fileName(), QStringLiteral("b.faultline"));
    QCOMPARE(QFileInfo(recent.at(1)).fileName(), QStringLiteral("a.faultline"));

    auto *menu = window->findChild<QMenu *>(QStringLiteral("menuRecent"));
    QVERIFY(menu);
    emit menu->aboutToShow();
    QList<QAction *> entries;
    for (QAction *action : menu->actions()) {
        if (action->data().isValid())
            entries.append(action);
    }
    QCOMPARE(entries.size(), 2);
    entries.at(1)->trigger();
    QCOMPARE(QFileInfo(window->workspacePath()).fileName(), QStringLiteral("a.faultline"));

    // A file that has gone is dropped from the menu and the settings.
    QVERIFY(QFile::remove(b.path));
    emit menu->aboutToShow();
    recent = window->recentWorkspaces();
    QCOMPARE(recent.size(), 1);
    QCOMPARE(QSettings().value(QStringLiteral("workspace/recent")).toStringList().size(), 1);

    // No more than ten, newest first.
    for (int i = 0; i < 12; ++i)
        QVERIFY(window->openWorkspace(m_dir->filePath(QStringLiteral("n%1.faultline").arg(i))));
    recent = window->recentWorkspaces();
    QCOMPARE(recent.size(), MainWindow::MaxRecentWorkspaces);
    QCOMPARE(QFileInfo(recent.first()).fileName(), QStringLiteral("n11.faultline"));

    window->findChild<QAction *>(QStringLiteral("actionClearRecent"))->trigger();
    QVERIFY(window->recentWorkspaces().isEmpty());
}

void tst_MainWindow::closeWorkspace()
{
    const Sample sample = makeWorkspace(QStringLiteral("a.faultline"));
    auto window = makeWindow();
    QVERIFY(window->openWorkspace(sample.path));
    window->selectEvent(sample.talks);
    QCOMPARE(window->detailsPanel()->eventId(), sample.talks);
    window->findChild<QAction *>(QStringLiteral("actionClose"))->trigger();
    QVERIFY(window->workspacePath().isEmpty());
    QCOMPARE(window->windowTitle(), QStringLiteral("Faultline"));
    QCOMPARE(tableRows(*window), 0);
    QCOMPARE(window->detailsPanel()->eventId(), 0);
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("actionClose"))->isEnabled());
    QCOMPARE(window->countsText(), QStringLiteral("No workspace open"));
}

void tst_MainWindow::readOnlyTitle()
{
    // The store judges read-only files by their permission bits, so this
    // holds when the tests run as root too.
    const Sample sample = makeWorkspace(QStringLiteral("ro.faultline"));
    QVERIFY(QFile::setPermissions(sample.path, QFile::ReadOwner | QFile::ReadUser));
    auto window = makeWindow();
    QVERIFY(window->openWorkspace(sample.path));
    QVERIFY2(window->windowTitle().contains(QStringLiteral("[read-only]")),
             qPrintable(window->windowTitle()));
    QCOMPARE(tableRows(*window), 5);
    QFile::setPermissions(sample.path, QFile::ReadOwner | QFile::WriteOwner);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
