#include "core/extract/extractionpipeline.h"
#include "core/query/eventtablemodel.h"
#include "core/query/tooltiptext.h"
#include "core/store/actorrepository.h"
#include "core/store/articlerepository.h"
#include "core/store/documentimporter.h"
#include "core/store/eventrepository.h"
#include "core/store/workspace.h"
#include "tests/reliability/reliabilitycli.h"
#include "ui/panels/eventdetailspanel.h"
#include "ui/panels/filterbar.h"

#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Faultline;
using namespace Faultline::Testing;

// Text from articles is data: quotes and SQL are stored as written, markup in
// titles and names is shown as the characters it is made of and loads
// nothing, and reading an HTML page never goes to the network.
namespace {

const QString HostileTitle = QStringLiteral("<img src=http://127.0.0.1:9/pixel.png>Ceasefire");
const QString HostileActor = QStringLiteral("<a href=file:///etc/passwd>Rebels</a>");
const QString HostileArticle = QStringLiteral("<b>Bold</b> <img src=file:///etc/hosts> report");
const QString HostileOutlet = QStringLiteral("<i>Agency</i> & \"Partners\"");

const QString SqlText = QStringLiteral(
    "Robert'); DROP TABLE events;-- said the militia attacked Kidal on 3 March 2021.\n\n"
    "\"Quoted\" ''doubled'' ' OR '1'='1 -- fighters of the \"Front\" shelled Gao on 4 March "
    "2021.\n\n"
    "100% of the 50_50 \\ backslash ; SELECT * FROM articles; were displaced, the UN said on "
    "5 March 2021.\n");

// A string a widget shows safely: plain text Qt will not take for rich text,
// or rich text that renders back to the literal characters.
bool showsLiterally(const QString &shown, const QString &literal)
{
    if (!Qt::mightBeRichText(shown))
        return shown.contains(literal);
    QTextDocument document;
    document.setHtml(shown);
    return document.toPlainText().contains(literal);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

class tst_HostileText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sqlAndQuotesAreStoredLiterally();
    void searchTextIsNeverSql_data();
    void searchTextIsNeverSql();
    void toolTipTextShowsLiterally_data();
    void toolTipTextShowsLiterally();
    void tableShowsMarkupLiterally();
    void detailsPanelShowsMarkupLiterally();
    void filterBarShowsMarkupLiterally();
    void htmlImportFetchesNothing();
    void noNetworkCodeInTheApplication();

private:
    QTemporaryDir m_dir;
    Workspace m_workspace;
    qint64 m_eventId = 0;
};

void tst_HostileText::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_workspace.open(m_dir.filePath(QStringLiteral("hostile.faultline")),
                              Workspace::OpenMode::ReadWrite,
                              &error),
             qPrintable(error));

    Article article;
    article.title = HostileArticle;
    article.outlet = HostileOutlet;
    article.url = QStringLiteral("javascript:alert(1)");
    article.text = HostileTitle + QStringLiteral(" was agreed. ") + HostileActor
                   + QStringLiteral(" agreed.");
    article.contentHash = Article::hashText(article.text);
    article.importedAt = QDateTime::currentDateTimeUtc();
    QVERIFY2(ArticleRepository(m_workspace).insert(article, &error), qPrintable(error));

    Actor actor;
    actor.name = HostileActor;
    actor.kind = Actor::Kind::Other;
    actor.aliases = {QStringLiteral("'; DELETE FROM actors; --")};
    QVERIFY2(ActorRepository(m_workspace).insert(actor, &error), qPrintable(error));

    Event event;
    event.title = HostileTitle;
    event.date = DateSpan::day(2021, 3, 3);
    event.dateText = QStringLiteral("<u>3 March</u>");
    event.location = QStringLiteral("<script>alert(1)</script>");
    event.participants.append({actor.id, Event::Role::Source, false});
    Evidence evidence;
    evidence.articleId = article.id;
    evidence.begin = 0;
    evidence.end = HostileTitle.size();
    evidence.sentence = HostileTitle;
    event.evidence.append(evidence);
    QVERIFY2(EventRepository(m_workspace).insert(event, &error), qPrintable(error));
    m_eventId = event.id;
}

