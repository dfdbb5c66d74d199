#include "core/store/actorrepository.h"
#include "core/store/articlerepository.h"
#include "core/store/eventrepository.h"
#include "core/store/transaction.h"
#include "core/store/workspace.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/graph/actorgraphpainter.h"
#include "ui/graph/actorgraphpanel.h"
#include "ui/graph/actorgraphview.h"
#include "ui/graph/relationeventslist.h"
#include "ui/mainwindow.h"
#include "ui/panels/filterbar.h"
#include "ui/timeline/timelineview.h"

#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QWheelEvent>

#include <memory>

using namespace Faultline;

// Seven actors of every kind, active in different years:
// 2015 Alpha, Bravo, Charlie; 2018 Charlie, Delta, Echo, Foxtrot; 2020 Alpha, Foxtrot, Golf.
class tst_ActorGraphView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void paintsNodesInKindColours();
    void clickOnNodeSelectsActor();
    void clickOnEdgeSelectsPair();
    void rightClickOnNodeRequestsContextMenu();
    void wheelZoomKeepsPointUnderCursor_data();
    void wheelZoomKeepsPointUnderCursor();
    void draggingNodePinsIt();
    void hiddenCountShownWhenCapped_data();
    void hiddenCountShownWhenCapped();
    void emptyStateWithoutActors();
    void largeWorkspaceBuiltInBackground();
    void timeRangeNarrowsGraph_data();
    void timeRangeNarrowsGraph();
    void strandsPerRelation();
    void egoViewShowsNeighbourhood_data();
    void egoViewShowsNeighbourhood();
    void egoViewFromContextMenu();
    void edgeClickListsSharedEvents();
    void componentsSideBySide();
    void emptyStateSaysWhy();
    void legendDrawsKindShapes_data();
    void legendDrawsKindShapes();
    void viewShowsLegendWhenRoomy();
    void exportGraphDialogWrites_data();
    void exportGraphDialogWrites();
    void mainWindowFollowsTimelineAndFilters();
    void mainWindowEdgeListSelectsEvent();

private:
    qint64 addActor(const QString &name, Actor::Kind kind, std::optional<qint64> affiliation = {});
    qint64 addEvent(int year, int root, const QList<qint64> &actors);
    // Gives an event a sentence of evidence in one shared article.
    void addEvidence(qint64 eventId, const QString &sentence);
    bool waitForLayout(ActorGraphView &view);
    std::unique_ptr<ActorGraphView> makeView();
    qint64 id(const char *name) const { return m_ids.value(QString::fromLatin1(name)); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QString m_path;
    QHash<QString, qint64> m_ids;
    qint64 m_alphaBravoTalks = 0;
    qint64 m_alphaCharlieFight = 0;
    qint64 m_alphaCharlieRaid = 0;
    qint64 m_articleId = 0;
};

void tst_ActorGraphView::addEvidence(qint64 eventId, const QString &sentence)
{
    if (m_articleId == 0) {
        Article article;
        article.title = QStringLiteral("Report");
        article.outlet = QStringLiteral("Wire");
        article.text = QStringLiteral("A long report.");
        article.contentHash = Article::hashText(article.text);
        QString error;
        if (!ArticleRepository(*m_workspace).insert(article, &error))
            qWarning() << "article insert failed:" << error;
        m_articleId = article.id;
    }
    Evidence evidence;
    evidence.articleId = m_articleId;
    evidence.begin = 0;
    evidence.end = sentence.size();
    evidence.sentence = sentence;
    QString error;
    if (!EventRepository(*m_workspace).addEvidence(eventId, evidence, &error))
        qWarning() << "evidence insert failed:" << error;
}

qint64 tst_ActorGraphView::addActor(const QString &name,
                                    Actor::Kind kind,
                                    std::optional<qint64> affiliation)
{
    Actor actor;
    actor.name = name;
    actor.kind = kind;
    actor.affiliationId = affiliation;
    QString error;
    if (!ActorRepository(*m_workspace).insert(actor, &error))
        qWarning() << "actor insert failed:" << error;
    m_ids.insert(name, actor.id);
    return actor.id;
}

qint64 tst_ActorGraphView::addEvent(int year, int root, const QList<qint64> &actors)
{
    Event event;
    event.title = QStringLiteral("Event in %1").arg(year);
    event.date = DateSpan::year(year);
    event.type = EventType(root);
    for (qint64 actor : actors)
        event.participants.append({actor, Event::Role::Participant, false});
    QString error;
    if (!EventRepository(*m_workspace).insert(event, &error))
        qWarning() << "event insert failed:" << error;
    return event.id;
}

void tst_ActorGraphView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FaultlineTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_actorgraphview"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void tst_ActorGraphView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setPath(QSettings::IniFormat,
                       QSettings::UserScope,
                       m_dir->filePath(QStringLiteral("settings")));
    QSettings().clear();
    m_path = m_dir->filePath(QStringLiteral("graph.faultline"));
    m_workspace = std::make_unique<Workspace>();
    m_ids.clear();
    m_articleId = 0;
    QString error;
    QVERIFY2(m_workspace->open(m_path, Workspace::OpenMode::ReadWrite, &error), qPrintable(error));
    Transaction transaction(*m_workspace);
    const qint64 alpha = addActor(QStringLiteral("Alpha"), Actor::Kind::State);
    const qint64 bravo = addActor(QStringLiteral("Bravo"), Actor::Kind::Government);
    const qint64 charlie = addActor(QStringLiteral("Charlie"), Actor::Kind::ArmedGroup);
    const qint64 delta = addActor(QStringLiteral("Delta"), Actor::Kind::Person, charlie);
    const qint64 echo = addActor(QStringLiteral("Echo"), Actor::Kind::PoliticalParty);
    const qint64 foxtrot = addActor(QStringLiteral("Foxtrot"),
                                    Actor::Kind::InternationalOrganisation);
    const qint64 golf = addActor(QStringLiteral("Golf"), Actor::Kind::Military);
    m_alphaBravoTalks = addEvent(2015, 4, {alpha, bravo});
    addEvent(2015, 19, {alpha, bravo});
    m_alphaCharlieFight = addEvent(2015, 19, {alpha, charlie});
    m_alphaCharlieRaid = addEvent(2015, 18, {alpha, charlie});
    addEvent(2018, 8, {charlie, delta});
    addEvent(2018, 4, {echo, foxtrot});
    addEvent(2018, 5, {echo, charlie});
    addEvent(2020, 19, {foxtrot, golf});
    addEvent(2020, 4, {alpha, golf});
    QVERIFY(transaction.commit(&error));
}

