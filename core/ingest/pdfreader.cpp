#include "core/ingest/pdfreader.h"

#include "core/ingest/articleassembler.h"
#include "core/ingest/ingestlogging.h"
#include "core/ingest/plaintextreader.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <memory>
#include <mutex>

namespace Faultline {

namespace {

void popplerMessage(const std::string &message, void *)
{
    // Poppler complains on stderr about every oddity of real-world PDFs.
    qCDebug(lcIngest) << "poppler:" << QString::fromStdString(message);
}

QString fromUstring(const poppler::ustring &text)
{
    const poppler::byte_array utf8 = text.to_utf8();
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

// Digits do not count: "Page 3 of 9" and "Page 4 of 9" are the same footer.
QString runningKey(const QString &line)
{
    QString key = line.simplified().toLower();
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    key.replace(digits, QStringLiteral("#"));
    return key;
}

bool isPageNumber(const QString &line)
{
    static const QRegularExpression
        pageNumber(QStringLiteral(
                       "^(?:page\\s*)?[-–—]?\\s*\\d{1,4}\\s*[-–—]?(?:\\s*(?:of|/)\\s*\\d{1,4})?$"),
                   QRegularExpression::CaseInsensitiveOption);
    return pageNumber.match(line.simplified()).hasMatch();
}

constexpr int kEdgeLines = 3;

} // namespace

bool PdfReader::looksLikePdf(const QByteArray &data)
{
    return data.left(1024).contains("%PDF-");
}

void PdfReader::removeRunningLines(QList<QStringList> &pages)
{
    // Keys of the first and last lines of each page, counted once per page.
    QHash<QString, int> counts;
    for (const QStringList &page : pages) {
        QSet<QString> keys;
        for (qsizetype i = 0; i < page.size(); ++i) {
            if (i < kEdgeLines || i >= page.size() - kEdgeLines)
                keys.insert(runningKey(page.at(i)));
        }
        for (const QString &key : keys)
            ++counts[key];
    }
    const int threshold = qMax(2, int((pages.size() + 1) / 2));
    for (QStringList &page : pages) {
        QStringList kept;
        for (qsizetype i = 0; i < page.size(); ++i) {
            const bool edge = i < kEdgeLines || i >= page.size() - kEdgeLines;
            if (edge
                && (isPageNumber(page.at(i))
                    || (pages.size() >= 2 && counts.value(runningKey(page.at(i))) >= threshold)))
                continue;
            kept.append(page.at(i));
        }
        page = kept;
    }
}

std::optional<Document> PdfReader::read(const QByteArray &data, QString *error)
{
    static std::once_flag silenced;
    std::call_once(silenced, [] { poppler::set_debug_error_function(popplerMessage, nullptr); });

    if (!looksLikePdf(data)) {
        if (error)
            *error = tr("is not a PDF file (it has no PDF header)");
        return std::nullopt;
    }
    std::unique_ptr<poppler::document> pdf(
        poppler::document::load_from_raw_data(data.constData(), int(data.size())));
    if (!pdf) {
        if (error)
            *error = tr("is a damaged PDF file that cannot be opened");
        return std::nullopt;
    }
    if (pdf->is_locked()) {
        if (error)
            *error = tr("is a password-protected PDF file");
        return std::nullopt;
    }

    QList<QStringList> pages;
    const int pageCount = pdf->pages();
    for (int i = 0; i < pageCount; ++i) {
        std::unique_ptr<poppler::page> page(pdf->create_page(i));
        if (!page)
            continue;
        const QString text = fromUstring(
            page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout));
        QStringList lines;
        for (const QString &line :
             text.split(QRegularExpression(QStringLiteral("\\r\\n|[\\n\\r\\f]"))))
            lines.append(line.trimmed());
        while (!lines.isEmpty() && lines.first().isEmpty())
            lines.removeFirst();
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        pages.append(lines);
    }
    removeRunningLines(pages);

    // Pages run on: a paragraph may continue over a page break.
    QStringList all;
    for (const QStringList &page : pages)
        all += page;
    const QString joined = all.join(QLatin1Char('\n'));
    if (joined.trimmed().isEmpty()) {
        if (error)
            *error = tr("is a PDF without text (a scanned PDF needs text recognition first)");
        return std::nullopt;
    }

    Document document;
    document.format = QStringLiteral("pdf");
    document.encoding = QStringLiteral("PDF");
    const QString infoTitle = fromUstring(pdf->get_title()).simplified();
    // Producers put file names and templates in the title field.
    static const QRegularExpression
        fileLike(QStringLiteral(
                     "(?:\\.(?:docx?|odt|rtf|indd|pdf|txt|html?)$|^microsoft word|^untitled$)"),
                 QRegularExpression::CaseInsensitiveOption);
    QList<SourceBlock> blocks = PlainTextReader::paragraphs(joined,
                                                            PlainTextReader::Wrapping::Pdf,
                                                            false);
    if (!infoTitle.isEmpty() && !fileLike.match(infoTitle).hasMatch())
        document.title = infoTitle;
    ArticleAssembler::assemble(document, blocks);
    // A creation date is when the file was made, often long after the news.
    if (!document.publishedDay && pdf->get_creation_date_t() > 0) {
        document.warnings.append(
            tr("The PDF does not state a publication date; its creation date was not used "
               "as one."));
    }
    return document;
}

} // namespace Faultline
