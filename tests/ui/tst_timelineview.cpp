#include "core/model/datespan.h"
#include "core/store/actorrepository.h"
#include "core/store/articlerepository.h"
#include "core/store/eventrepository.h"
#include "core/store/transaction.h"
#include "core/store/workspace.h"
#include "ui/timeline/timelinepainter.h"
#include "ui/timeline/timelineview.h"

#include <QBuffer>
#include <QImage>
#include <QLocale>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPointingDevice>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSvgGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

#include <memory>

using namespace Faultline;
using Q = EventType::QuadClass;

class tst_TimelineView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void emptyStatePaintsText_data();
    void emptyStatePaintsText();
    void wheelZoomKeepsDateUnderCursor_data();
    void wheelZoomKeepsDateUnderCursor();
    void pinchZoomsAtTheFingers();
    void dragPans_data();
    void dragPans();
    void axisUnitChangesWithZoom();
    void clickSelectsEvent();
    void keyboardMovesSelection();
    void toolTipShowsEventAsPlainText();
    void filteringReducesPaintedPixels();
    void unresolvedDateIsNotPainted();
    void denseDataAggregates();
    void doubleClickOnClusterZooms();
    void eventWithTwoActorsInTwoLanes();
    void collapseLane();
    void painterRendersOffscreen();
    void painterRendersToSvg();
    void oneEvent();
    void tenThousandOnOneDay();
    void fromBceToTheFuture();
    void rightToLeftPutsLaterTimesLeft();
    void doubleClickCreatesAtClickedDay_data();
    void doubleClickCreatesAtClickedDay();
    void draggingAnEventMovesItTheWayTimeRuns_data();
    void draggingAnEventMovesItTheWayTimeRuns();
    void rightToLeftArrowKeys();
    void rightToLeftDensityAndClusters();

private:
    struct Spec
    {
        QString title;
        DateSpan date;
        int root;
        QList<int> actors; // indexes into the actors made by makeWorkspace
    };
    Workspace *makeWorkspace(const QList<Spec> &events, int actorCount = 2);
    std::unique_ptr<TimelineView> makeView(
        Workspace *workspace, TimeScale::Direction direction = TimeScale::Direction::LeftToRight);
    static int countColour(const QImage &image, const QColor &colour, const QRect &area);
    static QImage render(TimelineView &view);
    // The centre of the first glyph of an event found by scanning the lanes.
    static std::optional<QPointF> findEvent(const TimelineView &view, qint64 id);

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<Workspace *> m_workspaces;
    QList<qint64> m_actorIds;
    QHash<QString, qint64> m_eventIds;
};

void tst_TimelineView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void tst_TimelineView::cleanup()
{
    qDeleteAll(m_workspaces);
    m_workspaces.clear();
    m_dir.reset();
}

Workspace *tst_TimelineView::makeWorkspace(const QList<Spec> &events, int actorCount)
{
    if (!m_dir)
        m_dir = std::make_unique<QTemporaryDir>();
    auto *workspace = new Workspace;
    m_workspaces.append(workspace);
    QString error;
    const QString path = m_dir->filePath(QStringLiteral("ws%1.faultline").arg(m_workspaces.size()));
    if (!workspace->open(path, Workspace::OpenMode::ReadWrite, &error))
        qFatal("cannot open workspace: %s", qPrintable(error));
    Transaction transaction(*workspace);
    Article article;
    article.title = QStringLiteral("Source");
    article.text = QStringLiteral("Source text.");
    ArticleRepository(*workspace).insert(article, &error);
    m_actorIds.clear();
    for (int i = 0; i < actorCount; ++i) {
        Actor actor;
        actor.name = QStringLiteral("Actor %1").arg(QChar(u'A' + i));
        ActorRepository(*workspace).insert(actor, &error);
        m_actorIds.append(actor.id);
    }
    EventRepository repository(*workspace);
    for (const Spec &spec : events) {
        Event event;
        event.title = spec.title;
        event.date = spec.date;
        event.type = EventType(spec.root);
        for (int actor : spec.actors)
            event.participants.append({m_actorIds.value(actor), Event::Role::Participant, false});
        event.evidence.append(Evidence{0, article.id, 0, 6, spec.title});
        if (!repository.insert(event, &error))
            qFatal("cannot insert: %s", qPrintable(error));
        m_eventIds.insert(spec.title, event.id);
    }
    if (!transaction.commit(&error))
        qFatal("cannot commit: %s", qPrintable(error));
    return workspace;
}

std::unique_ptr<TimelineView> tst_TimelineView::makeView(Workspace *workspace,
                                                         TimeScale::Direction direction)
{
    auto view = std::make_unique<TimelineView>();
    view->setTimeDirection(direction);
    view->resize(1000, 420);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        qWarning("window not exposed");
    view->setWorkspace(workspace);
    return view;
}

QImage tst_TimelineView::render(TimelineView &view)
{
    return view.grab().toImage().convertToFormat(QImage::Format_RGB32);
}

int tst_TimelineView::countColour(const QImage &image, const QColor &colour, const QRect &area)
{
    int count = 0;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) < 40 && std::abs(c.green() - colour.green()) < 40
                && std::abs(c.blue() - colour.blue()) < 40
                && (std::abs(c.red() - c.green()) > 30 || std::abs(c.green() - c.blue()) > 30))
                ++count;
        }
    }
    return count;
}

std::optional<QPointF> tst_TimelineView::findEvent(const TimelineView &view, qint64 id)
{
    const QRectF lanes = view.painter().lastLayout().lanes;
    for (qreal y = lanes.top(); y < lanes.bottom(); y += 1) {
        for (qreal x = lanes.left(); x < lanes.right(); x += 1) {
            const auto hit = view.painter().hitTest(QPointF(x, y));
            if (hit.kind == TimelinePainter::Hit::Kind::Event && hit.eventId == id)
                return QPointF(x + 3, y + 3);
        }
    }
    return std::nullopt;
}

