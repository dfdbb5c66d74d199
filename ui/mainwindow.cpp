#include "ui/mainwindow.h"

#include "core/store/sampleworkspace.h"

#include "core/ingest/articlefiles.h"
#include "core/interchange/dataimporter.h"
#include "core/query/eventtablemodel.h"
#include "core/store/eventrepository.h"
#include "core/store/workspace.h"
#include "core/store/workspacebackup.h"
#include "ui/dialogs/aboutdialog.h"
#include "ui/dialogs/exportdatadialog.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/dialogs/gotodatedialog.h"
#include "ui/dialogs/importcontroller.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/export/reportexporter.h"
#include "ui/export/timelineexporter.h"
#include "ui/graph/actorgraphpanel.h"
#include "ui/graph/actorgraphview.h"
#include "ui/panels/actorlistpanel.h"
#include "ui/panels/eventdetailspanel.h"
#include "ui/panels/eventtableview.h"
#include "ui/panels/filterbar.h"
#include "ui/panels/overviewchart.h"
#include "ui/timeline/timelineview.h"
#include "ui/undo/acceptimportcommand.h"
#include "ui/undo/actoractions.h"
#include "ui/undo/eventactions.h"
#include "ui/undo/undocontroller.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrinter>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

Q_LOGGING_CATEGORY(lcMainWindow, "faultline.ui")

namespace Faultline {

namespace {

const char SettingsGeometry[] = "mainwindow/geometry";
const char SettingsState[] = "mainwindow/state";
// The layout direction the dock state was saved in: docks keep to the side
// where the reading starts, so a change of direction mirrors them.
const char SettingsStateDirection[] = "mainwindow/stateRightToLeft";
const char SettingsLaneMode[] = "timeline/laneMode";
const char SettingsLastWorkspace[] = "workspace/last";
const char SettingsRecent[] = "workspace/recent";
// Bumped when the set of docks and toolbars changes, so an old state is not half-applied.
constexpr int StateVersion = 3; // 3: the actor list dock

QString laneModeKey(LaneMode mode)
{
    switch (mode) {
    case LaneMode::None:
        return QStringLiteral("none");
    case LaneMode::Actor:
        return QStringLiteral("actor");
    case LaneMode::EventType:
        return QStringLiteral("type");
    case LaneMode::Article:
        return QStringLiteral("article");
    }
    return QStringLiteral("none");
}

LaneMode laneModeFromKey(const QString &key)
{
    for (LaneMode mode : {LaneMode::None, LaneMode::Actor, LaneMode::EventType, LaneMode::Article}) {
        if (laneModeKey(mode) == key)
            return mode;
    }
    return LaneMode::None;
}

// The desktop's icon where the theme has one, ours where it does not.
QIcon themedIcon(const QString &name)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
}

QString canonicalPath(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/faultline.svg")));
    // Articles dropped anywhere on the window are imported, through a review.
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks
                   | QMainWindow::AllowTabbedDocks);
    // A first start fills most of the screen; later starts restore the saved geometry.
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QSize available = screen->availableGeometry().size();
        resize(std::max(960, available.width() * 9 / 10),
               std::max(640, available.height() * 9 / 10));
    } else {
        resize(1280, 800);
    }

    createCentralArea();
    createEditing();
    createDocks();
    createActions();
    createMenus();
    createToolBars();
    createStatusBar();
    retranslateUi();

    restoreSettings();
    attachViews(nullptr);
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The views hold raw pointers to the workspace: detach them before it goes.
    attachViews(nullptr);
    m_workspace.reset();
}

void MainWindow::createCentralArea()
{
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralArea"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_timeline = new TimelineView(central);
    m_timeline->setObjectName(QStringLiteral("timelineView"));
    m_overview = new OverviewChart(central);
    layout->addWidget(m_timeline, 1);
    layout->addWidget(m_overview);
    setCentralWidget(central);

    TimelineView *timeline = m_timeline;
    m_overview->setIndexSource([timeline] { return timeline->index(); });
    connect(m_overview, &OverviewChart::rangeSelected, m_timeline, &TimelineView::setVisibleRange);
    connect(m_timeline, &TimelineView::visibleRangeChanged, this, [this](double from, double to) {
        m_overview->setVisibleRange(from, to);
        updateCounts();
    });
    connect(m_timeline, &TimelineView::countsChanged, this, [this] {
        m_overview->rebuild();
        m_overview->setVisibleRange(m_timeline->visibleFrom(), m_timeline->visibleTo());
        updateCounts();
    });
    connect(m_timeline, &TimelineView::eventSelected, this, [this](qint64 id) {
        setSelection(id, SelectionSource::Timeline);
    });
    connect(m_timeline, &TimelineView::eventActivated, this, &MainWindow::showDetails);
    connect(m_timeline, &TimelineView::eventActivated, this, [this](qint64 id) {
        m_eventActions->editEvent(id);
    });
}

