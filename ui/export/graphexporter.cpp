#include "ui/export/graphexporter.h"

#include "core/query/actorgraphbuilder.h"
#include "core/query/forcelayout.h"
#include "core/store/workspace.h"
#include "ui/export/exportfile.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace Faultline {

namespace {

constexpr int MaxSourceLines = 3;
const QColor TextColour(0x22, 0x22, 0x22);
const QColor MutedColour(0x5f, 0x5f, 0x5f);

bool sameFilter(const EventFilter &a, const EventFilter &b)
{
    return a.fromDay == b.fromDay && a.toDay == b.toDay && a.actorId == b.actorId
           && a.actorName == b.actorName && a.cameoRoot == b.cameoRoot && a.articleId == b.articleId
           && a.text == b.text && a.includeUnresolved == b.includeUnresolved;
}

QFont scaledFont(const QFont &base, qreal factor, QFont::Weight weight)
{
    QFont font = base;
    font.setPixelSize(std::max(6, int(std::lround(base.pixelSize() * factor))));
    font.setWeight(weight);
    return font;
}

} // namespace

GraphExporter::GraphExporter(Workspace *workspace)
    : m_workspace(workspace)
    , m_texts(workspace)
{}

EventFilter GraphExporter::effectiveFilter(const TimelineExportOptions &options)
{
    EventFilter filter = options.filter;
    filter.limit = -1;
    filter.offset = 0;
    if (options.fromDay) {
        const qint64 from = qint64(std::floor(*options.fromDay));
        filter.fromDay = filter.fromDay ? std::max(*filter.fromDay, from) : from;
    }
    if (options.toDay) {
        const qint64 to = qint64(std::ceil(*options.toDay));
        filter.toDay = filter.toDay ? std::min(*filter.toDay, to) : to;
    }
    return filter;
}

void GraphExporter::setShownGraph(const EventFilter &filter,
                                  const ActorGraph &graph,
                                  const std::vector<QPointF> &positions)
{
    if (positions.size() != graph.nodes().size())
        return;
    m_graph = graph;
    m_positions = positions;
    m_graphFilter = filter;
    m_graphFilter->limit = -1;
    m_graphFilter->offset = 0;
}

bool GraphExporter::setOptions(const TimelineExportOptions &options, QString *error)
{
    m_options = options;
    m_options.dpi = std::clamp(m_options.dpi, TimelineExporter::MinDpi, TimelineExporter::MaxDpi);
    m_options.laneMode = LaneMode::None;
    m_options.pages = 1;
    ActorGraphStyle style = ActorGraphStyle::light(fonts().base);
    style.background = m_options.transparentBackground ? QColor(Qt::transparent)
                                                       : QColor(Qt::white);
    style.labelHalo = QColor(255, 255, 255, 200);
    m_painter.setStyle(style);
    if (!m_workspace || !m_workspace->isOpen()) {
        if (error)
            *error = tr("No workspace is open.");
        return false;
    }
    if (!m_texts.setOptions(m_options, error))
        return false;
    const EventFilter filter = effectiveFilter(m_options);
    if (m_graphFilter && sameFilter(*m_graphFilter, filter))
        return true;
    m_graph = ActorGraph();
    m_positions.clear();
    m_graphFilter.reset();
    auto graph = ActorGraphBuilder(*m_workspace).build(filter, error);
    if (!graph)
        return false;
    m_graph = std::move(*graph);
    m_graphFilter = filter;
    ForceLayout::Settings settings;
    settings.seed = LayoutSeed;
    ForceLayout layout(ForceLayout::graphOf(m_graph), settings);
    layout.initialize();
    layout.run(LayoutIterations, OverlapIterations);
    m_positions = layout.positions();
    return true;
}

GraphExporter::Fonts GraphExporter::fonts() const
{
    QFont base = QGuiApplication::font();
    qreal points = m_options.fontPointSize;
    if (points <= 0)
        points = base.pointSizeF() > 0 ? base.pointSizeF()
                                       : base.pixelSize() * 72.0 / TimelineExporter::ReferenceDpi;
    if (points <= 0)
        points = 9;
    base.setPixelSize(std::max(6, int(std::lround(points * TimelineExporter::ReferenceDpi / 72.0))));
    Fonts f;
    f.base = base;
    f.title = scaledFont(base, 1.6, QFont::DemiBold);
    f.subtitle = scaledFont(base, 1.18, QFont::Normal);
    f.small = scaledFont(base, 0.9, QFont::Normal);
    return f;
}

