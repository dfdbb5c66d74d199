#include "ui/export/timelineexporter.h"

#include "ui/export/exportfile.h"

#include "core/model/calendarformatter.h"
#include "core/model/datespan.h"
#include "core/query/timelineindexloader.h"
#include "core/query/timescale.h"
#include "core/store/articlerepository.h"
#include "core/store/workspace.h"
#include "ui/settings/preferences.h"

#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <limits>

Q_LOGGING_CATEGORY(lcExport, "faultline.export")

namespace Faultline {

namespace {

constexpr int SourceBatch = 500;
constexpr int MaxSourceLines = 3;
const QColor TextColour(0x22, 0x22, 0x22);
const QColor MutedColour(0x5f, 0x5f, 0x5f);

bool sameFilter(const EventFilter &a, const EventFilter &b)
{
    return a.fromDay == b.fromDay && a.toDay == b.toDay && a.actorId == b.actorId
           && a.actorName == b.actorName && a.cameoRoot == b.cameoRoot && a.articleId == b.articleId
           && a.text == b.text && a.includeUnresolved == b.includeUnresolved;
}

QString shortDate(const CalendarFormatter &calendar, qint64 julianDay)
{
    const CalendarFormatter::Date date = calendar.date(julianDay);
    return TimelineExporter::tr("%1 %2 %3", "day month year")
        .arg(calendar.number(date.day),
             calendar.monthName(date.month, date.year, QLocale::ShortFormat),
             calendar.yearText(date.year));
}

QFont scaledFont(const QFont &base, qreal factor, QFont::Weight weight)
{
    QFont font = base;
    font.setPixelSize(std::max(6, int(std::lround(base.pixelSize() * factor))));
    font.setWeight(weight);
    return font;
}

} // namespace

TimelineExporter::TimelineExporter(Workspace *workspace)
    : m_workspace(workspace)
    , m_timeDirection(Preferences::load().timeDirection)
    , m_titles(workspace)
{}

std::optional<TimelineExportOptions::Format> TimelineExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return TimelineExportOptions::Format::Png;
    if (suffix == QLatin1String("pdf"))
        return TimelineExportOptions::Format::Pdf;
    if (suffix == QLatin1String("svg"))
        return TimelineExportOptions::Format::Svg;
    return std::nullopt;
}

bool TimelineExporter::checkImageSize(const QSize &pixels, QString *error)
{
    const QLocale locale;
    if (pixels.width() < 1 || pixels.height() < 1) {
        if (error)
            *error = tr("An image of %1 × %2 pixels is empty; give a width of at least one pixel.")
                         .arg(locale.toString(pixels.width()), locale.toString(pixels.height()));
        return false;
    }
    if (pixels.width() > MaxSide || pixels.height() > MaxSide
        || qint64(pixels.width()) * pixels.height() > MaxPixels) {
        if (error)
            *error = tr("An image of %1 × %2 pixels is too large; the limit is %3 pixels per side "
                        "and %4 megapixels.")
                         .arg(locale.toString(pixels.width()),
                              locale.toString(pixels.height()),
                              locale.toString(MaxSide),
                              locale.toString(MaxPixels / 1000000));
        return false;
    }
    return true;
}

bool TimelineExporter::setOptions(const TimelineExportOptions &options, QString *error)
{
    const bool reload = !m_loaded || options.laneMode != m_options.laneMode
                        || !sameFilter(options.filter, m_options.filter);
    m_options = options;
    m_options.dpi = std::clamp(m_options.dpi, MinDpi, MaxDpi);
    const Fonts f = fonts();
    TimelineStyle style = TimelineStyle::light(f.base);
    style.background = m_options.transparentBackground ? QColor(Qt::transparent)
                                                       : QColor(Qt::white);
    m_painter.setStyle(style);
    if (!reload)
        return true;
    m_loaded = false;
    m_index = TimelineIndex();
    m_sourcesWindow.reset();
    m_titles.clear();
    if (!m_workspace || !m_workspace->isOpen()) {
        if (error)
            *error = tr("No workspace is open.");
        return false;
    }
    const TimelineIndexLoader loader(*m_workspace);
    auto full = loader.load(options.laneMode, error);
    if (!full)
        return false;
    if (!options.filter.isEmpty() || !options.filter.includeUnresolved) {
        auto filtered = loader.filtered(*full, options.filter, error);
        if (!filtered)
            return false;
        m_index = std::move(*filtered);
    } else {
        m_index = std::move(*full);
    }
    m_loaded = true;
    return true;
}

