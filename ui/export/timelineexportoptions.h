#pragma once

#include "core/query/eventfilter.h"
#include "core/query/lanemode.h"

#include <QDateTime>
#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QSet>
#include <QString>

#include <optional>

namespace Faultline {

// What a timeline export shows and how it is written: format, scope, size or page,
// and the texts around the picture.
struct TimelineExportOptions
{
    enum class Format { Png, Pdf, Svg };

    Format format = Format::Png;

    // Content: the workspace's events after the filter, in lanes.
    EventFilter filter;
    LaneMode laneMode = LaneMode::None;
    QList<qint64> laneOrder; // lane keys in display order; empty: the index's order
    QSet<qint64> collapsedLanes;
    // The time window in Julian days (day N covers [N, N + 1)); without both,
    // the whole extent of the events with a margin ("everything").
    std::optional<double> fromDay;
    std::optional<double> toDay;

    // PNG: the image is widthPx wide; dpi says how large it prints, and so how
    // large text and marks are in pixels (96 dpi: one pixel per 1/96 inch).
    // SVG uses widthPx at 96 dpi as its size. heightPx 0: as tall as the content needs.
    int widthPx = 1600;
    int heightPx = 0;
    int dpi = 96;
    bool transparentBackground = false; // PNG only

    // PDF and print: one page, the picture fitted onto it.
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    // PDF and print: the time window split into this many consecutive parts, one
    // per page, each with its axis, lanes and page number; the title on the first.
    int pages = 1;

    // Texts around the timeline.
    QString title;
    QString subtitle;
    bool showDateRange = true;
    bool showLegend = true;
    bool showSources = true;
    bool showExportTime = true;
    QDateTime exportTime;    // invalid: the time of the export
    qreal fontPointSize = 0; // 0: the application font's size
};

} // namespace Faultline