qreal GraphExporter::padding() const
{
    return std::round(fonts().base.pixelSize() * 1.5);
}

QSizeF GraphExporter::logicalSize() const
{
    const bool svg = m_options.format == TimelineExportOptions::Format::Svg;
    const qreal ratio = svg ? 1.0 : pixelRatio();
    const qreal width = m_options.widthPx / ratio;
    // Without a height, a 4:3 picture, as the graph has no natural height.
    const qreal height = m_options.heightPx > 0 ? m_options.heightPx / ratio
                                                : std::ceil(width * 0.75);
    return QSizeF(width, height);
}

QSize GraphExporter::imagePixelSize() const
{
    const QSizeF logical = logicalSize();
    const qreal ratio = m_options.format == TimelineExportOptions::Format::Svg ? 1.0 : pixelRatio();
    return QSize(m_options.widthPx,
                 m_options.heightPx > 0 ? m_options.heightPx
                                        : int(std::ceil(logical.height() * ratio)));
}

QString GraphExporter::sourcesText(qreal width)
{
    if (!m_options.showSources || m_texts.index().resolvedCount() == 0)
        return QString();
    const double from = m_options.fromDay.value_or(m_texts.index().extentFrom());
    const double to = m_options.toDay.value_or(m_texts.index().extentTo() + 1);
    const QStringList entries = m_texts.sourceEntries(from, to);
    if (entries.isEmpty())
        return QString();
    const QFontMetricsF fm(fonts().small);
    const qreal limit = MaxSourceLines * fm.lineSpacing() + 1;
    for (qsizetype shown = entries.size(); shown > 1; --shown) {
        const QString list = QStringList(entries.mid(0, shown)).join(QStringLiteral("; "));
        const QString text
            = shown == entries.size()
                  ? tr("Sources: %1").arg(list)
                  : tr("Sources: %1; and %n more", nullptr, int(entries.size() - shown)).arg(list);
        if (fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height() <= limit)
            return text;
    }
    if (entries.size() == 1)
        return tr("Sources: %1").arg(entries.first());
    return tr("Sources: %1; and %n more", nullptr, int(entries.size() - 1)).arg(entries.first());
}

qreal GraphExporter::paintLegend(QPainter *painter, qreal left, qreal y, qreal width) const
{
    // The painter's own legend: the kinds with the shapes the nodes have.
    return m_painter.paintLegend(painter,
                                 QPointF(left, y),
                                 width,
                                 fonts().small,
                                 ActorGraphPainter::legendItemsOf(m_graph));
}

ActorGraphOptions GraphExporter::fittedOptions(const QRectF &rect) const
{
    ActorGraphOptions options;
    options.emptyTitle = tr("No actors");
    options.emptyMessage = tr("No actor of the workspace takes part in an event of this export.");
    if (m_graph.hiddenActorCount() > 0)
        options.cornerNote = tr("%n actor(s) with fewer events not shown",
                                nullptr,
                                m_graph.hiddenActorCount());
    if (m_positions.empty())
        return options;
    double left = 0, right = 0, top = 0, bottom = 0;
    for (size_t i = 0; i < m_positions.size(); ++i) {
        const double r = ActorGraph::nodeRadius(m_graph.nodes()[i].eventCount);
        const QPointF p = m_positions[i];
        left = i == 0 ? p.x() - r : std::min(left, p.x() - r);
        right = i == 0 ? p.x() + r : std::max(right, p.x() + r);
        top = i == 0 ? p.y() - r : std::min(top, p.y() - r);
        bottom = i == 0 ? p.y() + r : std::max(bottom, p.y() + r);
    }
    // Room for the labels beside the outer nodes.
    const qreal margin = fonts().base.pixelSize() * 4.0;
    const double w = std::max(10.0, rect.width() - 2 * margin);
    const double h = std::max(10.0, rect.height() - 2 * margin);
    const double scale = std::min(w / std::max(right - left, 1e-6),
                                  h / std::max(bottom - top, 1e-6));
    options.scale = std::clamp(scale, 0.01, 3.0);
    options.center = QPointF((left + right) / 2, (top + bottom) / 2);
    return options;
}