void tst_ActorGraphView::cleanup()
{
    m_workspace.reset();
    QSettings().clear();
    m_dir.reset();
}

bool tst_ActorGraphView::waitForLayout(ActorGraphView &view)
{
    // Rebuilt (not pending) and laid out (the runner done).
    return QTest::qWaitFor([&view] { return !view.isRebuildPending() && !view.isLayoutRunning(); },
                           10000);
}

std::unique_ptr<ActorGraphView> tst_ActorGraphView::makeView()
{
    auto view = std::make_unique<ActorGraphView>();
    view->resize(640, 480);
    view->setWorkspace(m_workspace.get());
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        qWarning("view not exposed");
    if (!waitForLayout(*view))
        qWarning("layout did not finish");
    return view;
}

void tst_ActorGraphView::paintsNodesInKindColours()
{
    auto view = makeView();
    QCOMPARE(view->graph().nodeCount(), 7);
    const QImage image = view->grab().toImage();
    for (const ActorGraph::Node &node : view->graph().nodes()) {
        const std::optional<QPointF> position = view->positionOf(node.actorId);
        QVERIFY(position);
        const QPoint pixel = (view->mapToWidget(*position) * image.devicePixelRatio()).toPoint();
        QVERIFY2(image.rect().contains(pixel), qPrintable(node.name));
        const QColor painted = image.pixelColor(pixel);
        const QColor expected = ActorGraphStyle::kindColor(node.kind);
        QVERIFY2(std::abs(painted.red() - expected.red()) <= 8
                     && std::abs(painted.green() - expected.green()) <= 8
                     && std::abs(painted.blue() - expected.blue()) <= 8,
                 qPrintable(QStringLiteral("%1: %2 instead of %3")
                                .arg(node.name, painted.name(), expected.name())));
    }
    // The kinds are told apart by colour, and none is a quad-class colour.
    QSet<QRgb> colours;
    for (int kind = 0; kind < Actor::KindCount; ++kind)
        colours.insert(ActorGraphStyle::kindColor(Actor::Kind(kind)).rgb());
    QCOMPARE(colours.size(), Actor::KindCount);
    // With room enough, every actor is labelled.
    QCOMPARE(view->painter().lastLabels().size(), 7);
}

void tst_ActorGraphView::clickOnNodeSelectsActor()
{
    auto view = makeView();
    QSignalSpy selected(view.get(), &ActorGraphView::actorSelected);
    for (const char *name : {"Charlie", "Golf"}) {
        selected.clear();
        const QPointF at = view->mapToWidget(*view->positionOf(id(name)));
        QTest::mouseClick(view.get(), Qt::LeftButton, Qt::NoModifier, at.toPoint());
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.at(0).at(0).toLongLong(), id(name));
    }
    // Far away from everything: nothing.
    selected.clear();
    QTest::mouseClick(view.get(), Qt::LeftButton, Qt::NoModifier, QPoint(2, 2));
    QCOMPARE(selected.size(), 0);
}

void tst_ActorGraphView::clickOnEdgeSelectsPair()
{
    auto view = makeView();
    QSignalSpy selected(view.get(), &ActorGraphView::edgeSelected);
    // Echo - Foxtrot have a single relation: a straight line between them.
    const QPointF a = view->mapToWidget(*view->positionOf(id("Echo")));
    const QPointF b = view->mapToWidget(*view->positionOf(id("Foxtrot")));
    QTest::mouseClick(view.get(), Qt::LeftButton, Qt::NoModifier, ((a + b) / 2).toPoint());
    QCOMPARE(selected.size(), 1);
    const QSet<qint64> pair{selected.at(0).at(0).toLongLong(), selected.at(0).at(1).toLongLong()};
    QCOMPARE(pair, (QSet<qint64>{id("Echo"), id("Foxtrot")}));
}

void tst_ActorGraphView::rightClickOnNodeRequestsContextMenu()
{
    auto view = makeView();
    QSignalSpy requested(view.get(), &ActorGraphView::actorContextMenuRequested);
    QSignalSpy selected(view.get(), &ActorGraphView::actorSelected);
    for (const char *name : {"Delta", "Alpha"}) {
        requested.clear();
        const QPointF at = view->mapToWidget(*view->positionOf(id(name)));
        QTest::mouseClick(view.get(), Qt::RightButton, Qt::NoModifier, at.toPoint());
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toLongLong(), id(name));
        QCOMPARE(requested.at(0).at(1).toPoint(), view->mapToGlobal(at.toPoint()));
    }
    QCOMPARE(selected.size(), 0); // a right-click selects nothing
    // On empty space: no actor menu.
    requested.clear();
    QTest::mouseClick(view.get(), Qt::RightButton, Qt::NoModifier, QPoint(2, 2));
    QCOMPARE(requested.size(), 0);
}

