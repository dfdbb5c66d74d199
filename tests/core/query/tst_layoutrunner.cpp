#include "core/query/layoutrunner.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <cmath>

using namespace Faultline;

class tst_LayoutRunner : public QObject
{
    Q_OBJECT

private slots:
    void positionsArriveAndFinish();
    void cancelStopsDelivery();
    void restartDropsOldRun();
    void callerKeepsRunning();

private:
    static ForceLayout::Graph ring(int nodes);
};

ForceLayout::Graph tst_LayoutRunner::ring(int nodes)
{
    ForceLayout::Graph graph;
    for (int i = 0; i < nodes; ++i) {
        graph.ids.push_back(i + 1);
        graph.radii.push_back(5);
        graph.edges.push_back({i, (i + 1) % nodes, 1});
        graph.edges.push_back({i, (i * 7 + 3) % nodes, 1});
    }
    return graph;
}

void tst_LayoutRunner::positionsArriveAndFinish()
{
    LayoutRunner runner;
    runner.setReportInterval(1);
    QSignalSpy positions(&runner, &LayoutRunner::positionsChanged);
    QSignalSpy finished(&runner, &LayoutRunner::finished);
    const int generation = runner.start(ring(300), {});
    QVERIFY(runner.isRunning());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!runner.isRunning());
    QVERIFY(positions.count() >= 2); // intermediate ones and the final one
    const auto snapshot = finished.at(0).at(0).value<LayoutSnapshot>();
    QCOMPARE(snapshot.generation, generation);
    QVERIFY(snapshot.stable);
    QCOMPARE(snapshot.ids.size(), 300);
    QCOMPARE(snapshot.positions.size(), 300);
    for (const QPointF &p : snapshot.positions)
        QVERIFY(std::isfinite(p.x()) && std::isfinite(p.y()));
    QCOMPARE(snapshot.positionOf(5), snapshot.positions.at(4));
}

void tst_LayoutRunner::cancelStopsDelivery()
{
    LayoutRunner runner;
    runner.setReportInterval(1);
    runner.setMaxIterations(1000000); // would run for long
    QSignalSpy positions(&runner, &LayoutRunner::positionsChanged);
    QSignalSpy finished(&runner, &LayoutRunner::finished);
    QSignalSpy cancelled(&runner, &LayoutRunner::cancelled);
    ForceLayout::Settings settings;
    settings.stableDisplacement = 0; // never rests
    runner.start(ring(2000), settings);
    QVERIFY(positions.wait(10000));
    runner.cancel();
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!runner.isRunning());
    const int seen = positions.count();
    QTest::qWait(300);
    QCOMPARE(positions.count(), seen); // nothing delivered after cancel
    QCOMPARE(finished.count(), 0);
}

void tst_LayoutRunner::restartDropsOldRun()
{
    LayoutRunner runner;
    runner.setReportInterval(1);
    QSignalSpy finished(&runner, &LayoutRunner::finished);
    QSignalSpy positions(&runner, &LayoutRunner::positionsChanged);
    ForceLayout::Settings endless;
    endless.stableDisplacement = 0;
    runner.setMaxIterations(1000000);
    const int first = runner.start(ring(2000), endless);
    QVERIFY(positions.wait(10000));
    runner.setMaxIterations(300);
    const int second = runner.start(ring(50), {});
    QVERIFY(second > first);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<LayoutSnapshot>().generation, second);
    QCOMPARE(finished.at(0).at(0).value<LayoutSnapshot>().ids.size(), 50);
    // Every snapshot after the restart comes from the second run.
    bool sawSecond = false;
    for (const QList<QVariant> &arguments : std::as_const(positions)) {
        const int generation = arguments.at(0).value<LayoutSnapshot>().generation;
        if (generation == second)
            sawSecond = true;
        else
            QVERIFY(!sawSecond);
    }
    QVERIFY(sawSecond);
}

void tst_LayoutRunner::callerKeepsRunning()
{
    LayoutRunner runner;
    ForceLayout::Settings endless;
    endless.stableDisplacement = 0;
    runner.setMaxIterations(1000000);
    QElapsedTimer clock;
    clock.start();
    runner.start(ring(5000), endless);
    QVERIFY(clock.elapsed() < 200); // start() returns at once
    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&ticks]() { ++ticks; });
    timer.start(10);
    QTest::qWait(500);
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
    QVERIFY(runner.isRunning());
    // The destructor cancels and waits for the worker.
}

QTEST_GUILESS_MAIN(tst_LayoutRunner)
#include "tst_layoutrunner.moc"