void MainWindow::createEditing()
{
    m_undo = new UndoController(this);
    m_eventActions = new EventActions(m_undo, this);
    m_actorActions = new ActorActions(m_undo, this);
    connect(m_undo, &UndoController::workspaceEdited, this, &MainWindow::reloadViews);
    connect(m_undo, &UndoController::failed, this, [this](const QString &message) {
        showError(tr("Cannot Change the Workspace"), message);
    });
    connect(m_eventActions, &EventActions::eventWritten, this, &MainWindow::selectEvent);
    connect(m_timeline, &TimelineView::emptyDoubleClicked, m_eventActions, [this](qint64 day) {
        m_eventActions->newEvent(day);
    });
    connect(m_timeline, &TimelineView::eventDragged, m_eventActions, &EventActions::moveEvent);

    m_undoAction = m_undo->stack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->stack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});

    m_newEventAction = new QAction(tr("&New Event…"), this);
    m_newEventAction->setObjectName(QStringLiteral("actionNewEvent"));
    m_newEventAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newEventAction->setStatusTip(tr("Add an event by hand"));
    connect(m_newEventAction, &QAction::triggered, this, [this] { m_eventActions->newEvent(); });
    m_editEventAction = new QAction(tr("&Edit Event…"), this);
    m_editEventAction->setObjectName(QStringLiteral("actionEditEvent"));
    connect(m_editEventAction, &QAction::triggered, this, [this] {
        m_eventActions->editEvent(m_selectedEvent);
    });
    m_deleteEventAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")),
                                      tr("&Delete Event"),
                                      this);
    m_deleteEventAction->setObjectName(QStringLiteral("actionDeleteEvent"));
    m_deleteEventAction->setShortcut(QKeySequence::Delete);
    // Only where events are selected: Delete in a text field or the actor list stays theirs.
    m_deleteEventAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_timeline->addAction(m_deleteEventAction);
    connect(m_deleteEventAction, &QAction::triggered, this, [this] {
        if (m_selectedEvent > 0)
            m_eventActions->deleteEvents({m_selectedEvent});
    });

    m_saveAsAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
                                 tr("Save &As…"),
                                 this);
    m_saveAsAction->setObjectName(QStringLiteral("actionSaveAs"));
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_saveAsAction->setStatusTip(
        tr("Copy the workspace to a new file and go on working in the copy"));
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAsDialog);
}

void MainWindow::reloadViews()
{
    if (!m_workspace)
        return;
    m_workspaceEventCount = EventRepository(*m_workspace).count();
    m_filterBar->reloadChoices();
    m_timeline->reload();
    m_table->refresh();
    m_graphView->rebuild();
    m_actorList->reload();
    m_overview->rebuild();
    m_overview->setVisibleRange(m_timeline->visibleFrom(), m_timeline->visibleTo());
    if (m_selectedEvent > 0 && !EventRepository(*m_workspace).find(m_selectedEvent))
        setSelection(0, SelectionSource::Program);
    else
        m_details->reload();
    updateCounts();
    updateActions();
}

bool MainWindow::saveWorkspaceAs(const QString &path)
{
    if (!m_workspace)
        return false;
    QString error;
    if (!WorkspaceBackup::copy(*m_workspace, path, &error)) {
        showError(tr("Cannot Save Workspace"), error);
        return false;
    }
    m_undo->keepHistoryForCopy(true);
    const bool opened = openWorkspace(path);
    m_undo->keepHistoryForCopy(false);
    if (opened)
        statusBar()->showMessage(tr("Saved a copy as “%1”; you are working in the copy now.")
                                     .arg(QDir::toNativeSeparators(path)),
                                 8000);
    return opened;
}

void MainWindow::saveAsDialog()
{
    if (!m_workspace)
        return;
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Save Workspace As"),
                                                      QFileInfo(m_workspace->path()).absolutePath(),
                                                      tr("Faultline workspaces (*.faultline)"));
    if (path.isEmpty())
        return;
    saveWorkspaceAs(
        path.endsWith(QLatin1String(".faultline")) ? path : path + QStringLiteral(".faultline"));
}

void MainWindow::createDocks()
{
    m_table = new EventTableView(this);
    m_tableDock = new QDockWidget(this);
    m_tableDock->setObjectName(QStringLiteral("eventTableDock"));
    m_tableDock->setWidget(m_table);
    addDockWidget(Qt::BottomDockWidgetArea, m_tableDock);

    m_details = new EventDetailsPanel(this);
    m_detailsDock = new QDockWidget(this);
    m_detailsDock->setObjectName(QStringLiteral("eventDetailsDock"));
    m_detailsDock->setWidget(m_details);
    // The details take the right area's top, the actor graph its bottom.
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
    m_graphPanel = new ActorGraphPanel(this);
    m_graphView = m_graphPanel->view();
    m_graphDock = new QDockWidget(this);
    m_graphDock->setObjectName(QStringLiteral("actorGraphDock"));
    m_graphDock->setWidget(m_graphPanel);
    splitDockWidget(m_detailsDock, m_graphDock, Qt::Vertical);
    resizeDocks({m_detailsDock}, {420}, Qt::Horizontal);
    resizeDocks({m_tableDock}, {240}, Qt::Vertical);
    m_actorList = new ActorListPanel(m_actorActions, this);
    m_actorDock = new QDockWidget(tr("Actors"), this);
    m_actorDock->setObjectName(QStringLiteral("actorListDock"));
    m_actorDock->setWidget(m_actorList);
    tabifyDockWidget(m_tableDock, m_actorDock);
    m_tableDock->raise();
    connect(m_actorList, &ActorListPanel::actorActivated, this, [this](qint64, const QString &name) {
        m_filterBar->setActorName(name);
    });
    // A node's menu: the actor actions, then the graph's own (neighbourhood).
    m_graphPanel->setActorMenuFactory([this](qint64 actorId, QWidget *parent) {
        return m_actorActions->createMenu(actorId, parent);
    });
    connect(m_graphPanel, &ActorGraphPanel::eventChosen, this, &MainWindow::selectEvent);
    m_table->addAction(m_deleteEventAction);
    connect(m_table, &EventTableView::eventActivated, m_eventActions, &EventActions::editEvent);

    connect(m_table, &EventTableView::eventSelected, this, [this](qint64 id) {
        setSelection(id, SelectionSource::Table);
    });
    connect(m_table, &EventTableView::eventActivated, this, &MainWindow::showDetails);

    // The graph follows the timeline's window; clicking an actor filters every view by it.
    connect(m_timeline,
            &TimelineView::visibleRangeChanged,
            m_graphView,
            &ActorGraphView::setTimeRange);
    connect(m_graphView, &ActorGraphView::actorSelected, this, [this](qint64 actorId) {
        const int node = m_graphView->graph().indexOf(actorId);
        if (node >= 0)
            m_filterBar->setActorName(m_graphView->graph().nodes()[size_t(node)].name);
    });
    connect(m_graphView, &ActorGraphView::edgeSelected, this, [this](qint64 first, qint64 second) {
        // The first shared event, so the details show what links the two.
        const ActorGraph::Edge *edge
            = m_graphView->graph().edgeBetween(first, second, ActorGraph::EdgeKind::SharedEvents);
        if (edge && !edge->eventIds.isEmpty())
            selectEvent(edge->eventIds.constFirst());
        else
            m_graphView->setHighlightedActors({first, second});
    });
}

