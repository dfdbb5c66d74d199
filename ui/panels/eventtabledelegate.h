#pragma once

#include <QStyledItemDelegate>

namespace Faultline {

// Paints the quad-class chip in the Type column and a marker for unreviewed events.
class EventTableDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit EventTableDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    enum class Mark { None, Chip, Unreviewed };
    static Mark markFor(const QModelIndex &index);
};

} // namespace Faultline
