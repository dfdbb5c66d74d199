#include "core/ingest/htmlreader.h"

#include "core/model/datespan.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Faultline;

class tst_HtmlReader : public QObject
{
    Q_OBJECT

private slots:
    void publicationDate_data();
    void publicationDate();
    void titleOutletUrl_data();
    void titleOutletUrl();
    void newsPage();
    void bodyByDensity();
    void pageWithoutArticleElement();
    void splitBody();
    void articleBodyProperty();
    void scriptsAndStylesDropped();
    void brokenHtml_data();
    void brokenHtml();
    void deepNesting_data();
    void deepNesting();
    void limitNesting_data();
    void limitNesting();
    void sourceOffsets();
};

namespace {

const QString kBody = QStringLiteral(
    "<p>Armed men attacked a village in the north of the province on Tuesday, killing at least "
    "eleven people, local officials said.</p>"
    "<p>The regional government blamed an armed group that has been active in the area for years, "
    "but no one claimed responsibility.</p>");

QString page(const QString &head, const QString &body = kBody)
{
    return QStringLiteral("<!DOCTYPE html><html><head>") + head
           + QStringLiteral("</head><body><article>") + body
           + QStringLiteral("</article></body></html>");
}

QString isoDay(const std::optional<qint64> &jd)
{
    return jd ? DateSpan::fromJulianDay(*jd).startIso() : QString();
}

} // namespace

void tst_HtmlReader::publicationDate_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("date");

    QTest::newRow("article:published_time")
        << page(QStringLiteral("<meta property=\"article:published_time\" "
                               "content=\"2022-02-24T05:00:00+02:00\">"))
        << QStringLiteral("2022-02-24");
    QTest::newRow("json-ld object")
        << page(QStringLiteral("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                               "\"datePublished\":\"2021-08-15T12:00:00Z\"}</script>"))
        << QStringLiteral("2021-08-15");
    QTest::newRow("json-ld array") << page(QStringLiteral(
        "<script type=\"application/ld+json\">[{\"@type\":\"BreadcrumbList\"},"
        "{\"@type\":[\"NewsArticle\"],\"datePublished\":\"2019-04-06\"}]"
        "</script>")) << QStringLiteral("2019-04-06");
    QTest::newRow("json-ld graph")
        << page(QStringLiteral("<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":"
                               "\"WebPage\"},{\"@type\":\"Article\",\"datePublished\":"
                               "\"2017-06-05\"}]}</script>"))
        << QStringLiteral("2017-06-05");
    QTest::newRow("json-ld article beats meta")
        << page(QStringLiteral("<meta name=\"date\" content=\"2020-01-01\"><script "
                               "type=\"application/ld+json\">{\"@type\":\"ReportageNewsArticle\","
                               "\"datePublished\":\"2020-01-02\"}</script>"))
        << QStringLiteral("2020-01-02");
    QTest::newRow("broken json-ld ignored")
        << page(QStringLiteral("<script type=\"application/ld+json\">{\"@type\": oops</script>"
                               "<meta name=\"pubdate\" content=\"2016-10-17\">"))
        << QStringLiteral("2016-10-17");
    QTest::newRow("meta dc.date") << page(
        QStringLiteral("<meta name=\"DC.date.issued\" content=\"2015-09-28\">"))
                                  << QStringLiteral("2015-09-28");
    QTest::newRow("time in article")
        << page(QString(),
                QStringLiteral("<header><time datetime=\"2023-10-07T09:00\">7 October"
                               "</time></header>")
                    + kBody)
        << QStringLiteral("2023-10-07");
    QTest::newRow("time outside article ignored")
        << QStringLiteral("<html><body><div class=\"clock\"><time datetime=\"2030-01-01\">now"
                          "</time></div><article>")
               + kBody + QStringLiteral("</article></body></html>")
        << QString();
    QTest::newRow("itemprop datePublished")
        << page(QString(),
                QStringLiteral("<span itemprop=\"datePublished\" "
                               "content=\"2014-06-10\">June 10</span>")
                    + kBody)
        << QStringLiteral("2014-06-10");
    QTest::newRow("date written in text")
        << page(QString(), QStringLiteral("<p>Published: 12 May 2012</p>") + kBody)
        << QStringLiteral("2012-05-12");
    QTest::newRow("none") << page(QString()) << QString();
}