void MainWindow::createActions()
{
    m_newAction = new QAction(themedIcon(QStringLiteral("document-new")), QString(), this);
    m_newAction->setObjectName(QStringLiteral("actionNew"));
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkspaceDialog);

    m_openAction = new QAction(themedIcon(QStringLiteral("document-open")), QString(), this);
    m_openAction->setObjectName(QStringLiteral("actionOpen"));
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWorkspaceDialog);

    m_closeAction = new QAction(QIcon::fromTheme(QStringLiteral("document-close")), QString(), this);
    m_closeAction->setObjectName(QStringLiteral("actionClose"));
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeWorkspace);

    m_quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")),
                               QString(),
                               this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_clearRecentAction = new QAction(this);
    m_clearRecentAction->setObjectName(QStringLiteral("actionClearRecent"));
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        QSettings settings;
        settings.remove(QLatin1String(SettingsRecent));
        rebuildRecentMenu();
    });

    m_findAction = new QAction(themedIcon(QStringLiteral("edit-find")), QString(), this);
    m_findAction->setObjectName(QStringLiteral("actionFind"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filterToolBar->show();
        m_filterBar->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->searchEdit()->selectAll();
    });

    m_zoomInAction = new QAction(themedIcon(QStringLiteral("zoom-in")), QString(), this);
    m_zoomInAction->setObjectName(QStringLiteral("actionZoomIn"));
    // Ctrl+= too: on many layouts "+" needs Shift.
    m_zoomInAction->setShortcuts(
        {QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(m_zoomInAction, &QAction::triggered, m_timeline, &TimelineView::zoomIn);

    m_zoomOutAction = new QAction(themedIcon(QStringLiteral("zoom-out")), QString(), this);
    m_zoomOutAction->setObjectName(QStringLiteral("actionZoomOut"));
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, m_timeline, &TimelineView::zoomOut);

    m_fitAllAction = new QAction(themedIcon(QStringLiteral("zoom-fit-best")), QString(), this);
    m_fitAllAction->setObjectName(QStringLiteral("actionFitAll"));
    m_fitAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_fitAllAction, &QAction::triggered, m_timeline, &TimelineView::fitAll);

    m_zoomToSelectionAction = new QAction(themedIcon(QStringLiteral("zoom-select")),
                                          QString(),
                                          this);
    m_zoomToSelectionAction->setObjectName(QStringLiteral("actionZoomToSelection"));
    m_zoomToSelectionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_zoomToSelectionAction,
            &QAction::triggered,
            m_timeline,
            &TimelineView::zoomToSelection);

    m_goToDateAction = new QAction(themedIcon(QStringLiteral("go-jump")), QString(), this);
    m_goToDateAction->setObjectName(QStringLiteral("actionGoToDate"));
    m_goToDateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(m_goToDateAction, &QAction::triggered, this, &MainWindow::goToDateDialog);

    m_importAction = new QAction(QIcon::fromTheme(QStringLiteral("document-import")),
                                 QString(),
                                 this);
    m_importAction->setObjectName(QStringLiteral("actionImport"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importDialog);

    m_pasteAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-paste")), QString(), this);
    m_pasteAction->setObjectName(QStringLiteral("actionPaste"));
    m_pasteAction->setShortcut(QKeySequence::Paste);
    connect(m_pasteAction, &QAction::triggered, this, &MainWindow::pasteImport);

    m_laneGroup = new QActionGroup(this);
    m_laneGroup->setExclusive(true);
    const struct
    {
        LaneMode mode;
        const char *name;
    } lanes[] = {
        {LaneMode::None, "actionLaneNone"},
        {LaneMode::Actor, "actionLaneActor"},
        {LaneMode::EventType, "actionLaneType"},
        {LaneMode::Article, "actionLaneArticle"},
    };
    int digit = 1;
    for (const auto &lane : lanes) {
        auto *action = new QAction(m_laneGroup);
        action->setObjectName(QLatin1String(lane.name));
        action->setCheckable(true);
        action->setData(int(lane.mode));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | (Qt::Key_0 + digit++)));
        connect(action, &QAction::triggered, this, [this, mode = lane.mode] {
            m_timeline->setLaneMode(mode);
            QSettings().setValue(QLatin1String(SettingsLaneMode), laneModeKey(mode));
        });
    }

    m_exportAction = new QAction(QIcon::fromTheme(QStringLiteral("document-export")),
                                 QString(),
                                 this);
    m_exportAction->setObjectName(QStringLiteral("actionExportTimeline"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportTimelineDialog);
    m_exportReportAction = new QAction(this);
    m_exportReportAction->setObjectName(QStringLiteral("actionExportReport"));
    connect(m_exportReportAction, &QAction::triggered, this, &MainWindow::exportReportDialog);
    m_exportDataAction = new QAction(this);
    m_exportDataAction->setObjectName(QStringLiteral("actionExportData"));
    connect(m_exportDataAction, &QAction::triggered, this, &MainWindow::exportDataDialog);
    m_printAction = new QAction(QIcon::fromTheme(QStringLiteral("document-print")), QString(), this);
    m_printAction->setObjectName(QStringLiteral("actionPrint"));
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, &MainWindow::printTimeline);

    m_aboutAction = new QAction(QIcon(QStringLiteral(":/icons/faultline.svg")), QString(), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_preferencesAction = new QAction(QIcon::fromTheme(QStringLiteral("preferences-system")),
                                      QString(),
                                      this);
    m_preferencesAction->setObjectName(QStringLiteral("actionPreferences"));
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(QString());
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addAction(m_closeAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addAction(m_graphPanel->exportAction());
    file->addAction(m_exportReportAction);
    file->addAction(m_exportDataAction);
    file->addAction(m_printAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(QString());
    edit->setObjectName(QStringLiteral("menuEdit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_newEventAction);
    edit->addAction(m_editEventAction);
    edit->addAction(m_deleteEventAction);
    edit->addSeparator();
    edit->addAction(m_pasteAction);
    edit->addAction(m_findAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    QMenu *view = menuBar()->addMenu(QString());
    view->setObjectName(QStringLiteral("menuView"));
    view->addAction(m_zoomInAction);
    view->addAction(m_zoomOutAction);
    view->addAction(m_fitAllAction);
    view->addAction(m_zoomToSelectionAction);
    view->addAction(m_goToDateAction);
    view->addSeparator();
    m_laneMenu = view->addMenu(QString());
    m_laneMenu->setObjectName(QStringLiteral("menuLanes"));
    m_laneMenu->setIcon(themedIcon(QStringLiteral("view-lanes")));
    m_laneMenu->addActions(m_laneGroup->actions());
    view->addSeparator();
    view->addAction(m_tableDock->toggleViewAction());
    view->addAction(m_detailsDock->toggleViewAction());
    view->addAction(m_graphDock->toggleViewAction());
    view->addAction(m_actorDock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(QString());
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(m_aboutAction);
    rebuildRecentMenu();
}

void MainWindow::createToolBars()
{
    m_mainToolBar = addToolBar(QString());
    m_mainToolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_mainToolBar->addAction(m_openAction);
    m_mainToolBar->addSeparator();
    m_mainToolBar->addAction(m_zoomInAction);
    m_mainToolBar->addAction(m_zoomOutAction);
    m_mainToolBar->addAction(m_fitAllAction);
    m_mainToolBar->addAction(m_zoomToSelectionAction);
    m_mainToolBar->addAction(m_goToDateAction);
    m_mainToolBar->addSeparator();
    m_mainToolBar->addAction(m_laneMenu->menuAction());
    if (auto *button = qobject_cast<QToolButton *>(
            m_mainToolBar->widgetForAction(m_laneMenu->menuAction())))
        button->setPopupMode(QToolButton::InstantPopup);

    addToolBarBreak();
    m_filterBar = new FilterBar(this);
    m_filterToolBar = addToolBar(QString());
    m_filterToolBar->setObjectName(QStringLiteral("filterToolBar"));
    m_filterToolBar->addWidget(m_filterBar);
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);

    // The toolbars come after the docks in the View menu.
    QMenu *view = menuBar()->findChild<QMenu *>(QStringLiteral("menuView"));
    if (view) {
        view->addAction(m_mainToolBar->toggleViewAction());
        view->addAction(m_filterToolBar->toggleViewAction());
    }
}

void MainWindow::retranslateUi()
{
    m_tableDock->setWindowTitle(tr("Events"));
    m_detailsDock->setWindowTitle(tr("Event Details"));
    m_graphDock->setWindowTitle(tr("Actor Graph"));

    m_newAction->setText(tr("&New Workspace…"));
    m_newAction->setStatusTip(tr("Create an empty workspace file"));
    m_openAction->setText(tr("&Open Workspace…"));
    m_openAction->setStatusTip(tr("Open a workspace file"));
    m_closeAction->setText(tr("&Close Workspace"));
    m_quitAction->setText(tr("&Quit"));
    m_clearRecentAction->setText(tr("&Clear Menu"));
    m_findAction->setText(tr("&Find…"));
    m_findAction->setStatusTip(tr("Search event titles and evidence"));
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_fitAllAction->setText(tr("&Fit All"));
    m_zoomToSelectionAction->setText(tr("Zoom to &Selection"));
    m_goToDateAction->setText(tr("&Go to Date…"));
    m_importAction->setText(tr("&Import Articles…"));
    m_importAction->setStatusTip(tr("Read articles (text, Markdown, HTML, PDF) and review "
                                    "their events before importing them"));
    m_pasteAction->setText(tr("&Paste"));
    m_pasteAction->setStatusTip(tr("Import the article text or files on the clipboard"));
    for (QAction *action : m_laneGroup->actions()) {
        switch (LaneMode(action->data().toInt())) {
        case LaneMode::None:
            action->setText(tr("&No Lanes"));
            break;
        case LaneMode::Actor:
            action->setText(tr("By &Actor"));
            break;
        case LaneMode::EventType:
            action->setText(tr("By Event &Type"));
            break;
        case LaneMode::Article:
            action->setText(tr("By A&rticle"));
            break;
        }
    }
    m_exportAction->setText(tr("&Export Timeline…"));
    m_exportAction->setStatusTip(tr("Save the timeline as a PNG, PDF or SVG file"));
    m_exportReportAction->setText(tr("Export &Report…"));
    m_exportReportAction->setStatusTip(
        tr("Save a PDF briefing: the timeline, the events with their evidence and the articles"));
    m_exportDataAction->setText(tr("Export &Data…"));
    m_exportDataAction->setStatusTip(
        tr("Save the events or the actor graph as TimelineJS, CSV, JSON, ACLED, GEXF or GraphML"));
    m_printAction->setText(tr("&Print…"));
    m_aboutAction->setText(tr("&About Faultline"));
    m_preferencesAction->setText(tr("Pre&ferences…"));
    m_preferencesAction->setStatusTip(tr("Language, calendar, default lanes and theme"));

    const struct
    {
        const char *name;
        QString title;
    } menus[] = {{"menuFile", tr("&File")},
                 {"menuEdit", tr("&Edit")},
                 {"menuView", tr("&View")},
                 {"menuHelp", tr("&Help")}};
    for (const auto &menu : menus) {
        if (auto *found = menuBar()->findChild<QMenu *>(QLatin1String(menu.name)))
            found->setTitle(menu.title);
    }
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_laneMenu->setTitle(tr("&Lanes"));
    m_mainToolBar->setWindowTitle(tr("Main Toolbar"));
    m_filterToolBar->setWindowTitle(tr("Filters"));

    // Toolbar buttons show icons only: name the shortcut in their tool tips.
    for (QAction *action : m_mainToolBar->actions()) {
        if (action->isSeparator() || action->shortcut().isEmpty())
            continue;
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        if (text.endsWith(QChar(0x2026)))
            text.chop(1);
        action->setToolTip(
            tr("%1 (%2)").arg(text, action->shortcut().toString(QKeySequence::NativeText)));
    }
    updateTitle();
    updateCounts();
}

void MainWindow::changeEvent(QEvent *event)
{
    // The panels retranslate themselves; the window does its menus and actions.
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::LocaleChange)
        updateCounts();
    else if (event->type() == QEvent::LayoutDirectionChange)
        mirrorSideDocks();
    QMainWindow::changeEvent(event);
}

void MainWindow::mirrorSideDocks()
{
    // Qt keeps dock areas where they are when the layout direction changes;
    // a right-to-left window wants the side panels on its left.
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly);
    QList<QDockWidget *> left;
    QList<QDockWidget *> right;
    for (QDockWidget *dock : docks) {
        if (dock->isFloating())
            continue;
        const Qt::DockWidgetArea area = dockWidgetArea(dock);
        if (area == Qt::LeftDockWidgetArea)
            left.append(dock);
        else if (area == Qt::RightDockWidgetArea)
            right.append(dock);
    }
    const auto byTop = [](const QDockWidget *a, const QDockWidget *b) { return a->y() < b->y(); };
    std::stable_sort(left.begin(), left.end(), byTop);
    std::stable_sort(right.begin(), right.end(), byTop);
    for (QDockWidget *dock : std::as_const(right))
        addDockWidget(Qt::LeftDockWidgetArea, dock, Qt::Vertical);
    for (QDockWidget *dock : std::as_const(left))
        addDockWidget(Qt::RightDockWidgetArea, dock, Qt::Vertical);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    connect(&dialog, &PreferencesDialog::applied, this, [this](const Preferences &preferences) {
        if (QAction *action = laneModeAction(preferences.laneMode); action && !action->isChecked())
            action->trigger();
    });
    dialog.exec();
}

void MainWindow::createStatusBar()
{
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_visibleLabel = new QLabel(this);
    m_visibleLabel->setObjectName(QStringLiteral("visibleCountLabel"));
    statusBar()->addWidget(m_countsLabel, 1);
    statusBar()->addPermanentWidget(m_visibleLabel);
    m_import = new ImportController(this, statusBar());
    // An accepted import is one undoable step: recorded before the views reload.
    connect(m_import, &ImportController::articlesImported, m_undo, [this](int articles) {
        m_undo->recordWritten(new AcceptImportCommand(articles));
    });
    connect(m_import, &ImportController::workspaceChanged, this, [this] {
        attachViews(m_workspace.get());
    });
}

QAction *MainWindow::laneModeAction(LaneMode mode) const
{
    const QList<QAction *> actions = m_laneGroup->actions();
    for (QAction *action : actions) {
        if (LaneMode(action->data().toInt()) == mode)
            return action;
    }
    return nullptr;
}

QString MainWindow::defaultWorkspacePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("Workspace.faultline"));
}

void MainWindow::setErrorHandler(ErrorHandler handler)
{
    m_errorHandler = std::move(handler);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    qCWarning(lcMainWindow).noquote() << message;
    if (m_errorHandler) {
        m_errorHandler(title, message);
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText); // file names are data too
    box.exec();
}

bool MainWindow::openWorkspace(const QString &path)
{
    QString target = path;
    const bool implicit = path.isEmpty();
    if (implicit) {
        const QString last = QSettings().value(QLatin1String(SettingsLastWorkspace)).toString();
        if (!last.isEmpty() && QFileInfo(last).isFile()) {
            target = last;
        } else {
            target = defaultWorkspacePath();
            QDir().mkpath(QFileInfo(target).absolutePath());
        }
    }
    // A first launch opens a workspace with the sample article in it, so there
    // is a story to look at before the first import.
    const bool firstLaunch = implicit && target == defaultWorkspacePath()
                             && !QFileInfo::exists(target);

    auto workspace = std::make_unique<Workspace>();
    const QFileInfo info(target);
    const Workspace::OpenMode mode = info.exists() && !info.isWritable()
                                         ? Workspace::OpenMode::ReadOnly
                                         : Workspace::OpenMode::ReadWrite;
    QString error;
    bool opened = workspace->open(target, mode, &error);
    if (!opened && mode == Workspace::OpenMode::ReadWrite && info.exists()) {
        // A file we may not write to (judged by the store, which also sees
        // read-only files when running as root) can still be read.
        QString readOnlyError;
        opened = workspace->open(target, Workspace::OpenMode::ReadOnly, &readOnlyError);
    }
    if (opened && firstLaunch) {
        QString sampleError;
        if (!SampleWorkspace::populate(*workspace, &sampleError))
            qCWarning(lcMainWindow) << "the sample workspace could not be filled:" << sampleError;
    }
    if (!opened) {
        // The reason from the store usually names the path already; the first
        // line names the file in any case.
        showError(tr("Cannot Open Workspace"),
                  tr("Could not open the workspace “%1”.\n\n%2").arg(info.fileName(), error));
        // At launch the last workspace may have gone bad; the default one keeps
        // the window useful rather than empty.
        if (implicit && canonicalPath(target) != canonicalPath(defaultWorkspacePath())
            && !m_workspace) {
            QSettings().remove(QLatin1String(SettingsLastWorkspace));
            return openWorkspace(QString());
        }
        return false;
    }

    attachViews(nullptr);
    m_workspace = std::move(workspace);
    attachViews(m_workspace.get());

    const QString absolute = canonicalPath(target);
    QSettings().setValue(QLatin1String(SettingsLastWorkspace), absolute);
    addRecentWorkspace(absolute);
    updateTitle();
    updateActions();
    return true;
}

bool MainWindow::newWorkspace(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(absolute)) {
        // The user confirmed replacing it in the save dialog.
        if (m_workspace && canonicalPath(m_workspace->path()) == canonicalPath(absolute))
            closeWorkspace();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile file(absolute + suffix);
            if (file.exists() && !file.remove()) {
                showError(tr("Cannot Create Workspace"),
                          tr("Could not replace “%1”: %2")
                              .arg(QDir::toNativeSeparators(absolute), file.errorString()));
                return false;
            }
        }
    }
    return openWorkspace(absolute);
}

