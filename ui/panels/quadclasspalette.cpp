#include "ui/panels/quadclasspalette.h"

#include <QIconEngine>
#include <QPainter>
#include <QPixmap>

namespace Faultline {

namespace {

// Paints the chip at whatever size and scale the icon is asked for.
class ChipIconEngine : public QIconEngine
{
public:
    explicit ChipIconEngine(const QColor &color)
        : m_color(color)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QColor color = m_color;
        if (mode == QIcon::Disabled)
            color.setAlphaF(0.4);
        const qreal side = qMin(rect.width(), rect.height()) * 0.75;
        const QRectF chip(rect.center().x() - side / 2 + 0.5,
                          rect.center().y() - side / 2 + 0.5,
                          side,
                          side);
        QuadClassPalette::paintChip(painter, chip, color);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new ChipIconEngine(m_color); }

private:
    QColor m_color;
};

} // namespace

QColor QuadClassPalette::color(EventType::QuadClass quadClass)
{
    switch (quadClass) {
    case EventType::QuadClass::VerbalCooperation:
        return QColor(0x00, 0x72, 0xB2);
    case EventType::QuadClass::MaterialCooperation:
        return QColor(0x00, 0x9E, 0x73);
    case EventType::QuadClass::VerbalConflict:
        return QColor(0xE6, 0x9F, 0x00);
    case EventType::QuadClass::MaterialConflict:
        return QColor(0xD5, 0x5E, 0x00);
    case EventType::QuadClass::Unknown:
        break;
    }
    return QColor(0x99, 0x99, 0x99);
}

QColor QuadClassPalette::colorForKey(QStringView key)
{
    using Q = EventType::QuadClass;
    for (const Q quadClass :
         {Q::VerbalCooperation, Q::MaterialCooperation, Q::VerbalConflict, Q::MaterialConflict}) {
        if (key == EventType::quadClassKey(quadClass))
            return color(quadClass);
    }
    return color(Q::Unknown);
}

void QuadClassPalette::paintChip(QPainter *painter, const QRectF &rect, const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color.darker(140), 1.0));
    painter->setBrush(color);
    const qreal radius = rect.height() / 4;
    painter->drawRoundedRect(rect, radius, radius);
    painter->restore();
}

QIcon QuadClassPalette::chipIcon(EventType::QuadClass quadClass)
{
    return QIcon(new ChipIconEngine(color(quadClass)));
}

} // namespace Faultline