void tst_HtmlReader::publicationDate()
{
    QFETCH(QString, html);
    QFETCH(QString, date);
    const Document document = HtmlReader::read(html);
    QCOMPARE(isoDay(document.publishedDay), date);
    QVERIFY(document.text.contains(QStringLiteral("Armed men attacked a village")));
}

void tst_HtmlReader::titleOutletUrl_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("url");

    QTest::newRow("open graph") << QStringLiteral(
        "<title>Village attacked | Sahel Daily</title>"
        "<meta property=\"og:title\" content=\"Village attacked in the north\">"
        "<meta property=\"og:site_name\" content=\"Sahel Daily\">"
        "<meta property=\"og:url\" content=\"https://sahel.example/a\">")
                                << QStringLiteral("Village attacked in the north")
                                << QStringLiteral("Sahel Daily")
                                << QStringLiteral("https://sahel.example/a");
    QTest::newRow("page title with site suffix")
        << QStringLiteral("<title>Village attacked in the north - Sahel Daily</title>"
                          "<meta property=\"og:site_name\" content=\"Sahel Daily\">")
        << QStringLiteral("Village attacked in the north") << QStringLiteral("Sahel Daily")
        << QString();
    QTest::newRow("json-ld headline and publisher")
        << QStringLiteral("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                          "\"headline\":\"Eleven killed in village raid\",\"publisher\":{\"@type\":"
                          "\"Organization\",\"name\":\"Lake Chad Observer\"},\"url\":"
                          "\"https://lco.example/raid\"}</script>")
        << QStringLiteral("Eleven killed in village raid") << QStringLiteral("Lake Chad Observer")
        << QStringLiteral("https://lco.example/raid");
    QTest::newRow("site from page title")
        << QStringLiteral("<title>Village attacked in the north - Sahel Daily</title>")
        << QStringLiteral("Village attacked in the north") << QStringLiteral("Sahel Daily")
        << QString();
    QTest::newRow("headline dash is not a site")
        << QStringLiteral("<meta property=\"og:title\" content=\"Blast in Kabul – 12 dead\">")
        << QStringLiteral("Blast in Kabul – 12 dead") << QString() << QString();
    QTest::newRow("json-ld main entity")
        << QStringLiteral("<script type=\"application/ld+json\">{\"@type\":\"WebPage\","
                          "\"mainEntity\":{\"@type\":\"NewsArticle\",\"headline\":\"Port "
                          "reopens\",\"publisher\":{\"name\":\"Horn Wire\"}}}</script>")
        << QStringLiteral("Port reopens") << QStringLiteral("Horn Wire") << QString();
    QTest::newRow("canonical beats og:url")
        << QStringLiteral("<title>Raid</title><link rel=\"canonical\" href=\"https://x.example/c\">"
                          "<meta property=\"og:url\" content=\"https://x.example/og\">")
        << QStringLiteral("Raid") << QString() << QStringLiteral("https://x.example/c");
}

void tst_HtmlReader::titleOutletUrl()
{
    QFETCH(QString, head);
    QFETCH(QString, title);
    QFETCH(QString, outlet);
    QFETCH(QString, url);
    const Document document = HtmlReader::read(page(head));
    QCOMPARE(document.title, title);
    QCOMPARE(document.outlet, outlet);
    QCOMPARE(document.url, url);
    // The title leads the text as a Title block.
    QVERIFY(!document.blocks.isEmpty());
    QCOMPARE(document.blocks.first().kind, TextBlock::Kind::Title);
    QCOMPARE(document.text.left(title.size()), title);
}