void tst_HostileText::sqlAndQuotesAreStoredLiterally()
{
    const QString path = writeFile(m_dir,
                                   QStringLiteral("o'brien \"quotes\".txt"),
                                   SqlText.toUtf8());
    QVERIFY(!path.isEmpty());
    const ExtractionPipeline pipeline;
    DocumentImporter importer(m_workspace, pipeline);
    ArticleImporter::Summary summary;
    QString error;
    QVERIFY2(importer.importFile(path, std::nullopt, &summary, &error), qPrintable(error));

    // Every table is still there, and the text is stored as written.
    QSqlQuery query(m_workspace.database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                      "('articles', 'events', 'actors', 'evidence')")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 4);
    const std::optional<Article> article = ArticleRepository(m_workspace).find(summary.articleId);
    QVERIFY(article);
    QVERIFY(article->text.contains(QStringLiteral("Robert'); DROP TABLE events;--")));
    QVERIFY(article->text.contains(QStringLiteral("' OR '1'='1 --")));
    QVERIFY(article->text.contains(QStringLiteral("SELECT * FROM articles;")));
    QVERIFY(ArticleRepository(m_workspace).find(summary.articleId - 1)); // the first is intact
    QVERIFY(ActorRepository(m_workspace).findByName(QStringLiteral("'; DELETE FROM actors; --")));
    QVERIFY(ActorRepository(m_workspace).findByName(HostileActor));
    const std::optional<Event> event = EventRepository(m_workspace).find(m_eventId);
    QVERIFY(event);
    QCOMPARE(event->title, HostileTitle);
    QCOMPARE(event->location, QStringLiteral("<script>alert(1)</script>"));
}

void tst_HostileText::searchTextIsNeverSql_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("quote") << "'";
    QTest::newRow("sql") << "x'); DROP TABLE events; --";
    QTest::newRow("fts syntax") << "\"unbalanced NEAR( title: * ^ OR AND NOT";
    QTest::newRow("like wildcards") << "%_%\\";
    QTest::newRow("markup") << HostileTitle;
}

void tst_HostileText::searchTextIsNeverSql()
{
    QFETCH(QString, text);
    EventFilter filter;
    filter.text = text;
    filter.actorName = text;
    const EventRepository events(m_workspace);
    events.query(filter);
    QSqlQuery query(m_workspace.database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM events")));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toInt() >= 1);
    filter.actorName.clear();
    filter.text = QStringLiteral("Ceasefire");
    QVERIFY(!events.query(filter).isEmpty());
}

void tst_HostileText::toolTipTextShowsLiterally_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << "Ceasefire talks in Geneva";
    QTest::newRow("lines") << "3 March 2021\nWritten as: on Wednesday";
    QTest::newRow("ampersand") << "Smith & Jones";
    QTest::newRow("entity") << "AT&lt;T &amp; partners";
    QTest::newRow("image") << HostileTitle;
    QTest::newRow("link") << HostileActor;
    QTest::newRow("article") << HostileArticle;
    QTest::newRow("outlet") << HostileOutlet;
    QTest::newRow("doctype") << "<!DOCTYPE html><p>x</p>";
    QTest::newRow("second line") << "Talks\n<img src=file:///etc/hosts>";
}

void tst_HostileText::toolTipTextShowsLiterally()
{
    QFETCH(QString, text);
    const QString tip = ToolTipText::fromPlainText(text);
    if (!text.contains(u'<') && !text.contains(u'&'))
        QCOMPARE(tip, text); // ordinary text is left exactly as it was
    // What QToolTip (a QLabel with Qt::AutoText) shows is the text as written,
    // line breaks included.
    if (Qt::mightBeRichText(tip)) {
        QTextDocument document;
        document.setHtml(tip);
        QCOMPARE(document.toPlainText(), text);
    } else {
        QCOMPARE(tip, text);
    }
}

void tst_HostileText::tableShowsMarkupLiterally()
{
    EventTableModel model;
    model.setWorkspace(&m_workspace);
    model.refresh();
    const int row = model.rowOfEvent(m_eventId);
    QVERIFY(row >= 0);
    bool titleSeen = false;
    QString titleTip;
    QString actorTip;
    for (int column = 0; column < model.columnCount(); ++column) {
        const QModelIndex index = model.index(row, column);
        if (index.data(Qt::DisplayRole).toString() == HostileTitle)
            titleSeen = true;
        const QString tip = index.data(Qt::ToolTipRole).toString();
        if (tip.contains(QStringLiteral("Ceasefire")))
            titleTip = tip;
        if (tip.contains(QStringLiteral("Rebels")))
            actorTip = tip;
    }
    QVERIFY(titleSeen);
    // A view shows ToolTipRole through QToolTip, which takes "<img ...>" for rich text.
    QVERIFY(!titleTip.isEmpty());
    QVERIFY2(showsLiterally(titleTip, HostileTitle), qPrintable(titleTip));
    QVERIFY(!actorTip.isEmpty());
    QVERIFY2(showsLiterally(actorTip, HostileActor), qPrintable(actorTip));
}

