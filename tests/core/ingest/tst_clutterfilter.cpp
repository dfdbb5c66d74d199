#include "core/ingest/clutterfilter.h"

#include <QTest>

using namespace Faultline;

class tst_ClutterFilter : public QObject
{
    Q_OBJECT

private slots:
    void lexiconLoads();
    void isUiLine_data();
    void isUiLine();
    void isMediaMarker_data();
    void isMediaMarker();
    void isNotice_data();
    void isNotice();
    void isOutletBoilerplate_data();
    void isOutletBoilerplate();
    void creditNames_data();
    void creditNames();
    void bylineNames_data();
    void bylineNames();
    void apply_data();
    void apply();
    void customLexicon();
};

void tst_ClutterFilter::lexiconLoads()
{
    // The phrase lists are a resource of the static core library.
    const BoilerplateLexicon &lexicon = BoilerplateLexicon::instance();
    QVERIFY(lexicon.isLoaded());
    QVERIFY(lexicon.isUiWord(QStringLiteral("share")));
    QVERIFY(lexicon.isHtmlToken(QStringLiteral("newsletter")));
    QCOMPARE(lexicon.creditPrefix(QStringLiteral("with reporting by afp")),
             QStringLiteral("with reporting by"));
}

void tst_ClutterFilter::isUiLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("ui");
    QTest::newRow("accessibility links") << QStringLiteral("Accessibility links") << true;
    QTest::newRow("breaking news") << QStringLiteral("Breaking News") << true;
    QTest::newRow("share") << QStringLiteral("Share") << true;
    QTest::newRow("follow us") << QStringLiteral("Follow us") << true;
    QTest::newRow("read more") << QStringLiteral("Read more »") << true;
    QTest::newRow("share bar") << QStringLiteral(
        "Share on Facebook Share on Twitter Share via WhatsApp Email")
                               << true;
    QTest::newRow("skip link") << QStringLiteral("Skip to main content") << true;
    QTest::newRow("piped menu") << QStringLiteral("Home | Video | Live") << true;
    QTest::newRow("advertisement") << QStringLiteral("ADVERTISEMENT") << true;
    QTest::newRow("heading") << QStringLiteral("Peace talks") << false;
    QTest::newRow("sentence") << QStringLiteral("Read the statement.") << false;
    QTest::newRow("headline") << QStringLiteral("Rebels Share Power In Transitional Council")
                              << false;
    QTest::newRow("news line") << QStringLiteral("The news of the truce spread quickly.") << false;
    QTest::newRow("topic list") << QStringLiteral("Topics: Syria, United Nations") << true;
    QTest::newRow("label in a sentence")
        << QStringLiteral("Topics: the talks covered prisoners and the border.") << false;
    QTest::newRow("scroll prompt") << QStringLiteral("Advertisement · Scroll to continue") << true;
}

void tst_ClutterFilter::isUiLine()
{
    QFETCH(QString, line);
    QFETCH(bool, ui);
    QCOMPARE(ClutterFilter().isUiLine(line), ui);
}

void tst_ClutterFilter::isMediaMarker_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("marker");
    QTest::newRow("aspect image") << QStringLiteral("16x9 Image") << true;
    QTest::newRow("video") << QStringLiteral("Video") << true;
    QTest::newRow("photo credit") << QStringLiteral("Photo: AFP/Getty") << true;
    QTest::newRow("image caption")
        << QStringLiteral("Image caption, Smoke rises over Khan Younis on Tuesday.") << true;
    QTest::newRow("gallery") << QStringLiteral("Gallery 12 photos") << true;
    QTest::newRow("caption with credit")
        << QStringLiteral("Smoke rises over the city after an air strike. Photograph: Ali "
                          "Hassan/Reuters")
        << true;
    QTest::newRow("credit line") << QStringLiteral("Credit: Sahel Daily") << true;
    QTest::newRow("sentence about a video")
        << QStringLiteral("The video showed soldiers firing on protesters.") << false;
    QTest::newRow("long sentence with photo")
        << QStringLiteral("Residents said a photo of the commander was posted on the mosque door")
        << false;
}

