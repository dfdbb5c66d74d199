#include "core/extract/extractionresult.h"
#include "core/store/actorrepository.h"
#include "core/store/articleimporter.h"
#include "core/store/articlerepository.h"
#include "core/store/eventrepository.h"
#include "core/store/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Faultline;

namespace {

ActorCandidate actorNamed(const QString &name, Actor::Kind kind, const QString &affiliation = {})
{
    ActorCandidate candidate;
    candidate.actor.name = name;
    candidate.actor.kind = kind;
    candidate.affiliationName = affiliation;
    return candidate;
}

EventCandidate eventOf(const QString &title,
                       int root,
                       const DateSpan &date,
                       QList<int> actors,
                       qint64 begin,
                       qint64 end)
{
    EventCandidate candidate;
    candidate.event.title = title;
    candidate.event.type = EventType(root);
    candidate.event.date = date;
    Evidence evidence;
    evidence.begin = begin;
    evidence.end = end;
    evidence.sentence = title;
    candidate.event.evidence.append(evidence);
    for (int actor : actors)
        candidate.participants.append({actor, Event::Role::Participant, false});
    return candidate;
}

Article articleWith(const QString &text, const QString &title)
{
    Article article;
    article.title = title;
    article.outlet = QStringLiteral("Test Wire");
    article.text = text;
    article.importedAt = QDateTime::currentDateTimeUtc();
    return article;
}

} // namespace

class tst_ArticleImporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writesArticleActorsEventsAndEvidence();
    void duplicateArticleIsNotImportedTwice();
    void sameHappeningFromTwoArticlesIsOneEvent();
    void differentDatesStayApart();
    void knownActorMatchedByAlias();
    void failureLeavesNothing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void tst_ArticleImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = std::make_unique<Workspace>();
    QString error;
    QVERIFY2(m_workspace->open(m_dir->filePath(QStringLiteral("ws.faultline")),
                               Workspace::OpenMode::ReadWrite,
                               &error),
             qPrintable(error));
}

void tst_ArticleImporter::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

void tst_ArticleImporter::writesArticleActorsEventsAndEvidence()
{
    ExtractionResult extraction;
    extraction.actors = {actorNamed(QStringLiteral("Taliban"), Actor::Kind::ArmedGroup),
                         actorNamed(QStringLiteral("Abdul Ghani Baradar"),
                                    Actor::Kind::Person,
                                    QStringLiteral("Taliban")),
                         actorNamed(QStringLiteral("Pakistan"), Actor::Kind::State)};
    extraction.events = {
        eventOf(QStringLiteral("Pakistan freed Baradar"), 8, DateSpan::year(2018), {2, 1}, 0, 22)};
    ArticleImporter importer(*m_workspace);
    ArticleImporter::Summary summary;
    QString error;
    QVERIFY2(importer.import(articleWith(QStringLiteral("Pakistan freed Baradar in 2018."),
                                         QStringLiteral("One")),
                             extraction,
                             &summary,
                             &error),
             qPrintable(error));
    QVERIFY(!summary.duplicate);
    QCOMPARE(summary.eventsAdded, 1);
    QCOMPARE(summary.actorsAdded, 3);
    QCOMPARE(ArticleRepository(*m_workspace).count(), 1);

    const QList<Event> events = EventRepository(*m_workspace).query();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().participants.size(), 2);
    QCOMPARE(events.first().evidence.size(), 1);
    QCOMPARE(events.first().evidence.first().articleId, summary.articleId);

    ActorRepository actors(*m_workspace);
    const auto baradar = actors.findByName(QStringLiteral("Abdul Ghani Baradar"));
    QVERIFY(baradar);
    QVERIFY(baradar->affiliationId);
    QCOMPARE(actors.find(*baradar->affiliationId)->name, QStringLiteral("Taliban"));
}

void tst_ArticleImporter::duplicateArticleIsNotImportedTwice()
{
    ExtractionResult extraction;
    extraction.actors = {actorNamed(QStringLiteral("Houthis"), Actor::Kind::ArmedGroup)};
    extraction.events = {
        eventOf(QStringLiteral("Houthis attacked Marib"), 19, DateSpan::day(2021, 3, 3), {0}, 0, 10)};
    ArticleImporter importer(*m_workspace);
    ArticleImporter::Summary first;
    ArticleImporter::Summary second;
    QString error;
    const Article article = articleWith(QStringLiteral("Houthis attacked Marib."), {});
    QVERIFY(importer.import(article, extraction, &first, &error));
    // The same text with other line breaks is the same article.
    Article again = article;
    again.text = QStringLiteral("Houthis attacked\n Marib.");
    QVERIFY(importer.import(again, extraction, &second, &error));
    QVERIFY(second.duplicate);
    QCOMPARE(second.articleId, first.articleId);
    QCOMPARE(ArticleRepository(*m_workspace).count(), 1);
    QCOMPARE(EventRepository(*m_workspace).count(), 1);
}

