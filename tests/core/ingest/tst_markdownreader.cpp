#include "core/ingest/markdownreader.h"

#include "core/model/datespan.h"

#include <QFile>
#include <QTest>

using namespace Faultline;

class tst_MarkdownReader : public QObject
{
    Q_OBJECT

private slots:
    void stripInline_data();
    void stripInline();
    void frontMatter();
    void titleFromFirstHeading();
    void blockKinds();
    void codeFenceKeepsText();
    void unclosedFrontMatterIsText();
    void briefing();
};

void tst_MarkdownReader::stripInline_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("text");
    QTest::newRow("link") << QStringLiteral("the [UN envoy](https://un.example/envoy) said")
                          << QStringLiteral("the UN envoy said");
    QTest::newRow("reference link")
        << QStringLiteral("see [the report][1] today") << QStringLiteral("see the report today");
    QTest::newRow("image dropped")
        << QStringLiteral("![Smoke over Khartoum](img.jpg) Fighting") << QStringLiteral("Fighting");
    QTest::newRow("bold and italic") << QStringLiteral("**Rebels** took *the* __airport__ _today_")
                                     << QStringLiteral("Rebels took the airport today");
    QTest::newRow("underscores inside words")
        << QStringLiteral("file_name_here stays") << QStringLiteral("file_name_here stays");
    QTest::newRow("inline code") << QStringLiteral("the `ceasefire` flag")
                                 << QStringLiteral("the ceasefire flag");
    QTest::newRow("autolink") << QStringLiteral("at <https://example.org/x>")
                              << QStringLiteral("at https://example.org/x");
    QTest::newRow("escapes") << QStringLiteral("5 \\* 3 \\_x\\_") << QStringLiteral("5 * 3 _x_");
    QTest::newRow("html tags and entities")
        << QStringLiteral("<span class=\"x\">Aden</span> &amp; Marib")
        << QStringLiteral("Aden & Marib");
    QTest::newRow("strikethrough") << QStringLiteral("~~old~~ new") << QStringLiteral("old new");
}

void tst_MarkdownReader::stripInline()
{
    QFETCH(QString, markdown);
    QFETCH(QString, text);
    QCOMPARE(MarkdownReader::stripInline(markdown), text);
}

void tst_MarkdownReader::frontMatter()
{
    const Document document = MarkdownReader::read(QStringLiteral(
        "---\ntitle: 'Truce extended in Hodeidah'\ndate: 2019-01-16T10:00:00Z\nsource: Red Sea "
        "Wire\nurl: https://rsw.example/truce\nauthor: \"Noor Saleh\"\ntags: [yemen]\n---\n\n"
        "The truce in the port city was extended by a month, the UN said on Wednesday.\n"));
    QCOMPARE(document.title, QStringLiteral("Truce extended in Hodeidah"));
    QCOMPARE(document.outlet, QStringLiteral("Red Sea Wire"));
    QCOMPARE(document.url, QStringLiteral("https://rsw.example/truce"));
    QCOMPARE(document.authors, QStringList{QStringLiteral("Noor Saleh")});
    QVERIFY(document.publishedDay);
    QCOMPARE(DateSpan::fromJulianDay(*document.publishedDay).startIso(),
             QStringLiteral("2019-01-16"));
    QVERIFY(!document.text.contains(QStringLiteral("tags")));
    QCOMPARE(document.blocks.first().kind, TextBlock::Kind::Title);
    QVERIFY(document.text.endsWith(QStringLiteral("the UN said on Wednesday.")));
}

void tst_MarkdownReader::titleFromFirstHeading()
{
    const Document document = MarkdownReader::read(QStringLiteral(
        "Intro line that is a sentence of some length, written before the heading.\n\n"
        "Talks in Juba\n=============\n\nThe parties met again on Monday in the capital.\n"));
    QCOMPARE(document.title, QStringLiteral("Talks in Juba"));
    QCOMPARE(document.blocks.first().kind, TextBlock::Kind::Title);
    QVERIFY(!document.text.contains(QStringLiteral("===")));
}

