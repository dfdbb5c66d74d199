#include "core/store/articlerepository.h"
#include "core/store/eventrepository.h"
#include "core/store/workspace.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Faultline;

class tst_ArticleRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void insertAndFind();
    void unknownPublicationDate();
    void sameTextIsRejected_data();
    void sameTextIsRejected();
    void allWithAndWithoutText();
    void update();
    void removeTakesEvidence();

private:
    QTemporaryDir *m_dir = nullptr;
    Workspace *m_workspace = nullptr;
};

void tst_ArticleRepository::init()
{
    m_dir = new QTemporaryDir;
    m_workspace = new Workspace;
    QString error;
    QVERIFY2(m_workspace->open(m_dir->filePath(QStringLiteral("articles.faultline")),
                               Workspace::OpenMode::ReadWrite,
                               &error),
             qPrintable(error));
}

void tst_ArticleRepository::cleanup()
{
    delete m_workspace;
    m_workspace = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

void tst_ArticleRepository::insertAndFind()
{
    ArticleRepository articles(*m_workspace);
    Article article;
    article.title = QStringLiteral("Pakistan's role");
    article.outlet = QStringLiteral("RFE/RL");
    article.url = QStringLiteral("https://www.rferl.org/a/1.html");
    article.sourcePath = QStringLiteral("/tmp/article.html");
    article.publishedDay = DateSpan::julianDay(2020, 9, 14);
    article.text = QStringLiteral("Khalilzad met General Bajwa in Rawalpindi.");
    article.importedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), QTimeZone::utc());
    QString error;
    QVERIFY2(articles.insert(article, &error), qPrintable(error));
    QVERIFY(article.id > 0);
    QCOMPARE(article.contentHash, Article::hashText(article.text));

    const std::optional<Article> found = articles.find(article.id);
    QVERIFY(found);
    QCOMPARE(found->title, article.title);
    QCOMPARE(found->outlet, article.outlet);
    QCOMPARE(found->url, article.url);
    QCOMPARE(found->sourcePath, article.sourcePath);
    QCOMPARE(found->publishedDay, article.publishedDay);
    QCOMPARE(found->text, article.text);
    QCOMPARE(found->contentHash, article.contentHash);
    QCOMPARE(found->importedAt, article.importedAt);
    QCOMPARE(found->importedAt.timeSpec(), Qt::UTC);
    QCOMPARE(articles.findByHash(article.contentHash), std::optional<qint64>(article.id));
    QVERIFY(!articles.findByHash(QStringLiteral("0000")));
    QVERIFY(!articles.find(article.id + 1));
    QCOMPARE(articles.count(), 1);
}

void tst_ArticleRepository::unknownPublicationDate()
{
    ArticleRepository articles(*m_workspace);
    Article article;
    article.text = QStringLiteral("Talks opened last month.");
    QString error;
    QVERIFY(articles.insert(article, &error));
    QVERIFY(article.importedAt.isValid());
    const Article found = *articles.find(article.id);
    QVERIFY(!found.publishedDay);
    QVERIFY(found.title.isEmpty());
    QVERIFY(qAbs(found.importedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
}

void tst_ArticleRepository::sameTextIsRejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("identical") << "The talks opened in Doha." << false;
    QTest::newRow("re-wrapped") << "The talks\r\nopened   in Doha. " << false;
    QTest::newRow("different") << "The talks closed in Doha." << true;
}

void tst_ArticleRepository::sameTextIsRejected()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    ArticleRepository articles(*m_workspace);
    Article first;
    first.text = QStringLiteral("The talks opened in Doha.");
    QString error;
    QVERIFY(articles.insert(first, &error));
    Article second;
    second.title = QStringLiteral("Copy");
    second.text = text;
    QCOMPARE(articles.insert(second, &error), accepted);
    QCOMPARE(second.id != 0, accepted);
    QCOMPARE(articles.count(), accepted ? 2 : 1);
}

void tst_ArticleRepository::allWithAndWithoutText()
{
    ArticleRepository articles(*m_workspace);
    QString error;
    for (int i = 0; i < 3; ++i) {
        Article article;
        article.title = QStringLiteral("A%1").arg(i);
        article.text = QStringLiteral("Text %1").arg(i);
        QVERIFY(articles.insert(article, &error));
    }
    const QList<Article> light = articles.all();
    QCOMPARE(light.size(), 3);
    QCOMPARE(light.at(2).title, QStringLiteral("A2"));
    QVERIFY(light.at(2).text.isEmpty());
    QVERIFY(!light.at(2).contentHash.isEmpty());
    QCOMPARE(articles.all(true).at(2).text, QStringLiteral("Text 2"));
}

void tst_ArticleRepository::update()
{
    ArticleRepository articles(*m_workspace);
    Article article;
    article.text = QStringLiteral("Some text.");
    QString error;
    QVERIFY(articles.insert(article, &error));
    article.title = QStringLiteral("Now with a title");
    article.publishedDay = DateSpan::julianDay(2015, 7, 29);
    QVERIFY2(articles.update(article, &error), qPrintable(error));
    const Article found = *articles.find(article.id);
    QCOMPARE(found.title, article.title);
    QCOMPARE(found.publishedDay, article.publishedDay);
    article.id = 999;
    QVERIFY(!articles.update(article, &error));
}

void tst_ArticleRepository::removeTakesEvidence()
{
    ArticleRepository articles(*m_workspace);
    Article kept;
    kept.text = QStringLiteral("Kept article.");
    Article removed;
    removed.text = QStringLiteral("Removed article.");
    QString error;
    QVERIFY(articles.insert(kept, &error));
    QVERIFY(articles.insert(removed, &error));
    EventRepository events(*m_workspace);
    Event event;
    event.title = QStringLiteral("Read twice");
    event.evidence = {Evidence{0, kept.id, 0, 4, QStringLiteral("Kept")},
                      Evidence{0, removed.id, 0, 7, QStringLiteral("Removed")}};
    QVERIFY(events.insert(event, &error));
    QVERIFY2(articles.remove(removed.id, &error), qPrintable(error));
    QVERIFY(!articles.find(removed.id));
    const Event stored = *events.find(event.id);
    QCOMPARE(stored.evidence.size(), 1);
    QCOMPARE(stored.evidence.constFirst().articleId, kept.id);
    QVERIFY(!articles.remove(removed.id, &error));
}

QTEST_GUILESS_MAIN(tst_ArticleRepository)
#include "tst_articlerepository.moc"