void tst_ArticleImporter::sameHappeningFromTwoArticlesIsOneEvent()
{
    ArticleImporter importer(*m_workspace);
    QString error;
    ExtractionResult a;
    a.actors = {actorNamed(QStringLiteral("Salva Kiir"), Actor::Kind::Person),
                actorNamed(QStringLiteral("Riek Machar"), Actor::Kind::Person)};
    a.events = {eventOf(QStringLiteral("Kiir met Machar in Juba"),
                        4,
                        DateSpan::day(2020, 2, 22),
                        {0, 1},
                        0,
                        20)};
    QVERIFY(importer.import(articleWith(QStringLiteral("Article A text."), QStringLiteral("A")),
                            a,
                            nullptr,
                            &error));
    ExtractionResult b;
    b.actors = {actorNamed(QStringLiteral("Riek Machar"), Actor::Kind::Person)};
    b.events = {eventOf(QStringLiteral("Machar and Kiir held talks"),
                        4,
                        DateSpan::day(2020, 2, 22),
                        {0},
                        5,
                        30)};
    ArticleImporter::Summary summary;
    QVERIFY(importer.import(articleWith(QStringLiteral("Article B text."), QStringLiteral("B")),
                            b,
                            &summary,
                            &error));
    QCOMPARE(summary.eventsMerged, 1);
    QCOMPARE(summary.eventsAdded, 0);
    QCOMPARE(summary.actorsMatched, 1);
    const QList<Event> events = EventRepository(*m_workspace).query();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().evidence.size(), 2);
    QVERIFY(events.first().evidence.at(0).articleId != events.first().evidence.at(1).articleId);
}

void tst_ArticleImporter::differentDatesStayApart()
{
    ArticleImporter importer(*m_workspace);
    QString error;
    ExtractionResult a;
    a.actors = {actorNamed(QStringLiteral("M23"), Actor::Kind::ArmedGroup)};
    a.events = {
        eventOf(QStringLiteral("M23 attacked Goma"), 19, DateSpan::day(2022, 5, 1), {0}, 0, 5)};
    ExtractionResult b = a;
    b.events.first().event.date = DateSpan::day(2022, 5, 9);
    QVERIFY(importer.import(articleWith(QStringLiteral("A."), {}), a, nullptr, &error));
    QVERIFY(importer.import(articleWith(QStringLiteral("B."), {}), b, nullptr, &error));
    QCOMPARE(EventRepository(*m_workspace).count(), 2);
    QCOMPARE(ActorRepository(*m_workspace).count(), 1);
}

void tst_ArticleImporter::knownActorMatchedByAlias()
{
    Actor known;
    known.name = QStringLiteral("Rapid Support Forces");
    known.kind = Actor::Kind::ArmedGroup;
    known.aliases = {QStringLiteral("RSF")};
    QString error;
    QVERIFY(ActorRepository(*m_workspace).insert(known, &error));

    ExtractionResult extraction;
    ActorCandidate rsf = actorNamed(QStringLiteral("RSF"), Actor::Kind::ArmedGroup);
    rsf.actor.aliases = {QStringLiteral("the paramilitaries")};
    extraction.actors = {rsf};
    extraction.events = {
        eventOf(QStringLiteral("RSF seized the airport"), 17, DateSpan::month(2023, 4), {0}, 0, 5)};
    ArticleImporter::Summary summary;
    QVERIFY(ArticleImporter(*m_workspace)
                .import(articleWith(QStringLiteral("RSF text"), {}), extraction, &summary, &error));
    QCOMPARE(summary.actorsAdded, 0);
    QCOMPARE(ActorRepository(*m_workspace).count(), 1);
    const auto actor = ActorRepository(*m_workspace).find(known.id);
    QVERIFY(actor->aliases.contains(QStringLiteral("the paramilitaries")));
}

void tst_ArticleImporter::failureLeavesNothing()
{
    ExtractionResult extraction;
    extraction.actors = {actorNamed(QStringLiteral("Hamas"), Actor::Kind::ArmedGroup),
                         actorNamed(QString(),
                                    Actor::Kind::Other)}; // the store refuses a nameless actor
    extraction.events = {
        eventOf(QStringLiteral("Clashes"), 19, DateSpan::day(2021, 5, 10), {0}, 0, 5)};
    QString error;
    QVERIFY(!ArticleImporter(*m_workspace)
                 .import(articleWith(QStringLiteral("Gaza text"), {}), extraction, nullptr, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(ArticleRepository(*m_workspace).count(), 0);
    QCOMPARE(ActorRepository(*m_workspace).count(), 0);
    QCOMPARE(EventRepository(*m_workspace).count(), 0);
}

QTEST_GUILESS_MAIN(tst_ArticleImporter)
#include "tst_articleimporter.moc"