void tst_MarkdownReader::blockKinds()
{
    const QString source = QStringLiteral(
        "# Sahel briefing\n\nFirst paragraph of the briefing, about the\njunta and the "
        "mercenaries.\n\n## What happened\n\n* Convoy ambushed near Gao\n"
        "2. Second item in a numbered list\n\n> A quoted line from a spokesman.\n\n---\n\n"
        "| Date | Event |\n|------|-------|\n| May 3 | Ambush |\n");
    const Document document = MarkdownReader::read(source);
    QList<TextBlock::Kind> kinds;
    QStringList texts;
    for (const TextBlock &block : document.blocks) {
        kinds.append(block.kind);
        texts.append(document.text.mid(block.begin, block.length()));
    }
    const QList<TextBlock::Kind> expectedKinds = {TextBlock::Kind::Title,
                                                  TextBlock::Kind::Paragraph,
                                                  TextBlock::Kind::Heading,
                                                  TextBlock::Kind::ListItem,
                                                  TextBlock::Kind::ListItem,
                                                  TextBlock::Kind::Paragraph,
                                                  TextBlock::Kind::Paragraph,
                                                  TextBlock::Kind::Paragraph};
    QCOMPARE(texts.at(1),
             QStringLiteral("First paragraph of the briefing, about the junta and "
                            "the mercenaries."));
    QCOMPARE(texts.at(3), QStringLiteral("Convoy ambushed near Gao"));
    QCOMPARE(texts.at(5), QStringLiteral("A quoted line from a spokesman."));
    QCOMPARE(kinds, expectedKinds);
    // Offsets point at the source lines.
    QCOMPARE(source.mid(document.blocks.at(1).sourceOffset, 5), QStringLiteral("First"));
    QCOMPARE(source.mid(document.blocks.at(3).sourceOffset, 6), QStringLiteral("Convoy"));
}

void tst_MarkdownReader::codeFenceKeepsText()
{
    const Document document = MarkdownReader::read(QStringLiteral(
        "Text before the fence, written as a full sentence.\n\n```\nraw *not emphasis* line\n```\n"
        "\nText after the fence, also a full sentence here.\n"));
    QVERIFY(document.text.contains(QStringLiteral("raw *not emphasis* line")));
    QVERIFY(!document.text.contains(QStringLiteral("```")));
}

void tst_MarkdownReader::unclosedFrontMatterIsText()
{
    const Document document = MarkdownReader::read(QStringLiteral(
        "---\ntitle: never closed\n\nThe ceasefire was announced on state television.\n"));
    QVERIFY(document.title != QStringLiteral("never closed"));
    QVERIFY(document.text.contains(QStringLiteral("The ceasefire was announced")));
}

void tst_MarkdownReader::briefing()
{
    QFile file(QStringLiteral(FAULTLINE_TEST_DATA_DIR "/articles/yemen-briefing.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Document document = MarkdownReader::read(QString::fromUtf8(file.readAll()));
    QCOMPARE(document.title,
             QStringLiteral("Houthi and Government Delegations Agree Prisoner Swap in Muscat"));
    QCOMPARE(document.outlet, QStringLiteral("Gulf Monitor"));
    QVERIFY(document.dateline);
    QCOMPARE(document.dateline->place, QStringLiteral("SANAA"));
    QCOMPARE(DateSpan::fromJulianDay(document.publishedDay.value_or(0)).startIso(),
             QStringLiteral("2023-04-11"));
    QVERIFY(document.text.contains(QStringLiteral("SANAA, April 11 (Gulf Monitor) — Yemen's "
                                                  "internationally recognised government and the "
                                                  "Houthi movement")));
    QVERIFY(document.text.contains(QStringLiteral("the UN envoy's office said")));
    QVERIFY(!document.text.contains(QStringLiteral("Released detainees")));
    QVERIFY(!document.text.contains(QStringLiteral("Share this article")));
    QVERIFY(!document.text.contains(QStringLiteral("https://")));
    QCOMPARE(document.text.count(document.title), 1);
}

QTEST_APPLESS_MAIN(tst_MarkdownReader)
#include "tst_markdownreader.moc"
