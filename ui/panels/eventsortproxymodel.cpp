#include "ui/panels/eventsortproxymodel.h"

#include "core/query/eventtablemodel.h"

namespace Faultline {

EventSortProxyModel::EventSortProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

bool EventSortProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    using Column = EventTableModel::Column;
    const qint64 leftId = left.data(EventTableModel::EventIdRole).toLongLong();
    const qint64 rightId = right.data(EventTableModel::EventIdRole).toLongLong();

    if (Column(left.column()) == Column::Date) {
        const QVariant leftDay = left.data(EventTableModel::EarliestDayRole);
        const QVariant rightDay = right.data(EventTableModel::EarliestDayRole);
        if (leftDay.isNull() != rightDay.isNull()) {
            // Qt swaps the arguments for a descending sort; answer so that the
            // unresolved dates still end up at the bottom.
            const bool leftResolved = !leftDay.isNull();
            return sortOrder() == Qt::AscendingOrder ? leftResolved : !leftResolved;
        }
        if (!leftDay.isNull()) {
            const qint64 a = leftDay.toLongLong();
            const qint64 b = rightDay.toLongLong();
            if (a != b)
                return a < b;
            const qint64 aEnd = left.data(EventTableModel::LatestDayRole).toLongLong();
            const qint64 bEnd = right.data(EventTableModel::LatestDayRole).toLongLong();
            if (aEnd != bEnd)
                return aEnd < bEnd;
        }
        return leftId < rightId;
    }

    if (Column(left.column()) == Column::Type) {
        const int a = left.data(EventTableModel::CameoRootRole).toInt();
        const int b = right.data(EventTableModel::CameoRootRole).toInt();
        if (a != b)
            return a < b;
        return leftId < rightId;
    }

    const QVariant a = left.data(Qt::DisplayRole);
    const QVariant b = right.data(Qt::DisplayRole);
    if (a == b)
        return leftId < rightId;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Faultline
