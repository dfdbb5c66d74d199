#include "core/ingest/documentreader.h"

#include "core/model/datespan.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Faultline;

class tst_DocumentReader : public QObject
{
    Q_OBJECT

private slots:
    void detectFormat_data();
    void detectFormat();
    void readData_data();
    void readData();
    void refused_data();
    void refused();
    void nonexistentFile();
    void folder();
    void tooLargeFile();
    void emptyFile();
    void unreadableFile();
    void windows1252File();
    void utf16Html();
    void pdfFile();
    void declaredCharsetHtml();
    void sampleArticlesHaveNoClutter();
    void truncatedAndCorruptedInput();
};

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(FAULTLINE_TEST_DATA_DIR "/") + name;
}

const QByteArray kHtml = QByteArray(
    "<!DOCTYPE html><html><head><title>Strike on Kharkiv</title></head><body><article><p>A "
    "missile strike on Kharkiv killed two people on Thursday, the regional governor said.</p>"
    "</article></body></html>");
const QByteArray kText = QByteArray(
    "Strike on Kharkiv\n\nA missile strike on Kharkiv killed two people on Thursday, the "
    "regional governor said.\n");

} // namespace

void tst_DocumentReader::detectFormat_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("format");
    QTest::newRow("txt") << kText << QStringLiteral("a.txt") << QStringLiteral("text");
    QTest::newRow("no extension") << kText << QStringLiteral("article") << QStringLiteral("text");
    QTest::newRow("html extension") << kHtml << QStringLiteral("a.HTM") << QStringLiteral("html");
    QTest::newRow("html saved as txt")
        << kHtml << QStringLiteral("a.txt") << QStringLiteral("html");
    QTest::newRow("html mime") << QByteArray("<p>x</p>") << QStringLiteral("text/html")
                               << QStringLiteral("html");
    QTest::newRow("plain mime") << kText << QStringLiteral("text/plain") << QStringLiteral("text");
    QTest::newRow("markdown") << kText << QStringLiteral("notes.md") << QStringLiteral("markdown");
    QTest::newRow("markdown mime")
        << kText << QStringLiteral("text/markdown") << QStringLiteral("markdown");
    QTest::newRow("pdf by content")
        << QByteArray("%PDF-1.7\n...") << QStringLiteral("a.bin") << QStringLiteral("pdf");
    QTest::newRow("pdf by name") << kText << QStringLiteral("a.pdf") << QStringLiteral("pdf");
    QTest::newRow("doctype after comment")
        << QByteArray("<!-- saved from url --><!doctype html><p>x") << QStringLiteral("page")
        << QStringLiteral("html");
}

void tst_DocumentReader::detectFormat()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, name);
    QFETCH(QString, format);
    QCOMPARE(DocumentReader::detectFormat(data, name), format);
}

void tst_DocumentReader::readData_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("format");
    QTest::newRow("html drop") << kHtml << QStringLiteral("text/html") << QStringLiteral("html");
    QTest::newRow("plain paste") << kText << QStringLiteral("text/plain") << QStringLiteral("text");
    QTest::newRow("utf-16 html drop")
        << QByteArray("\xFF\xFE", 2)
               + QByteArray(reinterpret_cast<const char *>(QString::fromUtf8(kHtml).utf16()),
                            kHtml.size() * 2)
        << QStringLiteral("text/html") << QStringLiteral("html");
    QTest::newRow("markdown file") << QByteArray("# Strike on Kharkiv\n\n") + kText.mid(19)
                                   << QStringLiteral("x.md") << QStringLiteral("markdown");
}

void tst_DocumentReader::readData()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, name);
    QFETCH(QString, format);
    QString error;
    const std::optional<Document> document = DocumentReader::readData(data, name, &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->format, format);
    QCOMPARE(document->title, QStringLiteral("Strike on Kharkiv"));
    QVERIFY(document->text.contains(QStringLiteral("killed two people on Thursday")));
}

