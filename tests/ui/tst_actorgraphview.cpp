#include "core/store/actorrepository.h"
#include "core/store/eventrepository.h"
#include "core/store/transaction.h"
#include "core/store/workspace.h"
#include "ui/graph/actorgraphpainter.h"
#include "ui/graph/actorgraphview.h"
#include "ui/mainwindow.h"
#include "ui/panels/filterbar.h"
#include "ui/timeline/timelineview.h"

#include <QDockWidget>
#include <QImage>
#include <QMouseEvent>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
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
    void wheelZoomKeepsPointUnderCursor_data();
    void wheelZoomKeepsPointUnderCursor();
    void draggingNodePinsIt();
    void hiddenCountShownWhenCapped_data();
    void hiddenCountShownWhenCapped();
    void emptyStateWithoutActors();
    void timeRangeNarrowsGraph_data();
    void timeRangeNarrowsGraph();
    void strandsPerRelation();
    void mainWindowFollowsTimelineAndFilters();

private:
    qint64 addActor(const QString &name, Actor::Kind kind, std::optional<qint64> affiliation = {});
    qint64 addEvent(int year, int root, const QList<qint64> &actors);
    bool waitForLayout(ActorGraphView &view);
    std::unique_ptr<ActorGraphView> makeView();
    qint64 id(const char *name) const { return m_ids.value(QString::fromLatin1(name)); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QString m_path;
    QHash<QString, qint64> m_ids;
    qint64 m_alphaBravoTalks = 0;
};

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
    addEvent(2015, 19, {alpha, charlie});
    addEvent(2015, 18, {alpha, charlie});
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
    QTRY_VERIFY(graph->isVisible() && graph->width() > 50);
    graph->fit();
    const QPointF at = graph->mapToWidget(*graph->positionOf(id("Golf")));
    QTest::mouseClick(graph, Qt::LeftButton, Qt::NoModifier, at.toPoint());
    QCOMPARE(window.filterBar()->filter().actorName, QStringLiteral("Golf"));
    QCOMPARE(window.filter().actorName, QStringLiteral("Golf"));
    QTRY_COMPARE(graph->graph().nodeCount(), 3); // Golf, Foxtrot, Alpha
    QCOMPARE(window.timelineView()->totalCount(), 2);
    QVERIFY(errors.isEmpty());
}

QTEST_MAIN(tst_ActorGraphView)
#include "tst_actorgraphview.moc"