void tst_ActorGraphView::wheelZoomKeepsPointUnderCursor_data()
{
    QTest::addColumn<QPointF>("cursor");
    QTest::addColumn<int>("delta");
    QTest::newRow("in, left top") << QPointF(100, 80) << 120;
    QTest::newRow("out, right bottom") << QPointF(500, 400) << -240;
    QTest::newRow("in, centre") << QPointF(320, 240) << 360;
}

void tst_ActorGraphView::wheelZoomKeepsPointUnderCursor()
{
    QFETCH(QPointF, cursor);
    QFETCH(int, delta);
    auto view = makeView();
    const QPointF under = view->mapFromWidget(cursor);
    const double zoom = view->zoom();
    QWheelEvent wheel(cursor,
                      view->mapToGlobal(cursor),
                      QPoint(),
                      QPoint(0, delta),
                      Qt::NoButton,
                      Qt::NoModifier,
                      Qt::NoScrollPhase,
                      false);
    QApplication::sendEvent(view.get(), &wheel);
    QVERIFY(delta > 0 ? view->zoom() > zoom : view->zoom() < zoom);
    const QPointF after = view->mapToWidget(under);
    QVERIFY2(std::abs(after.x() - cursor.x()) < 0.01 && std::abs(after.y() - cursor.y()) < 0.01,
             qPrintable(QStringLiteral("%1,%2").arg(after.x()).arg(after.y())));
}

void tst_ActorGraphView::draggingNodePinsIt()
{
    auto view = makeView();
    const qint64 charlie = id("Charlie");
    QVERIFY(!view->isPinned(charlie));
    const QPointF start = view->mapToWidget(*view->positionOf(charlie));
    // Towards the middle, so the target stays inside the view.
    const QPointF centre(320, 240);
    const QPointF end = start + (centre - start) / 2 + QPointF(30, 20);
    auto send = [&view](QEvent::Type type,
                        const QPointF &pos,
                        Qt::MouseButton button,
                        Qt::MouseButtons buttons) {
        QMouseEvent event(type, pos, view->mapToGlobal(pos), button, buttons, Qt::NoModifier);
        QApplication::sendEvent(view.get(), &event);
    };
    QSignalSpy selected(view.get(), &ActorGraphView::actorSelected);
    send(QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
    for (int step = 1; step <= 5; ++step)
        send(QEvent::MouseMove, start + (end - start) * step / 5.0, Qt::NoButton, Qt::LeftButton);
    const QPointF target = view->mapFromWidget(end);
    send(QEvent::MouseButtonRelease, end, Qt::LeftButton, Qt::NoButton);
    QCOMPARE(selected.size(), 0); // a drag is no click
    QVERIFY(view->isPinned(charlie));
    QVERIFY(waitForLayout(*view));
    const QPointF afterDrag = *view->positionOf(charlie);
    QVERIFY(std::abs(afterDrag.x() - target.x()) < 1e-6
            && std::abs(afterDrag.y() - target.y()) < 1e-6);
    // Another layout leaves it where it was put, while the others may move.
    view->relayout();
    QVERIFY(view->isLayoutRunning());
    QVERIFY(waitForLayout(*view));
    QCOMPARE(*view->positionOf(charlie), afterDrag);
    // So does a new graph for another filter.
    EventFilter filter;
    filter.cameoRoot = 19;
    view->setFilter(filter);
    QVERIFY(waitForLayout(*view));
    QVERIFY(view->positionOf(charlie));
    QCOMPARE(*view->positionOf(charlie), afterDrag);
}

void tst_ActorGraphView::hiddenCountShownWhenCapped_data()
{
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("hidden");
    QTest::newRow("no cap") << 0 << 0;
    QTest::newRow("cap above count") << 10 << 0;
    QTest::newRow("cap 3") << 3 << 4;
    QTest::newRow("cap 1") << 1 << 6;
}

void tst_ActorGraphView::hiddenCountShownWhenCapped()
{
    QFETCH(int, cap);
    QFETCH(int, hidden);
    auto view = makeView();
    const QImage before = view->grab().toImage();
    view->setNodeCap(cap);
    QVERIFY(waitForLayout(*view));
    QCOMPARE(view->graph().hiddenActorCount(), hidden);
    QCOMPARE(view->graph().nodeCount(), 7 - hidden);
    if (hidden == 0) {
        QVERIFY(view->cornerNote().isEmpty());
        return;
    }
    QVERIFY(view->cornerNote().contains(QString::number(hidden)));
    // The note is painted in the bottom-left corner.
    const QImage image = view->grab().toImage();
    const QColor background = ActorGraphStyle::fromPalette(view->palette(), view->font()).background;
    const double dpr = image.devicePixelRatio();
    int inked = 0;
    for (int y = int((view->height() - 24) * dpr); y < int((view->height() - 4) * dpr); ++y) {
        for (int x = int(8 * dpr); x < int(100 * dpr); ++x) {
            if (image.pixelColor(x, y) != background)
                ++inked;
        }
    }
    QVERIFY(inked > 20);
    Q_UNUSED(before);
}

void tst_ActorGraphView::emptyStateWithoutActors()
{
    auto view = makeView();
    view->setTimeRange(DateSpan::year(1990).earliestDay(), DateSpan::year(1990).latestDay());
    QVERIFY(waitForLayout(*view));
    QVERIFY(view->graph().isEmpty());
    const QImage image = view->grab().toImage();
    const QColor background = ActorGraphStyle::fromPalette(view->palette(), view->font()).background;
    int inked = 0;
    const int middle = int(image.height() / 2);
    for (int y = middle - int(30 * image.devicePixelRatio());
         y < middle + int(30 * image.devicePixelRatio());
         ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y) != background)
                ++inked;
        }
    }
    QVERIFY(inked > 50); // the empty-state text
    view->setWorkspace(nullptr);
    QVERIFY(waitForLayout(*view));
    QVERIFY(view->graph().isEmpty());
}

