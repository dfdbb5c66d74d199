#pragma once

#include <QSortFilterProxyModel>

namespace Faultline {

// Sorts the event table; dates by their earliest day with unresolved dates always last.
class EventSortProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EventSortProxyModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace Faultline