TimelineExporter::Fonts TimelineExporter::fonts() const
{
    QFont base = QGuiApplication::font();
    qreal points = m_options.fontPointSize;
    if (points <= 0)
        points = base.pointSizeF() > 0 ? base.pointSizeF() : base.pixelSize() * 72.0 / ReferenceDpi;
    if (points <= 0)
        points = 9;
    // Pixel sizes in 1/96-inch units: the same size on every device, whatever
    // its resolution, so the layout measured here is what every device draws.
    base.setPixelSize(std::max(6, int(std::lround(points * ReferenceDpi / 72.0))));
    Fonts f;
    f.base = base;
    f.title = scaledFont(base, 1.6, QFont::DemiBold);
    f.subtitle = scaledFont(base, 1.18, QFont::Normal);
    f.small = scaledFont(base, 0.9, QFont::Normal);
    return f;
}

qreal TimelineExporter::padding() const
{
    return std::round(fonts().base.pixelSize() * 1.5);
}

TimelineOptions TimelineExporter::timelineOptions(double fromDay, double toDay)
{
    TimelineOptions options;
    options.scale = TimeScale(fromDay, toDay, 1000, m_timeDirection);
    for (qint64 key : std::as_const(m_options.laneOrder)) {
        const int lane = m_index.laneIndexOf(key);
        if (lane >= 0)
            options.laneOrder.append(lane);
    }
    options.collapsed = m_options.collapsedLanes;
    options.showLegend = m_options.showLegend;
    options.showUnresolvedNote = true;
    options.titles = &m_titles;
    options.emptyTitle = tr("No events");
    options.emptyMessage = tr("No event of the workspace is part of this export.");
    return options;
}

std::pair<double, double> TimelineExporter::window(qreal plotWidth) const
{
    const bool hasFrom = m_options.fromDay.has_value();
    const bool hasTo = m_options.toDay.has_value();
    double from = 0;
    double to = 0;
    if (hasFrom && hasTo && *m_options.toDay > *m_options.fromDay) {
        from = *m_options.fromDay;
        to = *m_options.toDay;
    } else if (m_index.resolvedCount() == 0) {
        const QDate today = QDate::currentDate();
        to = double(DateSpan::julianDay(today.year(), 12, 31)) + 1;
        from = to - 365.2425;
        if (hasFrom) {
            from = *m_options.fromDay;
            to = from + 365.2425;
        } else if (hasTo) {
            to = *m_options.toDay;
            from = to - 365.2425;
        }
    } else {
        // Like the view's "fit all": a margin, and room on the right for the
        // labels that run after the last events.
        const double first = hasFrom ? *m_options.fromDay : m_index.extentFrom();
        const double last = hasTo ? *m_options.toDay : std::max(first + 1, m_index.extentTo());
        const double span = std::max(1.0, last - first);
        const double margin = std::max(15.0, span * 0.03);
        // Labels are at most 260 units wide: room for a whole one where the width allows.
        const double labelRoom = hasTo
                                     ? 0.0
                                     : (plotWidth > 400 ? std::min(270.0, plotWidth * 0.25) : 0.0);
        const double leftMargin = hasFrom ? 0.0 : margin;
        const double rightMargin = hasTo ? 0.0 : margin;
        const double daysPerPixel = (span + leftMargin + rightMargin)
                                    / std::max(1.0, plotWidth - labelRoom);
        from = first - leftMargin;
        to = last + rightMargin + labelRoom * daysPerPixel;
    }
    const TimeScale clamped(from, to, std::max<qreal>(1, plotWidth));
    return {clamped.from(), clamped.to()};
}