void tst_TimelineView::emptyStatePaintsText_data()
{
    QTest::addColumn<bool>("withWorkspace");
    QTest::newRow("no workspace") << false;
    QTest::newRow("empty workspace") << true;
}

void tst_TimelineView::emptyStatePaintsText()
{
    QFETCH(bool, withWorkspace);
    auto view = makeView(withWorkspace ? makeWorkspace({}) : nullptr);
    QCOMPARE(view->totalCount(), 0);
    const QImage image = render(*view);
    // Dark text pixels in the middle of the view, none in the corners.
    const QColor text = view->palette().color(QPalette::Text);
    int dark = 0;
    const QRect middle(200, 120, 600, 180);
    for (int y = middle.top(); y <= middle.bottom(); ++y) {
        for (int x = middle.left(); x <= middle.right(); ++x) {
            if (qGray(image.pixel(x, y)) < 140)
                ++dark;
        }
    }
    QVERIFY2(dark > 300, qPrintable(QString::number(dark)));
    Q_UNUSED(text)
    QVERIFY(view->painter().lastAxisLabels().isEmpty());
    QVERIFY(view->accessibleDescription().contains(QStringLiteral("Drop articles")));
}

void tst_TimelineView::wheelZoomKeepsDateUnderCursor_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("delta");
    QTest::addColumn<TimeScale::Direction>("direction");
    const auto Ltr = TimeScale::Direction::LeftToRight;
    const auto Rtl = TimeScale::Direction::RightToLeft;
    QTest::newRow("in, left third") << 300.0 << 120 << Ltr;
    QTest::newRow("in, right edge") << 950.0 << 240 << Ltr;
    QTest::newRow("out, middle") << 600.0 << -120 << Ltr;
    QTest::newRow("trackpad step") << 450.0 << 15 << Ltr;
    QTest::newRow("rtl in, left third") << 300.0 << 120 << Rtl;
    QTest::newRow("rtl in, right edge") << 950.0 << 240 << Rtl;
    QTest::newRow("rtl out, middle") << 600.0 << -120 << Rtl;
}

void tst_TimelineView::wheelZoomKeepsDateUnderCursor()
{
    QFETCH(double, x);
    QFETCH(int, delta);
    QFETCH(TimeScale::Direction, direction);
    auto view = makeView(makeWorkspace(
                             {{QStringLiteral("One"), DateSpan::day(2020, 9, 14), 4, {0}}}),
                         direction);
    const double from = double(DateSpan::julianDay(2020, 1, 1));
    view->setVisibleRange(from, from + 366);
    const QRectF plot = view->plotRect();
    const double before = view->scale().day(x - plot.left());
    const double spanBefore = view->visibleTo() - view->visibleFrom();
    QSignalSpy rangeSpy(view.get(), &TimelineView::visibleRangeChanged);
    QWheelEvent wheel(QPointF(x, 200),
                      view->mapToGlobal(QPointF(x, 200)),
                      QPoint(),
                      QPoint(0, delta),
                      Qt::NoButton,
                      Qt::NoModifier,
                      Qt::NoScrollPhase,
                      false);
    QApplication::sendEvent(view.get(), &wheel);
    const double after = view->scale().day(x - view->plotRect().left());
    QVERIFY2(std::abs(after - before) < 1e-6, qPrintable(QString::number(after - before)));
    const double expectedSpan = spanBefore / std::pow(1.25, delta / 120.0);
    QVERIFY(std::abs((view->visibleTo() - view->visibleFrom()) - expectedSpan) < 1e-6);
    QCOMPARE(rangeSpy.count(), 1);
}

void tst_TimelineView::pinchZoomsAtTheFingers()
{
    auto view = makeView(
        makeWorkspace({{QStringLiteral("One"), DateSpan::day(2020, 9, 14), 4, {0}}}));
    const double from = double(DateSpan::julianDay(2020, 1, 1));
    view->setVisibleRange(from, from + 366);
    const QPointF at(700, 200);
    const double before = view->scale().day(at.x() - view->plotRect().left());
    QNativeGestureEvent pinch(Qt::ZoomNativeGesture,
                              QPointingDevice::primaryPointingDevice(),
                              2,
                              at,
                              at,
                              view->mapToGlobal(at),
                              0.5,
                              QPointF());
    QApplication::sendEvent(view.get(), &pinch);
    QVERIFY(std::abs((view->visibleTo() - view->visibleFrom()) - 366 / 1.5) < 1e-6);
    QVERIFY(std::abs(view->scale().day(at.x() - view->plotRect().left()) - before) < 1e-6);
}

void tst_TimelineView::dragPans_data()
{
    QTest::addColumn<int>("dx");
    QTest::addColumn<TimeScale::Direction>("direction");
    QTest::addColumn<double>("daysPerPixelRight"); // how far the start moves per pixel right
    QTest::newRow("right") << 120 << TimeScale::Direction::LeftToRight << -1.0;
    QTest::newRow("left") << -200 << TimeScale::Direction::LeftToRight << -1.0;
    // Right to left the content follows the pointer too: a drag to the right
    // brings what was on the left, later times.
    QTest::newRow("rtl right") << 120 << TimeScale::Direction::RightToLeft << 1.0;
    QTest::newRow("rtl left") << -200 << TimeScale::Direction::RightToLeft << 1.0;
}

