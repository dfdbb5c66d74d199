#include "core/ingest/textdecoder.h"

#include "core/ingest/ingestlogging.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <iconv.h>
#include <uchardet.h>

#include <cerrno>

namespace Faultline {

namespace {

struct Bom
{
    const char *bytes;
    int length;
    const char *name;
    QStringConverter::Encoding encoding;
};

// UTF-32LE before UTF-16LE: its BOM starts with the UTF-16LE one.
const Bom kBoms[] = {
    {"\xEF\xBB\xBF", 3, "UTF-8", QStringConverter::Utf8},
    {"\xFF\xFE\x00\x00", 4, "UTF-32LE", QStringConverter::Utf32LE},
    {"\x00\x00\xFE\xFF", 4, "UTF-32BE", QStringConverter::Utf32BE},
    {"\xFF\xFE", 2, "UTF-16LE", QStringConverter::Utf16LE},
    {"\xFE\xFF", 2, "UTF-16BE", QStringConverter::Utf16BE},
};

QString decodeUnicode(QByteArrayView data, QStringConverter::Encoding encoding, bool *hadError)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    *hadError = decoder.hasError();
    // An odd trailing byte (UTF-16) or a partial code unit (UTF-32) may be
    // dropped silently by the decoder; make it visible.
    qsizetype unit = 1;
    if (encoding == QStringConverter::Utf16LE || encoding == QStringConverter::Utf16BE)
        unit = 2;
    else if (encoding == QStringConverter::Utf32LE || encoding == QStringConverter::Utf32BE)
        unit = 4;
    if (data.size() % unit != 0) {
        if (!text.endsWith(QChar::ReplacementCharacter))
            text.append(QChar::ReplacementCharacter);
        *hadError = true;
    }
    // Unpaired surrogates (a UTF-16 file cut in the middle of a pair) are
    // not text.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
        } else if (c.isSurrogate()) {
            text[i] = QChar::ReplacementCharacter;
            *hadError = true;
        }
    }
    return text;
}

// UTF-16 without a BOM: text in Latin scripts has a zero byte in every other
// position.
const char *sniffBomlessUtf16(const QByteArray &data)
{
    const qsizetype n = qMin<qsizetype>(data.size(), 4096) & ~qsizetype(1);
    if (n < 8)
        return nullptr;
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        zeroEven += data[i] == 0;
        zeroOdd += data[i + 1] == 0;
    }
    const qsizetype pairs = n / 2;
    if (zeroOdd * 10 >= pairs * 7 && zeroEven * 10 < pairs)
        return "UTF-16LE";
    if (zeroEven * 10 >= pairs * 7 && zeroOdd * 10 < pairs)
        return "UTF-16BE";
    return nullptr;
}

QByteArray normaliseCharsetName(QByteArray name)
{
    name = name.trimmed().toUpper();
    if (name == "UTF8")
        return "UTF-8";
    if (name == "LATIN1" || name == "ISO8859-1" || name == "ISO_8859-1" || name == "US-ASCII"
        || name == "ASCII")
        return name.contains("ASCII") ? QByteArray("ASCII") : QByteArray("ISO-8859-1");
    if (name == "CP1252" || name == "WINDOWS1252" || name == "X-CP1252")
        return "WINDOWS-1252";
    return name;
}

std::optional<QStringConverter::Encoding> unicodeEncoding(const QByteArray &name)
{
    if (name == "UTF-8" || name == "ASCII")
        return QStringConverter::Utf8;
    if (name == "UTF-16LE")
        return QStringConverter::Utf16LE;
    if (name == "UTF-16BE" || name == "UTF-16")
        return QStringConverter::Utf16BE;
    if (name == "UTF-32LE")
        return QStringConverter::Utf32LE;
    if (name == "UTF-32BE" || name == "UTF-32")
        return QStringConverter::Utf32BE;
    return std::nullopt;
}

QString detectWithUchardet(const QByteArray &data)
{
    uchardet_t detector = uchardet_new();
    if (!detector)
        return {};
    uchardet_handle_data(detector, data.constData(), size_t(qMin<qsizetype>(data.size(), 1 << 20)));
    uchardet_data_end(detector);
    const QString name = QString::fromLatin1(uchardet_get_charset(detector));
    uchardet_delete(detector);
    return name;
}

} // namespace

bool TextDecoder::isValidUtf8(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= n)
            return false;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if ((extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
            || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        i += extra + 1;
    }
    return true;
}