void MainWindow::closeWorkspace()
{
    attachViews(nullptr);
    m_workspace.reset();
    updateCounts();
    updateTitle();
    updateActions();
}

QString MainWindow::workspacePath() const
{
    return m_workspace ? m_workspace->path() : QString();
}

void MainWindow::attachViews(Workspace *workspace)
{
    m_selectedEvent = 0;
    m_filter = EventFilter();
    m_workspaceEventCount = workspace ? EventRepository(*workspace).count() : 0;
    m_filterBar->setWorkspace(workspace);
    m_timeline->setFilter(m_filter);
    m_timeline->setWorkspace(workspace);
    m_table->setWorkspace(workspace);
    m_details->setWorkspace(workspace);
    m_graphPanel->setWorkspace(workspace);
    m_graphView->setTimeRange(m_timeline->visibleFrom(), m_timeline->visibleTo());
    m_import->setWorkspace(workspace);
    m_undo->setWorkspace(workspace);
    m_actorList->setWorkspace(workspace);
    m_actorList->setEditable(m_undo->isEditable());
    m_timeline->setEventDragEnabled(m_undo->isEditable());
    m_overview->rebuild();
    m_overview->setVisibleRange(m_timeline->visibleFrom(), m_timeline->visibleTo());
    updateCounts();
}