void tst_HtmlReader::newsPage()
{
    QFile file(QStringLiteral(FAULTLINE_TEST_DATA_DIR "/articles/myanmar-news-page.html"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Document document = HtmlReader::read(QString::fromUtf8(file.readAll()), 0);
    QCOMPARE(document.title,
             QStringLiteral("Resistance forces seize border town after week-long siege"));
    QCOMPARE(document.outlet, QStringLiteral("Irrawaddy Ledger"));
    QCOMPARE(document.url, QStringLiteral("https://ledger.example/news/border-town-siege"));
    QCOMPARE(isoDay(document.publishedDay), QStringLiteral("2023-11-06"));
    QCOMPARE(document.authors, QStringList{QStringLiteral("Ko Zaw Min")});
    QVERIFY(document.text.contains(QStringLiteral("An alliance of ethnic armed groups said on "
                                                  "Monday")));
    QVERIFY(document.text.contains(QStringLiteral("\u201ctemporarily withdrawn\u201d")));
    QVERIFY(document.text.contains(QStringLiteral("capital of Yunnan province.")));
    const QStringList clutter = {QStringLiteral("cookies"),
                                 QStringLiteral("Opinion"),
                                 QStringLiteral("Home"),
                                 QStringLiteral("Share on"),
                                 QStringLiteral("Copy link"),
                                 QStringLiteral("Smoke rises"),
                                 QStringLiteral("Advertisement"),
                                 QStringLiteral("Related"),
                                 QStringLiteral("Junta extends"),
                                 QStringLiteral("Great article"),
                                 QStringLiteral("Privacy"),
                                 QStringLiteral("rights reserved"),
                                 QStringLiteral("fake text"),
                                 QStringLiteral("font-family"),
                                 QStringLiteral("By Ko Zaw Min")};
    for (const QString &phrase : clutter)
        QVERIFY2(!document.text.contains(phrase), qPrintable(phrase));
    // Title once, then four paragraphs.
    QCOMPARE(document.blocks.size(), 5);
    QCOMPARE(document.text.count(document.title), 1);
}

void tst_HtmlReader::pageWithoutArticleElement()
{
    // Windows-1252 bytes decoded by the DocumentReader path are tested there;
    // here the page is read as Latin-1 text, which keeps ASCII intact.
    QFile file(QStringLiteral(FAULTLINE_TEST_DATA_DIR "/articles/syria-page-no-article-tag.html"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Document document = HtmlReader::read(QString::fromLatin1(file.readAll()));
    QCOMPARE(document.title, QStringLiteral("Aid convoy reaches besieged Syrian town"));
    QCOMPARE(document.outlet, QStringLiteral("Levant Times"));
    QCOMPARE(isoDay(document.publishedDay), QStringLiteral("2018-02-19"));
    QVERIFY(document.text.contains(QStringLiteral("A convoy of 46 trucks")));
    // Both groups of story paragraphs are kept.
    QVERIFY(document.text.contains(QStringLiteral("Rebel groups in the enclave")));
    QVERIFY(document.text.contains(QStringLiteral("humanitarian corridor would open")));
    for (const QString &phrase : {QStringLiteral("Sign in"),
                                  QStringLiteral("Iraq"),
                                  QStringLiteral("more than 5 years"),
                                  QStringLiteral("Photograph"),
                                  QStringLiteral("Topics"),
                                  QStringLiteral("Most read"),
                                  QStringLiteral("Oil prices"),
                                  QStringLiteral("Terms of use")})
        QVERIFY2(!document.text.contains(phrase), qPrintable(phrase));
}

void tst_HtmlReader::bodyByDensity()
{
    // No <article>: the element whose paragraphs hold the text wins over
    // link lists and short teasers.
    QString html = QStringLiteral("<html><body><div id=\"top\"><ul>");
    for (int i = 0; i < 30; ++i)
        html += QStringLiteral("<li><a href=\"/s%1\">Section %1 headline link</a></li>").arg(i);
    html += QStringLiteral("</ul></div><div class=\"teasers\"><p>Short teaser.</p><p>Another.</p>"
                           "</div><div class=\"col\"><div class=\"story\">");
    for (int i = 0; i < 5; ++i)
        html += QStringLiteral("<p>Paragraph %1 of the story: the militia withdrew from the "
                               "town, residents said, and aid convoys, which had waited for "
                               "weeks, began to arrive.</p>")
                    .arg(i);
    html += QStringLiteral("</div></div><div class=\"more\"><p><a href=\"/x\">Other story one</a>"
                           "</p><p><a href=\"/y\">Other story two</a></p></div></body></html>");
    const Document document = HtmlReader::read(html);
    QVERIFY(document.text.contains(QStringLiteral("Paragraph 0 of the story")));
    QVERIFY(document.text.contains(QStringLiteral("Paragraph 4 of the story")));
    QVERIFY(!document.text.contains(QStringLiteral("Section 3 headline")));
    QVERIFY(!document.text.contains(QStringLiteral("teaser")));
    QVERIFY(!document.text.contains(QStringLiteral("Other story")));
}

void tst_HtmlReader::splitBody()
{
    // The story's paragraphs sit in two sibling groups around an advert.
    QString html = QStringLiteral("<html><body><div class=\"wrap\"><div class=\"group\">");
    for (int i = 0; i < 4; ++i)
        html += QStringLiteral("<p>Group one, paragraph %1: the delegations met in Juba, the "
                               "mediators said, and agreed on a timetable.</p>")
                    .arg(i);
    html += QStringLiteral("</div><div class=\"advert\">Buy now</div><div class=\"group\">");
    for (int i = 0; i < 2; ++i)
        html += QStringLiteral("<p>Group two, paragraph %1: the opposition, however, said the "
                               "timetable was too short.</p>")
                    .arg(i);
    html += QStringLiteral("</div></div><div class=\"footer-links\"><a href=\"/\">Home</a></div>"
                           "</body></html>");
    const Document document = HtmlReader::read(html);
    QVERIFY(document.text.contains(QStringLiteral("Group one, paragraph 0")));
    QVERIFY(document.text.contains(QStringLiteral("Group two, paragraph 1")));
    QVERIFY(!document.text.contains(QStringLiteral("Buy now")));
}

void tst_HtmlReader::articleBodyProperty()
{
    const QString html = QStringLiteral(
        "<html><body><div itemprop=\"articleBody\"><p>Peacekeepers withdrew from the base on "
        "Friday after the government revoked their mandate.</p></div>"
        "<div class=\"sidebar-list\"><p>A much longer text that is not the article, with commas, "
        "many commas, and more commas, about something else entirely, to tempt the density "
        "heuristic.</p></div></body></html>");
    const Document document = HtmlReader::read(html);
    QVERIFY(document.text.contains(QStringLiteral("Peacekeepers withdrew")));
    QVERIFY(!document.text.contains(QStringLiteral("tempt the density")));
}

void tst_HtmlReader::scriptsAndStylesDropped()
{
    const QString html
        = page(QStringLiteral("<style>p { color: red }</style>"),
               QStringLiteral(
                   "<script>var x = \"Troops entered the city\";</script><noscript>Enable "
                   "scripts to continue reading this page today.</noscript>")
                   + kBody
                   + QStringLiteral(
                       "<template><p>Template text never shown.</p></template>"
                       "<p hidden>Hidden paragraph text.</p><p style=\"display: none\">"
                       "Invisible text.</p><div aria-hidden=\"true\">Aria hidden.</div>"
                       "<svg><text>Chart label</text></svg><iframe>frame</iframe>"
                       "<form><label>Email address</label></form>"));
    const Document document = HtmlReader::read(html);
    for (const QString &phrase : {QStringLiteral("color"),
                                  QStringLiteral("Troops entered"),
                                  QStringLiteral("Enable"),
                                  QStringLiteral("Template"),
                                  QStringLiteral("Hidden"),
                                  QStringLiteral("Invisible"),
                                  QStringLiteral("Aria"),
                                  QStringLiteral("Chart"),
                                  QStringLiteral("frame"),
                                  QStringLiteral("Email")})
        QVERIFY2(!document.text.contains(phrase), qPrintable(phrase));
    QVERIFY(document.text.contains(QStringLiteral("eleven people")));
}

void tst_HtmlReader::brokenHtml_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unclosed tags")
        << QStringLiteral("<html><body><div><p>Shelling hit the market on Monday morning, "
                          "killing four people<p>Residents fled to the hills")
        << QStringLiteral("Residents fled to the hills");
    QTest::newRow("stray angle brackets")
        << QStringLiteral("<<<>>><p>Talks < resumed > in Doha on Saturday & Sunday.</p></div></"
                          "span>")
        << QStringLiteral("Talks < resumed > in Doha on Saturday & Sunday.");
    QTest::newRow("truncated in a tag")
        << QStringLiteral("<p>The convoy reached Mekelle on Tuesday.</p><p>Then <a href=\"")
        << QStringLiteral("The convoy reached Mekelle on Tuesday.");
    QTest::newRow("no markup") << QStringLiteral("Just words about a ceasefire in Gaza.")
                               << QStringLiteral("Just words about a ceasefire in Gaza.");
    QTest::newRow("entities") << QStringLiteral("<p>Al&#8209;Fashir &amp; Nyala &mdash; "
                                                "&ldquo;besieged&rdquo; &nbsp;towns.</p>")
                              << QStringLiteral(
                                     "Al\u2011Fashir & Nyala \u2014 \u201cbesieged\u201d "
                                     "towns.");
    QTest::newRow("unterminated comment")
        << QStringLiteral("<p>Before the comment, fighting continued.</p><!-- never closed <p>x")
        << QStringLiteral("Before the comment, fighting continued.");
    QTest::newRow("nul and control characters")
        << QStringLiteral("<p>Rebels\u0001 took\u0000 the town.</p>") << QStringLiteral("took");
}

void tst_HtmlReader::brokenHtml()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    const Document document = HtmlReader::read(html);
    QVERIFY2(document.text.contains(expected), qPrintable(document.text));
}

void tst_HtmlReader::deepNesting_data()
{
    QTest::addColumn<QString>("tag");
    QTest::newRow("div") << QStringLiteral("div");
    QTest::newRow("span") << QStringLiteral("span");
    QTest::newRow("b") << QStringLiteral("b");
    QTest::newRow("custom element") << QStringLiteral("x-box");
    QTest::newRow("self-closing div") << QStringLiteral("div/");
    QTest::newRow("table cells") << QStringLiteral("table><tr><td");
}

void tst_HtmlReader::deepNesting()
{
    // 100,000 unclosed levels: no stack overflow, no quadratic blow-up, and
    // the text inside is kept.
    QFETCH(QString, tag);
    const int depth = 100000;
    QString html = QStringLiteral("<html><body>");
    html.reserve(depth * (tag.size() + 2) + 200);
    const QString open = QLatin1Char('<') + tag + QLatin1Char('>');
    for (int i = 0; i < depth; ++i)
        html += open;
    html += QStringLiteral("The deepest paragraph reports an attack on a convoy near Goma.");
    QElapsedTimer timer;
    timer.start();
    const Document document = HtmlReader::read(html);
    qDebug() << tag << "nested" << depth << "deep read in" << timer.elapsed() << "ms";
    QVERIFY(document.text.contains(QStringLiteral("attack on a convoy near Goma")));
}

void tst_HtmlReader::limitNesting_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<int>("maxDepth");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("changed");
    QTest::newRow("shallow unchanged")
        << QByteArray("<div><p>a</p></div>") << 3 << QByteArray("<div><p>a</p></div>") << false;
    QTest::newRow("deep cut") << QByteArray("<div><div><div><div>x</div></div></div></div>") << 2
                              << QByteArray("<div><div>x</div></div>") << true;
    QTest::newRow("void and optional tags not counted")
        << QByteArray("<div><p>a<br><p>b<li>c<img src=x></div>") << 1
        << QByteArray("<div><p>a<br><p>b<li>c<img src=x></div>") << false;
    QTest::newRow("quoted > in attribute") << QByteArray("<div title=\"a>b\"><div>x</div></div>")
                                           << 1 << QByteArray("<div title=\"a>b\">x</div>") << true;
    QTest::newRow("script content untouched")
        << QByteArray("<div><script>if (a<b) { x = \"<div><div>\"; }</script></div>") << 1
        << QByteArray("<div><script>if (a<b) { x = \"<div><div>\"; }</script></div>") << false;
    QTest::newRow("self-closing html element counts")
        << QByteArray("<div/><div/><div/>x") << 1 << QByteArray("<div/>x") << true;
    QTest::newRow("self-closing svg children do not")
        << QByteArray("<svg><path/><path/><path/></svg><div>x</div>") << 1
        << QByteArray("<svg><path/><path/><path/></svg><div>x</div>") << false;
    QTest::newRow("comment untouched") << QByteArray("<div><!-- <div><div> --></div>") << 1
                                       << QByteArray("<div><!-- <div><div> --></div>") << false;
}

void tst_HtmlReader::limitNesting()
{
    QFETCH(QByteArray, html);
    QFETCH(int, maxDepth);
    QFETCH(QByteArray, expected);
    QFETCH(bool, changed);
    bool wasChanged = false;
    QCOMPARE(HtmlReader::limitNesting(html, maxDepth, &wasChanged), expected);
    QCOMPARE(wasChanged, changed);
}

void tst_HtmlReader::sourceOffsets()
{
    const QString html = page(QString());
    const QByteArray utf8 = html.toUtf8();
    const Document document = HtmlReader::read(html, 0);
    int checked = 0;
    for (const TextBlock &block : document.blocks) {
        if (block.sourceOffset < 0)
            continue;
        const QString words = document.text.mid(block.begin, 10);
        QCOMPARE(QString::fromUtf8(utf8.mid(block.sourceOffset, words.toUtf8().size())), words);
        ++checked;
    }
    QCOMPARE(checked, 2);
}

QTEST_GUILESS_MAIN(tst_HtmlReader)
#include "tst_htmlreader.moc"
