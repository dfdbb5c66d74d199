#pragma once

#include "core/model/actor.h"
#include "core/model/eventtype.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <vector>

namespace Faultline {

// Actors (nodes) and their relations (edges) over a set of events: shared events and affiliations.
class ActorGraph
{
public:
    // How many event ids an edge keeps; eventCount always holds the full number.
    static constexpr int MaxStoredEventIds = 1000;
    static constexpr int QuadClassCount = 5; // indexed by int(EventType::QuadClass)

    struct Node
    {
        qint64 actorId = 0;
        QString name;
        Actor::Kind kind = Actor::Kind::Other;
        int eventCount = 0; // events of the filter the actor takes part in
    };

    enum class EdgeKind {
        SharedEvents, // both actors take part in the same events
        Affiliation,  // source belongs to target (Baradar -> Taliban)
    };

    struct Edge
    {
        int source = 0; // node index; for SharedEvents source < target
        int target = 0;
        EdgeKind kind = EdgeKind::SharedEvents;
        int eventCount = 0;
        std::array<int, QuadClassCount> quadClassCounts{};
        QList<qint64> eventIds; // ascending, the first MaxStoredEventIds of them

        int quadClassCount(EventType::QuadClass quadClass) const
        {
            return quadClassCounts[size_t(quadClass)];
        }
    };

    ActorGraph() = default;
    ActorGraph(std::vector<Node> nodes, std::vector<Edge> edges, int hiddenActorCount);

    const std::vector<Node> &nodes() const { return m_nodes; }
    const std::vector<Edge> &edges() const { return m_edges; }
    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const { return int(m_edges.size()); }
    int edgeCount(EdgeKind kind) const;
    bool isEmpty() const { return m_nodes.empty(); }
    // Tells graphs apart for caches: every constructed graph gets a new one,
    // copies keep it (a graph never changes after construction); 0 when empty.
    quint64 serial() const { return m_serial; }
    // Actors with events in the filter left out by the node cap.
    int hiddenActorCount() const { return m_hiddenActorCount; }

    int indexOf(qint64 actorId) const; // -1 when not in the graph
    // The edge of that kind between two actors, in either direction; nullptr when none.
    const Edge *edgeBetween(qint64 firstActorId, qint64 secondActorId, EdgeKind kind) const;
    // Indices into edges() of the edges touching a node.
    const QList<int> &incidentEdges(int node) const { return m_incident[size_t(node)]; }

    // An actor and every actor within `depth` steps of it over edges of any kind.
    // Empty when the actor is not in the graph. hiddenActorCount counts the rest.
    ActorGraph egoView(qint64 actorId, int depth) const;

    // Radius of a node drawn for that many events, in layout units (the layout
    // keeps nodes of these sizes from overlapping).
    static double nodeRadius(int eventCount);

private:
    void index();

    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
    std::vector<QList<int>> m_incident;
    QHash<qint64, int> m_indexOfActor;
    int m_hiddenActorCount = 0;
    quint64 m_serial = 0;
};

} // namespace Faultline
