#include "core/ingest/plaintextreader.h"

#include "core/ingest/documentreader.h"
#include "core/model/datespan.h"

#include <QFile>
#include <QTest>

using namespace Faultline;

class tst_PlainTextReader : public QObject
{
    Q_OBJECT

private slots:
    void paragraphs_data();
    void paragraphs();
    void paragraphOffsets();
    void publicationDate_data();
    void publicationDate();
    void titleAndDateline();
    void datelineOnItsOwnLine();
    void articles_data();
    void articles();
};

namespace {

QString loadArticle(const QString &name)
{
    QFile file(QStringLiteral(FAULTLINE_TEST_DATA_DIR "/articles/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Every block is a non-empty span of text; blocks are in order and apart.
void verifyBlocks(const Document &document)
{
    qsizetype previousEnd = 0;
    for (const TextBlock &block : document.blocks) {
        QVERIFY(block.begin >= previousEnd);
        QVERIFY(block.end > block.begin);
        QVERIFY(block.end <= document.text.size());
        QVERIFY(!document.text.mid(block.begin, block.length()).trimmed().isEmpty());
        previousEnd = block.end;
    }
}

} // namespace

void tst_PlainTextReader::paragraphs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("wrapping");
    QTest::addColumn<QStringList>("paragraphs");

    const int text = int(PlainTextReader::Wrapping::Text);
    const int pdf = int(PlainTextReader::Wrapping::Pdf);

    QTest::newRow("blank lines separate")
        << QStringLiteral("First paragraph here.\n\nSecond paragraph here.\n") << text
        << QStringList{QStringLiteral("First paragraph here."),
                       QStringLiteral("Second paragraph here.")};
    QTest::newRow("hard wrapped")
        << QStringLiteral("Government forces and the rebels agreed on\n"
                          "a ceasefire that will take effect at midnight\n"
                          "on Sunday, mediators said.\n\n"
                          "The deal follows two weeks of talks in the\n"
                          "capital.\n")
        << text
        << QStringList{QStringLiteral("Government forces and the rebels agreed on a ceasefire that "
                                      "will take effect at midnight on Sunday, mediators said."),
                       QStringLiteral("The deal follows two weeks of talks in the capital.")};
    QTest::newRow("crlf and cr") << QStringLiteral("One line.\r\n\r\nTwo line.\rThree line.\r\n")
                                 << text
                                 << QStringList{QStringLiteral("One line."),
                                                QStringLiteral("Two line."),
                                                QStringLiteral("Three line.")};
    QTest::newRow("hyphen kept in text")
        << QStringLiteral("Both sides accepted the cease-\nfire on Friday evening after talks.")
        << text
        << QStringList{QStringLiteral("Both sides accepted the cease-fire on Friday evening after "
                                      "talks.")};
    QTest::newRow("hyphen removed in pdf")
        << QStringLiteral("The delegations resumed negoti-\nations on Friday in the capital.")
        << pdf
        << QStringList{QStringLiteral("The delegations resumed negotiations on Friday in the "
                                      "capital.")};
    QTest::newRow("soft hyphen")
        << QStringLiteral("The humanitarian corri\u00ad\ndor opened on Monday morning again.")
        << text
        << QStringList{QStringLiteral("The humanitarian corridor opened on Monday morning again.")};
    QTest::newRow("headline not joined to text")
        << QStringLiteral("Rebels Seize Airport In Northern Town\n"
                          "Rebels seized the airport on Tuesday after heavy fighting with "
                          "government troops.\n")
        << text
        << QStringList{QStringLiteral("Rebels Seize Airport In Northern Town"),
                       QStringLiteral("Rebels seized the airport on Tuesday after heavy fighting "
                                      "with government troops.")};
    QTest::newRow("repeated line not joined")
        << QStringLiteral("A convoy waits at the border crossing near Rafah.\n"
                          "A convoy waits at the border crossing near Rafah.\n")
        << text
        << QStringList{QStringLiteral("A convoy waits at the border crossing near Rafah."),
                       QStringLiteral("A convoy waits at the border crossing near Rafah.")};
    QTest::newRow("bullets") << QStringLiteral(
        "Key points:\n• Talks resume on Monday\n- Prisoners to be freed\n")
                             << text
                             << QStringList{QStringLiteral("Key points:"),
                                            QStringLiteral("Talks resume on Monday"),
                                            QStringLiteral("Prisoners to be freed")};
    QTest::newRow("long lines are paragraphs")
        << QStringLiteral("The first paragraph is a long line of text that was never wrapped by "
                          "anyone and goes on for a while.\n"
                          "The second paragraph is another long line of text that was never "
                          "wrapped and also goes on.\n")
        << text
        << QStringList{QStringLiteral("The first paragraph is a long line of text that was never "
                                      "wrapped by anyone and goes on for a while."),
                       QStringLiteral("The second paragraph is another long line of text that was "
                                      "never wrapped and also goes on.")};
    QTest::newRow("lower-case continuation of a long line")
        << QStringLiteral("The first paragraph is a long line of text that was broken by a "
                          "mail client for no reason at all and\n"
                          "continues on the next line.\n")
        << text
        << QStringList{QStringLiteral("The first paragraph is a long line of text that was broken "
                                      "by a mail client for no reason at all and continues on the "
                                      "next line.")};
    QTest::newRow("whitespace collapsed")
        << QStringLiteral("  Tabs\tand   spaces\u00a0and\u200b zero width.  ") << text
        << QStringList{QStringLiteral("Tabs and spaces and zero width.")};
    QTest::newRow("form feed breaks")
        << QStringLiteral("Page one text.\fPage two text.") << text
        << QStringList{QStringLiteral("Page one text."), QStringLiteral("Page two text.")};
}

void tst_PlainTextReader::paragraphs()
{
    QFETCH(QString, text);
    QFETCH(int, wrapping);
    QFETCH(QStringList, paragraphs);
    const QList<SourceBlock> blocks = PlainTextReader::paragraphs(text,
                                                                  PlainTextReader::Wrapping(
                                                                      wrapping));
    QStringList texts;
    for (const SourceBlock &block : blocks)
        texts.append(block.text);
    QCOMPARE(texts, paragraphs);
}

void tst_PlainTextReader::paragraphOffsets()
{
    const QString text = QStringLiteral("Title Line Here\r\n\r\n   Indented first paragraph of the "
                                        "article, which is long enough.\r\n\r\n• Bullet item "
                                        "text\r\n");
    const QList<SourceBlock> blocks = PlainTextReader::paragraphs(text,
                                                                  PlainTextReader::Wrapping::Text);
    QCOMPARE(blocks.size(), 3);
    for (const SourceBlock &block : blocks)
        QCOMPARE(text.mid(block.sourceOffset, 10), block.text.left(10));
    QCOMPARE(blocks.at(2).kind, TextBlock::Kind::ListItem);
}

void tst_PlainTextReader::publicationDate_data()
{
    QTest::addColumn<QString>("stamp");
    QTest::addColumn<QString>("date"); // ISO, or empty for none
    QTest::newRow("published") << QStringLiteral("Published: September 14, 2020")
                               << QStringLiteral("2020-09-14");
    QTest::newRow("published with time")
        << QStringLiteral("Published 10:32 GMT, 3 March 2021") << QStringLiteral("2021-03-03");
    QTest::newRow("posted on") << QStringLiteral("Posted on Nov. 2, 2022")
                               << QStringLiteral("2022-11-02");
    QTest::newRow("date line only")
        << QStringLiteral("Monday 14 September 2020") << QStringLiteral("2020-09-14");
    QTest::newRow("iso line") << QStringLiteral("2020-09-14T10:00:00Z")
                              << QStringLiteral("2020-09-14");
    QTest::newRow("updated only") << QStringLiteral("Last updated: 2 August 2022")
                                  << QStringLiteral("2022-08-02");
    QTest::newRow("no year") << QStringLiteral("Published: Sept. 14") << QString();
}

void tst_PlainTextReader::publicationDate()
{
    QFETCH(QString, stamp);
    QFETCH(QString, date);
    const QString body = QStringLiteral(
        "Rebels and the army exchanged fire near the border town late on Sunday, witnesses said.");
    const Document document = PlainTextReader::read(
        QStringLiteral("Fighting Flares On The Border\n\n") + stamp + QStringLiteral("\n\n") + body);
    QVERIFY(!document.text.contains(stamp));
    QVERIFY(document.text.contains(body));
    QCOMPARE(document.title, QStringLiteral("Fighting Flares On The Border"));
    if (date.isEmpty()) {
        QVERIFY(!document.publishedDay);
    } else {
        QVERIFY(document.publishedDay);
        QCOMPARE(DateSpan::fromJulianDay(*document.publishedDay).startIso(), date);
    }
}

void tst_PlainTextReader::titleAndDateline()
{
    const Document document = PlainTextReader::read(QStringLiteral(
        "Truce Holds In Idlib\n\nIDLIB, Syria, Oct. 3 (Reuters) - A Russian-Turkish truce held "
        "for a third day on Saturday, residents said.\n\nMore text follows here, and it is long "
        "enough to be a paragraph.\n"));
    QCOMPARE(document.title, QStringLiteral("Truce Holds In Idlib"));
    QCOMPARE(document.outlet, QStringLiteral("Reuters"));
    QVERIFY(document.dateline);
    QCOMPARE(document.dateline->month, 10);
    QCOMPARE(document.dateline->day, 3);
    // A dateline without a year gives no publication date.
    QVERIFY(!document.publishedDay);
    QCOMPARE(document.blocks.size(), 4);
    QCOMPARE(document.blocks.at(0).kind, TextBlock::Kind::Title);
    QCOMPARE(document.blocks.at(1).kind, TextBlock::Kind::Dateline);
    QCOMPARE(document.text.mid(document.blocks.at(1).begin, document.blocks.at(1).length()),
             QStringLiteral("IDLIB, Syria, Oct. 3 (Reuters) -"));
    QVERIFY(document.text.mid(document.blocks.at(2).begin).startsWith(QStringLiteral("A Russian")));
    verifyBlocks(document);
}

void tst_PlainTextReader::datelineOnItsOwnLine()
{
    const Document document = PlainTextReader::read(QStringLiteral(
        "Truce Holds In Idlib\n\nIDLIB, Syria, Oct. 3, 2020 (Reuters) -\n\nA Russian-Turkish "
        "truce held for a third day on Saturday, residents said.\n"));
    QVERIFY(document.dateline);
    QCOMPARE(document.outlet, QStringLiteral("Reuters"));
    QCOMPARE(DateSpan::fromJulianDay(document.publishedDay.value_or(0)).startIso(),
             QStringLiteral("2020-10-03"));
    QCOMPARE(document.blocks.size(), 3);
    QCOMPARE(document.blocks.at(1).kind, TextBlock::Kind::Dateline);
    QVERIFY(document.text.contains(QStringLiteral("(Reuters) - A Russian-Turkish truce")));
}

void tst_PlainTextReader::articles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::addColumn<QStringList>("credits");

    QTest::newRow("sudan web save")
        << QStringLiteral("sudan-web-save.txt")
        << QStringLiteral("Ceasefire Talks Resume In Jeddah As Fighting Spreads To Darfur Towns")
        << QStringLiteral("Reuters") << QStringLiteral("2021-03-03")
        << QStringList{QStringLiteral("Army and paramilitary delegations returned"),
                       QStringLiteral("Aid agencies said more than 20,000 people fled Tawila"),
                       QStringLiteral("a U.N. official told reporters in Port Sudan.")}
        << QStringList{QStringLiteral("Skip to main content"),
                       QStringLiteral("Menu"),
                       QStringLiteral("Live updates"),
                       QStringLiteral("Share on Facebook"),
                       QStringLiteral("Displaced families gather"),
                       QStringLiteral("Advertisement"),
                       QStringLiteral("Photo:"),
                       QStringLiteral("Read more"),
                       QStringLiteral("Editing by"),
                       QStringLiteral("rights reserved"),
                       QStringLiteral("newsletter"),
                       QStringLiteral("Published:"),
                       QStringLiteral("World\n"),
                       QStringLiteral("Africa")}
        << QStringList{QStringLiteral("Omar Haddad"),
                       QStringLiteral("Lina Farouk"),
                       QStringLiteral("Peter Graham")};
    QTest::newRow("colombia hard wrapped")
        << QStringLiteral("colombia-hard-wrapped.txt")
        << QStringLiteral("Colombia And ELN Rebels Sign Six-Month Ceasefire In Havana")
        << QStringLiteral("AP") << QString()
        << QStringList{QStringLiteral("Colombia's government and the country's largest remaining "
                                      "guerrilla group signed a six-month cease-fire on Friday in "
                                      "Havana"),
                       QStringLiteral("Previous talks with the ELN collapsed in 2019")}
        << QStringList{QStringLiteral("By Maria Gomez"),
                       QStringLiteral("Copyright"),
                       QStringLiteral("\ncountry's")}
        << QStringList();
    QTest::newRow("ukraine one line per paragraph")
        << QStringLiteral("ukraine-one-line-paragraphs.txt")
        << QStringLiteral("Drone Strikes Hit Power Plants Ahead Of Prisoner Exchange") << QString()
        << QStringLiteral("2022-08-02")
        << QStringList{QStringLiteral("KYIV, Ukraine — Russian drones struck"),
                       QStringLiteral("Moscow said the prisoners it received")}
        << QStringList{QStringLiteral("Accessibility"),
                       QStringLiteral("Home | World"),
                       QStringLiteral("Follow us"),
                       QStringLiteral("WhatsApp"),
                       QStringLiteral("Our journalists"),
                       QStringLiteral("Updated")}
        << QStringList();
}

void tst_PlainTextReader::articles()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QString, outlet);
    QFETCH(QString, published);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    QFETCH(QStringList, credits);

    const QString text = loadArticle(file);
    QVERIFY(!text.isEmpty());
    const Document document = PlainTextReader::read(text);
    QCOMPARE(document.title, title);
    QCOMPARE(document.outlet, outlet);
    if (published.isEmpty())
        QVERIFY(!document.publishedDay);
    else
        QCOMPARE(DateSpan::fromJulianDay(document.publishedDay.value_or(0)).startIso(), published);
    for (const QString &phrase : present)
        QVERIFY2(document.text.contains(phrase), qPrintable(phrase));
    for (const QString &phrase : absent)
        QVERIFY2(!document.text.contains(phrase), qPrintable(phrase));
    QCOMPARE(document.credits, credits);
    verifyBlocks(document);
    // Offsets lead back into the file for the paragraphs of running text.
    for (const TextBlock &block : document.blocks) {
        if (block.kind != TextBlock::Kind::Paragraph || block.sourceOffset < 0)
            continue;
        QCOMPARE(text.mid(block.sourceOffset, 12), document.text.mid(block.begin, 12));
    }
}

QTEST_APPLESS_MAIN(tst_PlainTextReader)
#include "tst_plaintextreader.moc"