void tst_ClutterFilter::isMediaMarker()
{
    QFETCH(QString, line);
    QFETCH(bool, marker);
    QCOMPARE(ClutterFilter().isMediaMarker(line), marker);
}

void tst_ClutterFilter::isNotice_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("notice");
    QTest::newRow("cookies") << QStringLiteral(
        "We use cookies to give you the best experience. By continuing to use this site you agree.")
                             << true;
    QTest::newRow("newsletter") << QStringLiteral(
        "Sign up for our newsletter to get the latest from the region.")
                                << true;
    QTest::newRow("javascript") << QStringLiteral("Please enable JavaScript to view comments.")
                                << true;
    QTest::newRow("article text") << QStringLiteral(
        "The ministry said its privacy rules did not apply to detainees.")
                                  << false;
}

void tst_ClutterFilter::isNotice()
{
    QFETCH(QString, text);
    QFETCH(bool, notice);
    QCOMPARE(ClutterFilter().isNotice(text), notice);
}

void tst_ClutterFilter::isOutletBoilerplate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("boilerplate");
    QTest::newRow("outlet mission")
        << QStringLiteral("Our journalists report from places where a free press is banned. We "
                          "provide uncensored news.")
        << true;
    QTest::newRow("first person plural")
        << QStringLiteral("We rely on readers like you to keep our reporting free for everyone.")
        << true;
    QTest::newRow("copyright") << QStringLiteral(
        "Copyright © 2023 Sahel Daily. All rights reserved.")
                               << true;
    QTest::newRow("republished") << QStringLiteral(
        "This article was originally published by The New Humanitarian.")
                                 << true;
    QTest::newRow("us is not US") << QStringLiteral(
        "The US said independent monitors and the press were barred from the "
        "area.") << false;
    QTest::newRow("quoted we") << QStringLiteral("\"We will tell our story to the press,\" the "
                                                 "commander told journalists.")
                               << false;
    QTest::newRow("plain news") << QStringLiteral("The ceasefire collapsed within hours.") << false;
}

void tst_ClutterFilter::isOutletBoilerplate()
{
    QFETCH(QString, text);
    QFETCH(bool, boilerplate);
    QCOMPARE(ClutterFilter().isOutletBoilerplate(text), boilerplate);
}

void tst_ClutterFilter::creditNames_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("credit");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("agencies") << QStringLiteral("With reporting by AFP, AP, and Reuters") << true
                              << QStringList{QStringLiteral("AFP"),
                                             QStringLiteral("AP"),
                                             QStringLiteral("Reuters")};
    QTest::newRow("reuters footer")
        << QStringLiteral("(Reporting by Hamid Shalizi in Kabul; Editing by Peter Graham)") << true
        << QStringList{QStringLiteral("Hamid Shalizi"), QStringLiteral("Peter Graham")};
    QTest::newRow("additional reporting") << QStringLiteral("Additional reporting by Nadia Rahman.")
                                          << true << QStringList{QStringLiteral("Nadia Rahman")};
    QTest::newRow("sentence") << QStringLiteral(
        "Reporting by local media suggested that 30 people died in the raid.")
                              << false << QStringList();
    QTest::newRow("not a credit") << QStringLiteral("The reporting period ended in May.") << false
                                  << QStringList();
}

void tst_ClutterFilter::creditNames()
{
    QFETCH(QString, line);
    QFETCH(bool, credit);
    QFETCH(QStringList, names);
    const auto result = ClutterFilter().creditNames(line);
    QCOMPARE(result.has_value(), credit);
    if (credit)
        QCOMPARE(*result, names);
}