void GraphExporter::paint(QPainter *painter, const QRectF &rect)
{
    const Fonts f = fonts();
    const qreal pad = padding();
    const QRectF content = rect.adjusted(pad, pad, -pad, -pad);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    if (!m_options.transparentBackground)
        painter->fillRect(rect, Qt::white);

    // Header: title, subtitle, date range, legend. Titles are plain text, never markup.
    qreal y = content.top();
    auto line = [&](const QFont &font, const QColor &colour, const QString &text) {
        const QFontMetricsF fm(font);
        painter->setFont(font);
        painter->setPen(colour);
        painter->drawText(QRectF(content.left(), y, content.width(), fm.height()),
                          Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                          fm.elidedText(text, Qt::ElideRight, content.width()));
        y += fm.height() + 2;
    };
    if (!m_options.title.trimmed().isEmpty())
        line(f.title, TextColour, m_options.title.simplified());
    if (!m_options.subtitle.trimmed().isEmpty())
        line(f.subtitle, TextColour, m_options.subtitle.simplified());
    if (m_options.showDateRange && m_texts.index().resolvedCount() > 0) {
        const QString range
            = m_texts.dateRangeText(m_options.fromDay.value_or(m_texts.index().extentFrom()),
                                    m_options.toDay.value_or(m_texts.index().extentTo() + 1));
        if (!range.isEmpty())
            line(f.base, MutedColour, range);
    }
    if (m_options.showLegend)
        y += paintLegend(painter, content.left(), y, content.width());
    if (y > content.top())
        y += std::round(f.base.pixelSize() * 0.8);

    // Footer: sources and the time of export.
    const QFontMetricsF smallFm(f.small);
    const QString sources = sourcesText(content.width());
    QString exported;
    if (m_options.showExportTime) {
        const QDateTime time = m_options.exportTime.isValid() ? m_options.exportTime
                                                              : QDateTime::currentDateTime();
        exported = tr("Exported from Faultline on %1")
                       .arg(QLocale().toString(time, QStringLiteral("d MMM yyyy, HH:mm t")));
    }
    const qreal sourcesHeight = sources.isEmpty()
                                    ? 0
                                    : smallFm
                                          .boundingRect(QRectF(0, 0, content.width(), 1e6),
                                                        Qt::TextWordWrap,
                                                        sources)
                                          .height();
    qreal footer = 0;
    if (!sources.isEmpty())
        footer += sourcesHeight + 2;
    if (!exported.isEmpty())
        footer += smallFm.height() + 2;
    if (footer > 0)
        footer += std::round(f.base.pixelSize() * 0.6);
    qreal footerY = content.bottom() - footer + std::round(f.base.pixelSize() * 0.6);
    painter->setFont(f.small);
    painter->setPen(MutedColour);
    if (!sources.isEmpty()) {
        painter->drawText(QRectF(content.left(), footerY, content.width(), sourcesHeight + 1),
                          Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                          sources);
        footerY += sourcesHeight + 2;
    }
    if (!exported.isEmpty())
        painter->drawText(QRectF(content.left(), footerY, content.width(), smallFm.height()),
                          Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                          exported);

    m_graphRect = QRectF(content.left(),
                         y,
                         content.width(),
                         std::max<qreal>(40, content.bottom() - footer - y));
    painter->setClipRect(m_graphRect, Qt::IntersectClip);
    m_painter.paint(painter, m_graphRect, m_graph, m_positions, fittedOptions(m_graphRect));
    painter->restore();
}

