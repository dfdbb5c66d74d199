#pragma once

#include "core/interchange/actorgraphspells.h"
#include "core/query/actorgraph.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace Faultline::Testing {

// Three actors with awkward names, one shared-events edge and one affiliation, and the
// events behind them: what the graph writers' tests export.
struct GraphFixture
{
    ActorGraph graph;
    ActorGraphSpells spells;

    GraphFixture()
    {
        std::vector<ActorGraph::Node> nodes(3);
        nodes[0] = {11, QStringLiteral("Taliban <\"militants\"> & co"), Actor::Kind::ArmedGroup, 2};
        nodes[1] = {12, QStringLiteral("حكومة أفغانستان"), Actor::Kind::Government, 2};
        nodes[2] = {13, QStringLiteral("Abdul Ghani Baradar"), Actor::Kind::Person, 1};
        std::vector<ActorGraph::Edge> edges(2);
        edges[0].source = 0;
        edges[0].target = 1;
        edges[0].eventCount = 2;
        edges[0].quadClassCounts[size_t(EventType::QuadClass::VerbalCooperation)] = 1;
        edges[0].quadClassCounts[size_t(EventType::QuadClass::MaterialConflict)] = 1;
        edges[0].eventIds = {1, 2};
        edges[1].source = 2;
        edges[1].target = 0;
        edges[1].kind = ActorGraph::EdgeKind::Affiliation;
        graph = ActorGraph(std::move(nodes), std::move(edges), 0);

        Event talks;
        talks.date = DateSpan::day(2015, 7, 7);
        talks.participants = {{11, Event::Role::Source, false}, {12, Event::Role::Target, false}};
        Event fighting;
        fighting.date = DateSpan::month(2016, 4);
        fighting.participants = {{12, Event::Role::Source, false}, {11, Event::Role::Target, false}};
        Event release;
        release.date = DateSpan::year(2018);
        release.participants = {{13, Event::Role::Target, false}};
        spells.addEvent(talks);
        spells.addEvent(fighting);
        spells.addEvent(release);
    }
};

// Whether xmllint, when installed, finds the file well-formed (no schema, no network).
// Returns true without xmllint.
inline bool xmllintWellFormed(const QByteArray &bytes, QString *message)
{
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty())
        return true;
    QTemporaryFile file;
    if (!file.open())
        return false;
    file.write(bytes);
    file.flush();
    QProcess process;
    process.start(xmllint, {QStringLiteral("--noout"), QStringLiteral("--nonet"), file.fileName()});
    process.waitForFinished(30000);
    *message = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace Faultline::Testing