void tst_ActorGraphView::largeWorkspaceBuiltInBackground()
{
    // Every workspace counts as large here: the graph is built on a worker
    // with its own connection, and the view says so meanwhile.
    auto view = std::make_unique<ActorGraphView>();
    view->resize(640, 480);
    view->setBackgroundBuildFrom(1);
    view->setWorkspace(m_workspace.get());
    view->show();
    view->rebuild(); // at once; the result can only arrive through the event loop
    QVERIFY(view->isRebuildPending());
    QVERIFY2(view->emptyTitle().contains(QStringLiteral("Building")),
             qPrintable(view->emptyTitle()));
    QVERIFY(waitForLayout(*view));
    QCOMPARE(view->graph().nodeCount(), 7);
    QVERIFY(!view->cornerNote().contains(QStringLiteral("Building")));
    QVERIFY(view->positionOf(id("Golf")));

    // Requests in quick succession: only the last one's graph arrives.
    view->setTimeRange(DateSpan::year(2015).earliestDay(), DateSpan::year(2015).latestDay());
    view->rebuild();
    // The graph it replaces stays in view meanwhile, with a note in the corner.
    QCOMPARE(view->graph().nodeCount(), 7);
    QVERIFY2(view->cornerNote().contains(QStringLiteral("Building")),
             qPrintable(view->cornerNote()));
    view->setTimeRange(DateSpan::year(2018).earliestDay(), DateSpan::year(2018).latestDay());
    view->rebuild();
    QVERIFY(waitForLayout(*view));
    QCOMPARE(view->graph().nodeCount(), 4);

    // Closing the workspace while a build runs: its result is dropped.
    view->setTimeRange(DateSpan::year(2014).earliestDay(), DateSpan::year(2021).latestDay());
    view->rebuild();
    view->setWorkspace(nullptr);
    QVERIFY(waitForLayout(*view));
    QTest::qWait(50);
    QVERIFY(view->graph().isEmpty());
}

void tst_ActorGraphView::timeRangeNarrowsGraph_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QStringList>("actors");
    QTest::newRow("2015") << 2015 << QStringList{"Alpha", "Bravo", "Charlie"};
    QTest::newRow("2018") << 2018 << QStringList{"Charlie", "Delta", "Echo", "Foxtrot"};
    QTest::newRow("2020") << 2020 << QStringList{"Alpha", "Foxtrot", "Golf"};
}

void tst_ActorGraphView::timeRangeNarrowsGraph()
{
    QFETCH(int, year);
    QFETCH(QStringList, actors);
    auto view = makeView();
    QCOMPARE(view->graph().nodeCount(), 7);
    const QHash<qint64, QPointF> before = [&view] {
        QHash<qint64, QPointF> positions;
        for (const ActorGraph::Node &node : view->graph().nodes())
            positions.insert(node.actorId, *view->positionOf(node.actorId));
        return positions;
    }();
    view->setTimeRange(DateSpan::year(year).earliestDay() + 0.5,
                       DateSpan::year(year).latestDay() + 0.5);
    QVERIFY(waitForLayout(*view));
    QStringList names;
    for (const ActorGraph::Node &node : view->graph().nodes())
        names.append(node.name);
    names.sort();
    QCOMPARE(names, actors);
    // Warm start: the actors that stay do not fly across the picture.
    double spread = 0;
    for (const QPointF &p : before)
        spread = std::max(spread, std::hypot(p.x(), p.y()));
    for (const ActorGraph::Node &node : view->graph().nodes()) {
        const QPointF moved = *view->positionOf(node.actorId) - before.value(node.actorId);
        QVERIFY2(std::hypot(moved.x(), moved.y()) < spread * 1.5, qPrintable(node.name));
    }
}

void tst_ActorGraphView::strandsPerRelation()
{
    auto view = makeView();
    // Alpha - Bravo: cooperation and conflict, two strands bent apart; Charlie -> Delta also affiliation.
    const std::vector<ActorGraphPainter::Strand> strands = ActorGraphPainter::strandsOf(
        view->graph());
    auto strandsBetween = [&](qint64 a, qint64 b) {
        std::vector<ActorGraphPainter::Strand> result;
        for (const ActorGraphPainter::Strand &strand : strands) {
            const ActorGraph::Edge &edge = view->graph().edges()[size_t(strand.edge)];
            const qint64 s = view->graph().nodes()[size_t(edge.source)].actorId;
            const qint64 t = view->graph().nodes()[size_t(edge.target)].actorId;
            if ((s == a && t == b) || (s == b && t == a))
                result.push_back(strand);
        }
        return result;
    };
    const auto alphaBravo = strandsBetween(id("Alpha"), id("Bravo"));
    QCOMPARE(alphaBravo.size(), size_t(2));
    QVERIFY(alphaBravo[0].offset != alphaBravo[1].offset);
    QVERIFY(alphaBravo[0].color != alphaBravo[1].color);
    const auto charlieDelta = strandsBetween(id("Charlie"), id("Delta"));
    QCOMPARE(charlieDelta.size(), size_t(2));
    int affiliations = 0;
    for (const ActorGraphPainter::Strand &strand : charlieDelta)
        affiliations += strand.relation == ActorGraphPainter::Relation::Affiliation ? 1 : 0;
    QCOMPARE(affiliations, 1);
    const auto echoFoxtrot = strandsBetween(id("Echo"), id("Foxtrot"));
    QCOMPARE(echoFoxtrot.size(), size_t(1));
    QCOMPARE(echoFoxtrot[0].offset, 0.0);
}

