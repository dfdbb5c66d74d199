#include "ui/panels/eventtabledelegate.h"

#include "core/model/event.h"
#include "core/query/eventtablemodel.h"
#include "ui/panels/quadclasspalette.h"

#include <QApplication>
#include <QPainter>

namespace Faultline {

EventTableDelegate::EventTableDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

EventTableDelegate::Mark EventTableDelegate::markFor(const QModelIndex &index)
{
    using Column = EventTableModel::Column;
    switch (Column(index.column())) {
    case Column::Type:
        return Mark::Chip;
    case Column::Status:
        if (index.data(EventTableModel::ReviewStatusRole).toString()
            == Event::reviewStatusKey(Event::ReviewStatus::Unreviewed))
            return Mark::Unreviewed;
        return Mark::None;
    default:
        return Mark::None;
    }
}

void EventTableDelegate::paint(QPainter *painter,
                               const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const Mark mark = markFor(index);
    if (mark == Mark::None) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    // Let the style lay the cell out as if it had an icon, then paint the mark
    // into the decoration rectangle ourselves: vector shapes stay crisp at any scale.
    const int side = opt.fontMetrics.height() * 3 / 4;
    opt.features |= QStyleOptionViewItem::HasDecoration;
    opt.decorationSize = QSize(side, side);
    opt.icon = QIcon();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect decoration = style->subElementRect(QStyle::SE_ItemViewItemDecoration, &opt, widget);
    const QRectF box = QRectF(decoration).adjusted(0.5, 0.5, -0.5, -0.5);
    if (mark == Mark::Chip) {
        QuadClassPalette::paintChip(painter,
                                    box,
                                    QuadClassPalette::colorForKey(
                                        index.data(EventTableModel::QuadClassRole).toString()));
        return;
    }

    // Unreviewed: a hollow ring in the text colour, "not yet checked by a person".
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette::ColorRole role = (opt.state & QStyle::State_Selected)
                                         ? QPalette::HighlightedText
                                         : QPalette::Text;
    painter->setPen(QPen(opt.palette.color(QPalette::Active, role), 1.5));
    painter->setBrush(Qt::NoBrush);
    const qreal inset = box.width() * 0.15;
    painter->drawEllipse(box.adjusted(inset, inset, -inset, -inset));
    painter->restore();
}

QSize EventTableDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (markFor(index) != Mark::None)
        size.rwidth() += option.fontMetrics.height();
    return size;
}

} // namespace Faultline
