#include "ui/panels/actorlistpanel.h"

#include "core/query/tooltiptext.h"
#include "core/store/actorrepository.h"
#include "core/store/workspace.h"
#include "ui/undo/actoractions.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Faultline {

ActorListPanel::ActorListPanel(ActorActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
{
    setObjectName(QStringLiteral("actorListPanel"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("actorFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter actors"));
    m_filter->setClearButtonEnabled(true);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Actor"), tr("Kind"), tr("Events")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // the name or the kind

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("actorListView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);

    connect(m_filter,
            &QLineEdit::textChanged,
            m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_model, &QStandardItemModel::itemChanged, this, &ActorListPanel::itemChanged);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ActorListPanel::showContextMenu);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex name = index.siblingAtColumn(NameColumn);
        emit actorActivated(name.data(ActorIdRole).toLongLong(), name.data().toString());
    });
}

void ActorListPanel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_filter->clear();
    reload();
}

void ActorListPanel::setEditable(bool editable)
{
    m_editable = editable;
    reload();
}

void ActorListPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void ActorListPanel::reload()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const qint64 current = currentActor();
    m_loading = true;
    // Filled apart from the view's proxy, then sorted once, not after every item.
    m_proxy->setSourceModel(nullptr);
    m_model->removeRows(0, m_model->rowCount());
    if (m_workspace && m_workspace->isOpen()) {
        ActorRepository actors(*m_workspace);
        const QHash<qint64, int> counts = actors.eventCounts();
        const QList<Actor> all = actors.all();
        m_model->setRowCount(int(all.size()));
        for (int row = 0; row < all.size(); ++row) {
            const Actor &actor = all.at(row);
            auto *name = new QStandardItem(actor.name);
            name->setData(actor.id, ActorIdRole);
            name->setEditable(m_editable);
            if (!actor.aliases.isEmpty())
                name->setToolTip(ToolTipText::fromPlainText(
                    tr("Also known as: %1").arg(actor.aliases.join(QStringLiteral(", ")))));
            auto *kind = new QStandardItem(Actor::kindName(actor.kind));
            kind->setEditable(false);
            auto *events = new QStandardItem;
            events->setData(counts.value(actor.id), Qt::DisplayRole);
            events->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            events->setEditable(false);
            m_model->setItem(row, NameColumn, name);
            m_model->setItem(row, KindColumn, kind);
            m_model->setItem(row, EventsColumn, events);
        }
    }
    m_proxy->setSourceModel(m_model);
    m_loading = false;
    if (current)
        setCurrentActor(current);
}

qint64 ActorListPanel::currentActor() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return 0;
    return index.siblingAtColumn(NameColumn).data(ActorIdRole).toLongLong();
}

int ActorListPanel::rowOfActor(qint64 actorId) const
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, NameColumn).data(ActorIdRole).toLongLong() == actorId)
            return row;
    }
    return -1;
}

void ActorListPanel::setCurrentActor(qint64 actorId)
{
    const int row = rowOfActor(actorId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->index(row, NameColumn);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void ActorListPanel::itemChanged(QStandardItem *item)
{
    if (m_loading || item->column() != NameColumn)
        return;
    const qint64 actorId = item->data(ActorIdRole).toLongLong();
    const QString name = item->text();
    // After the editor has let go of the item: the rename reloads the list.
    // The reload shows the stored name, so a refused name reverts.
    QMetaObject::invokeMethod(
        this,
        [this, actorId, name] {
            if (!m_actions || !m_actions->rename(actorId, name))
                reload();
        },
        Qt::QueuedConnection);
}

void ActorListPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid() || !m_actions)
        return;
    m_view->setCurrentIndex(index);
    m_actions->showMenu(index.siblingAtColumn(NameColumn).data(ActorIdRole).toLongLong(),
                        m_view->viewport()->mapToGlobal(pos));
}

} // namespace Faultline