void tst_ActorGraphView::egoViewShowsNeighbourhood_data()
{
    QTest::addColumn<QString>("centre");
    QTest::addColumn<int>("depth");
    QTest::addColumn<QStringList>("actors");
    // Alpha-Bravo, Alpha-Charlie, Charlie-Delta (and Delta belongs to Charlie),
    // Echo-Foxtrot, Echo-Charlie, Foxtrot-Golf, Alpha-Golf.
    QTest::newRow("Delta 1") << "Delta" << 1 << QStringList{"Charlie", "Delta"};
    QTest::newRow("Delta 2") << "Delta" << 2 << QStringList{"Alpha", "Charlie", "Delta", "Echo"};
    QTest::newRow("Delta 3") << "Delta" << 3
                             << QStringList{"Alpha",
                                            "Bravo",
                                            "Charlie",
                                            "Delta",
                                            "Echo",
                                            "Foxtrot",
                                            "Golf"};
    QTest::newRow("Bravo 1") << "Bravo" << 1 << QStringList{"Alpha", "Bravo"};
    QTest::newRow("Golf 2") << "Golf" << 2
                            << QStringList{"Alpha", "Bravo", "Charlie", "Echo", "Foxtrot", "Golf"};
}

void tst_ActorGraphView::egoViewShowsNeighbourhood()
{
    QFETCH(QString, centre);
    QFETCH(int, depth);
    QFETCH(QStringList, actors);
    ActorGraphPanel panel;
    panel.resize(700, 560);
    panel.setWorkspace(m_workspace.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    ActorGraphView *view = panel.view();
    QVERIFY(waitForLayout(*view));
    QCOMPARE(view->graph().nodeCount(), 7);
    QVERIFY(!panel.neighbourhoodButton()->isEnabled()); // no actor chosen yet
    QVERIFY(!panel.allActorsButton()->isVisible());

    // Click the actor, choose the depth, press Neighbourhood.
    const QPointF at = view->mapToWidget(*view->positionOf(m_ids.value(centre)));
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, at.toPoint());
    QCOMPARE(panel.selectedActor(), m_ids.value(centre));
    QVERIFY(panel.neighbourhoodButton()->isEnabled());
    panel.depthSpin()->setValue(depth);
    QTest::mouseClick(panel.neighbourhoodButton(), Qt::LeftButton);
    QVERIFY(waitForLayout(*view));
    QCOMPARE(view->egoActor(), std::optional<qint64>(m_ids.value(centre)));
    QStringList names;
    for (const ActorGraph::Node &node : view->graph().nodes())
        names.append(node.name);
    names.sort();
    QCOMPARE(names, actors);
    QCOMPARE(view->graph().nodes().front().name, centre);
    QVERIFY(view->cornerNote().contains(centre));
    if (actors.size() < 7)
        QVERIFY2(view->cornerNote().contains(QString::number(7 - actors.size())),
                 qPrintable(view->cornerNote()));
    QVERIFY(panel.allActorsButton()->isVisible());
    QVERIFY(!panel.capSpin()->isEnabled());

    // The depth spin changes the ring at once; the way back shows everyone.
    panel.depthSpin()->setValue(3);
    QVERIFY(waitForLayout(*view));
    QCOMPARE(view->graph().nodeCount(), 7); // three steps reach everyone here
    QTest::mouseClick(panel.allActorsButton(), Qt::LeftButton);
    QVERIFY(waitForLayout(*view));
    QVERIFY(!view->egoActor());
    QCOMPARE(view->graph().nodeCount(), 7);
    QVERIFY(!panel.allActorsButton()->isVisible());
    QVERIFY(panel.capSpin()->isEnabled());
}

void tst_ActorGraphView::egoViewFromContextMenu()
{
    ActorGraphPanel panel;
    panel.resize(700, 560);
    panel.setWorkspace(m_workspace.get());
    // The actor-management menu of another part of the window comes first.
    panel.setActorMenuFactory([](qint64, QWidget *parent) {
        auto *menu = new QMenu(parent);
        menu->addAction(QStringLiteral("Rename…"));
        return menu;
    });
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(waitForLayout(*panel.view()));
    std::unique_ptr<QMenu> menu(panel.createActorMenu(id("Echo"), nullptr));
    QVERIFY(menu);
    QCOMPARE(menu->actions().first()->text(), QStringLiteral("Rename…"));
    auto *show = menu->findChild<QAction *>(QStringLiteral("actionShowNeighbourhood"));
    QVERIFY(show);
    QVERIFY(!menu->findChild<QAction *>(QStringLiteral("actionShowAllActors")));
    show->trigger();
    QVERIFY(waitForLayout(*panel.view()));
    QStringList names;
    for (const ActorGraph::Node &node : panel.view()->graph().nodes())
        names.append(node.name);
    names.sort();
    QCOMPARE(names, (QStringList{"Charlie", "Echo", "Foxtrot"}));
    // In an ego view the menu also leads back.
    menu.reset(panel.createActorMenu(id("Echo"), nullptr));
    auto *all = menu->findChild<QAction *>(QStringLiteral("actionShowAllActors"));
    QVERIFY(all);
    all->trigger();
    QVERIFY(waitForLayout(*panel.view()));
    QCOMPARE(panel.view()->graph().nodeCount(), 7);
}