void MainWindow::applyFilter(const EventFilter &filter)
{
    m_filter = filter;
    m_table->setFilter(filter);
    m_timeline->setFilter(filter);
    m_graphView->setFilter(filter);
    // Keep the selection when the event still matches, so filtering does not lose one's place.
    // Only among the rows already loaded: paging through a million rows for it is not worth it.
    if (m_selectedEvent != 0 && m_table->selectedEvent() == 0
        && m_table->eventModel()->rowOfEvent(m_selectedEvent) >= 0)
        m_table->setSelectedEvent(m_selectedEvent);
    m_overview->rebuild();
    updateCounts();
}

void MainWindow::selectEvent(qint64 eventId)
{
    setSelection(eventId, SelectionSource::Program);
}

void MainWindow::setSelection(qint64 eventId, SelectionSource source)
{
    if (m_syncingSelection)
        return;
    m_syncingSelection = true;
    m_selectedEvent = eventId;
    if (source != SelectionSource::Timeline && m_timeline->selectedEvent() != eventId)
        m_timeline->setSelectedEvent(eventId);
    if (source != SelectionSource::Table && m_table->selectedEvent() != eventId)
        m_table->setSelectedEvent(eventId);
    if (m_details->eventId() != eventId)
        m_details->setEvent(eventId);
    QSet<qint64> actors;
    if (eventId != 0 && m_workspace) {
        if (const std::optional<Event> event = EventRepository(*m_workspace).find(eventId)) {
            for (const Event::Participant &participant : event->participants)
                actors.insert(participant.actorId);
        }
    }
    m_graphView->setHighlightedActors(actors);
    m_syncingSelection = false;
    updateActions();
}