void tst_ClutterFilter::bylineNames_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("two authors") << QStringLiteral("By Maria Gomez and Daniel Ortiz")
                                 << QStringList{QStringLiteral("Maria Gomez"),
                                                QStringLiteral("Daniel Ortiz")};
    QTest::newRow("with outlet") << QStringLiteral("By AMINA YUSUF, Associated Press")
                                 << QStringList{QStringLiteral("AMINA YUSUF")};
    QTest::newRow("sentence") << QStringLiteral("By Monday, the rebels had left the town.")
                              << QStringList();
}

void tst_ClutterFilter::bylineNames()
{
    QFETCH(QString, line);
    QFETCH(QStringList, names);
    const auto result = ClutterFilter::bylineNames(line);
    QCOMPARE(result.has_value(), !names.isEmpty());
    if (result)
        QCOMPARE(*result, names);
}

void tst_ClutterFilter::apply_data()
{
    QTest::addColumn<QStringList>("input");
    QTest::addColumn<QStringList>("kept");

    const QString p1 = QStringLiteral("Militias clashed with the army near the airport on Sunday.");
    const QString p2 = QStringLiteral("At least 12 people were killed, the health ministry said.");
    const QString caption = QStringLiteral("A soldier stands guard at a checkpoint in Tripoli.");
    QTest::newRow("caption repeated at once")
        << QStringList{p1, caption, caption, p2} << QStringList{p1, p2};
    QTest::newRow("heading repeated keeps one")
        << QStringList{QStringLiteral("Fighting In Tripoli"),
                       QStringLiteral("Fighting In Tripoli"),
                       p1}
        << QStringList{QStringLiteral("Fighting In Tripoli"), p1};
    QTest::newRow("later repeat of a short line")
        << QStringList{p1, QStringLiteral("Key events"), p2, QStringLiteral("Key events")}
        << QStringList{p1, QStringLiteral("Key events"), p2};
    QTest::newRow("bullet image and trailing outlet text")
        << QStringList{p1,
                       p2,
                       QStringLiteral("16x9 Image"),
                       QStringLiteral("Our reporters cover the news in 20 countries. We provide "
                                      "independent journalism.")}
        << QStringList{p1, p2};
    QTest::newRow("symbols only") << QStringList{QStringLiteral("* * *"), p1, QStringLiteral("|")}
                                  << QStringList{p1};
    QTest::newRow("byline near top")
        << QStringList{QStringLiteral("By Omar Haddad"), p1, p2} << QStringList{p1, p2};
}

void tst_ClutterFilter::apply()
{
    QFETCH(QStringList, input);
    QFETCH(QStringList, kept);
    QList<SourceBlock> blocks;
    for (const QString &text : input)
        blocks.append(SourceBlock{text, TextBlock::Kind::Paragraph, -1});
    QStringList credits;
    QStringList authors;
    ClutterFilter().apply(blocks, &credits, &authors);
    QStringList texts;
    for (const SourceBlock &block : blocks)
        texts.append(block.text);
    QCOMPARE(texts, kept);
}

void tst_ClutterFilter::customLexicon()
{
    const BoilerplateLexicon lexicon = BoilerplateLexicon::fromText(QStringLiteral(
        "# test\n[ui-words]\nteilen\ndrucken\n[credit-prefixes]\nmitarbeit\n[notice-phrases]\n"
        "wir verwenden cookies\n"));
    QVERIFY(lexicon.isLoaded());
    const ClutterFilter filter(lexicon);
    QVERIFY(filter.isUiLine(QStringLiteral("Teilen Drucken")));
    QVERIFY(!filter.isUiLine(QStringLiteral("Share")));
    QVERIFY(filter.isNotice(QStringLiteral("Wir verwenden Cookies.")));
    QCOMPARE(filter.creditNames(QStringLiteral("Mitarbeit: Anna Berg")).value_or(QStringList()),
             QStringList{QStringLiteral("Anna Berg")});
}

QTEST_APPLESS_MAIN(tst_ClutterFilter)
#include "tst_clutterfilter.moc"
