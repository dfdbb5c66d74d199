#pragma once

#include "ui/export/timelineexportoptions.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

#include <functional>

class QIODevice;
class QImage;
class QPagedPaintDevice;
class QSize;
class QSizeF;

namespace Faultline {

// What every export shares: the atomic file write (nothing is left behind on
// failure), the PNG encoder and the PDF page layout.
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::ExportFile)

public:
    // Writes the content onto the device; false with *reason on failure.
    using Writer = std::function<bool(QIODevice *device, QString *reason)>;

    // Runs writer on a QSaveFile for path and commits it only on success.
    static bool write(const QString &path, const Writer &writer, QString *error);
    // Encodes image as PNG onto device.
    static bool writePng(QIODevice *device, const QImage &image, QString *reason);
    // The page of a PDF export: size, orientation and 10 mm margins.
    static QPageLayout pageLayout(const TimelineExportOptions &options);

    // How one picture is drawn in each format.
    struct Renderers
    {
        std::function<QImage(QString *reason)> image;
        std::function<bool(QPagedPaintDevice *device, QString *reason)> page;
        std::function<bool(QIODevice *device, QString *reason)> svg;
    };
    // Checks the size of a PNG (imageSize) or SVG (svgSize) before anything
    // is created, then writes path in options.format; pdfTitle names the PDF.
    static bool exportPicture(const QString &path,
                              const TimelineExportOptions &options,
                              const QSize &imageSize,
                              const QSize &svgSize,
                              const QString &pdfTitle,
                              const Renderers &renderers,
                              QString *error);

    // The image a dialog preview paints into: canvas (in export units) scaled
    // to fit bounds, white, with a checkerboard where a transparent export
    // would show through. *scale receives the factor from canvas to bounds.
    static QImage previewImage(const QSizeF &canvas,
                               const QSizeF &bounds,
                               qreal devicePixelRatio,
                               bool checkerboard,
                               qreal *scale);
};

} // namespace Faultline