void tst_TimelineView::dragPans()
{
    QFETCH(int, dx);
    QFETCH(TimeScale::Direction, direction);
    QFETCH(double, daysPerPixelRight);
    auto view = makeView(makeWorkspace(
                             {{QStringLiteral("One"), DateSpan::day(2020, 9, 14), 4, {0}}}),
                         direction);
    const double from = double(DateSpan::julianDay(2020, 1, 1));
    view->setVisibleRange(from, from + 366);
    const double daysPerPixel = view->scale().daysPerPixel();
    const double dayAtStart = view->scale().day(500 - view->plotRect().left());
    const QPoint start(500, 250);
    QTest::mousePress(view.get(), Qt::LeftButton, Qt::NoModifier, start);
    // Several moves, as a real drag sends.
    for (int step = 1; step <= 4; ++step) {
        const QPointF pos(start.x() + dx * step / 4.0, start.y());
        QMouseEvent move(QEvent::MouseMove,
                         pos,
                         view->mapToGlobal(pos),
                         Qt::NoButton,
                         Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(view.get(), &move);
    }
    QTest::mouseRelease(view.get(), Qt::LeftButton, Qt::NoModifier, start + QPoint(dx, 0));
    QVERIFY(std::abs(view->visibleFrom() - (from + daysPerPixelRight * dx * daysPerPixel)) < 1e-6);
    QVERIFY(std::abs((view->visibleTo() - view->visibleFrom()) - 366) < 1e-6);
    // The day that was under the pointer went with it.
    QVERIFY(std::abs(view->scale().day(500 + dx - view->plotRect().left()) - dayAtStart) < 1e-6);
    QCOMPARE(view->selectedEvent(), 0); // a drag is no click
}

void tst_TimelineView::axisUnitChangesWithZoom()
{
    auto view = makeView(
        makeWorkspace({{QStringLiteral("One"), DateSpan::day(2020, 9, 14), 4, {0}}}));
    const double centre = double(DateSpan::julianDay(2020, 9, 14));
    QList<AxisTicks::Unit> units;
    QStringList allLabels;
    for (double span : {2.0, 20.0, 300.0, 4000.0, 40000.0}) {
        view->setVisibleRange(centre - span / 2, centre + span / 2);
        render(*view);
        units.append(view->painter().lastMinorStep().unit);
        allLabels.append(view->painter().lastAxisLabels().join(QLatin1Char('|')));
    }
    // Finer units when zoomed in, every step a different one.
    for (qsizetype i = 1; i < units.size(); ++i)
        QVERIFY(int(units[i]) > int(units[i - 1]));
    // Month level: localized month names and the year.
    QVERIFY2(allLabels[2].contains(QLocale().standaloneMonthName(9, QLocale::ShortFormat)),
             qPrintable(allLabels[2]));
    QVERIFY(allLabels[2].contains(QStringLiteral("2020")));
    // Day level: the month spelled out next to its days.
    QVERIFY2(allLabels[1].contains(QLocale().monthName(9)), qPrintable(allLabels[1]));
    // Hours at the finest level, without seconds.
    QCOMPARE(units[0], AxisTicks::Unit::SixHours);
    QVERIFY2(allLabels[0].contains(QStringLiteral("12:00")), qPrintable(allLabels[0]));
    QVERIFY(!allLabels[0].contains(QStringLiteral(":00:00")));
}

void tst_TimelineView::clickSelectsEvent()
{
    auto view = makeView(
        makeWorkspace({{QStringLiteral("Talks"), DateSpan::day(2020, 9, 12), 4, {0}},
                       {QStringLiteral("Attack"), DateSpan::day(2020, 9, 20), 19, {1}}}));
    const double from = double(DateSpan::julianDay(2020, 9, 1));
    view->setVisibleRange(from, from + 30);
    render(*view);
    const qint64 attack = m_eventIds.value(QStringLiteral("Attack"));
    const auto point = findEvent(*view, attack);
    QVERIFY(point);
    // The glyph sits where the scale puts 20 September (mid-day).
    const double day = view->scale().day(point->x() - view->plotRect().left());
    QVERIFY(std::abs(day - (DateSpan::julianDay(2020, 9, 20) + 0.5)) < 1.0);
    QSignalSpy selected(view.get(), &TimelineView::eventSelected);
    QSignalSpy activated(view.get(), &TimelineView::eventActivated);
    QTest::mouseClick(view.get(), Qt::LeftButton, Qt::NoModifier, point->toPoint());
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.at(0).at(0).toLongLong(), attack);
    QCOMPARE(view->selectedEvent(), attack);
    QTest::mouseDClick(view.get(), Qt::LeftButton, Qt::NoModifier, point->toPoint());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), attack);
    // Clicking empty space clears the selection.
    QTest::mouseClick(view.get(),
                      Qt::LeftButton,
                      Qt::NoModifier,
                      QPoint(int(view->plotRect().left()) + 5, int(view->plotRect().bottom()) - 5));
    QCOMPARE(view->selectedEvent(), 0);
    QCOMPARE(selected.last().at(0).toLongLong(), 0);
}

