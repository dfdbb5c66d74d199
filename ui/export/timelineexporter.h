#pragma once

#include "core/query/eventtitlecache.h"
#include "core/query/timelineindex.h"
#include "ui/export/timelineexportoptions.h"
#include "ui/timeline/timelinepainter.h"

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;
class QPagedPaintDevice;
class QPainter;
class QPrinter;

namespace Faultline {

class Workspace;

// Renders the timeline of a workspace for publication: PNG, PDF, SVG or a
// printer, through the same TimelinePainter as the screen, in the light
// palette and without selection, with an optional title, date range, legend,
// source line and time of export around it. Files are written atomically.
class TimelineExporter
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::TimelineExporter)

public:
    static constexpr int MaxSide = 20000;            // pixels per side of a PNG or SVG
    static constexpr qint64 MaxPixels = 400'000'000; // pixels of a PNG
    static constexpr int MinDpi = 24;
    static constexpr int MaxDpi = 1200;
    static constexpr qreal ReferenceDpi = 96; // one layout unit is 1/96 inch
    static constexpr int MaxPages = 200;      // of a paged PDF

    explicit TimelineExporter(Workspace *workspace);

    // Loads the events for the options (again only when the lane mode or the
    // filter changed). False with *error when the workspace cannot be read.
    bool setOptions(const TimelineExportOptions &options, QString *error);
    const TimelineExportOptions &options() const { return m_options; }
    // Which way time runs: the preference by default, so the export shows
    // what the screen does.
    void setTimeDirection(TimeScale::Direction direction) { m_timeDirection = direction; }
    TimeScale::Direction timeDirection() const { return m_timeDirection; }

    // The format a file name asks for, from its suffix (.png, .pdf, .svg).
    static std::optional<TimelineExportOptions::Format> formatForPath(const QString &path);
    // False with *error ("An image of … is too large; …") beyond the limits.
    static bool checkImageSize(const QSize &pixels, QString *error);

    // Writes options().format to path: nothing is left behind on failure.
    bool exportToFile(const QString &path, QString *error);

    // The PNG picture (size and limits checked); a null image with *error on failure.
    QImage renderImage(QString *error);
    QSize imagePixelSize(); // of renderImage()
    // The page(s) of a PDF writer or printer, the picture fitted to the paint
    // rect; options().pages pages, each showing its part of the time window.
    bool renderPage(QPagedPaintDevice *device, QString *error);
    // Prints through the same code as the PDF export.
    bool print(QPrinter *printer, QString *error);
    // SVG onto an open device.
    bool renderSvg(QIODevice *device, QString *error);
    // A preview of what the chosen format writes, scaled to fit bounds.
    QImage preview(const QSize &bounds, qreal devicePixelRatio = 1);

    // Paints everything (texts and timeline) into rect, in 1/96-inch units.
    void paint(QPainter *painter, const QRectF &rect);
    // The height paint() needs at this width to show every lane and the texts;
    // compact: lanes at their smallest (a page, which then fills its height).
    qreal naturalHeight(qreal width, bool compact = false);

    // After a paint, for tests and previews.
    const TimelinePainter &timelinePainter() const { return m_painter; }
    QRectF lastTimelineRect() const { return m_timelineRect; }
    const TimelineIndex &index() const { return m_index; }
    // The time window of the last paint, in Julian days.
    double shownFrom() const { return m_shownFrom; }
    double shownTo() const { return m_shownTo; }
    // "RFE/RL, 14 Sep 2020" for each article giving evidence for a shown event.
    QStringList sourceEntries(double fromDay, double toDay);
    QString dateRangeText(double fromDay, double toDay) const;

private:
    struct Fonts
    {
        QFont base;
        QFont title;
        QFont subtitle;
        QFont small;
    };
    Fonts fonts() const;
    TimelineOptions timelineOptions(double fromDay, double toDay);
    // The window for a plot of this width: the options' range, or every event.
    std::pair<double, double> window(qreal plotWidth) const;
    qreal headerHeight(qreal width) const;
    qreal footerHeight(qreal width);
    QString sourcesText(qreal width, double fromDay, double toDay);
    QString exportTimeText() const;
    QSizeF logicalSize(); // PNG and SVG, before the pixel ratio
    // Paints one page fitted into size (1/96-inch units) with the painter's origin at its top left.
    void paintFitted(QPainter *painter, const QSizeF &size);
    qreal plotWidthFor(qreal width); // the timeline's plot in a picture this wide
    // Sets the window, texts and page number of part page (0-based) of a paged PDF.
    void selectPart(int page, int pages, std::pair<double, double> whole);
    qreal pixelRatio() const { return m_options.dpi / ReferenceDpi; }
    qreal padding() const;

    Workspace *m_workspace = nullptr;
    TimelineExportOptions m_options;
    TimeScale::Direction m_timeDirection = TimeScale::Direction::LeftToRight;
    bool m_loaded = false;
    TimelineIndex m_index;
    EventTitleCache m_titles;
    TimelinePainter m_painter;
    QRectF m_timelineRect;
    QString m_pageText; // "Page 2 of 5" while painting a paged PDF
    double m_shownFrom = 0;
    double m_shownTo = 0;
    // Source entries of the last window asked for.
    std::optional<std::pair<double, double>> m_sourcesWindow;
    QStringList m_sources;
};

} // namespace Faultline