void tst_HostileText::detailsPanelShowsMarkupLiterally()
{
    EventDetailsPanel panel;
    panel.setWorkspace(&m_workspace);
    panel.setEvent(m_eventId);
    panel.resize(800, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    int checked = 0;
    const QList<QLabel *> labels = panel.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        const QString text = label->text();
        if (!text.contains(u'<'))
            continue;
        ++checked;
        QVERIFY2(label->textFormat() == Qt::PlainText
                     || (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(text)),
                 qPrintable(label->objectName() + QStringLiteral(": ") + text));
        if (!label->toolTip().isEmpty())
            QVERIFY2(!Qt::mightBeRichText(label->toolTip()), qPrintable(label->toolTip()));
    }
    // The title, the actor, the location, the date as written and the article's title.
    QVERIFY2(checked >= 4, qPrintable(QString::number(checked)));
}

void tst_HostileText::filterBarShowsMarkupLiterally()
{
    FilterBar bar;
    bar.setWorkspace(&m_workspace);
    auto *articles = bar.findChild<QComboBox *>(QStringLiteral("filterArticle"));
    QVERIFY(articles);
    bool found = false;
    for (int i = 0; i < articles->count(); ++i) {
        if (!articles->itemText(i).contains(HostileArticle))
            continue;
        found = true;
        const QString tip = articles->itemData(i, Qt::ToolTipRole).toString();
        QVERIFY(!tip.isEmpty());
        QVERIFY2(showsLiterally(tip, HostileArticle), qPrintable(tip));
    }
    QVERIFY(found);
}

void tst_HostileText::htmlImportFetchesNothing()
{
    // Every URL of the page points at a server nobody should call.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QByteArray base = "http://127.0.0.1:" + QByteArray::number(server.serverPort());
    QByteArray page = QByteArray(R"(<!doctype html><html><head><title>Talks</title>
<meta http-equiv="refresh" content="0; url=BASE/refresh">
<link rel="stylesheet" href="BASE/style.css"><link rel="preload" href="BASE/font.woff2">
<script src="BASE/app.js"></script><script>fetch('BASE/beacon');</script>
<style>@import url(BASE/more.css); body { background: url(BASE/bg.png) }</style>
<base href="BASE/"></head><body>
<img src="BASE/banner.png" srcset="BASE/b2.png 2x"><iframe src="BASE/frame"></iframe>
<article><h1><img src="BASE/title.png">Talks in Geneva</h1>
<p>GENEVA (AP) - Envoys of the army and the rebels met in Geneva on Monday, the UN said.
<a href="BASE/more">More</a> <a href="file:///etc/passwd">passwd</a></p>
<object data="BASE/x.swf"></object><video src="BASE/v.mp4" poster="BASE/p.png"></video>
<svg><image href="BASE/i.svg"/></svg></article></body></html>)")
                          .replace("BASE", base);
    const QString path = writeFile(m_dir, QStringLiteral("remote.html"), page);
    const LimitedRun run = runFaultlineLimited({QStringLiteral("import"),
                                                QStringLiteral("--db"),
                                                m_dir.filePath(QStringLiteral("html.faultline")),
                                                path},
                                               60000);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(!server.waitForNewConnection(200), "the HTML import opened a connection");
    QVERIFY(!server.hasPendingConnections());
}

void tst_HostileText::noNetworkCodeInTheApplication()
{
    // No source of core or app speaks to the network...
    const QStringList forbidden = {QStringLiteral("QNetworkAccessManager"),
                                   QStringLiteral("QTcpSocket"),
                                   QStringLiteral("QUdpSocket"),
                                   QStringLiteral("QNetworkRequest"),
                                   QStringLiteral("curl_easy"),
                                   QStringLiteral("QtNetwork")};
    int files = 0;
    for (const QString &folder : {QStringLiteral("core"), QStringLiteral("app")}) {
        QDirIterator it(QStringLiteral(FAULTLINE_SOURCE_DIR "/") + folder,
                        {QStringLiteral("*.cpp"),
                         QStringLiteral("*.h"),
                         QStringLiteral("CMakeLists.txt")},
                        QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString source = QString::fromUtf8(file.readAll());
            ++files;
            for (const QString &word : forbidden)
                QVERIFY2(!source.contains(word), qPrintable(file.fileName() + u' ' + word));
        }
    }
    QVERIFY(files > 50);
    // ...and the executable links no network library.
    QProcess readelf;
    readelf.start(QStringLiteral("readelf"), {QStringLiteral("-d"), faultlineExecutable()});
    if (!readelf.waitForFinished(30000) || readelf.exitCode() != 0)
        QSKIP("readelf is not available");
    const QByteArray dynamic = readelf.readAllStandardOutput();
    QVERIFY(dynamic.contains("NEEDED"));
    QVERIFY2(!dynamic.contains("Qt6Network"), dynamic.constData());
    QVERIFY2(!dynamic.contains("libcurl"), dynamic.constData());
}

QTEST_MAIN(tst_HostileText)
#include "tst_hostiletext.moc"