void tst_TimelineView::keyboardMovesSelection()
{
    auto view = makeView(
        makeWorkspace({{QStringLiteral("First"), DateSpan::day(2020, 9, 1), 4, {0}},
                       {QStringLiteral("Second"), DateSpan::day(2020, 9, 5), 19, {1}},
                       {QStringLiteral("Third"), DateSpan::day(2020, 9, 9), 19, {1}}}));
    view->setFocus();
    QSignalSpy selected(view.get(), &TimelineView::eventSelected);
    QSignalSpy activated(view.get(), &TimelineView::eventActivated);
    QTest::keyClick(view.get(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(view->selectedEvent(), m_eventIds.value(QStringLiteral("First")));
    QTest::keyClick(view.get(), Qt::Key_Tab);
    QCOMPARE(view->selectedEvent(), m_eventIds.value(QStringLiteral("Second")));
    QTest::keyClick(view.get(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(view->selectedEvent(), m_eventIds.value(QStringLiteral("Third")));
    QTest::keyClick(view.get(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(view->selectedEvent(), m_eventIds.value(QStringLiteral("Second")));
    QCOMPARE(selected.count(), 4);
    QTest::keyClick(view.get(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), m_eventIds.value(QStringLiteral("Second")));
    // Keys zoom and fit.
    const double span = view->visibleTo() - view->visibleFrom();
    QTest::keyClick(view.get(), Qt::Key_Plus);
    QVERIFY(view->visibleTo() - view->visibleFrom() < span * 0.9);
    QTest::keyClick(view.get(), Qt::Key_Home);
    QVERIFY(std::abs((view->visibleTo() - view->visibleFrom()) - span) < 1e-6);
}

void tst_TimelineView::toolTipShowsEventAsPlainText()
{
    Workspace *workspace = makeWorkspace(
        {{QStringLiteral("Talks <b>hosted</b> by Pakistan"), DateSpan::day(2020, 9, 12), 4, {0, 1}}});
    {
        // The date as written in the article.
        QSqlQuery query(workspace->database());
        QVERIFY(query.exec(QStringLiteral("UPDATE events SET date_text = 'last Saturday'")));
    }
    auto view = makeView(workspace);
    render(*view);
    const auto point = findEvent(*view,
                                 m_eventIds.value(
                                     QStringLiteral("Talks <b>hosted</b> by Pakistan")));
    QVERIFY(point);
    QHelpEvent help(QEvent::ToolTip, point->toPoint(), view->mapToGlobal(point->toPoint()));
    QApplication::sendEvent(view.get(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString text = QToolTip::text();
    // Markup from the article is shown as text, never interpreted.
    QVERIFY2(text.contains(QStringLiteral("Talks &lt;b&gt;hosted&lt;/b&gt; by Pakistan")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("last Saturday")));
    QVERIFY(text.contains(DateSpan::day(2020, 9, 12).toDisplayString()));
    QVERIFY(text.contains(QStringLiteral("Actor A")));
    QVERIFY(text.contains(QStringLiteral("Actor B")));
    QToolTip::hideText();
}

void tst_TimelineView::filteringReducesPaintedPixels()
{
    QList<Spec> specs;
    for (int i = 0; i < 20; ++i) {
        specs.append(
            {QStringLiteral("Talks %1").arg(i), DateSpan::day(2020, 1 + i % 12, 3 + i), 4, {0}});
        specs.append(
            {QStringLiteral("Clash %1").arg(i), DateSpan::day(2020, 1 + i % 12, 5 + i), 19, {1}});
    }
    auto view = makeView(makeWorkspace(specs));
    const QRect lanes = view->painter().lastLayout().lanes.toRect();
    QImage image = render(*view);
    const QColor blue = TimelineStyle::quadClassColor(Q::VerbalCooperation);
    const QColor red = TimelineStyle::quadClassColor(Q::MaterialConflict);
    const int blueBefore = countColour(image, blue, lanes);
    const int redBefore = countColour(image, red, lanes);
    QVERIFY(blueBefore > 50);
    QVERIFY(redBefore > 50);

    QSignalSpy counts(view.get(), &TimelineView::countsChanged);
    EventFilter filter;
    filter.cameoRoot = 19;
    view->setFilter(filter);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(view->totalCount(), 20);
    image = render(*view);
    QCOMPARE(countColour(image, blue, lanes), 0);
    QVERIFY(countColour(image, red, lanes) > 50);

    // A text filter through the full-text index.
    filter = EventFilter();
    filter.text = QStringLiteral("talks");
    view->setFilter(filter);
    QCOMPARE(view->totalCount(), 20);
    image = render(*view);
    QVERIFY(countColour(image, blue, lanes) > 50);
    QCOMPARE(countColour(image, red, lanes), 0);

    view->setFilter(EventFilter());
    QCOMPARE(view->totalCount(), 40);
}

void tst_TimelineView::unresolvedDateIsNotPainted()
{
    auto view = makeView(
        makeWorkspace({{QStringLiteral("Clash"), DateSpan::day(2020, 9, 14), 19, {0}},
                       {QStringLiteral("Talks, date unknown"), DateSpan(), 4, {0}}}));
    QCOMPARE(view->totalCount(), 2);
    QCOMPARE(view->unresolvedCount(), 1);
    // Whatever the zoom, the unresolved event has no glyph anywhere.
    const double centre = double(DateSpan::julianDay(2020, 9, 14));
    for (double span : {10.0, 400.0, 3000000.0}) {
        view->setVisibleRange(centre - span / 2, centre + span / 2);
        const QImage image = render(*view);
        const QRect lanes = view->painter().lastLayout().lanes.toRect();
        QCOMPARE(countColour(image, TimelineStyle::quadClassColor(Q::VerbalCooperation), lanes), 0);
        QVERIFY(!findEvent(*view, m_eventIds.value(QStringLiteral("Talks, date unknown"))));
    }
    // The footer says how many are left out.
    view->fitAll();
    QImage image = render(*view);
    const QRect footer = view->painter().lastLayout().footer.toRect();
    int dark = 0;
    for (int y = footer.top(); y <= footer.bottom(); ++y) {
        for (int x = footer.left(); x < footer.left() + 200; ++x)
            dark += qGray(image.pixel(x, y)) < 160 ? 1 : 0;
    }
    QVERIFY(dark > 20);
}

void tst_TimelineView::denseDataAggregates()
{
    QList<Spec> specs;
    // 36 events on each of 84 days in 2020, and five on one day in May 2021.
    for (int i = 0; i < 3000; ++i)
        specs.append({QStringLiteral("Clash %1").arg(i),
                      DateSpan::day(2020, 1 + (i % 12), 1 + (i % 28)),
                      19,
                      {0}});
    for (int i = 0; i < 5; ++i)
        specs.append({QStringLiteral("Talks %1").arg(i), DateSpan::day(2021, 5, 5), 4, {0}});
    auto view = makeView(makeWorkspace(specs));
    render(*view);
    // Thousands of events at full extent are bars, not glyphs.
    QCOMPARE(view->painter().lastGlyphCount(), 0);
    QCOMPARE(view->painter().lastAggregatedLaneCount(), 1);
    const QRect lanes = view->painter().lastLayout().lanes.toRect();
    QVERIFY(countColour(render(*view), TimelineStyle::quadClassColor(Q::MaterialConflict), lanes)
            > 500);
    // Zoomed in on a day with 36 events at one instant: still a bar, no pile of glyphs.
    const double busy = double(DateSpan::julianDay(2020, 3, 3));
    view->setVisibleRange(busy - 1, busy + 2);
    render(*view);
    QCOMPARE(view->painter().lastGlyphCount(), 0);
    QCOMPARE(view->painter().lastAggregatedLaneCount(), 1);
    // Zoomed in on the quiet day, its five events are glyphs with labels.
    const double quiet = double(DateSpan::julianDay(2021, 5, 5));
    view->setVisibleRange(quiet - 1, quiet + 2);
    render(*view);
    QCOMPARE(view->painter().lastGlyphCount(), 5);
    QCOMPARE(view->painter().lastAggregatedLaneCount(), 0);
    QVERIFY(findEvent(*view, m_eventIds.value(QStringLiteral("Talks 3"))));
}

void tst_TimelineView::doubleClickOnClusterZooms()
{
    QList<Spec> specs;
    for (int i = 0; i < 3000; ++i)
        specs.append({QStringLiteral("Clash %1").arg(i),
                      DateSpan::day(2018 + (i % 3), 6, 1 + (i % 5)),
                      19,
                      {0}});
    auto view = makeView(makeWorkspace(specs));
    render(*view);
    const double span = view->visibleTo() - view->visibleFrom();
    // Double-click on the bar of June 2019.
    const double x = view->plotRect().left() + view->scale().x(DateSpan::julianDay(2019, 6, 3));
    const QRectF lanes = view->painter().lastLayout().lanes;
    const QPoint at(int(x), int(lanes.bottom() - 8));
    QCOMPARE(view->painter().hitTest(at).kind, TimelinePainter::Hit::Kind::Cluster);
    QTest::mouseDClick(view.get(), Qt::LeftButton, Qt::NoModifier, at);
    QVERIFY(view->visibleTo() - view->visibleFrom() < span / 3.9);
    QVERIFY(view->visibleFrom() < DateSpan::julianDay(2019, 6, 3));
    QVERIFY(view->visibleTo() > DateSpan::julianDay(2019, 6, 3));
}

void tst_TimelineView::eventWithTwoActorsInTwoLanes()
{
    auto view = makeView(
        makeWorkspace({{QStringLiteral("Talks"), DateSpan::day(2020, 9, 12), 4, {0, 1}},
                       {QStringLiteral("Attack"), DateSpan::day(2020, 9, 20), 19, {1}}}));
    view->setLaneMode(LaneMode::Actor);
    QCOMPARE(view->laneMode(), LaneMode::Actor);
    QCOMPARE(view->index()->laneCount(), 2);
    render(*view);
    const qint64 talks = m_eventIds.value(QStringLiteral("Talks"));
    QSet<int> lanes;
    const QRectF area = view->painter().lastLayout().lanes;
    for (qreal y = area.top(); y < area.bottom(); y += 1) {
        for (qreal x = area.left(); x < area.right(); x += 2) {
            const auto hit = view->painter().hitTest(QPointF(x, y));
            if (hit.kind == TimelinePainter::Hit::Kind::Event && hit.eventId == talks)
                lanes.insert(hit.lane);
        }
    }
    QCOMPARE(lanes.size(), 2);
    // Lane headers carry the actor names, busiest first; reordering moves them.
    QCOMPARE(view->index()->laneName(view->index()->laneIndexOf(view->laneOrder().first())),
             QStringLiteral("Actor B"));
    view->moveLane(view->laneOrder().first(), 1);
    QCOMPARE(view->index()->laneName(view->index()->laneIndexOf(view->laneOrder().first())),
             QStringLiteral("Actor A"));
}

void tst_TimelineView::collapseLane()
{
    auto view = makeView(
        makeWorkspace({{QStringLiteral("Talks"), DateSpan::day(2020, 9, 12), 4, {0}},
                       {QStringLiteral("Attack"), DateSpan::day(2020, 9, 20), 19, {1}}}));
    view->setLaneMode(LaneMode::Actor);
    render(*view);
    const auto rows = view->painter().lastLayout().laneRows;
    QCOMPARE(int(rows.size()), 2);
    const qreal expandedHeight = rows[0].rect.height();
    // Click the toggle of the first lane.
    QTest::mouseClick(view.get(), Qt::LeftButton, Qt::NoModifier, rows[0].toggle.center().toPoint());
    QVERIFY(view->isLaneCollapsed(view->index()->laneKey(rows[0].lane)));
    render(*view);
    QVERIFY(view->painter().lastLayout().laneRows[0].rect.height() < expandedHeight);
    QVERIFY(view->painter().lastLayout().laneRows[0].collapsed);
}

void tst_TimelineView::painterRendersOffscreen()
{
    // The export path: the painter alone onto a QImage at twice the pixel density.
    Workspace *workspace = makeWorkspace(
        {{QStringLiteral("Clash"), DateSpan::day(2020, 9, 14), 19, {0}},
         {QStringLiteral("In 2015"), DateSpan::year(2015), 4, {0}}});
    auto view = makeView(workspace);
    QImage image(QSize(1600, 600) * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    TimelinePainter painter;
    TimelineOptions options = view->options();
    {
        QPainter p(&image);
        painter.paint(&p, QRectF(0, 0, 1600, 600), view->index(), options);
    }
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const QRect lanes(QPointF(painter.lastLayout().lanes.topLeft() * 2).toPoint(),
                      QPointF(painter.lastLayout().lanes.bottomRight() * 2).toPoint());
    QVERIFY(countColour(rgb, TimelineStyle::quadClassColor(Q::MaterialConflict), lanes) > 20);
    // The year-long span is drawn, translucent over the background.
    const QColor blue = TimelineStyle::quadClassColor(Q::VerbalCooperation);
    const QColor background = painter.style().background;
    auto blend = [](int a, int b) { return int(a * 0.55 + b * 0.45); };
    const QColor translucent(blend(blue.red(), background.red()),
                             blend(blue.green(), background.green()),
                             blend(blue.blue(), background.blue()));
    QVERIFY(countColour(rgb, translucent, lanes) > 200);
    QVERIFY(!painter.lastAxisLabels().isEmpty());
}

void tst_TimelineView::painterRendersToSvg()
{
    // Vector devices take the path without raster shortcuts: bars as rectangles.
    QList<Spec> specs;
    for (int i = 0; i < 3000; ++i)
        specs.append({QStringLiteral("Clash %1").arg(i),
                      DateSpan::day(2020, 1 + (i % 12), 1 + (i % 28)),
                      19,
                      {0}});
    auto view = makeView(makeWorkspace(specs));
    QBuffer buffer;
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(QSize(1200, 500));
    generator.setViewBox(QRect(0, 0, 1200, 500));
    TimelinePainter painter;
    {
        QPainter p(&generator);
        painter.paint(&p, QRectF(0, 0, 1200, 500), view->index(), view->options());
    }
    QCOMPARE(painter.lastAggregatedLaneCount(), 1);
    const QByteArray svg = buffer.data().toLower();
    const QByteArray vermillion
        = TimelineStyle::quadClassColor(Q::MaterialConflict).name().toLatin1();
    QVERIFY(svg.contains(vermillion));
    QVERIFY(svg.count("<rect") > 50); // one per bar
    QVERIFY(!svg.contains("<image")); // no raster image in the vector output
    QVERIFY(svg.contains("2020"));
}

void tst_TimelineView::oneEvent()
{
    auto view = makeView(
        makeWorkspace({{QStringLiteral("Alone"), DateSpan::day(2020, 9, 14), 4, {0}}}));
    render(*view);
    QCOMPARE(view->painter().lastGlyphCount(), 1);
    // Fit all frames it with a margin instead of zooming to nothing.
    const double day = double(DateSpan::julianDay(2020, 9, 14));
    QVERIFY(view->visibleFrom() < day && view->visibleTo() > day + 1);
    QVERIFY(view->visibleTo() - view->visibleFrom() >= 30);
    QVERIFY(findEvent(*view, m_eventIds.value(QStringLiteral("Alone"))));
}

void tst_TimelineView::tenThousandOnOneDay()
{
    QList<Spec> specs;
    for (int i = 0; i < 10000; ++i)
        specs.append(
            {QStringLiteral("Incident %1").arg(i), DateSpan::day(2020, 9, 14), i % 2 ? 19 : 4, {}});
    auto view = makeView(makeWorkspace(specs));
    QCOMPARE(view->totalCount(), 10000);
    render(*view);
    // One bar for the day, never ten thousand glyphs.
    QCOMPARE(view->painter().lastGlyphCount(), 0);
    QCOMPARE(view->painter().lastAggregatedLaneCount(), 1);
    const QRectF plot = view->plotRect();
    const double x = plot.left() + view->scale().x(DateSpan::julianDay(2020, 9, 14) + 0.5);
    const auto hit = view->painter().hitTest(
        QPointF(x, view->painter().lastLayout().lanes.bottom() - 10));
    QCOMPARE(hit.kind, TimelinePainter::Hit::Kind::Cluster);
    QCOMPARE(view->index()->countsInRange(0, hit.from, hit.to)[size_t(Q::MaterialConflict)], 5000u);
    // Zoomed to the day itself, still one bar.
    view->setVisibleRange(DateSpan::julianDay(2020, 9, 14) - 0.2,
                          DateSpan::julianDay(2020, 9, 15) + 0.2);
    render(*view);
    QCOMPARE(view->painter().lastGlyphCount(), 0);
}

void tst_TimelineView::fromBceToTheFuture()
{
    auto view = makeView(
        makeWorkspace({{QStringLiteral("Neolithic raid"), DateSpan::year(-4999), 18, {0}},
                       {QStringLiteral("Future talks"), DateSpan::day(2100, 1, 1), 4, {1}}}));
    QVERIFY(view->visibleFrom() <= DateSpan::julianDay(-4999, 1, 1));
    QVERIFY(view->visibleTo() >= DateSpan::julianDay(2100, 1, 2));
    const QImage image = render(*view);
    const QRect lanes = view->painter().lastLayout().lanes.toRect();
    QVERIFY(countColour(image, TimelineStyle::quadClassColor(Q::VerbalCooperation), lanes) > 10);
    bool bce = false;
    for (const QString &label : view->painter().lastAxisLabels())
        bce = bce || label.contains(QStringLiteral("BCE"));
    QVERIFY(bce);
    QVERIFY(findEvent(*view, m_eventIds.value(QStringLiteral("Neolithic raid"))));
    QVERIFY(findEvent(*view, m_eventIds.value(QStringLiteral("Future talks"))));
}

void tst_TimelineView::rightToLeftPutsLaterTimesLeft()
{
    auto view = makeView(makeWorkspace(
                             {{QStringLiteral("Talks"), DateSpan::day(2015, 7, 7), 4, {0}},
                              {QStringLiteral("Fighting"), DateSpan::day(2020, 9, 12), 19, {1}}}),
                         TimeScale::Direction::RightToLeft);
    QCOMPARE(view->timeDirection(), TimeScale::Direction::RightToLeft);
    view->setVisibleRange(DateSpan::julianDay(2014, 1, 1), DateSpan::julianDay(2021, 6, 1));
    render(*view);
    const qint64 talks = m_eventIds.value(QStringLiteral("Talks"));
    const qint64 fighting = m_eventIds.value(QStringLiteral("Fighting"));
    const auto talksAt = findEvent(*view, talks);
    const auto fightingAt = findEvent(*view, fighting);
    QVERIFY(talksAt && fightingAt);
    QVERIFY2(fightingAt->x() < talksAt->x(),
             qPrintable(QStringLiteral("%1 %2").arg(fightingAt->x()).arg(talksAt->x())));
    QCOMPARE(view->painter().lastGlyphCount(), 2);
    // Hit-testing finds each event under its mark, where the scale puts its day.
    const QRectF plot = view->plotRect();
    const QList<std::pair<qint64, qint64>> marks = {{talks, DateSpan::julianDay(2015, 7, 7)},
                                                    {fighting, DateSpan::julianDay(2020, 9, 12)}};
    for (const auto &[id, day] : marks) {
        const double x = plot.left() + view->scale().x(double(day) + 0.5);
        bool found = false;
        for (qreal y = plot.top(); y < plot.bottom() && !found; y += 1) {
            const auto hit = view->painter().hitTest(QPointF(x, y));
            found = hit.kind == TimelinePainter::Hit::Kind::Event && hit.eventId == id;
        }
        QVERIFY2(found, qPrintable(QString::number(id)));
    }
    // Labels follow their mark the way time runs: on its left.
    const QRectF lanes = view->painter().lastLayout().lanes;
    bool labelLeft = false;
    bool labelRight = false;
    const double fightingX = plot.left() + view->scale().x(DateSpan::julianDay(2020, 9, 12) + 0.5);
    for (qreal y = lanes.top(); y < lanes.bottom(); y += 1) {
        const auto left = view->painter().hitTest(QPointF(fightingX - 30, y));
        const auto right = view->painter().hitTest(QPointF(fightingX + 30, y));
        labelLeft = labelLeft
                    || (left.kind == TimelinePainter::Hit::Kind::Event && left.eventId == fighting);
        labelRight = labelRight
                     || (right.kind == TimelinePainter::Hit::Kind::Event
                         && right.eventId == fighting);
    }
    QVERIFY(labelLeft);
    QVERIFY(!labelRight);
    // Axis labels are still written.
    const QStringList labels = view->painter().lastAxisLabels();
    QVERIFY2(labels.contains(QStringLiteral("2015")), qPrintable(labels.join(u' ')));
    QVERIFY2(labels.contains(QStringLiteral("2020")), qPrintable(labels.join(u' ')));

    // Lanes: headers on the right, where time starts, and the toggle works there.
    view->setLaneMode(LaneMode::Actor);
    render(*view);
    const TimelinePainter::Layout layout = view->painter().lastLayout();
    QCOMPARE(int(layout.laneRows.size()), 2);
    const TimelinePainter::LaneGeometry row = layout.laneRows.front();
    QVERIFY(row.header.left() >= layout.plot.right() - 0.5);
    QVERIFY(row.toggle.right() <= row.header.right());
    QVERIFY(row.toggle.left() > row.header.center().x());
    QCOMPARE(view->painter().hitTest(row.toggle.center()).kind,
             TimelinePainter::Hit::Kind::LaneToggle);
    QVERIFY(findEvent(*view, fighting)->x() < findEvent(*view, talks)->x());

    // Back to left to right: the same window, the marks swap sides.
    view->setTimeDirection(TimeScale::Direction::LeftToRight);
    render(*view);
    QVERIFY(findEvent(*view, talks)->x() < findEvent(*view, fighting)->x());
    QVERIFY(view->painter().lastLayout().laneRows.front().header.right()
            <= view->painter().lastLayout().plot.left() + 0.5);
}

void tst_TimelineView::doubleClickCreatesAtClickedDay_data()
{
    QTest::addColumn<TimeScale::Direction>("direction");
    QTest::addColumn<int>("dayOfMonth");
    QTest::newRow("ltr") << TimeScale::Direction::LeftToRight << 20;
    QTest::newRow("rtl") << TimeScale::Direction::RightToLeft << 20;
    QTest::newRow("rtl early") << TimeScale::Direction::RightToLeft << 3;
}

void tst_TimelineView::doubleClickCreatesAtClickedDay()
{
    QFETCH(TimeScale::Direction, direction);
    QFETCH(int, dayOfMonth);
    auto view = makeView(makeWorkspace(
                             {{QStringLiteral("Talks"), DateSpan::day(2020, 9, 12), 4, {0}}}),
                         direction);
    view->setVisibleRange(DateSpan::julianDay(2020, 9, 1), DateSpan::julianDay(2020, 10, 1));
    render(*view);
    const qint64 day = DateSpan::julianDay(2020, 9, dayOfMonth);
    const QRectF plot = view->plotRect();
    const double x = plot.left() + view->scale().x(double(day) + 0.5);
    // Right to left, the later day is further left.
    const double later = plot.left() + view->scale().x(double(day) + 2.5);
    QVERIFY(direction == TimeScale::Direction::RightToLeft ? later < x : later > x);
    const QPoint at(int(std::round(x)), int(plot.bottom()) - 6);
    QCOMPARE(view->painter().hitTest(at).kind, TimelinePainter::Hit::Kind::None);
    QSignalSpy spy(view.get(), &TimelineView::emptyDoubleClicked);
    QTest::mouseDClick(view.get(), Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), day);
}

void tst_TimelineView::draggingAnEventMovesItTheWayTimeRuns_data()
{
    QTest::addColumn<TimeScale::Direction>("direction");
    QTest::addColumn<int>("dx");
    QTest::addColumn<double>("sign"); // of the day delta for a drag to the right
    QTest::newRow("ltr right") << TimeScale::Direction::LeftToRight << 150 << 1.0;
    QTest::newRow("ltr left") << TimeScale::Direction::LeftToRight << -150 << 1.0;
    QTest::newRow("rtl right") << TimeScale::Direction::RightToLeft << 150 << -1.0;
    QTest::newRow("rtl left") << TimeScale::Direction::RightToLeft << -150 << -1.0;
}

void tst_TimelineView::draggingAnEventMovesItTheWayTimeRuns()
{
    QFETCH(TimeScale::Direction, direction);
    QFETCH(int, dx);
    QFETCH(double, sign);
    auto view = makeView(makeWorkspace(
                             {{QStringLiteral("Talks"), DateSpan::day(2020, 9, 15), 4, {0}}}),
                         direction);
    view->setEventDragEnabled(true);
    view->setVisibleRange(DateSpan::julianDay(2020, 9, 1), DateSpan::julianDay(2020, 10, 1));
    render(*view);
    const qint64 talks = m_eventIds.value(QStringLiteral("Talks"));
    const auto at = findEvent(*view, talks);
    QVERIFY(at);
    const QPoint start = at->toPoint();
    const double from = view->visibleFrom();
    QSignalSpy spy(view.get(), &TimelineView::eventDragged);
    QTest::mousePress(view.get(), Qt::LeftButton, Qt::NoModifier, start);
    for (int step = 1; step <= 3; ++step) {
        const QPointF pos(start.x() + dx * step / 3.0, start.y());
        QMouseEvent move(QEvent::MouseMove,
                         pos,
                         view->mapToGlobal(pos),
                         Qt::NoButton,
                         Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(view.get(), &move);
    }
    QTest::mouseRelease(view.get(), Qt::LeftButton, Qt::NoModifier, start + QPoint(dx, 0));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), talks);
    const double delta = spy.at(0).at(1).toDouble();
    QVERIFY2(std::abs(delta - sign * dx * view->scale().daysPerPixel()) < 1e-6,
             qPrintable(QString::number(delta)));
    QCOMPARE(view->visibleFrom(), from); // moving an event does not pan
}

void tst_TimelineView::rightToLeftArrowKeys()
{
    auto view = makeView(makeWorkspace(
                             {{QStringLiteral("First"), DateSpan::day(2020, 9, 1), 4, {0}},
                              {QStringLiteral("Second"), DateSpan::day(2020, 9, 5), 19, {1}},
                              {QStringLiteral("Third"), DateSpan::day(2020, 9, 9), 19, {1}}}),
                         TimeScale::Direction::RightToLeft);
    view->setFocus();
    // Alt+arrow moves to the event on that side: left is later.
    QTest::keyClick(view.get(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(view->selectedEvent(), m_eventIds.value(QStringLiteral("First")));
    QTest::keyClick(view.get(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(view->selectedEvent(), m_eventIds.value(QStringLiteral("Second")));
    QTest::keyClick(view.get(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(view->selectedEvent(), m_eventIds.value(QStringLiteral("First")));
    // A plain arrow pans towards that side: left shows later times.
    view->setVisibleRange(DateSpan::julianDay(2020, 8, 1), DateSpan::julianDay(2020, 10, 1));
    const double from = view->visibleFrom();
    QTest::keyClick(view.get(), Qt::Key_Left);
    QVERIFY(view->visibleFrom() > from);
    QTest::keyClick(view.get(), Qt::Key_Right);
    QTest::keyClick(view.get(), Qt::Key_Right);
    QVERIFY(view->visibleFrom() < from);
}

void tst_TimelineView::rightToLeftDensityAndClusters()
{
    QList<Spec> specs;
    for (int i = 0; i < 3000; ++i)
        specs.append({QStringLiteral("Clash %1").arg(i),
                      DateSpan::day(2018 + (i % 3), 6, 1 + (i % 5)),
                      19,
                      {0}});
    auto view = makeView(makeWorkspace(specs), TimeScale::Direction::RightToLeft);
    view->setVisibleRange(DateSpan::julianDay(2018, 1, 1), DateSpan::julianDay(2021, 1, 1));
    const QImage image = render(*view);
    QCOMPARE(view->painter().lastGlyphCount(), 0);
    QCOMPARE(view->painter().lastAggregatedLaneCount(), 1);
    const QRectF plot = view->plotRect();
    const QRectF lanes = view->painter().lastLayout().lanes;
    const QColor conflict = TimelineStyle::quadClassColor(Q::MaterialConflict);
    auto barsNear = [&](qint64 day) {
        const int x = int(std::round(plot.left() + view->scale().x(double(day) + 2.5)));
        return countColour(image, conflict, QRect(x - 4, int(lanes.top()), 9, int(lanes.height())));
    };
    // The bars stand where the scale puts June of each year, none in between.
    for (int year : {2018, 2019, 2020})
        QVERIFY2(barsNear(DateSpan::julianDay(year, 6, 1)) > 0, qPrintable(QString::number(year)));
    QCOMPARE(barsNear(DateSpan::julianDay(2019, 1, 1)), 0);
    QCOMPARE(barsNear(DateSpan::julianDay(2018, 10, 1)), 0);
    // A cluster's hit covers the day under the pointer.
    const qint64 june = DateSpan::julianDay(2019, 6, 3);
    const double x = plot.left() + view->scale().x(double(june) + 0.5);
    const TimelinePainter::Hit hit = view->painter().hitTest(QPointF(x, lanes.bottom() - 8));
    QCOMPARE(hit.kind, TimelinePainter::Hit::Kind::Cluster);
    QVERIFY2(hit.from <= june + 0.5 && hit.to >= june + 0.5,
             qPrintable(QStringLiteral("%1 %2 %3").arg(hit.from).arg(hit.to).arg(june)));
    QVERIFY(hit.to - hit.from < 30);
    // Zoomed in to days: the day's column is under its day.
    view->setVisibleRange(june - 3, june + 4);
    render(*view);
    QCOMPARE(view->painter().lastAggregatedLaneCount(), 1);
    const double dayX = plot.left() + view->scale().x(double(june) + 0.5);
    const TimelinePainter::Hit dayHit = view->painter().hitTest(QPointF(dayX, lanes.bottom() - 8));
    QCOMPARE(dayHit.kind, TimelinePainter::Hit::Kind::Cluster);
    QVERIFY(dayHit.from <= june + 0.5 && dayHit.to >= june + 0.5);
}

QTEST_MAIN(tst_TimelineView)
#include "tst_timelineview.moc"