QString TimelineExporter::dateRangeText(double fromDay, double toDay) const
{
    // Everything: the extent of the events; a chosen range: that range.
    double from = fromDay;
    double to = toDay;
    if (!m_options.fromDay && !m_options.toDay) {
        if (m_index.resolvedCount() == 0)
            return QString();
        from = m_index.extentFrom();
        to = m_index.extentTo();
    } else {
        from = m_options.fromDay.value_or(fromDay);
        to = m_options.toDay.value_or(toDay);
    }
    const qint64 first = qint64(std::floor(from));
    const qint64 last = std::max(first, qint64(std::ceil(to)) - 1);
    // In the calendar the user chose, like the axis.
    const CalendarFormatter calendar;
    const CalendarFormatter::Date d1 = calendar.date(first);
    const CalendarFormatter::Date d2 = calendar.date(last);
    QString a;
    QString b;
    if (last - first > 3 * 366) {
        a = calendar.yearText(d1.year);
        b = calendar.yearText(d2.year);
    } else if (last - first > 62) {
        a = tr("%1 %2", "month year")
                .arg(calendar.standaloneMonthName(d1.month, d1.year), calendar.yearText(d1.year));
        b = tr("%1 %2", "month year")
                .arg(calendar.standaloneMonthName(d2.month, d2.year), calendar.yearText(d2.year));
    } else {
        a = shortDate(calendar, first);
        b = shortDate(calendar, last);
    }
    if (a == b)
        return a;
    return tr("%1 – %2", "date range").arg(a, b);
}

QStringList TimelineExporter::sourceEntries(double fromDay, double toDay)
{
    if (m_sourcesWindow && m_sourcesWindow->first == fromDay && m_sourcesWindow->second == toDay)
        return m_sources;
    m_sourcesWindow = std::make_pair(fromDay, toDay);
    m_sources.clear();
    if (!m_workspace || !m_workspace->isOpen() || m_index.resolvedCount() == 0)
        return m_sources;

    // The events drawn: those starting before the end of the window and
    // ending after its start.
    QSet<qint64> articleIds;
    QStringList batch;
    bool failed = false;
    auto flush = [&] {
        if (batch.isEmpty() || failed)
            return;
        QSqlQuery query(m_workspace->database());
        query.setForwardOnly(true);
        // Integer ids only, so listing them literally is safe.
        if (!query.exec(QStringLiteral("SELECT DISTINCT article_id FROM evidence "
                                       "WHERE event_id IN (%1)")
                            .arg(batch.join(QLatin1Char(','))))) {
            qCWarning(lcExport) << "source query:" << query.lastError().text();
            failed = true;
        } else {
            while (query.next())
                articleIds.insert(query.value(0).toLongLong());
        }
        batch.clear();
    };
    const quint32 end = m_index.positionAtOrAfter(toDay);
    for (quint32 pos = 0; pos < end; ++pos) {
        if (double(m_index.endDay(pos)) + 1 <= fromDay)
            continue;
        batch.append(QString::number(m_index.eventId(pos)));
        if (batch.size() >= SourceBatch)
            flush();
    }
    flush();
    if (articleIds.isEmpty())
        return m_sources;

    struct Entry
    {
        qint64 day;
        QString text;
    };
    std::vector<Entry> entries;
    const QList<Article> articles = ArticleRepository(*m_workspace).all(false);
    for (const Article &article : articles) {
        if (!articleIds.contains(article.id))
            continue;
        QString name = article.outlet.simplified();
        if (name.isEmpty())
            name = article.title.simplified();
        if (name.isEmpty())
            name = QFileInfo(article.sourcePath).fileName();
        if (name.isEmpty())
            name = tr("article %1").arg(article.id);
        const qint64 day = article.publishedDay.value_or(std::numeric_limits<qint64>::max());
        const QString text = article.publishedDay
                                 ? tr("%1, %2", "outlet, date")
                                       .arg(name, shortDate(CalendarFormatter(), day))
                                 : name;
        entries.push_back({day, text});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.day != b.day ? a.day < b.day : a.text.localeAwareCompare(b.text) < 0;
    });
    for (const Entry &entry : entries)
        m_sources.append(entry.text);
    m_sources.removeDuplicates();
    return m_sources;
}