void MainWindow::showDetails(qint64 eventId)
{
    if (eventId > 0 && eventId != m_selectedEvent)
        setSelection(eventId, SelectionSource::Program);
    m_detailsDock->show();
    m_detailsDock->raise();
    m_details->setFocus(Qt::OtherFocusReason);
}

QString MainWindow::countsText() const
{
    return m_countsLabel->text();
}

void MainWindow::updateCounts()
{
    if (!m_workspace) {
        m_countsLabel->setText(tr("No workspace open"));
        m_visibleLabel->clear();
        return;
    }
    const QLocale locale;
    const int shown = m_table->eventModel()->totalCount();
    QString text = tr("%1 events shown of %2", nullptr, shown)
                       .arg(locale.toString(shown), locale.toString(m_workspaceEventCount));
    const int unresolved = m_timeline->unresolvedCount();
    if (unresolved > 0) {
        text = tr("%1 · %2 without a resolved date", nullptr, unresolved)
                   .arg(text, locale.toString(unresolved));
    }
    m_countsLabel->setText(text);
    const int visible = m_timeline->visibleCount();
    m_visibleLabel->setText(tr("%1 in view", nullptr, visible).arg(locale.toString(visible)));
}

void MainWindow::updateTitle()
{
    if (!m_workspace) {
        setWindowTitle(tr("Faultline"));
        return;
    }
    QString name = QFileInfo(m_workspace->path()).fileName();
    if (m_workspace->isReadOnly())
        name = tr("%1 [read-only]").arg(name);
    setWindowTitle(tr("%1 - Faultline").arg(name));
}

