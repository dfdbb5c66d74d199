#include "ui/export/exportfile.h"

#include "ui/export/timelineexporter.h"

#include <QDir>
#include <QFileDevice>
#include <QImage>
#include <QImageWriter>
#include <QLoggingCategory>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcExport)

namespace Faultline {

namespace {

constexpr qreal PageMarginMm = 10;

} // namespace

bool ExportFile::write(const QString &path, const Writer &writer, QString *error)
{
    const QString native = QDir::toNativeSeparators(path);
    // QSaveFile writes a temporary file and renames it on commit: a failure
    // anywhere leaves neither a partial file nor the temporary one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1 cannot be written: %2.").arg(native, file.errorString());
        return false;
    }
    QString reason;
    bool ok = writer(&file, &reason);
    if (ok && file.error() != QFileDevice::NoError) {
        ok = false;
        reason = file.errorString();
    }
    if (!ok) {
        if (file.error() != QFileDevice::NoError && reason.isEmpty())
            reason = file.errorString();
        file.cancelWriting();
        if (error)
            *error = tr("%1 cannot be written: %2").arg(native, reason);
        if (error && !error->endsWith(QLatin1Char('.')))
            *error += QLatin1Char('.');
        qCWarning(lcExport) << "export failed:" << path << reason;
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("%1 cannot be written: %2.").arg(native, file.errorString());
        return false;
    }
    return true;
}

bool ExportFile::writePng(QIODevice *device, const QImage &image, QString *reason)
{
    QImageWriter writer(device, "png");
    if (writer.write(image))
        return true;
    if (reason) {
        auto *file = qobject_cast<QFileDevice *>(device);
        *reason = file && file->error() != QFileDevice::NoError ? file->errorString()
                                                                : writer.errorString();
    }
    return false;
}

QPageLayout ExportFile::pageLayout(const TimelineExportOptions &options)
{
    return QPageLayout(QPageSize(options.pageSize),
                       options.orientation,
                       QMarginsF(PageMarginMm, PageMarginMm, PageMarginMm, PageMarginMm),
                       QPageLayout::Millimeter);
}

bool ExportFile::exportPicture(const QString &path,
                               const TimelineExportOptions &options,
                               const QSize &imageSize,
                               const QSize &svgSize,
                               const QString &pdfTitle,
                               const Renderers &renderers,
                               QString *error)
{
    // Size limits first, so an absurd size creates nothing at all.
    if (options.format == TimelineExportOptions::Format::Png
        && !TimelineExporter::checkImageSize(imageSize, error))
        return false;
    if (options.format == TimelineExportOptions::Format::Svg
        && !TimelineExporter::checkImageSize(svgSize, error))
        return false;
    return write(
        path,
        [&](QIODevice *device, QString *reason) {
            switch (options.format) {
            case TimelineExportOptions::Format::Png: {
                const QImage image = renderers.image(reason);
                return !image.isNull() && writePng(device, image, reason);
            }
            case TimelineExportOptions::Format::Pdf: {
                QPdfWriter writer(device);
                writer.setPageLayout(pageLayout(options));
                writer.setTitle(pdfTitle);
                writer.setCreator(QStringLiteral("Faultline"));
                return renderers.page(&writer, reason);
            }
            case TimelineExportOptions::Format::Svg:
                return renderers.svg(device, reason);
            }
            return false;
        },
        error);
}

QImage ExportFile::previewImage(const QSizeF &canvas,
                                const QSizeF &bounds,
                                qreal devicePixelRatio,
                                bool checkerboard,
                                qreal *scale)
{
    *scale = std::min(bounds.width() / canvas.width(), bounds.height() / canvas.height());
    const QSize pixels(std::max(1, int(canvas.width() * *scale * devicePixelRatio)),
                       std::max(1, int(canvas.height() * *scale * devicePixelRatio)));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    if (checkerboard) {
        QPainter painter(&image);
        const int cell = 8;
        for (int y = 0; y * cell < pixels.height(); ++y) {
            for (int x = (y % 2); x * cell < pixels.width(); x += 2)
                painter.fillRect(QRectF(x * cell / devicePixelRatio,
                                        y * cell / devicePixelRatio,
                                        cell / devicePixelRatio,
                                        cell / devicePixelRatio),
                                 QColor(0xe6, 0xe6, 0xe6));
        }
    }
    return image;
}

} // namespace Faultline