QString TimelineExporter::sourcesText(qreal width, double fromDay, double toDay)
{
    if (!m_options.showSources)
        return QString();
    const QStringList entries = sourceEntries(fromDay, toDay);
    if (entries.isEmpty())
        return QString();
    const QFontMetricsF fm(fonts().small);
    const qreal limit = MaxSourceLines * fm.lineSpacing() + 1;
    auto fits = [&](const QString &text) {
        return fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height() <= limit;
    };
    auto textFor = [&](qsizetype shown) {
        const QString list = QStringList(entries.mid(0, shown)).join(QStringLiteral("; "));
        if (shown >= entries.size())
            return tr("Sources: %1").arg(list);
        return tr("Sources: %1; and %n more", nullptr, int(entries.size() - shown)).arg(list);
    };
    const QString all = textFor(entries.size());
    if (fits(all))
        return all;
    // The most entries that fit, found by bisection (thousands of articles are possible).
    qsizetype lo = 0;
    qsizetype hi = entries.size() - 1;
    while (lo < hi) {
        const qsizetype mid = (lo + hi + 1) / 2;
        if (fits(textFor(mid)))
            lo = mid;
        else
            hi = mid - 1;
    }
    return textFor(std::max<qsizetype>(1, lo));
}

QString TimelineExporter::exportTimeText() const
{
    if (!m_options.showExportTime)
        return QString();
    const QDateTime time = m_options.exportTime.isValid() ? m_options.exportTime
                                                          : QDateTime::currentDateTime();
    return tr("Exported from Faultline on %1")
        .arg(QLocale().toString(time, QStringLiteral("d MMM yyyy, HH:mm t")));
}

qreal TimelineExporter::headerHeight(qreal) const
{
    const Fonts f = fonts();
    qreal h = 0;
    if (!m_options.title.trimmed().isEmpty())
        h += QFontMetricsF(f.title).height() + 2;
    if (!m_options.subtitle.trimmed().isEmpty())
        h += QFontMetricsF(f.subtitle).height() + 2;
    if (m_options.showDateRange)
        h += QFontMetricsF(f.base).height() + 2;
    if (h > 0)
        h += std::round(f.base.pixelSize() * 0.8);
    return std::ceil(h);
}

qreal TimelineExporter::footerHeight(qreal width)
{
    const QRectF probe(0, 0, width, 100);
    const auto [from, to] = window(
        m_painter.layout(probe, &m_index, timelineOptions(0, 1)).plot.width());
    const QFontMetricsF fm(fonts().small);
    qreal h = 0;
    const QString sources = sourcesText(width, from, to);
    if (!sources.isEmpty())
        h += fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, sources).height() + 2;
    if (m_options.showExportTime || !m_pageText.isEmpty())
        h += fm.height() + 2;
    if (h > 0)
        h += std::round(fonts().base.pixelSize() * 0.6);
    return std::ceil(h);
}

qreal TimelineExporter::naturalHeight(qreal width, bool compact)
{
    const qreal pad = padding();
    const qreal inner = std::max<qreal>(1, width - 2 * pad);
    qreal timeline = std::max<qreal>(240, std::round(inner * 0.3));
    if (m_index.laneMode() != LaneMode::None && !m_index.isEmpty()) {
        const TimelinePainter::Layout layout = m_painter.layout(QRectF(0, 0, inner, 1),
                                                                &m_index,
                                                                timelineOptions(0, 1));
        // Every lane; in an image half as tall again as its smallest height
        // (a third row for labels, which the screen gets by scrolling), up to
        // twice that when the width leaves room. A page needs only the smallest:
        // the painter shares out what the page has to spare.
        const qreal chrome = layout.axis.height() + layout.footer.height() + 2;
        const qreal lanes = layout.contentHeight;
        timeline = compact ? std::ceil(chrome + lanes)
                           : std::ceil(chrome
                                       + std::clamp<qreal>(std::round(inner * 0.3) - chrome,
                                                           lanes * 1.5,
                                                           lanes * 2));
    }
    return std::ceil(2 * pad + headerHeight(inner) + timeline + footerHeight(inner));
}

