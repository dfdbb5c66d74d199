#pragma once

#include "core/query/eventfilter.h"
#include "core/query/lanemode.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QToolBar;

namespace Faultline {

class ActorActions;
class ActorGraphPanel;
class ActorGraphView;
class ActorListPanel;
class EventActions;
class EventDetailsPanel;
class EventTableView;
class FilterBar;
class ImportController;
class OverviewChart;
class TimelineView;
class UndoController;
class Workspace;

// The application's main window: timeline and overview in the centre, the event
// table and the event details as docks, filters above. Owns the open workspace.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int MaxRecentWorkspaces = 10;
    // Shows an error to the user; tests replace it to stay non-blocking.
    using ErrorHandler = std::function<void(const QString &title, const QString &message)>;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) the workspace at path. An empty path opens the last
    // workspace if it still exists, else the default one, creating it. On
    // failure shows a message naming the file and the reason, keeps the
    // workspace that was open, and returns false.
    bool openWorkspace(const QString &path);
    // Creates a new workspace at path, replacing a file the user chose to overwrite.
    bool newWorkspace(const QString &path);
    void closeWorkspace();
    QString workspacePath() const;
    Workspace *workspace() const { return m_workspace.get(); }

    static QString defaultWorkspacePath();
    QStringList recentWorkspaces() const; // existing files only, most recent first

    void setErrorHandler(ErrorHandler handler);
    void saveSettings() const;
    void restoreSettings();
    void mirrorSideDocks();

    // The selected event, shared by the timeline, the table and the details.
    void selectEvent(qint64 eventId);
    qint64 selectedEvent() const { return m_selectedEvent; }
    EventFilter filter() const { return m_filter; }
    QString countsText() const;

    TimelineView *timelineView() const { return m_timeline; }
    OverviewChart *overviewChart() const { return m_overview; }
    EventTableView *eventTable() const { return m_table; }
    EventDetailsPanel *detailsPanel() const { return m_details; }
    FilterBar *filterBar() const { return m_filterBar; }
    QDockWidget *tableDock() const { return m_tableDock; }
    QDockWidget *detailsDock() const { return m_detailsDock; }
    ActorGraphView *actorGraph() const { return m_graphView; }
    QDockWidget *graphDock() const { return m_graphDock; }
    QAction *laneModeAction(LaneMode mode) const;
    ImportController *importController() const { return m_import; }
    UndoController *undoController() const { return m_undo; }
    EventActions *eventActions() const { return m_eventActions; }
    ActorActions *actorActions() const { return m_actorActions; }
    ActorListPanel *actorList() const { return m_actorList; }
    QDockWidget *actorDock() const { return m_actorDock; }
    // Copies the workspace to path and goes on working in the copy, undo history kept.
    bool saveWorkspaceAs(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    enum class SelectionSource { Program, Timeline, Table };

    void createCentralArea();
    void createEditing(); // the undo stack, event and actor actions, the actor list
    void reloadViews();   // after a change of the open workspace's content
    void saveAsDialog();
    void createDocks();
    void createActions();
    void createMenus();
    void createToolBars();
    void createStatusBar();
    // Every text of the window, again after a change of language.
    void retranslateUi();

    void attachViews(Workspace *workspace);
    void setSelection(qint64 eventId, SelectionSource source);
    void showDetails(qint64 eventId);
    void applyFilter(const EventFilter &filter);
    void updateCounts();
    void updateTitle();
    void updateActions();
    void addRecentWorkspace(const QString &path);
    void rebuildRecentMenu();
    void showError(const QString &title, const QString &message);

    void newWorkspaceDialog();
    void openWorkspaceDialog();
    void goToDateDialog();
    void importDialog();
    void pasteImport();
    void exportTimelineDialog();
    void exportReportDialog();
    void exportDataDialog();
    void printTimeline();
    void showAbout();
    void showPreferences();

    std::unique_ptr<Workspace> m_workspace;
    EventFilter m_filter;
    qint64 m_selectedEvent = 0;
    int m_workspaceEventCount = 0;
    bool m_syncingSelection = false;
    ErrorHandler m_errorHandler;

    TimelineView *m_timeline = nullptr;
    OverviewChart *m_overview = nullptr;
    EventTableView *m_table = nullptr;
    EventDetailsPanel *m_details = nullptr;
    FilterBar *m_filterBar = nullptr;
    QDockWidget *m_tableDock = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    ActorGraphView *m_graphView = nullptr;
    ActorGraphPanel *m_graphPanel = nullptr;
    QDockWidget *m_graphDock = nullptr;
    QToolBar *m_mainToolBar = nullptr;
    QToolBar *m_filterToolBar = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_visibleLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_laneMenu = nullptr;
    ImportController *m_import = nullptr;
    UndoController *m_undo = nullptr;
    EventActions *m_eventActions = nullptr;
    ActorActions *m_actorActions = nullptr;
    ActorListPanel *m_actorList = nullptr;
    QDockWidget *m_actorDock = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_newEventAction = nullptr;
    QAction *m_editEventAction = nullptr;
    QAction *m_deleteEventAction = nullptr;
    QAction *m_saveAsAction = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_clearRecentAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitAllAction = nullptr;
    QAction *m_zoomToSelectionAction = nullptr;
    QAction *m_goToDateAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportReportAction = nullptr;
    QAction *m_exportDataAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QActionGroup *m_laneGroup = nullptr;
};

} // namespace Faultline
