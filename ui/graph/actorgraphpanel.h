#pragma once

#include <QWidget>

#include <functional>

class QAction;
class QCheckBox;
class QLabel;
class QMenu;
class QSpinBox;
class QSplitter;
class QToolButton;

namespace Faultline {

class ActorGraphView;
class RelationEventsList;
class Workspace;

// The actor graph dock: the view under a bar of its controls (neighbourhood
// of the selected actor and its depth, the way back to all actors, the cap on
// top actors, the legend, fit), and the shared events of a clicked edge below.
// A right-click on a node opens the actor menu (from the menu factory, e.g.
// the actor-management actions) with the neighbourhood entries added.
class ActorGraphPanel : public QWidget
{
    Q_OBJECT

public:
    // Makes the menu of an actor (the caller owns it); may return nullptr.
    using MenuFactory = std::function<QMenu *(qint64 actorId, QWidget *parent)>;

    explicit ActorGraphPanel(QWidget *parent = nullptr);

    ActorGraphView *view() const { return m_view; }
    RelationEventsList *relationList() const { return m_relations; }
    void setWorkspace(Workspace *workspace);
    void setActorMenuFactory(MenuFactory factory) { m_menuFactory = std::move(factory); }
    // Adds "Show Neighbourhood" (and "Show All Actors" in an ego view) for the actor.
    void addActorActions(QMenu *menu, qint64 actorId);
    // The menu a right-click on the actor opens; the caller owns it.
    QMenu *createActorMenu(qint64 actorId, QWidget *parent);

    qint64 selectedActor() const { return m_selectedActor; }
    QToolButton *neighbourhoodButton() const { return m_neighbourhood; }
    QToolButton *allActorsButton() const { return m_allActors; }
    QSpinBox *depthSpin() const { return m_depth; }
    QSpinBox *capSpin() const { return m_cap; }
    // File > Export Graph…: the export dialog for the graph as shown.
    QAction *exportAction() const { return m_exportAction; }

public slots:
    void showNeighbourhood(qint64 actorId);
    void exportGraphDialog();
    void showRelation(qint64 firstActorId, qint64 secondActorId);

signals:
    // An event chosen in the list of a relation's shared events.
    void eventChosen(qint64 eventId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateControls();
    void retranslate();
    void updateDepthSuffix();

    ActorGraphView *m_view = nullptr;
    RelationEventsList *m_relations = nullptr;
    QSplitter *m_splitter = nullptr;
    QToolButton *m_neighbourhood = nullptr;
    QSpinBox *m_depth = nullptr;
    QToolButton *m_allActors = nullptr;
    QSpinBox *m_cap = nullptr;
    QCheckBox *m_legend = nullptr;
    QToolButton *m_fit = nullptr;
    QLabel *m_capLabel = nullptr;
    QAction *m_exportAction = nullptr;
    MenuFactory m_menuFactory;
    Workspace *m_workspace = nullptr;
    qint64 m_selectedActor = 0;
};

} // namespace Faultline