QImage GraphExporter::renderImage(QString *error)
{
    const QSize pixels = imagePixelSize();
    if (!TimelineExporter::checkImageSize(pixels, error))
        return QImage();
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        if (error)
            *error = tr("There is not enough memory for an image of %1 × %2 pixels.")
                         .arg(pixels.width())
                         .arg(pixels.height());
        return QImage();
    }
    const qreal ratio = pixelRatio();
    image.setDevicePixelRatio(ratio);
    image.fill(m_options.transparentBackground ? Qt::transparent : Qt::white);
    QPainter painter(&image);
    if (m_options.transparentBackground)
        painter.translate(0, 1.0 / 4096); // keeps the raster engine from opaque bands
    paint(&painter, QRectF(QPointF(0, 0), QSizeF(pixels) / ratio));
    painter.end();
    image.setDevicePixelRatio(1);
    const int dotsPerMeter = int(std::lround(m_options.dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

bool GraphExporter::renderPage(QPagedPaintDevice *device, QString *error)
{
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = tr("The page cannot be painted.");
        return false;
    }
    const qreal dpi = device->logicalDpiX();
    const QRectF paintRect = device->pageLayout().paintRectPixels(int(std::lround(dpi)));
    const qreal scale = dpi / TimelineExporter::ReferenceDpi;
    painter.scale(scale, scale);
    paint(&painter, QRectF(QPointF(0, 0), paintRect.size() / scale));
    if (!painter.end()) {
        if (error)
            *error = tr("The page cannot be painted.");
        return false;
    }
    return true;
}

bool GraphExporter::renderSvg(QIODevice *device, QString *error)
{
    const QSize pixels(m_options.widthPx, int(std::ceil(logicalSize().height())));
    if (!TimelineExporter::checkImageSize(pixels, error))
        return false;
    QSvgGenerator generator;
    generator.setOutputDevice(device);
    generator.setSize(pixels);
    generator.setViewBox(QRectF(QPointF(0, 0), QSizeF(pixels)));
    generator.setResolution(int(TimelineExporter::ReferenceDpi));
    // Qt 6.4 writes the title into the XML as it is: escape it.
    generator.setTitle((m_options.title.isEmpty() ? tr("Actor graph") : m_options.title.simplified())
                           .toHtmlEscaped());
    generator.setDescription(tr("Actor graph exported from Faultline"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = tr("The SVG cannot be painted.");
        return false;
    }
    paint(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
    painter.end();
    return true;
}

QImage GraphExporter::preview(const QSize &bounds, qreal devicePixelRatio)
{
    const bool paged = m_options.format == TimelineExportOptions::Format::Pdf;
    QSizeF canvas;
    QRectF inner;
    if (paged) {
        const QPageLayout layout = ExportFile::pageLayout(m_options);
        const qreal toUnits = TimelineExporter::ReferenceDpi / 72.0;
        const QRectF full = layout.fullRectPoints();
        const QRectF paintRect = layout.paintRectPoints();
        canvas = full.size() * toUnits;
        inner = QRectF(paintRect.topLeft() * toUnits, paintRect.size() * toUnits);
    } else {
        canvas = logicalSize();
        inner = QRectF(QPointF(0, 0), canvas);
    }
    if (canvas.isEmpty() || bounds.isEmpty())
        return QImage();
    qreal scale = 1.0;
    QImage image = ExportFile::previewImage(canvas,
                                            bounds,
                                            devicePixelRatio,
                                            m_options.transparentBackground && !paged,
                                            &scale);
    if (image.isNull())
        return image;
    QPainter painter(&image);
    painter.scale(scale, scale);
    paint(&painter, inner);
    painter.end();
    return image;
}

bool GraphExporter::exportToFile(const QString &path, QString *error)
{
    ExportFile::Renderers renderers;
    renderers.image = [this](QString *reason) { return renderImage(reason); };
    renderers.page = [this](QPagedPaintDevice *device, QString *reason) {
        return renderPage(device, reason);
    };
    renderers.svg = [this](QIODevice *device, QString *reason) { return renderSvg(device, reason); };
    return ExportFile::exportPicture(path,
                                     m_options,
                                     imagePixelSize(),
                                     QSize(m_options.widthPx,
                                           int(std::ceil(logicalSize().height()))),
                                     m_options.title.isEmpty() ? tr("Actor graph")
                                                               : m_options.title.simplified(),
                                     renderers,
                                     error);
}

} // namespace Faultline
