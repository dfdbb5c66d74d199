#pragma once

#include <QList>
#include <QMetaType>
#include <QPointF>

namespace Faultline {

// Node positions of a layout at one moment, aligned with the ids it was started with.
struct LayoutSnapshot
{
    int generation = 0; // which LayoutRunner::start() produced it
    int iteration = 0;
    bool stable = false; // finished: rested, overlaps removed
    QList<qint64> ids;
    QList<QPointF> positions;

    QPointF positionOf(qint64 id, const QPointF &fallback = {}) const
    {
        const qsizetype i = ids.indexOf(id);
        return i >= 0 ? positions.at(i) : fallback;
    }
};

} // namespace Faultline

Q_DECLARE_METATYPE(Faultline::LayoutSnapshot)