void MainWindow::updateActions()
{
    const bool open = m_workspace != nullptr;
    m_closeAction->setEnabled(open);
    m_findAction->setEnabled(open);
    m_zoomInAction->setEnabled(open);
    m_zoomOutAction->setEnabled(open);
    m_fitAllAction->setEnabled(open);
    m_goToDateAction->setEnabled(open);
    m_importAction->setEnabled(open && !m_workspace->isReadOnly());
    m_pasteAction->setEnabled(open && !m_workspace->isReadOnly());
    m_exportAction->setEnabled(open);
    m_exportReportAction->setEnabled(open);
    m_exportDataAction->setEnabled(open);
    m_printAction->setEnabled(open);
    m_zoomToSelectionAction->setEnabled(open && m_selectedEvent > 0);
    m_filterBar->setEnabled(open);
    const bool editable = m_undo->isEditable();
    m_saveAsAction->setEnabled(open);
    m_newEventAction->setEnabled(editable);
    m_editEventAction->setEnabled(editable && m_selectedEvent > 0);
    m_deleteEventAction->setEnabled(editable && m_selectedEvent > 0);
}

QStringList MainWindow::recentWorkspaces() const
{
    const QStringList stored = QSettings().value(QLatin1String(SettingsRecent)).toStringList();
    QStringList existing;
    for (const QString &path : stored) {
        if (QFileInfo(path).isFile() && !existing.contains(path))
            existing.append(path);
    }
    return existing.mid(0, MaxRecentWorkspaces);
}

void MainWindow::addRecentWorkspace(const QString &path)
{
    QStringList recent = recentWorkspaces();
    recent.removeAll(path);
    recent.prepend(path);
    QSettings().setValue(QLatin1String(SettingsRecent), recent.mid(0, MaxRecentWorkspaces));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    // Entries whose file has gone are dropped here, and from the settings.
    const QStringList recent = recentWorkspaces();
    QSettings settings;
    if (settings.value(QLatin1String(SettingsRecent)).toStringList() != recent) {
        if (recent.isEmpty())
            settings.remove(QLatin1String(SettingsRecent));
        else
            settings.setValue(QLatin1String(SettingsRecent), recent);
    }

    m_recentMenu->clear();
    int number = 1;
    for (const QString &path : recent) {
        const QString label = number <= 9 ? tr("&%1 %2").arg(number).arg(QFileInfo(path).fileName())
                                          : QFileInfo(path).fileName();
        QAction *action = m_recentMenu->addAction(label);
        action->setData(path);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openWorkspace(path); });
        ++number;
    }
    if (!recent.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!recent.isEmpty());
    m_recentMenu->setEnabled(true);
}