void TimelineExporter::paint(QPainter *painter, const QRectF &rect)
{
    const Fonts f = fonts();
    const qreal pad = padding();
    const QRectF content = rect.adjusted(pad, pad, -pad, -pad);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    if (!m_options.transparentBackground)
        painter->fillRect(rect, Qt::white);

    const QRectF probe(content.left(), content.top(), content.width(), 100);
    const auto [from, to] = window(
        m_painter.layout(probe, &m_index, timelineOptions(0, 1)).plot.width());
    m_shownFrom = from;
    m_shownTo = to;

    // Header: title, subtitle, date range. Titles are plain text, never markup.
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
    if (m_options.showDateRange) {
        const QString range = dateRangeText(from, to);
        line(f.base, MutedColour, range);
    }
    const qreal header = headerHeight(content.width());
    y = content.top() + header;

    // Footer: sources and the time of export.
    const QFontMetricsF smallFm(f.small);
    const QString sources = sourcesText(content.width(), from, to);
    const QString exported = exportTimeText();
    const qreal footer = footerHeight(content.width());
    qreal footerY = content.bottom() - footer + std::round(f.base.pixelSize() * 0.6);
    painter->setFont(f.small);
    painter->setPen(MutedColour);
    if (!sources.isEmpty()) {
        const QRectF box = smallFm.boundingRect(QRectF(0, 0, content.width(), 1e6),
                                                Qt::TextWordWrap,
                                                sources);
        painter->drawText(QRectF(content.left(), footerY, content.width(), box.height() + 1),
                          Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                          sources);
        footerY += box.height() + 2;
    }
    if (!exported.isEmpty()) {
        painter->drawText(QRectF(content.left(), footerY, content.width(), smallFm.height()),
                          Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                          exported);
    }
    if (!m_pageText.isEmpty()) {
        painter->drawText(QRectF(content.left(), footerY, content.width(), smallFm.height()),
                          Qt::AlignRight | Qt::AlignTop | Qt::TextSingleLine,
                          m_pageText);
    }

    m_timelineRect = QRectF(content.left(),
                            y,
                            content.width(),
                            std::max<qreal>(40, content.bottom() - footer - y));
    m_painter.paint(painter, m_timelineRect, &m_index, timelineOptions(from, to));
    painter->restore();
}

QSizeF TimelineExporter::logicalSize()
{
    const bool svg = m_options.format == TimelineExportOptions::Format::Svg;
    const qreal ratio = svg ? 1.0 : pixelRatio();
    const qreal width = m_options.widthPx / ratio;
    const qreal height = m_options.heightPx > 0 ? m_options.heightPx / ratio : naturalHeight(width);
    return QSizeF(width, height);
}

QSize TimelineExporter::imagePixelSize()
{
    const QSizeF logical = logicalSize();
    const qreal ratio = m_options.format == TimelineExportOptions::Format::Svg ? 1.0 : pixelRatio();
    return QSize(m_options.widthPx,
                 m_options.heightPx > 0 ? m_options.heightPx
                                        : int(std::ceil(logical.height() * ratio)));
}

