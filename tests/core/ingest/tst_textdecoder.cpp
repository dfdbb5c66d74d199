#include "core/ingest/textdecoder.h"

#include <QTest>

using namespace Faultline;

class tst_TextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void isValidUtf8_data();
    void isValidUtf8();
    void htmlDeclaredCharset_data();
    void htmlDeclaredCharset();
};

namespace {

QByteArray utf16(const QString &text, bool bigEndian, bool bom)
{
    QByteArray out;
    if (bom)
        out += bigEndian ? QByteArray("\xFE\xFF", 2) : QByteArray("\xFF\xFE", 2);
    for (const QChar c : text) {
        const char hi = char(c.unicode() >> 8);
        const char lo = char(c.unicode() & 0xFF);
        if (bigEndian) {
            out += hi;
            out += lo;
        } else {
            out += lo;
            out += hi;
        }
    }
    return out;
}

QByteArray utf32le(const QString &text)
{
    QByteArray out("\xFF\xFE\x00\x00", 4);
    for (const uint cp : text.toUcs4()) {
        for (int i = 0; i < 4; ++i)
            out += char((cp >> (8 * i)) & 0xFF);
    }
    return out;
}

const QString kSentence = QStringLiteral(
    "Caf\u00e9 talks in Bogot\u00e1 \u2014 \u201cno truce\u201d, "
    "said the negotiators on Monday.");

} // namespace

void tst_TextDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("declared");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("warning");

    QTest::newRow("ascii") << QByteArray("Rebels took the town.") << QByteArray()
                           << QStringLiteral("Rebels took the town.") << QStringLiteral("UTF-8")
                           << false;
    QTest::newRow("utf-8") << kSentence.toUtf8() << QByteArray() << kSentence
                           << QStringLiteral("UTF-8") << false;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + kSentence.toUtf8() << QByteArray()
                               << kSentence << QStringLiteral("UTF-8") << false;
    QTest::newRow("utf-16le bom") << utf16(kSentence, false, true) << QByteArray() << kSentence
                                  << QStringLiteral("UTF-16LE") << false;
    QTest::newRow("utf-16be bom") << utf16(kSentence, true, true) << QByteArray() << kSentence
                                  << QStringLiteral("UTF-16BE") << false;
    QTest::newRow("utf-16le no bom") << utf16(kSentence, false, false) << QByteArray() << kSentence
                                     << QStringLiteral("UTF-16LE") << false;
    QTest::newRow("utf-16be no bom") << utf16(kSentence, true, false) << QByteArray() << kSentence
                                     << QStringLiteral("UTF-16BE") << false;
    QTest::newRow("utf-32le bom") << utf32le(kSentence) << QByteArray() << kSentence
                                  << QStringLiteral("UTF-32LE") << false;
    // Windows-1252: curly quotes 0x93/0x94, en dash 0x96, é 0xE9, á 0xE1.
    QTest::newRow("windows-1252")
        << QByteArray("The \x93truce\x94 in Bogot\xE1 \x96 caf\xE9 owners said the ceasefire held.")
        << QByteArray()
        << QStringLiteral("The \u201ctruce\u201d in Bogot\u00e1 \u2013 caf\u00e9 owners said the "
                          "ceasefire held.")
        << QString() << false; // Windows-1250 reads these bytes the same way
    // Latin-1 without C1 bytes: the same text in Windows-1252.
    QTest::newRow("latin-1")
        << QByteArray("R\xE9"
                      "fugi\xE9s \xE0 Goma: la tr\xEA"
                      "ve est rompue, selon l'ONU.")
        << QByteArray()
        << QStringLiteral("R\u00e9fugi\u00e9s \u00e0 Goma: la tr\u00eave est rompue, selon l'ONU.")
        << QString() << false;
    QTest::newRow("declared windows-1252")
        << QByteArray("caf\xE9 \x93quoted\x94") << QByteArray("windows-1252")
        << QStringLiteral("caf\u00e9 \u201cquoted\u201d") << QStringLiteral("WINDOWS-1252")
        << false;
    QTest::newRow("declared koi8-r")
        << QByteArray("\xED\xC9\xD2 \xD7 \xE7\xCF\xD2\xCF\xC4\xC5") << QByteArray("koi8-r")
        << QStringLiteral("\u041c\u0438\u0440 \u0432 \u0413\u043e\u0440\u043e\u0434\u0435")
        << QStringLiteral("KOI8-R") << false;
    QTest::newRow("declared latin-1 but utf-8") << kSentence.toUtf8() << QByteArray("iso-8859-1")
                                                << kSentence << QStringLiteral("UTF-8") << false;
    QTest::newRow("declared utf-8 but windows-1252")
        << QByteArray("caf\xE9 in Goma") << QByteArray("utf-8")
        << QStringLiteral("caf\u00e9 in Goma") << QString() << false;
    // Mostly UTF-8 with a damaged sequence: stays UTF-8, the bytes become U+FFFD.
    QTest::newRow("invalid utf-8")
        << QByteArray("Caf\xC3\xA9 \xFF\xFE and na\xC3\xAFve") << QByteArray()
        << QStringLiteral("Caf\u00e9 \ufffd\ufffd and na\u00efve") << QStringLiteral("UTF-8")
        << true;
    QTest::newRow("utf-8 truncated in a sequence")
        << QByteArray("Kyiv \xE2\x80\x94 Kharkiv \xE2\x80") << QByteArray()
        << QStringLiteral("Kyiv \u2014 Kharkiv \ufffd\ufffd") << QStringLiteral("UTF-8") << true;
    QTest::newRow("truncated utf-16")
        << utf16(QStringLiteral("Juba"), false, true) + QByteArray("\x41", 1) << QByteArray()
        << QStringLiteral("Juba\ufffd") << QStringLiteral("UTF-16LE") << true;
    QTest::newRow("utf-16 lone surrogate")
        << utf16(QStringLiteral("Aleppo"), true, true) + QByteArray("\xD8\x3D", 2) << QByteArray()
        << QStringLiteral("Aleppo\ufffd") << QStringLiteral("UTF-16BE") << true;
}