QByteArray TextDecoder::htmlDeclaredCharset(const QByteArray &data)
{
    static const QRegularExpression
        metaCharset(QStringLiteral("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)"),
                    QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(data.left(4096));
    const QRegularExpressionMatch match = metaCharset.match(head);
    if (!match.hasMatch())
        return {};
    return match.captured(1).toLatin1().toLower();
}

QString TextDecoder::decodeLegacy(const QByteArray &data,
                                  const QByteArray &charset,
                                  bool *ok,
                                  qsizetype *invalid)
{
    *ok = false;
    *invalid = 0;
    iconv_t cd = iconv_open("UTF-16LE", charset.constData());
    if (cd == reinterpret_cast<iconv_t>(-1))
        return {};
    QString out;
    out.reserve(data.size());
    char buffer[8192];
    char *in = const_cast<char *>(data.constData());
    size_t inLeft = size_t(data.size());
    while (inLeft > 0) {
        char *outPtr = buffer;
        size_t outLeft = sizeof buffer;
        const size_t rc = iconv(cd, &in, &inLeft, &outPtr, &outLeft);
        out.append(reinterpret_cast<const QChar *>(buffer), (outPtr - buffer) / 2);
        if (rc == size_t(-1)) {
            if (errno == E2BIG)
                continue;
            // EILSEQ or EINVAL (truncated at the end): replace one byte and go on.
            out.append(QChar::ReplacementCharacter);
            ++*invalid;
            ++in;
            --inLeft;
            iconv(cd, nullptr, nullptr, nullptr, nullptr);
        }
    }
    iconv_close(cd);
    *ok = true;
    return out;
}

TextDecoder::Result TextDecoder::decode(const QByteArray &data, const QByteArray &declaredCharset)
{
    Result result;
    bool hadError = false;
    auto warnUndecodable = [&result](const QString &encoding) {
        result.warnings.append(
            tr("Some bytes are not valid %1 and were replaced by \uFFFD.").arg(encoding));
    };

    for (const Bom &bom : kBoms) {
        if (data.startsWith(QByteArrayView(bom.bytes, bom.length))) {
            result.encoding = QString::fromLatin1(bom.name);
            result.bomLength = bom.length;
            result.text = decodeUnicode(QByteArrayView(data).sliced(bom.length),
                                        bom.encoding,
                                        &hadError);
            if (hadError)
                warnUndecodable(result.encoding);
            return result;
        }
    }

    if (const char *utf16 = sniffBomlessUtf16(data)) {
        result.encoding = QString::fromLatin1(utf16);
        result.text = decodeUnicode(data, *unicodeEncoding(utf16), &hadError);
        if (hadError)
            warnUndecodable(result.encoding);
        return result;
    }

    const bool validUtf8 = isValidUtf8(data);
    QByteArray charset = normaliseCharsetName(declaredCharset);
    // A declaration readable as ASCII cannot be in UTF-16 or UTF-32 (the
    // HTML standard reads such a page as UTF-8).
    if (charset.startsWith("UTF-16") || charset.startsWith("UTF-32"))
        charset.clear();
    // A page that declares a legacy charset but is valid UTF-8 with non-ASCII
    // bytes was almost certainly re-saved as UTF-8.
    if (!charset.isEmpty() && validUtf8) {
        bool ascii = true;
        for (const char c : data) {
            if (uchar(c) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (!ascii)
            charset = "UTF-8";
    }
    if (charset.isEmpty() && validUtf8)
        charset = "UTF-8";
    // A declaration of UTF-8 over bytes that are not is the commonest lie on
    // the web; let the content decide.
    if (charset == "UTF-8" && !validUtf8)
        charset.clear();

    if (charset.isEmpty()) {
        // Mostly UTF-8 with a few broken sequences (a damaged or truncated
        // file) stays UTF-8; text without any valid multi-byte sequence is a
        // legacy 8-bit encoding.
        QStringDecoder probe(QStringConverter::Utf8, QStringDecoder::Flag::Stateless);
        const QString asUtf8 = probe.decode(data);
        qsizetype replaced = 0;
        qsizetype nonAscii = 0;
        for (const QChar c : asUtf8) {
            if (c == QChar::ReplacementCharacter)
                ++replaced;
            else if (c.unicode() >= 0x80)
                ++nonAscii;
        }
        if (nonAscii > 0 && nonAscii >= replaced) {
            charset = "UTF-8";
        } else {
            charset = normaliseCharsetName(detectWithUchardet(data).toLatin1());
            qCDebug(lcIngest) << "uchardet guessed" << charset;
            // DOS and Mac code pages are uchardet's misreadings of short
            // Western texts, not encodings of web pages.
            if (charset.isEmpty() || charset == "ASCII" || charset.startsWith("UTF-16")
                || charset.startsWith("UTF-32") || charset.startsWith("IBM")
                || charset.startsWith("MAC") || charset.startsWith("CP8"))
                charset = "WINDOWS-1252";
            // C1 control bytes are never meant in Latin-1 text: Windows-1252 is
            // its superset that gives them the curly quotes and dashes.
            if (charset == "ISO-8859-1" || charset == "ISO-8859-15")
                charset = "WINDOWS-1252";
        }
    }

    if (const auto unicode = unicodeEncoding(charset)) {
        result.encoding = QString::fromLatin1(charset == "ASCII" ? "UTF-8" : charset);
        result.text = decodeUnicode(data, *unicode, &hadError);
        if (hadError)
            warnUndecodable(result.encoding);
        return result;
    }

    bool ok = false;
    qsizetype invalid = 0;
    result.text = decodeLegacy(data, charset, &ok, &invalid);
    if (!ok) {
        qCDebug(lcIngest) << "no converter for" << charset << "- using Windows-1252";
        result.warnings.append(
            tr("The declared character set %1 is not supported; the text was read as "
               "Windows-1252.")
                .arg(QString::fromLatin1(charset)));
        charset = "WINDOWS-1252";
        result.text = decodeLegacy(data, charset, &ok, &invalid);
    }
    result.encoding = QString::fromLatin1(charset);
    if (invalid > 0)
        warnUndecodable(result.encoding);
    return result;
}

} // namespace Faultline
