#pragma once

#include "core/query/actorgraph.h"
#include "ui/export/timelineexporter.h"
#include "ui/export/timelineexportoptions.h"
#include "ui/graph/actorgraphpainter.h"

#include <QCoreApplication>
#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QString>

#include <optional>
#include <vector>

class QIODevice;
class QPagedPaintDevice;
class QPainter;

namespace Faultline {

class Workspace;

// Renders the actor graph of a workspace for publication: PNG, PDF or SVG,
// through the same ActorGraphPainter as the screen, in the light palette and
// without selection, laid out to convergence with a fixed seed (the same
// workspace gives the same picture), with the title, date range, legend
// (actor kinds and relation colours), source line and time of export of the
// timeline export. Files are written atomically through ExportFile.
class GraphExporter
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::GraphExporter)

public:
    static constexpr quint32 LayoutSeed = 1;
    static constexpr int LayoutIterations = 1500;
    static constexpr int OverlapIterations = 100;

    explicit GraphExporter(Workspace *workspace);

    // Builds the graph of the options' filter, narrowed to fromDay/toDay when
    // set, and lays it out; the same filter again (only texts or sizes
    // changed) keeps graph and layout. False with *error when the workspace
    // cannot be read. The lane options are ignored.
    bool setOptions(const TimelineExportOptions &options, QString *error);
    // The graph as a view shows it (its layout, pinned nodes, an ego view) for
    // that filter: setOptions() uses it instead of building and laying out
    // again while the options come to the same filter.
    void setShownGraph(const EventFilter &filter,
                       const ActorGraph &graph,
                       const std::vector<QPointF> &positions);
    // The filter options give: their filter narrowed to their time window.
    static EventFilter effectiveFilter(const TimelineExportOptions &options);
    const TimelineExportOptions &options() const { return m_options; }
    const ActorGraph &graph() const { return m_graph; }
    const std::vector<QPointF> &positions() const { return m_positions; }

    // Writes options().format to path: nothing is left behind on failure.
    bool exportToFile(const QString &path, QString *error);
    QImage renderImage(QString *error);
    QSize imagePixelSize() const;
    // One page, the picture fitted into the paint rect.
    bool renderPage(QPagedPaintDevice *device, QString *error);
    bool renderSvg(QIODevice *device, QString *error);
    // The picture (or the PDF page) scaled to fit bounds, for a preview.
    QImage preview(const QSize &bounds, qreal devicePixelRatio = 1);

    // Paints everything (texts and graph) into rect, in 1/96-inch units.
    void paint(QPainter *painter, const QRectF &rect);

    // After a paint, for tests.
    const ActorGraphPainter &graphPainter() const { return m_painter; }
    QRectF lastGraphRect() const { return m_graphRect; }

private:
    struct Fonts
    {
        QFont base;
        QFont title;
        QFont subtitle;
        QFont small;
    };
    Fonts fonts() const;
    qreal padding() const;
    QSizeF logicalSize() const; // PNG and SVG, before the pixel ratio
    qreal pixelRatio() const { return m_options.dpi / TimelineExporter::ReferenceDpi; }
    QString sourcesText(qreal width);
    // Paints the legend from left to right at y; returns its height.
    qreal paintLegend(QPainter *painter, qreal left, qreal y, qreal width) const;
    ActorGraphOptions fittedOptions(const QRectF &rect) const;

    Workspace *m_workspace = nullptr;
    TimelineExportOptions m_options;
    TimelineExporter m_texts; // the date range and the sources of the same events
    ActorGraph m_graph;
    std::vector<QPointF> m_positions;
    std::optional<EventFilter> m_graphFilter; // what m_graph was made for
    ActorGraphPainter m_painter;
    QRectF m_graphRect;
};

} // namespace Faultline