void tst_TextDecoder::decode()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, declared);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(bool, warning);

    const TextDecoder::Result result = TextDecoder::decode(data, declared);
    QCOMPARE(result.text, text);
    if (!encoding.isEmpty())
        QCOMPARE(result.encoding, encoding);
    QCOMPARE(!result.warnings.isEmpty(), warning);
}

void tst_TextDecoder::isValidUtf8_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("ascii") << QByteArray("Gaza") << true;
    QTest::newRow("two bytes") << QByteArray("\xC3\xA9") << true;
    QTest::newRow("three bytes") << QByteArray("\xE2\x80\x94") << true;
    QTest::newRow("four bytes") << QByteArray("\xF0\x9F\x98\x80") << true;
    QTest::newRow("overlong") << QByteArray("\xC0\x80") << false;
    QTest::newRow("overlong three") << QByteArray("\xE0\x80\x80") << false;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false;
    QTest::newRow("lone continuation") << QByteArray("a\x80") << false;
    QTest::newRow("truncated") << QByteArray("a\xE2\x80") << false;
    QTest::newRow("latin-1 e acute") << QByteArray("caf\xE9") << false;
}

void tst_TextDecoder::isValidUtf8()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, valid);
    QCOMPARE(TextDecoder::isValidUtf8(data), valid);
}

void tst_TextDecoder::htmlDeclaredCharset_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QByteArray>("charset");
    QTest::newRow("meta charset") << QByteArray("<html><head><meta charset=\"UTF-8\">")
                                  << QByteArray("utf-8");
    QTest::newRow("http-equiv") << QByteArray(
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">")
                                << QByteArray("windows-1252");
    QTest::newRow("unquoted") << QByteArray("<META CHARSET=iso-8859-1>")
                              << QByteArray("iso-8859-1");
    QTest::newRow("none") << QByteArray("<html><head><title>x</title>") << QByteArray();
}

void tst_TextDecoder::htmlDeclaredCharset()
{
    QFETCH(QByteArray, html);
    QFETCH(QByteArray, charset);
    QCOMPARE(TextDecoder::htmlDeclaredCharset(html), charset);
}

QTEST_APPLESS_MAIN(tst_TextDecoder)
#include "tst_textdecoder.moc"