void tst_DocumentReader::refused_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("a.txt") << QStringLiteral("is empty");
    QTest::newRow("whitespace only")
        << QByteArray(" \n\r\n\t ") << QStringLiteral("a.txt") << QStringLiteral("is empty");
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)
                         << QStringLiteral("photo.txt")
                         << QStringLiteral("is not a text, HTML or PDF file");
    QTest::newRow("zip (docx)") << QByteArray("PK\x03\x04\x14\0\x06\0", 8)
                                << QStringLiteral("report.docx")
                                << QStringLiteral("is not a text, HTML or PDF file");
    QTest::newRow("rtf") << QByteArray("{\\rtf1\\ansi Fighting resumed.}")
                         << QStringLiteral("a.rtf")
                         << QStringLiteral("is not a text, HTML or PDF file");
    QByteArray noise;
    for (int i = 0; i < 4096; ++i)
        noise += char((i * 7919 + 13) % 256);
    QTest::newRow("random bytes") << noise << QStringLiteral("blob")
                                  << QStringLiteral("is not a text, HTML or PDF file");
    QTest::newRow("nul bytes in text")
        << QByteArray("Some text\0\0\0\0with\0nul\0bytes\0\0\0 and more text here", 44)
        << QStringLiteral("a.txt") << QStringLiteral("is not a text, HTML or PDF file");
    QTest::newRow("named pdf but text")
        << kText << QStringLiteral("a.pdf")
        << QStringLiteral("is not a PDF file (it has no PDF header)");
    QTest::newRow("only clutter") << QByteArray("Share\n\nFollow us\n\nRead more\n")
                                  << QStringLiteral("a.txt")
                                  << QStringLiteral("contains no article text");
    QTest::newRow("html without text")
        << QByteArray("<html><head><script>var a = 1;</script></head><body><nav>Home</nav>"
                      "</body></html>")
        << QStringLiteral("a.html") << QStringLiteral("contains no article text");
    QTest::newRow("too large data")
        << QByteArray(DocumentReader::kMaxBytes + 1, 'a') << QStringLiteral("a.txt")
        << QStringLiteral("is too large (51 MB); Faultline imports articles up to 50 MB");
}

void tst_DocumentReader::refused()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, name);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!DocumentReader::readData(data, name, &message));
    QCOMPARE(message, error);
}

void tst_DocumentReader::nonexistentFile()
{
    QString error;
    QVERIFY(!DocumentReader::readFile(QStringLiteral("/nonexistent/dir/article.txt"), &error));
    QCOMPARE(error, QStringLiteral("does not exist"));
}

void tst_DocumentReader::folder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    QVERIFY(!DocumentReader::readFile(dir.path(), &error));
    QCOMPARE(error, QStringLiteral("is a folder, not a file"));
}

void tst_DocumentReader::tooLargeFile()
{
    // A sparse file: large on paper, no disk space used, never read.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(qint64(120) * 1024 * 1024));
    file.close();
    QString error;
    QVERIFY(!DocumentReader::readFile(path, &error));
    QCOMPARE(error, QStringLiteral("is too large (120 MB); Faultline imports articles up to 50 MB"));
}

void tst_DocumentReader::emptyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.html"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QString error;
    QVERIFY(!DocumentReader::readFile(path, &error));
    QCOMPARE(error, QStringLiteral("is empty"));
}

