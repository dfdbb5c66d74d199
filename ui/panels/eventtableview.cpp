#include "ui/panels/eventtableview.h"

#include "core/query/eventtablemodel.h"
#include "ui/panels/eventsortproxymodel.h"
#include "ui/panels/eventtabledelegate.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace Faultline {

void EventTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(tr("Events"));
    // Headers, types and dates are written when painted: paint them again.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        horizontalHeader()->viewport()->update();
        viewport()->update();
    }
    QTableView::changeEvent(event);
}

EventTableView::EventTableView(QWidget *parent)
    : QTableView(parent)
    , m_model(new EventTableModel(this))
    , m_proxy(new EventSortProxyModel(this))
{
    setObjectName(QStringLiteral("eventTable"));
    setAccessibleName(tr("Events"));
    m_proxy->setSourceModel(m_model);
    setModel(m_proxy);
    setItemDelegate(new EventTableDelegate(this));

    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setSortingEnabled(true);
    sortByColumn(int(EventTableModel::Column::Date), Qt::AscendingOrder);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    // Fixed row height: a million rows must not be measured one by one.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    using Column = EventTableModel::Column;
    header->resizeSection(int(Column::Date), em * 8);
    header->resizeSection(int(Column::Title), em * 24);
    header->resizeSection(int(Column::Type), em * 12);
    header->resizeSection(int(Column::Actors), em * 16);
    header->resizeSection(int(Column::Location), em * 10);
    header->resizeSection(int(Column::Evidence), em * 6);
    header->resizeSection(int(Column::Status), em * 10);
    header->setSectionResizeMode(int(Column::Title), QHeaderView::Stretch);

    connect(selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &EventTableView::onCurrentRowChanged);
    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const qint64 id = eventIdAt(index);
        if (id > 0)
            emit eventActivated(id);
    });
    // A reset (new filter, new workspace) drops the selection; keep our id in step.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_selectedEvent != 0 && m_model->rowOfEvent(m_selectedEvent) < 0)
            m_selectedEvent = 0;
        else if (m_selectedEvent != 0)
            setSelectedEvent(m_selectedEvent);
    });
}

EventTableView::~EventTableView() = default;

void EventTableView::setWorkspace(Workspace *workspace)
{
    m_selectedEvent = 0;
    m_model->setWorkspace(workspace);
}

void EventTableView::setFilter(const EventFilter &filter)
{
    m_model->setFilter(filter);
}

void EventTableView::refresh()
{
    m_model->refresh();
}

qint64 EventTableView::eventIdAt(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid())
        return 0;
    return proxyIndex.data(EventTableModel::EventIdRole).toLongLong();
}

void EventTableView::setSelectedEvent(qint64 eventId)
{
    m_settingSelection = true;
    m_selectedEvent = eventId;
    const int sourceRow = eventId > 0 ? m_model->fetchUntil(eventId) : -1;
    if (sourceRow < 0) {
        selectionModel()->clearSelection();
        selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    } else {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
        selectionModel()->setCurrentIndex(index,
                                          QItemSelectionModel::ClearAndSelect
                                              | QItemSelectionModel::Rows);
        scrollTo(index, QAbstractItemView::EnsureVisible);
    }
    m_settingSelection = false;
}

qint64 EventTableView::selectedEvent() const
{
    return m_selectedEvent;
}

void EventTableView::onCurrentRowChanged(const QModelIndex &current)
{
    if (m_settingSelection)
        return;
    const qint64 id = eventIdAt(current);
    if (id == m_selectedEvent)
        return;
    m_selectedEvent = id;
    emit eventSelected(id);
}

void EventTableView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && currentIndex().isValid()) {
        const qint64 id = eventIdAt(currentIndex());
        if (id > 0) {
            emit eventActivated(id);
            event->accept();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

} // namespace Faultline
