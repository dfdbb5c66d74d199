#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Faultline {

class ActorGraph;
class Workspace;

// What links two actors of the graph: their shared events (date, title) with
// each event's evidence sentences beneath it, as plain text, and whether one
// belongs to the other. Choosing an event (or one of its sentences) emits
// eventChosen, so the timeline and the table select it.
class RelationEventsList : public QWidget
{
    Q_OBJECT

public:
    // Events beyond this many are counted, not listed.
    static constexpr int MaxListed = 200;

    explicit RelationEventsList(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    // Lists what links the two actors in graph; clears when they are not linked.
    void showRelation(const ActorGraph &graph, qint64 firstActorId, qint64 secondActorId);
    void clear();

    QList<qint64> listedEvents() const { return m_events; }
    // The evidence sentences listed under an event.
    QStringList sentencesOf(qint64 eventId) const;
    QString headline() const;
    QTreeWidget *tree() const { return m_tree; }

signals:
    void eventChosen(qint64 eventId);
    void closeRequested();

private:
    void choose(QTreeWidgetItem *item);

    Workspace *m_workspace = nullptr;
    QList<qint64> m_events;
    QLabel *m_headline = nullptr;
    QToolButton *m_close = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace Faultline
