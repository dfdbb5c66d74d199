#pragma once

#include "core/model/eventtype.h"

#include <QColor>
#include <QIcon>
#include <QStringView>

class QPainter;
class QRectF;

namespace Faultline {

// The Okabe-Ito colours of the CAMEO quad classes, shared by the panels.
class QuadClassPalette
{
public:
    static QColor color(EventType::QuadClass quadClass);
    // From EventType::quadClassKey(), as the models report it.
    static QColor colorForKey(QStringView key);
    // A rounded chip with a thin darker outline, so it also reads in grey print.
    static void paintChip(QPainter *painter, const QRectF &rect, const QColor &color);
    // A chip as an icon, for combo boxes and menus; vector-painted at any scale.
    static QIcon chipIcon(EventType::QuadClass quadClass);
};

} // namespace Faultline