void tst_DocumentReader::unreadableFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kText);
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::Permissions()));
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly))
        QSKIP("running with privileges that ignore file permissions");
    QString error;
    QVERIFY(!DocumentReader::readFile(path, &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot be read")), qPrintable(error));
}

void tst_DocumentReader::windows1252File()
{
    QString error;
    const std::optional<Document> document
        = DocumentReader::readFile(dataPath(QStringLiteral("ingest/mozambique-windows1252.txt")),
                                   &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->format, QStringLiteral("text"));
    QCOMPARE(document->title, QStringLiteral("Rebels Free Aid Workers In Cabo Delgado"));
    QCOMPARE(document->outlet, QStringLiteral("Lusa"));
    QVERIFY(document->text.contains(QStringLiteral("near Mac\u00f3mia")));
    QVERIFY(document->text.contains(QStringLiteral("\u201cThey are tired but well,\u201d")));
    QVERIFY(document->text.contains(QStringLiteral("(Lusa) \u2013 Insurgents")));
    QVERIFY(document->sourcePath.endsWith(QStringLiteral("mozambique-windows1252.txt")));
    QVERIFY(document->warnings.isEmpty());
}

void tst_DocumentReader::utf16Html()
{
    QString error;
    const std::optional<Document> document
        = DocumentReader::readFile(dataPath(QStringLiteral("ingest/utf16-page.html")), &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->format, QStringLiteral("html"));
    QCOMPARE(document->encoding, QStringLiteral("UTF-16LE"));
    QCOMPARE(document->title, QStringLiteral("Talks in Addis"));
    QCOMPARE(DateSpan::fromJulianDay(document->publishedDay.value_or(0)).startIso(),
             QStringLiteral("2022-10-25"));
    QVERIFY(document->text.contains(QStringLiteral("opened in Pretoria on Tuesday")));
    // Offsets into a UTF-16 file are not byte offsets of the parsed UTF-8.
    for (const TextBlock &block : document->blocks)
        QCOMPARE(block.sourceOffset, qsizetype(-1));
}

void tst_DocumentReader::pdfFile()
{
    QString error;
    const std::optional<Document> document
        = DocumentReader::readFile(dataPath(QStringLiteral("ingest/ethiopia-truce.pdf")), &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->format, QStringLiteral("pdf"));
    QVERIFY(document->text.contains(QStringLiteral("African Union observers")));

    QVERIFY(!DocumentReader::readFile(dataPath(QStringLiteral("ingest/not-a-pdf.pdf")), &error));
    QCOMPARE(error, QStringLiteral("is not a PDF file (it has no PDF header)"));
}

void tst_DocumentReader::declaredCharsetHtml()
{
    QString error;
    const std::optional<Document> document
        = DocumentReader::readFile(dataPath(
                                       QStringLiteral("articles/syria-page-no-article-tag.html")),
                                   &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->encoding, QStringLiteral("WINDOWS-1252"));
    QVERIFY(
        document->text.contains(QStringLiteral("\u201cthe first delivery\u201d in three months")));
}

void tst_DocumentReader::sampleArticlesHaveNoClutter()
{
    // Every test article reads, has a title and text, and no line of page
    // furniture survives.
    const QStringList files = {QStringLiteral("articles/sudan-web-save.txt"),
                               QStringLiteral("articles/colombia-hard-wrapped.txt"),
                               QStringLiteral("articles/ukraine-one-line-paragraphs.txt"),
                               QStringLiteral("articles/yemen-briefing.md"),
                               QStringLiteral("articles/myanmar-news-page.html"),
                               QStringLiteral("articles/syria-page-no-article-tag.html")};
    for (const QString &file : files) {
        QString error;
        const std::optional<Document> document = DocumentReader::readFile(dataPath(file), &error);
        QVERIFY2(document, qPrintable(file + QLatin1Char(' ') + error));
        QVERIFY2(!document->title.isEmpty(), qPrintable(file));
        for (const QString &clutter : {QStringLiteral("Share"),
                                       QStringLiteral("Follow us"),
                                       QStringLiteral("Read more"),
                                       QStringLiteral("Advertisement"),
                                       QStringLiteral("cookies"),
                                       QStringLiteral("newsletter")})
            QVERIFY2(!document->text.contains(clutter),
                     qPrintable(file + QLatin1Char(' ') + clutter));
    }
}

void tst_DocumentReader::truncatedAndCorruptedInput()
{
    // Every prefix and a byte-flipped copy of every test file either reads
    // into a consistent Document or is refused with a message.
    const QStringList files = {QStringLiteral("articles/sudan-web-save.txt"),
                               QStringLiteral("articles/myanmar-news-page.html"),
                               QStringLiteral("articles/yemen-briefing.md"),
                               QStringLiteral("ingest/mozambique-windows1252.txt"),
                               QStringLiteral("ingest/utf16-page.html"),
                               QStringLiteral("ingest/ethiopia-truce.pdf")};
    for (const QString &name : files) {
        QFile file(dataPath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QList<QByteArray> variants;
        for (qsizetype cut = 1; cut < data.size(); cut += qMax<qsizetype>(1, data.size() / 41))
            variants.append(data.left(cut));
        QByteArray flipped = data;
        for (qsizetype i = 7; i < flipped.size(); i += 53)
            flipped[i] = char(flipped.at(i) ^ 0xA5);
        variants.append(flipped);
        for (const QByteArray &variant : variants) {
            QString error;
            const std::optional<Document> document
                = DocumentReader::readData(variant, QFileInfo(name).fileName(), &error);
            if (!document) {
                QVERIFY2(!error.isEmpty(), qPrintable(name));
                continue;
            }
            QVERIFY(!document->text.trimmed().isEmpty());
            qsizetype previousEnd = 0;
            for (const TextBlock &block : document->blocks) {
                QVERIFY(block.begin >= previousEnd);
                QVERIFY(block.end > block.begin);
                QVERIFY(block.end <= document->text.size());
                previousEnd = block.end;
            }
        }
    }
}

QTEST_GUILESS_MAIN(tst_DocumentReader)
#include "tst_documentreader.moc"