void tst_ActorGraphView::edgeClickListsSharedEvents()
{
    addEvidence(m_alphaCharlieFight, QStringLiteral("Alpha forces <b>clashed</b> with Charlie."));
    addEvidence(m_alphaCharlieFight, QStringLiteral("Both sides reported losses."));
    addEvidence(m_alphaCharlieRaid, QStringLiteral("Charlie raided an Alpha post."));
    ActorGraphPanel panel;
    panel.resize(700, 600);
    panel.setWorkspace(m_workspace.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    ActorGraphView *view = panel.view();
    QVERIFY(waitForLayout(*view));
    RelationEventsList *list = panel.relationList();
    QVERIFY(!list->isVisible());

    // Alpha - Charlie: two conflicts, one straight strand.
    const QPointF a = view->mapToWidget(*view->positionOf(id("Alpha")));
    const QPointF b = view->mapToWidget(*view->positionOf(id("Charlie")));
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, ((a + b) / 2).toPoint());
    QTRY_VERIFY(list->isVisible());
    const QList<qint64> listed = list->listedEvents();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(QSet<qint64>(listed.begin(), listed.end()),
             (QSet<qint64>{m_alphaCharlieFight, m_alphaCharlieRaid}));
    QVERIFY(list->headline().contains(QStringLiteral("Alpha")));
    QVERIFY(list->headline().contains(QStringLiteral("Charlie")));
    QVERIFY(list->headline().contains(QStringLiteral("2")));
    // The sentences as they were written, markup included: plain text.
    QCOMPARE(list->sentencesOf(m_alphaCharlieFight),
             (QStringList{QStringLiteral("Alpha forces <b>clashed</b> with Charlie."),
                          QStringLiteral("Both sides reported losses.")}));
    QCOMPARE(list->sentencesOf(m_alphaCharlieRaid),
             (QStringList{QStringLiteral("Charlie raided an Alpha post.")}));

    // Choosing a sentence chooses its event.
    QSignalSpy chosen(&panel, &ActorGraphPanel::eventChosen);
    QTreeWidget *tree = list->tree();
    QTreeWidgetItem *raid = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->childCount() == 1)
            raid = tree->topLevelItem(i);
    }
    QVERIFY(raid);
    // Through the keyboard: the list may be short, and Return is the same choice as a click.
    tree->setFocus();
    tree->setCurrentItem(raid->child(0));
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toLongLong(), m_alphaCharlieRaid);

    // An affiliation is named too: Delta belongs to Charlie.
    panel.showRelation(id("Delta"), id("Charlie"));
    QVERIFY(list->headline().contains(QStringLiteral("Delta belongs to Charlie")));
    QCOMPARE(list->listedEvents().size(), 1);
}

void tst_ActorGraphView::componentsSideBySide()
{
    {
        Transaction transaction(*m_workspace);
        const qint64 hotel = addActor(QStringLiteral("Hotel"), Actor::Kind::State);
        const qint64 india = addActor(QStringLiteral("India"), Actor::Kind::State);
        const qint64 kilo = addActor(QStringLiteral("Kilo"), Actor::Kind::Person);
        addEvent(2016, 4, {hotel, india});
        addEvent(2016, 4, {hotel, india});
        for (const char *name : {"Juliet", "Lima", "Mike"})
            addEvent(2017, 1, {addActor(QString::fromLatin1(name), Actor::Kind::Other)});
        addEvent(2017, 1, {kilo});
        QString error;
        QVERIFY(transaction.commit(&error));
    }
    auto view = makeView();
    QCOMPARE(view->graph().nodeCount(), 13);
    auto boxOf = [&](const QStringList &names) {
        QRectF rect;
        for (const QString &name : names) {
            const int node = view->graph().indexOf(m_ids.value(name));
            const double r = ActorGraph::nodeRadius(view->graph().nodes()[size_t(node)].eventCount);
            const QPointF p = *view->positionOf(m_ids.value(name));
            const QRectF own(p - QPointF(r, r), QSizeF(2 * r, 2 * r));
            rect = rect.isNull() ? own : rect.united(own);
        }
        return rect;
    };
    const QRectF main = boxOf({"Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf"});
    const QList<QRectF> others{boxOf({"Hotel", "India"}),
                               boxOf({"Juliet"}),
                               boxOf({"Kilo"}),
                               boxOf({"Lima"}),
                               boxOf({"Mike"})};
    const double size = std::max(main.width(), main.height());
    for (qsizetype i = 0; i < others.size(); ++i) {
        QVERIFY2(!others[i].intersects(main), qPrintable(QString::number(i)));
        for (qsizetype j = i + 1; j < others.size(); ++j)
            QVERIFY2(!others[i].intersects(others[j]),
                     qPrintable(QStringLiteral("%1 %2").arg(i).arg(j)));
        // Side by side: within twice the main component's size of it, not flung away.
        QVERIFY2(main.adjusted(-2 * size, -2 * size, 2 * size, 2 * size).contains(others[i]),
                 qPrintable(QStringLiteral("%1: %2,%3 vs %4 wide")
                                .arg(i)
                                .arg(others[i].x())
                                .arg(others[i].y())
                                .arg(size)));
    }
    // And everything is on screen after the fit.
    for (const ActorGraph::Node &node : view->graph().nodes())
        QVERIFY(view->rect().contains(view->mapToWidget(*view->positionOf(node.actorId)).toPoint()));
}