void MainWindow::newWorkspaceDialog()
{
    const QString dir = m_workspace
                            ? QFileInfo(m_workspace->path()).absolutePath()
                            : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this,
                                                tr("New Workspace"),
                                                QDir(dir).filePath(tr("Untitled.faultline")),
                                                tr("Faultline workspaces (*.faultline)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".faultline");
    newWorkspace(path);
}

void MainWindow::openWorkspaceDialog()
{
    const QString dir = m_workspace
                            ? QFileInfo(m_workspace->path()).absolutePath()
                            : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this,
                                                      tr("Open Workspace"),
                                                      dir,
                                                      tr("Faultline workspaces (*.faultline);;"
                                                         "All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::goToDateDialog()
{
    GoToDateDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::optional<DateSpan> date = dialog.date();
    if (!date)
        return;
    if (date->isPoint())
        m_timeline->goToDate(date->earliestDay());
    else
        m_timeline->setVisibleRange(double(date->earliestDay()), double(date->latestDay() + 1));
}

void MainWindow::exportTimelineDialog()
{
    if (!m_workspace)
        return;
    ExportDialog dialog(m_workspace.get(), ExportDialog::optionsFromView(*m_timeline), this);
    dialog.exec();
}

void MainWindow::exportDataDialog()
{
    if (!m_workspace)
        return;
    ExportDataDialog dialog(m_workspace.get(), m_filter, this);
    dialog.exec();
}

void MainWindow::exportReportDialog()
{
    if (!m_workspace)
        return;
    bool ok = false;
    const QString title = QInputDialog::getText(this,
                                                tr("Export Report"),
                                                tr("Title of the report:"),
                                                QLineEdit::Normal,
                                                QFileInfo(m_workspace->path()).completeBaseName(),
                                                &ok);
    if (!ok)
        return;
    QString path = QFileDialog::getSaveFileName(this,
                                                tr("Export Report"),
                                                QStandardPaths::writableLocation(
                                                    QStandardPaths::DocumentsLocation),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        path += QLatin1String(".pdf");
    // The events of the current filters.
    ReportExporter exporter(m_workspace.get());
    ReportExporter::Options options;
    options.title = title;
    options.filter = m_filter;
    exporter.setOptions(options);
    QString error;
    if (!exporter.exportToFile(path, &error))
        showError(tr("Cannot Export Report"), error);
}

void MainWindow::printTimeline()
{
    if (!m_workspace)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Timeline"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The same code as the PDF export, onto the printer's page.
    TimelineExporter exporter(m_workspace.get());
    QString error;
    if (!exporter.setOptions(ExportDialog::optionsFromView(*m_timeline), &error)
        || !exporter.print(&printer, &error))
        showError(tr("Cannot Print"), error);
}

void MainWindow::importDialog()
{
    QString dir = QSettings().value(QStringLiteral("import/lastFolder")).toString();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QStringList filters = ArticleFiles::nameFilters();
    QStringList dataFilters;
    for (const QString &suffix : DataImporter::suffixes())
        dataFilters << QStringLiteral("*.") + suffix;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this,
        tr("Import Articles"),
        dir,
        tr("Articles and event data (%1 %2);;Articles (%1);;Event data: ACLED, UCDP, GDELT, "
           "TimelineJS, CSV (%2);;All files (*)")
            .arg(filters.join(u' '), dataFilters.join(u' ')));
    if (paths.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("import/lastFolder"),
                         QFileInfo(paths.constFirst()).absolutePath());
    m_import->importPaths(paths);
}

void MainWindow::pasteImport()
{
    m_import->importMimeData(QGuiApplication::clipboard()->mimeData());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    QString reason;
    if (m_import->canImport(event->mimeData(), &reason)) {
        event->acceptProposedAction();
        statusBar()->showMessage(reason);
    } else {
        event->ignore();
        statusBar()->showMessage(reason, 8000);
    }
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (m_import->canImport(event->mimeData(), nullptr))
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dragLeaveEvent(QDragLeaveEvent *event)
{
    statusBar()->clearMessage();
    QMainWindow::dragLeaveEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    statusBar()->clearMessage();
    if (m_import->importMimeData(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QLatin1String(SettingsGeometry), saveGeometry());
    settings.setValue(QLatin1String(SettingsState), saveState(StateVersion));
    settings.setValue(QLatin1String(SettingsStateDirection), isRightToLeft());
    settings.setValue(QLatin1String(SettingsLaneMode), laneModeKey(m_timeline->laneMode()));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    const QByteArray geometry = settings.value(QLatin1String(SettingsGeometry)).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings.value(QLatin1String(SettingsState)).toByteArray();
    const bool restored = !state.isEmpty() && restoreState(state, StateVersion);
    // The docks are created for a left-to-right window; a saved state keeps
    // the direction it was saved in.
    const bool stateRightToLeft
        = restored && settings.value(QLatin1String(SettingsStateDirection), false).toBool();
    if (stateRightToLeft != isRightToLeft())
        mirrorSideDocks();
    const LaneMode mode = laneModeFromKey(
        settings.value(QLatin1String(SettingsLaneMode)).toString());
    m_timeline->setLaneMode(mode);
    if (QAction *action = laneModeAction(mode))
        action->setChecked(true);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace Faultline
