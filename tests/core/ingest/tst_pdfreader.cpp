#include "core/ingest/pdfreader.h"

#include <QFile>
#include <QTest>

using namespace Faultline;

class tst_PdfReader : public QObject
{
    Q_OBJECT

private slots:
    void article();
    void fileNameTitleIgnored();
    void notAPdf();
    void truncatedPdf();
    void removeRunningLines_data();
    void removeRunningLines();
};

namespace {

QByteArray load(const QString &name)
{
    QFile file(QStringLiteral(FAULTLINE_TEST_DATA_DIR "/ingest/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void tst_PdfReader::article()
{
    const QByteArray data = load(QStringLiteral("ethiopia-truce.pdf"));
    QVERIFY(PdfReader::looksLikePdf(data));
    QString error;
    const std::optional<Document> document = PdfReader::read(data, &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->format, QStringLiteral("pdf"));
    QCOMPARE(document->title,
             QStringLiteral("Ethiopia and Tigray Forces Agree Truce Monitoring Plan"));
    QCOMPARE(document->text.count(document->title), 1);
    QCOMPARE(document->outlet, QStringLiteral("Conflict Watch"));
    QVERIFY(document->dateline);
    QCOMPARE(document->dateline->month, 11);
    // The creation date is not a publication date.
    QVERIFY(!document->publishedDay);
    QCOMPARE(document->warnings.size(), 1);

    const QString &text = document->text;
    QVERIFY(
        text.contains(QStringLiteral("Delegations of the federal government and the Tigray "
                                     "People's Liberation Front agreed on Saturday in Nairobi")));
    QVERIFY(text.contains(QStringLiteral("The negotiations were the first held")));
    // A paragraph runs on over the page break.
    QVERIFY(text.contains(QStringLiteral("Aid agencies said trucks carrying food and medicine had "
                                         "reached the region's capital")));
    QVERIFY(!text.contains(QStringLiteral("CONFLICT WATCH WEEKLY")));
    QVERIFY(!text.contains(QStringLiteral("Page 1")));
    QVERIFY(!text.contains(QStringLiteral("Page 2")));
    QVERIFY(text.endsWith(QStringLiteral("had not withdrawn.")));
}

void tst_PdfReader::fileNameTitleIgnored()
{
    QString error;
    const std::optional<Document> document = PdfReader::read(load(QStringLiteral(
                                                                 "filename-title.pdf")),
                                                             &error);
    QVERIFY2(document, qPrintable(error));
    QVERIFY(!document->title.contains(QStringLiteral("docx")));
    QVERIFY(document->text.contains(QStringLiteral("Eritrean forces")));
}

void tst_PdfReader::notAPdf()
{
    QString error;
    QVERIFY(!PdfReader::read(load(QStringLiteral("not-a-pdf.pdf")), &error));
    QVERIFY(error.contains(QStringLiteral("not a PDF")));
}

void tst_PdfReader::truncatedPdf()
{
    const QByteArray data = load(QStringLiteral("truncated.pdf"));
    QVERIFY(data.startsWith("%PDF-"));
    QString error;
    const std::optional<Document> document = PdfReader::read(data, &error);
    QVERIFY(!document);
    QVERIFY(!error.isEmpty());
}

void tst_PdfReader::removeRunningLines_data()
{
    QTest::addColumn<QList<QStringList>>("pages");
    QTest::addColumn<QList<QStringList>>("expected");
    const QStringList body1 = {QStringLiteral("Fighting resumed on Monday."),
                               QStringLiteral("Civilians fled the town.")};
    const QStringList body2 = {QStringLiteral("Aid arrived on Friday."),
                               QStringLiteral("The road reopened.")};
    QTest::newRow("header and numbered footer")
        << QList<QStringList>{QStringList{QStringLiteral("SAHEL REPORT")} + body1
                                  + QStringList{QStringLiteral("Page 1 of 2")},
                              QStringList{QStringLiteral("SAHEL REPORT")} + body2
                                  + QStringList{QStringLiteral("Page 2 of 2")}}
        << QList<QStringList>{body1, body2};
    QTest::newRow("bare page numbers")
        << QList<QStringList>{body1 + QStringList{QStringLiteral("1")},
                              body2 + QStringList{QStringLiteral("- 2 -")}}
        << QList<QStringList>{body1, body2};
    QTest::newRow("single page keeps its first line")
        << QList<QStringList>{QStringList{QStringLiteral("SAHEL REPORT")} + body1}
        << QList<QStringList>{QStringList{QStringLiteral("SAHEL REPORT")} + body1};
}

void tst_PdfReader::removeRunningLines()
{
    QFETCH(QList<QStringList>, pages);
    QFETCH(QList<QStringList>, expected);
    PdfReader::removeRunningLines(pages);
    QCOMPARE(pages, expected);
}

QTEST_APPLESS_MAIN(tst_PdfReader)
#include "tst_pdfreader.moc"