void tst_ActorGraphView::emptyStateSaysWhy()
{
    auto view = makeView();
    // Nothing in the filter: the filter is the reason.
    view->setTimeRange(DateSpan::year(1990).earliestDay(), DateSpan::year(1990).latestDay());
    QVERIFY(waitForLayout(*view));
    QVERIFY(view->graph().isEmpty());
    const QString filtered = view->emptyTitle();
    QVERIFY2(filtered.contains(QStringLiteral("filter")), qPrintable(filtered));

    // An empty workspace says so.
    QTemporaryDir dir;
    Workspace empty;
    QString error;
    QVERIFY(empty.open(dir.filePath(QStringLiteral("empty.faultline")),
                       Workspace::OpenMode::ReadWrite,
                       &error));
    view->clearTimeRange();
    view->setWorkspace(&empty);
    QVERIFY(waitForLayout(*view));
    QVERIFY(view->graph().isEmpty());
    QVERIFY2(view->emptyTitle().contains(QStringLiteral("empty")), qPrintable(view->emptyTitle()));
    QVERIFY(view->emptyTitle() != filtered);

    // A single actor is a graph of one node, in the middle, labelled.
    {
        Transaction transaction(empty);
        Actor actor;
        actor.name = QStringLiteral("Solo");
        QVERIFY(ActorRepository(empty).insert(actor, &error));
        Event event;
        event.title = QStringLiteral("Alone");
        event.date = DateSpan::year(2001);
        event.type = EventType(1);
        event.participants.append({actor.id, Event::Role::Participant, false});
        QVERIFY(EventRepository(empty).insert(event, &error));
        QVERIFY(transaction.commit(&error));
    }
    view->rebuild();
    QVERIFY(waitForLayout(*view));
    QCOMPARE(view->graph().nodeCount(), 1);
    const QPointF at = view->mapToWidget(*view->positionOf(view->graph().nodes().front().actorId));
    QVERIFY(std::abs(at.x() - view->width() / 2.0) < 2
            && std::abs(at.y() - view->height() / 2.0) < 2);
    view->grab();
    QCOMPARE(view->painter().lastLabels(), QStringList{QStringLiteral("Solo")});
    view->setWorkspace(nullptr);
}

void tst_ActorGraphView::legendDrawsKindShapes_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("cornerFilled"); // a square fills the corners of its box, a circle not
    QTest::newRow("state: circle") << int(Actor::Kind::State) << false;
    QTest::newRow("government: square") << int(Actor::Kind::Government) << true;
    QTest::newRow("person: ringed dot") << int(Actor::Kind::Person) << false;
}

void tst_ActorGraphView::legendDrawsKindShapes()
{
    QFETCH(int, kind);
    QFETCH(bool, cornerFilled);
    // The legend swatch is the node's own shape: compare it with paintKindShape.
    ActorGraphPainter painter;
    ActorGraphPainter::LegendItems items;
    items.kinds = {Actor::Kind(kind)};
    QFont font;
    font.setPixelSize(40); // large, so the shapes are many pixels
    QImage legend(QSize(400, 80), QImage::Format_ARGB32_Premultiplied);
    legend.fill(Qt::white);
    {
        QPainter p(&legend);
        QVERIFY(painter.paintLegend(&p, QPointF(0, 0), 400, font, items) > 0);
    }
    // The swatch sits at the left: find its filled pixels in the kind colour.
    const QColor colour = ActorGraphStyle::kindColor(Actor::Kind(kind));
    QRect found;
    for (int y = 0; y < legend.height(); ++y) {
        for (int x = 0; x < 60; ++x) {
            const QColor c = legend.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) < 6 && std::abs(c.green() - colour.green()) < 6
                && std::abs(c.blue() - colour.blue()) < 6)
                found = found.united(QRect(x, y, 1, 1));
        }
    }
    QVERIFY(found.width() > 6 && found.height() > 6);
    // Just inside the corner of the shape's box: filled for a square only.
    const QColor corner = legend.pixelColor(found.left() + 1, found.top() + 1);
    const bool filled = corner != QColor(Qt::white);
    QCOMPARE(filled, cornerFilled);
    // The same as the view draws: paintKindShape on its own gives the same footprint.
    QImage alone(QSize(100, 100), QImage::Format_ARGB32_Premultiplied);
    alone.fill(Qt::white);
    {
        QPainter p(&alone);
        p.setRenderHint(QPainter::Antialiasing);
        ActorGraphPainter::paintKindShape(&p,
                                          QPointF(50, 50),
                                          found.height() / 2.0 + 0.0,
                                          Actor::Kind(kind));
    }
    QCOMPARE(alone.pixelColor(50 - found.width() / 2 + 1, 50 - found.height() / 2 + 1)
                 != QColor(Qt::white),
             cornerFilled);
}

void tst_ActorGraphView::viewShowsLegendWhenRoomy()
{
    auto view = makeView(); // 640 x 480
    const QColor state = ActorGraphStyle::kindColor(Actor::Kind::State);
    auto stateInk = [&view, &state] {
        const QImage image = view->grab().toImage();
        int count = 0;
        for (int y = 0; y < int(40 * image.devicePixelRatio()); ++y) {
            for (int x = 0; x < int(120 * image.devicePixelRatio()); ++x)
                count += image.pixelColor(x, y) == state ? 1 : 0;
        }
        return count;
    };
    QCOMPARE(stateInk(), 0); // no legend: nothing in the corner (the fit keeps nodes off it)
    view->setLegendVisible(true);
    QVERIFY(view->isLegendShown());
    QVERIFY(stateInk() > 4); // the State swatch, first of the kinds
    // Too small a view keeps its room for the graph.
    view->resize(300, 200);
    QVERIFY(view->isLegendVisible());
    QVERIFY(!view->isLegendShown());
}

void tst_ActorGraphView::exportGraphDialogWrites_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("png") << "png";
    QTest::newRow("svg") << "svg";
    QTest::newRow("pdf") << "pdf";
}

