#pragma once

#include "core/query/eventfilter.h"

#include <QTableView>

namespace Faultline {

class EventSortProxyModel;
class EventTableModel;
class Workspace;

// The event table: sortable, loads rows lazily, shares the selected event by id.
class EventTableView : public QTableView
{
    Q_OBJECT

public:
    explicit EventTableView(QWidget *parent = nullptr);
    ~EventTableView() override;

    void setWorkspace(Workspace *workspace);
    void setFilter(const EventFilter &filter);
    void refresh();

    EventTableModel *eventModel() const { return m_model; }
    EventSortProxyModel *proxyModel() const { return m_proxy; }

    // Selects the event's row (loading rows until it is found) without emitting eventSelected.
    void setSelectedEvent(qint64 eventId);
    qint64 selectedEvent() const;

signals:
    void eventSelected(qint64 eventId);  // 0 when the selection was cleared
    void eventActivated(qint64 eventId); // Enter or double-click

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onCurrentRowChanged(const QModelIndex &current);
    qint64 eventIdAt(const QModelIndex &proxyIndex) const;

    EventTableModel *m_model = nullptr;
    EventSortProxyModel *m_proxy = nullptr;
    qint64 m_selectedEvent = 0;
    bool m_settingSelection = false;
};

} // namespace Faultline
