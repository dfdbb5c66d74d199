#include "ui/export/reportexporter.h"

#include "core/model/actor.h"
#include "core/model/article.h"
#include "core/model/datespan.h"
#include "core/model/event.h"
#include "core/store/actorrepository.h"
#include "core/store/articlerepository.h"
#include "core/store/eventrepository.h"
#include "core/store/workspace.h"
#include "ui/export/graphexporter.h"
#include "ui/export/timelineexporter.h"

#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QLoggingCategory>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

Q_DECLARE_LOGGING_CATEGORY(lcExport)

namespace Faultline {

namespace {

constexpr qreal ReferenceDpi = 96; // layout units: 1/96 inch
constexpr qreal MarginMm = 18;
const QColor TextColour(0x22, 0x22, 0x22);
const QColor MutedColour(0x5f, 0x5f, 0x5f);

QFont baseFont()
{
    QFont font = QGuiApplication::font();
    font.setPixelSize(13); // 9.75 pt
    return font;
}

QTextCharFormat charFormat(qreal factor, QFont::Weight weight, const QColor &colour = TextColour)
{
    QFont font = baseFont();
    font.setPixelSize(int(std::lround(font.pixelSize() * factor)));
    font.setWeight(weight);
    QTextCharFormat format;
    format.setFont(font);
    format.setForeground(colour);
    return format;
}

QString precisionText(DateSpan::Precision precision)
{
    switch (precision) {
    case DateSpan::Precision::Day:
        return ReportExporter::tr("day");
    case DateSpan::Precision::Month:
        return ReportExporter::tr("month");
    case DateSpan::Precision::Season:
        return ReportExporter::tr("season");
    case DateSpan::Precision::Year:
        return ReportExporter::tr("year");
    case DateSpan::Precision::Decade:
        return ReportExporter::tr("decade");
    case DateSpan::Precision::Century:
        break;
    }
    return ReportExporter::tr("century");
}

QString qualifierText(DateSpan::Qualifier qualifier)
{
    switch (qualifier) {
    case DateSpan::Qualifier::Approximate:
        return ReportExporter::tr("approximate");
    case DateSpan::Qualifier::Before:
        return ReportExporter::tr("before");
    case DateSpan::Qualifier::After:
        return ReportExporter::tr("after");
    case DateSpan::Qualifier::None:
        break;
    }
    return QString();
}

QString publishedText(const Article &article)
{
    if (!article.publishedDay)
        return ReportExporter::tr("date unknown");
    return DateSpan::fromJulianDay(*article.publishedDay).toDisplayString();
}

QString articleName(const Article &article)
{
    const QString title = article.title.simplified();
    if (!title.isEmpty())
        return title;
    if (!article.sourcePath.isEmpty())
        return QFileInfo(article.sourcePath).fileName();
    return ReportExporter::tr("Article %1").arg(article.id);
}

// Appends a paragraph of plain text: inserted through the cursor, never parsed as markup.
void paragraph(QTextCursor &cursor,
               const QString &text,
               const QTextCharFormat &format,
               qreal topMargin = 0,
               qreal indent = 0)
{
    QTextBlockFormat block;
    block.setTopMargin(topMargin);
    block.setLeftMargin(indent);
    block.setRightMargin(indent > 0 ? indent / 2 : 0);
    if (cursor.document()->isEmpty())
        cursor.setBlockFormat(block);
    else
        cursor.insertBlock(block);
    cursor.setBlockCharFormat(format);
    cursor.insertText(text, format);
}

} // namespace

ReportExporter::ReportExporter(Workspace *workspace)
    : m_workspace(workspace)
{}

void ReportExporter::buildTitlePage(QTextDocument *document,
                                    int events,
                                    int actors,
                                    int articles) const
{
    QTextCursor cursor(document);
    const QString title = m_options.title.simplified().isEmpty() ? tr("Briefing")
                                                                 : m_options.title.simplified();
    paragraph(cursor, title, charFormat(2.2, QFont::DemiBold), 120);
    if (!m_options.subtitle.simplified().isEmpty())
        paragraph(cursor, m_options.subtitle.simplified(), charFormat(1.4, QFont::Normal), 8);

    // The date range: the chosen one, or that of the events.
    TimelineExporter timeline(m_workspace);
    TimelineExportOptions options;
    options.filter = m_options.filter;
    options.fromDay = m_options.fromDay;
    options.toDay = m_options.toDay;
    QString error;
    if (timeline.setOptions(options, &error)) {
        const QString range
            = timeline.dateRangeText(m_options.fromDay.value_or(timeline.index().extentFrom()),
                                     m_options.toDay.value_or(timeline.index().extentTo()));
        if (!range.isEmpty())
            paragraph(cursor, range, charFormat(1.2, QFont::Normal, MutedColour), 18);
    }
    const QTextCharFormat body = charFormat(1.0, QFont::Normal);
    paragraph(cursor, tr("%n event(s)", nullptr, events), body, 36);
    paragraph(cursor, tr("%n actor(s)", nullptr, actors), body, 2);
    paragraph(cursor, tr("%n article(s)", nullptr, articles), body, 2);
    const QDateTime time = m_options.exportTime.isValid() ? m_options.exportTime
                                                          : QDateTime::currentDateTime();
    paragraph(cursor,
              tr("Exported from Faultline on %1")
                  .arg(QLocale().toString(time, QStringLiteral("d MMM yyyy, HH:mm t"))),
              charFormat(0.9, QFont::Normal, MutedColour),
              36);
}

bool ReportExporter::buildBody(QTextDocument *document, QString *error)
{
    const QList<Event> events = EventRepository(*m_workspace).query(m_options.filter);
    QHash<qint64, QString> actorNames;
    for (const Actor &actor : ActorRepository(*m_workspace).all())
        actorNames.insert(actor.id, actor.name);
    const QList<Article> articles = ArticleRepository(*m_workspace).all(false);
    QHash<qint64, Article> articleById;
    for (const Article &article : articles)
        articleById.insert(article.id, article);
    if (!m_workspace->isOpen()) {
        if (error)
            *error = tr("No workspace is open.");
        return false;
    }

    QTextCursor cursor(document);
    const QTextCharFormat heading = charFormat(1.6, QFont::DemiBold);
    const QTextCharFormat eventTitle = charFormat(1.15, QFont::DemiBold);
    const QTextCharFormat body = charFormat(1.0, QFont::Normal);
    const QTextCharFormat muted = charFormat(0.92, QFont::Normal, MutedColour);
    QTextCharFormat quote = charFormat(1.0, QFont::Normal);
    quote.setFontItalic(true);

    paragraph(cursor, tr("Events"), heading);
    if (events.isEmpty())
        paragraph(cursor, tr("No event of the workspace is part of this report."), body, 8);
    for (const Event &event : events) {
        // Date as resolved (precision, qualifier) and as written.
        QString date;
        if (event.date.isValid()) {
            QStringList details{precisionText(event.date.precision())};
            const QString qualifier = qualifierText(event.date.qualifier());
            if (!qualifier.isEmpty())
                details.append(qualifier);
            date = tr("%1 (%2)", "date (precision, qualifier)")
                       .arg(event.date.toDisplayString(), details.join(tr(", ")));
        } else {
            date = tr("Date unresolved");
        }
        if (!event.dateText.simplified().isEmpty())
            date = tr("%1; written “%2”").arg(date, event.dateText.simplified());
        paragraph(cursor, date, muted, 14);
        paragraph(cursor, event.title.simplified(), eventTitle, 2);
        QString type = event.type.name();
        if (!event.type.code().isEmpty())
            type = tr("%1 (CAMEO %2)").arg(type, event.type.code());
        paragraph(cursor, tr("Type: %1").arg(type), body, 2);
        QStringList actors;
        for (const Event::Participant &participant : event.participants) {
            const QString name = actorNames.value(participant.actorId, tr("unknown actor"));
            actors.append(
                tr("%1 (%2)", "actor (role)").arg(name, Event::roleName(participant.role)));
        }
        if (!actors.isEmpty())
            paragraph(cursor, tr("Actors: %1").arg(actors.join(tr("; "))), body, 2);
        for (const Evidence &evidence : event.evidence) {
            paragraph(cursor, evidence.sentence.simplified(), quote, 6, 18);
            const auto article = articleById.constFind(evidence.articleId);
            QString source;
            if (article == articleById.constEnd()) {
                source = tr("Source: article %1").arg(evidence.articleId);
            } else {
                QStringList parts{articleName(*article)};
                if (!article->outlet.simplified().isEmpty())
                    parts.append(article->outlet.simplified());
                parts.append(publishedText(*article));
                source = tr("Source: %1").arg(parts.join(tr(", ")));
            }
            paragraph(cursor, source, muted, 2, 18);
        }
    }

    paragraph(cursor, tr("Articles"), heading, 28);
    for (const Article &article : articles) {
        paragraph(cursor, articleName(article), eventTitle, 10);
        QStringList parts;
        if (!article.outlet.simplified().isEmpty())
            parts.append(article.outlet.simplified());
        parts.append(publishedText(article));
        paragraph(cursor, parts.join(tr(", ")), body, 2);
        QString where = article.url.simplified();
        if (where.isEmpty() && !article.sourcePath.isEmpty())
            where = QDir::toNativeSeparators(article.sourcePath);
        if (!where.isEmpty())
            paragraph(cursor, where, muted, 2);
    }
    return true;
}

bool ReportExporter::render(QPagedPaintDevice *device, QString *error)
{
    if (!m_workspace || !m_workspace->isOpen()) {
        if (error)
            *error = tr("No workspace is open.");
        return false;
    }
    const qreal dpi = device->logicalDpiX();
    const qreal scale = dpi / ReferenceDpi;
    const QRectF paintRect = device->pageLayout().paintRectPixels(int(std::lround(dpi)));
    const QSizeF page = paintRect.size() / scale; // in 1/96 inch
    const QFont small = [] {
        QFont font = baseFont();
        font.setPixelSize(11);
        return font;
    }();
    const qreal footer = QFontMetricsF(small).height() * 2;
    const QSizeF body(page.width(), page.height() - footer);

    QTextDocument contents;
    contents.setDocumentMargin(0);
    contents.setDefaultFont(baseFont());
    contents.setUndoRedoEnabled(false);
    if (!buildBody(&contents, error))
        return false;
    contents.setPageSize(body);

    QTextDocument titlePage;
    titlePage.setDocumentMargin(0);
    titlePage.setDefaultFont(baseFont());
    titlePage.setUndoRedoEnabled(false);
    buildTitlePage(&titlePage,
                   EventRepository(*m_workspace).count(m_options.filter),
                   ActorRepository(*m_workspace).count(),
                   ArticleRepository(*m_workspace).count());
    titlePage.setTextWidth(body.width());

    TimelineExporter timeline(m_workspace);
    TimelineExportOptions timelineOptions;
    timelineOptions.format = TimelineExportOptions::Format::Pdf;
    timelineOptions.filter = m_options.filter;
    timelineOptions.fromDay = m_options.fromDay;
    timelineOptions.toDay = m_options.toDay;
    timelineOptions.title = tr("Timeline");
    timelineOptions.showExportTime = false;
    timelineOptions.exportTime = m_options.exportTime;
    if (!timeline.setOptions(timelineOptions, error))
        return false;
    // The actor graph of the same events, through the graph export.
    GraphExporter graph(m_workspace);
    TimelineExportOptions graphOptions = timelineOptions;
    graphOptions.title = tr("Actor graph");
    if (!graph.setOptions(graphOptions, error))
        return false;

    const int contentPages = std::max(1, contents.pageCount());
    const int total = 3 + contentPages;
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = tr("The report cannot be painted.");
        return false;
    }
    painter.scale(scale, scale);
    int pageNumber = 0;
    auto pageFooter = [&](const QSizeF &size) {
        ++pageNumber;
        painter.save();
        painter.setFont(small);
        painter.setPen(MutedColour);
        painter.drawText(QRectF(0, size.height() - footer, size.width(), footer),
                         Qt::AlignHCenter | Qt::AlignBottom | Qt::TextSingleLine,
                         tr("Page %1 of %2").arg(pageNumber).arg(total));
        painter.restore();
    };