QImage TimelineExporter::renderImage(QString *error)
{
    const QSize pixels = imagePixelSize();
    if (!checkImageSize(pixels, error))
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
    if (m_options.transparentBackground) {
        // The painter's raster fast path writes opaque bands over its background;
        // any transform but the identity makes it draw shapes, which keep the
        // transparency. A 1/4096-pixel shift is invisible.
        painter.translate(0, 1.0 / 4096);
    }
    paint(&painter, QRectF(QPointF(0, 0), QSizeF(pixels) / ratio));
    painter.end();
    image.setDevicePixelRatio(1);
    const int dotsPerMeter = int(std::lround(m_options.dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

qreal TimelineExporter::plotWidthFor(qreal width)
{
    return m_painter
        .layout(QRectF(0, 0, width - 2 * padding(), 100), &m_index, timelineOptions(0, 1))
        .plot.width();
}

void TimelineExporter::selectPart(int page, int pages, std::pair<double, double> whole)
{
    const auto [from, to] = whole;
    const double step = (to - from) / pages;
    if (page > 0) {
        m_options.title.clear();
        m_options.subtitle.clear();
    }
    // Whole days, so that a page ends where the next begins, on a day's edge;
    // a hair before it, so that the tick of that edge is the next page's.
    m_options.fromDay = page == 0 ? from : std::round(from + page * step);
    m_options.toDay = page + 1 == pages ? to : std::round(from + (page + 1) * step) - 1e-3;
    m_pageText = tr("Page %1 of %2").arg(page + 1).arg(pages);
}

void TimelineExporter::paintFitted(QPainter *painter, const QSizeF &size)
{
    // Fit to the page: every lane shown, the picture shrunk when they need more height.
    const qreal natural = naturalHeight(size.width(), true);
    const qreal fit = natural > size.height() ? size.height() / natural : 1.0;
    painter->save();
    painter->scale(fit, fit);
    paint(painter, QRectF(0, 0, size.width() / fit, size.height() / fit));
    painter->restore();
}

bool TimelineExporter::renderPage(QPagedPaintDevice *device, QString *error)
{
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = tr("The page cannot be painted.");
        return false;
    }
    // The painter's origin is the top left of the paint rect (inside the margins).
    const qreal dpi = device->logicalDpiX();
    const QRectF paintRect = device->pageLayout().paintRectPixels(int(std::lround(dpi)));
    const qreal scale = dpi / ReferenceDpi;
    const QSizeF size = paintRect.size() / scale;
    painter.scale(scale, scale);
    const int pages = std::clamp(m_options.pages, 1, MaxPages);
    bool ok = true;
    if (pages == 1) {
        paintFitted(&painter, size);
    } else {
        // The whole window as one page would show it, cut into equal parts; each
        // page paints its part as a chosen range, the title on the first only.
        const TimelineExportOptions saved = m_options;
        const auto whole = window(plotWidthFor(size.width()));
        for (int page = 0; page < pages && ok; ++page) {
            if (page > 0)
                ok = device->newPage();
            selectPart(page, pages, whole);
            paintFitted(&painter, size);
        }
        m_options = saved;
        m_pageText.clear();
    }
    if (!painter.end() || !ok) {
        if (error)
            *error = tr("The page cannot be painted.");
        return false;
    }
    return true;
}

bool TimelineExporter::print(QPrinter *printer, QString *error)
{
    if (printer->docName().isEmpty())
        printer->setDocName(m_options.title.isEmpty() ? tr("Timeline") : m_options.title);
    return renderPage(printer, error);
}

bool TimelineExporter::renderSvg(QIODevice *device, QString *error)
{
    const QSizeF size = logicalSize();
    const QSize pixels(m_options.widthPx, int(std::ceil(size.height())));
    if (!checkImageSize(pixels, error))
        return false;
    QSvgGenerator generator;
    generator.setOutputDevice(device);
    generator.setSize(pixels);
    generator.setViewBox(QRectF(QPointF(0, 0), QSizeF(pixels)));
    generator.setResolution(int(ReferenceDpi));
    // Qt 6.4 writes the title into the XML as it is: escape it (it may be anyone's text).
    generator.setTitle(
        (m_options.title.isEmpty() ? tr("Timeline") : m_options.title.simplified()).toHtmlEscaped());
    generator.setDescription(tr("Timeline exported from Faultline"));
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

bool TimelineExporter::exportToFile(const QString &path, QString *error)
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
                                     m_options.title.isEmpty() ? tr("Timeline")
                                                               : m_options.title.simplified(),
                                     renderers,
                                     error);
}

QImage TimelineExporter::preview(const QSize &bounds, qreal devicePixelRatio)
{
    const bool paged = m_options.format == TimelineExportOptions::Format::Pdf;
    QSizeF canvas;
    QRectF inner;
    if (paged) {
        const QPageLayout layout = ExportFile::pageLayout(m_options);
        const qreal toUnits = ReferenceDpi / 72.0;
        const QRectF full = layout.fullRectPoints();
        const QRectF paint = layout.paintRectPoints();
        canvas = full.size() * toUnits;
        inner = QRectF(paint.topLeft() * toUnits, paint.size() * toUnits);
    } else {
        canvas = logicalSize();
        inner = QRectF(QPointF(0, 0), canvas);
    }
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
    if (paged) {
        // A paged PDF: its first page.
        const TimelineExportOptions saved = m_options;
        if (m_options.pages > 1)
            selectPart(0, std::min(m_options.pages, MaxPages), window(plotWidthFor(inner.width())));
        painter.translate(inner.topLeft());
        paintFitted(&painter, inner.size());
        m_options = saved;
        m_pageText.clear();
    } else {
        paint(&painter, inner);
    }
    painter.end();
    return image;
}

} // namespace Faultline
