#include "core/ingest/documentreader.h"

#include "core/ingest/htmlreader.h"
#include "core/ingest/ingestlogging.h"
#include "core/ingest/markdownreader.h"
#include "core/ingest/pdfreader.h"
#include "core/ingest/plaintextreader.h"
#include "core/ingest/textdecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Faultline {

namespace {

QString suffixOf(const QString &nameOrMime)
{
    return QFileInfo(nameOrMime).suffix().toLower();
}

// Signatures of common non-text files, checked before any decoding.
bool hasBinaryMagic(const QByteArray &data)
{
    static const QList<QByteArray> magics = {QByteArray("\x89PNG", 4),
                                             QByteArray("\xFF\xD8\xFF", 3),
                                             QByteArray("GIF8"),
                                             QByteArray("PK\x03\x04", 4),
                                             QByteArray("\x1F\x8B", 2),
                                             QByteArray("\x7F"
                                                        "ELF"),
                                             QByteArray("BZh"),
                                             QByteArray("7z\xBC\xAF", 4),
                                             QByteArray("Rar!"),
                                             QByteArray("\xD0\xCF\x11\xE0", 4),
                                             QByteArray("MZ"),
                                             QByteArray("OggS"),
                                             QByteArray("ID3"),
                                             QByteArray("fLaC"),
                                             QByteArray("\x00\x00\x01\x00", 4),
                                             QByteArray("SQLite format 3"),
                                             QByteArray("{\\rtf"),
                                             QByteArray("%!PS"),
                                             QByteArray("wOFF"),
                                             QByteArray("\xCA\xFE\xBA\xBE", 4)};
    for (const QByteArray &magic : magics) {
        if (data.startsWith(magic))
            return true;
    }
    // RIFF containers (WAV, AVI, WEBP)
    return data.startsWith("RIFF") && data.size() >= 12;
}

// Text has few control characters; binary data decoded as text has many.
bool looksBinary(const QString &text)
{
    const qsizetype n = qMin<qsizetype>(text.size(), 65536);
    if (n == 0)
        return false;
    qsizetype control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0)
            return true;
        if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f' && c != 0x0B
             && c != 0x1B)
            || (c >= 0x7F && c < 0xA0) || c == 0xFFFD)
            ++control;
    }
    return control * 20 > n;
}

bool looksLikeHtml(const QString &text)
{
    static const QRegularExpression
        html(QStringLiteral(
                 "^\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|title)\\b"),
             QRegularExpression::CaseInsensitiveOption
                 | QRegularExpression::DotMatchesEverythingOption);
    return html.match(QStringView(text).left(4096)).hasMatch();
}

} // namespace

QString DocumentReader::tooLargeMessage(qint64 bytes)
{
    const qint64 mb = (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    return tr("is too large (%1 MB); Faultline imports articles up to %2 MB")
        .arg(mb)
        .arg(kMaxBytes / (1024 * 1024));
}

QString DocumentReader::detectFormat(const QByteArray &data, const QString &nameOrMime)
{
    const QString lower = nameOrMime.trimmed().toLower();
    if (PdfReader::looksLikePdf(data))
        return QStringLiteral("pdf");
    const QString suffix = suffixOf(lower);
    if (lower == QLatin1String("application/pdf") || suffix == QLatin1String("pdf"))
        return QStringLiteral("pdf"); // the PDF reader explains what is wrong
    if (lower == QLatin1String("text/html") || lower == QLatin1String("application/xhtml+xml")
        || suffix == QLatin1String("html") || suffix == QLatin1String("htm")
        || suffix == QLatin1String("xhtml") || suffix == QLatin1String("shtml"))
        return QStringLiteral("html");
    // Content wins over a .txt name: pages are often saved under any name.
    const QString head = QString::fromLatin1(data.left(4096));
    if (looksLikeHtml(head))
        return QStringLiteral("html");
    if (lower == QLatin1String("text/markdown") || lower == QLatin1String("text/x-markdown")
        || suffix == QLatin1String("md") || suffix == QLatin1String("markdown")
        || suffix == QLatin1String("mdown") || suffix == QLatin1String("mkd"))
        return QStringLiteral("markdown");
    return QStringLiteral("text");
}

std::optional<Document> DocumentReader::readFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (error)
            *error = tr("does not exist");
        return std::nullopt;
    }
    if (info.isDir()) {
        if (error)
            *error = tr("is a folder, not a file");
        return std::nullopt;
    }
    if (info.size() > kMaxBytes) {
        if (error)
            *error = tooLargeMessage(info.size());
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot be read: %1").arg(file.errorString());
        return std::nullopt;
    }
    // read() rather than readAll(): a file may grow between stat and read.
    const QByteArray data = file.read(kMaxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = tr("cannot be read: %1").arg(file.errorString());
        return std::nullopt;
    }
    std::optional<Document> document = readData(data, info.fileName(), error);
    if (document)
        document->sourcePath = info.absoluteFilePath();
    return document;
}

std::optional<Document> DocumentReader::readData(const QByteArray &data,
                                                 const QString &nameOrMime,
                                                 QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        qCDebug(lcIngest) << "refused:" << message;
        return std::nullopt;
    };
    if (data.size() > kMaxBytes)
        return fail(tooLargeMessage(data.size()));
    if (data.isEmpty())
        return fail(tr("is empty"));
    if (hasBinaryMagic(data))
        return fail(tr("is not a text, HTML or PDF file"));

    const QString format = detectFormat(data, nameOrMime);
    qCDebug(lcIngest) << "reading" << nameOrMime << "as" << format;
    if (format == QLatin1String("pdf")) {
        QString pdfError;
        std::optional<Document> document = PdfReader::read(data, &pdfError);
        if (!document)
            return fail(pdfError);
        if (document->text.trimmed().isEmpty())
            return fail(tr("contains no article text"));
        return document;
    }

    const QByteArray declared = format == QLatin1String("html")
                                    ? TextDecoder::htmlDeclaredCharset(data)
                                    : QByteArray();
    const TextDecoder::Result decoded = TextDecoder::decode(data, declared);
    if (looksBinary(decoded.text))
        return fail(tr("is not a text, HTML or PDF file"));
    if (decoded.text.trimmed().isEmpty())
        return fail(tr("is empty"));

    Document document;
    if (format == QLatin1String("html")) {
        const qsizetype base = decoded.encoding == QLatin1String("UTF-8") ? decoded.bomLength : -1;
        document = HtmlReader::read(decoded.text, base);
    } else if (format == QLatin1String("markdown")) {
        document = MarkdownReader::read(decoded.text);
    } else {
        document = PlainTextReader::read(decoded.text);
    }
    // Offsets of text readers index the decoded text; shift past a BOM is not
    // needed there (the BOM is not part of the text).
    document.encoding = decoded.encoding;
    document.warnings = decoded.warnings + document.warnings;
    if (document.text.trimmed().isEmpty())
        return fail(tr("contains no article text"));
    return document;
}

} // namespace Faultline
