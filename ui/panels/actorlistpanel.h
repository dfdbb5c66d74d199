#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace Faultline {

class ActorActions;
class Workspace;

// The actors of the workspace: a sortable list with kind and event count,
// filtered by text; F2 renames in place, the context menu offers ActorActions.
class ActorListPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int NameColumn = 0;
    static constexpr int KindColumn = 1;
    static constexpr int EventsColumn = 2;
    static constexpr int ColumnCount = 3;
    static constexpr int ActorIdRole = Qt::UserRole + 1;

    explicit ActorListPanel(ActorActions *actions, QWidget *parent = nullptr);

    void setWorkspace(Faultline::Workspace *workspace);
    // Keeps the selection and the filter. A hidden list (a tab behind the
    // events) is filled when it is shown: with 30,000 actors that takes a while.
    void reload();
    void setEditable(bool editable);

    qint64 currentActor() const;
    void setCurrentActor(qint64 actorId);
    int rowOfActor(qint64 actorId) const; // in the view (after sorting and filtering); -1 if hidden

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }

signals:
    // Double-click or Enter on an actor.
    void actorActivated(qint64 actorId, const QString &name);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void itemChanged(QStandardItem *item);
    void showContextMenu(const QPoint &pos);

    ActorActions *m_actions = nullptr;
    Workspace *m_workspace = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    bool m_loading = false;
    bool m_stale = false; // changed while hidden
    bool m_editable = false;
};

} // namespace Faultline