    titlePage.drawContents(&painter, QRectF(QPointF(0, 0), body));
    pageFooter(page);

    // The timeline on a landscape page, fitted to it as the PDF export of the timeline does it.
    device->setPageOrientation(QPageLayout::Landscape);
    device->newPage();
    {
        const QSizeF wide = device->pageLayout().paintRectPixels(int(std::lround(dpi))).size()
                            / scale;
        const QSizeF area(wide.width(), wide.height() - footer);
        const qreal natural = timeline.naturalHeight(area.width(), true);
        const qreal fit = natural > area.height() ? area.height() / natural : 1.0;
        painter.save();
        painter.scale(fit, fit);
        timeline.paint(&painter, QRectF(0, 0, area.width() / fit, area.height() / fit));
        painter.restore();
        pageFooter(wide);
        // The actor graph on the next landscape page.
        device->newPage();
        graph.paint(&painter, QRectF(QPointF(0, 0), area));
        pageFooter(wide);
    }
    device->setPageOrientation(QPageLayout::Portrait);

    for (int i = 0; i < contentPages; ++i) {
        device->newPage();
        painter.save();
        painter.setClipRect(QRectF(QPointF(0, 0), body));
        painter.translate(0, -i * body.height());
        contents.drawContents(&painter, QRectF(QPointF(0, i * body.height()), body));
        painter.restore();
        pageFooter(page);
    }
    if (!painter.end()) {
        if (error)
            *error = tr("The report cannot be painted.");
        return false;
    }
    return true;
}

bool ReportExporter::exportToFile(const QString &path, QString *error)
{
    const QString native = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1 cannot be written: %2.").arg(native, file.errorString());
        return false;
    }
    QString reason;
    bool ok = false;
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(QPageLayout(QPageSize(m_options.pageSize),
                                         QPageLayout::Portrait,
                                         QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm),
                                         QPageLayout::Millimeter));
        writer.setTitle(m_options.title.simplified().isEmpty() ? tr("Briefing")
                                                               : m_options.title.simplified());
        writer.setCreator(QStringLiteral("Faultline"));
        ok = render(&writer, &reason);
    }
    if (ok && file.error() != QFileDevice::NoError) {
        ok = false;
        reason = file.errorString();
    }
    if (!ok) {
        file.cancelWriting();
        qCWarning(lcExport) << "report failed:" << path << reason;
        if (error)
            *error = tr("%1 cannot be written: %2").arg(native, reason);
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("%1 cannot be written: %2.").arg(native, file.errorString());
        return false;
    }
    return true;
}

} // namespace Faultline