void tst_ActorGraphView::exportGraphDialogWrites()
{
    QFETCH(QString, suffix);
    auto view = makeView();
    TimelineExportOptions options = ExportDialog::optionsFromView(*view);
    options.widthPx = 900;
    ExportDialog dialog(ExportDialog::Subject::Graph, m_workspace.get(), options);
    QCOMPARE(dialog.subject(), ExportDialog::Subject::Graph);
    dialog.setShownGraph(*view);
    dialog.setEverything(true);
    dialog.updatePreview();
    QVERIFY2(dialog.previewError().isEmpty(), qPrintable(dialog.previewError()));
    QVERIFY(!dialog.previewLabel()->pixmap().isNull());
    // The paged controls are the timeline's: hidden for a graph.
    QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("pagedCheck"))->isVisibleTo(&dialog));

    const QString path = m_dir->filePath(QStringLiteral("graph.") + suffix);
    QString error;
    QVERIFY2(dialog.exportTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (suffix == QLatin1String("png")) {
        QImage image;
        QVERIFY(image.loadFromData(bytes, "PNG"));
        QCOMPARE(image.width(), 900);
        // The nodes are there: pixels in the State kind colour (Alpha).
        const QColor state = ActorGraphStyle::kindColor(Actor::Kind::State);
        int count = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2)
                count += image.pixelColor(x, y) == state ? 1 : 0;
        }
        QVERIFY(count > 10);
    } else if (suffix == QLatin1String("svg")) {
        QVERIFY(bytes.contains("<svg"));
        QVERIFY(bytes.contains("Foxtrot"));
        QVERIFY(bytes.contains("Government")); // the legend
    } else {
        QVERIFY(bytes.startsWith("%PDF"));
    }
}

void tst_ActorGraphView::mainWindowFollowsTimelineAndFilters()
{
    m_workspace.reset(); // the window opens it
    MainWindow window;
    QStringList errors;
    window.setErrorHandler(
        [&errors](const QString &, const QString &message) { errors.append(message); });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openWorkspace(m_path));
    QVERIFY(window.graphDock());
    QCOMPARE(window.graphDock()->objectName(), QStringLiteral("actorGraphDock"));
    QCOMPARE(window.dockWidgetArea(window.graphDock()), Qt::RightDockWidgetArea);
    ActorGraphView *graph = window.actorGraph();
    QVERIFY(graph);

    window.timelineView()->setVisibleRange(DateSpan::year(2015).earliestDay(),
                                           DateSpan::year(2015).latestDay());
    QTRY_COMPARE(graph->graph().nodeCount(), 3);
    window.timelineView()->setVisibleRange(DateSpan::year(2018).earliestDay(),
                                           DateSpan::year(2018).latestDay());
    QTRY_COMPARE(graph->graph().nodeCount(), 4);
    window.timelineView()->setVisibleRange(DateSpan::year(2014).earliestDay(),
                                           DateSpan::year(2021).latestDay());
    QTRY_COMPARE(graph->graph().nodeCount(), 7);

    // Selecting an event marks its actors.
    window.selectEvent(m_alphaBravoTalks);
    QCOMPARE(graph->highlightedActors(), (QSet<qint64>{id("Alpha"), id("Bravo")}));
    window.selectEvent(0);
    QVERIFY(graph->highlightedActors().isEmpty());

    // Clicking an actor filters every view by it.
    QVERIFY(waitForLayout(*graph));
    window.graphDock()->raise();
    // Room for the nodes to lie apart, whatever the other docks take.
    window.graphDock()->setFloating(true);
    window.graphDock()->resize(640, 480);
    QTRY_VERIFY(graph->isVisible() && graph->width() > 400);
    graph->fit();
    const QPointF at = graph->mapToWidget(*graph->positionOf(id("Golf")));
    QTest::mouseClick(graph, Qt::LeftButton, Qt::NoModifier, at.toPoint());
    QCOMPARE(window.filterBar()->filter().actorName, QStringLiteral("Golf"));
    QCOMPARE(window.filter().actorName, QStringLiteral("Golf"));
    QTRY_COMPARE(graph->graph().nodeCount(), 3); // Golf, Foxtrot, Alpha
    QCOMPARE(window.timelineView()->totalCount(), 2);
    QVERIFY(errors.isEmpty());
}

void tst_ActorGraphView::mainWindowEdgeListSelectsEvent()
{
    addEvidence(m_alphaCharlieRaid, QStringLiteral("Charlie raided an Alpha post."));
    m_workspace.reset(); // the window opens it
    MainWindow window;
    window.setErrorHandler([](const QString &, const QString &) {});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openWorkspace(m_path));
    auto *panel = window.findChild<ActorGraphPanel *>();
    QVERIFY(panel);
    QCOMPARE(panel->view(), window.actorGraph());
    auto *exportGraph = window.findChild<QAction *>(QStringLiteral("actionExportGraph"));
    QVERIFY(exportGraph);
    QVERIFY(exportGraph->isEnabled());
    window.timelineView()->setVisibleRange(DateSpan::year(2014).earliestDay(),
                                           DateSpan::year(2021).latestDay());
    QTRY_COMPARE(window.actorGraph()->graph().nodeCount(), 7);
    QVERIFY(waitForLayout(*window.actorGraph()));
    panel->showRelation(id("Alpha"), id("Charlie"));
    QCOMPARE(panel->relationList()->listedEvents().size(), 2);
    emit panel->relationList()->eventChosen(m_alphaCharlieRaid);
    QCOMPARE(window.timelineView()->selectedEvent(), m_alphaCharlieRaid);
}

QTEST_MAIN(tst_ActorGraphView)
#include "tst_actorgraphview.moc"
