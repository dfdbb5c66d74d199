#include "core/query/actorgraph.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <utility>

namespace Faultline {

ActorGraph::ActorGraph(std::vector<Node> nodes, std::vector<Edge> edges, int hiddenActorCount)
    : m_nodes(std::move(nodes))
    , m_edges(std::move(edges))
    , m_hiddenActorCount(hiddenActorCount)
{
    index();
}

void ActorGraph::index()
{
    static std::atomic<quint64> lastSerial{0};
    m_serial = ++lastSerial;
    m_indexOfActor.clear();
    m_indexOfActor.reserve(qsizetype(m_nodes.size()));
    for (size_t i = 0; i < m_nodes.size(); ++i)
        m_indexOfActor.insert(m_nodes[i].actorId, int(i));
    m_incident.assign(m_nodes.size(), {});
    for (size_t e = 0; e < m_edges.size(); ++e) {
        m_incident[size_t(m_edges[e].source)].append(int(e));
        if (m_edges[e].target != m_edges[e].source)
            m_incident[size_t(m_edges[e].target)].append(int(e));
    }
}

int ActorGraph::edgeCount(EdgeKind kind) const
{
    int count = 0;
    for (const Edge &edge : m_edges)
        count += edge.kind == kind ? 1 : 0;
    return count;
}

int ActorGraph::indexOf(qint64 actorId) const
{
    return m_indexOfActor.value(actorId, -1);
}

const ActorGraph::Edge *ActorGraph::edgeBetween(qint64 firstActorId,
                                                qint64 secondActorId,
                                                EdgeKind kind) const
{
    const int first = indexOf(firstActorId);
    const int second = indexOf(secondActorId);
    if (first < 0 || second < 0)
        return nullptr;
    for (int e : m_incident[size_t(first)]) {
        const Edge &edge = m_edges[size_t(e)];
        if (edge.kind != kind)
            continue;
        if ((edge.source == first && edge.target == second)
            || (edge.source == second && edge.target == first))
            return &edge;
    }
    return nullptr;
}

ActorGraph ActorGraph::egoView(qint64 actorId, int depth) const
{
    const int start = indexOf(actorId);
    if (start < 0)
        return {};
    // Breadth-first, ring by ring, so each node is reached at its shortest distance.
    std::vector<int> newIndex(m_nodes.size(), -1);
    std::vector<int> order{start};
    newIndex[size_t(start)] = 0;
    size_t ringBegin = 0;
    for (int step = 0; step < depth; ++step) {
        const size_t ringEnd = order.size();
        for (size_t i = ringBegin; i < ringEnd; ++i) {
            const int node = order[i];
            for (int e : m_incident[size_t(node)]) {
                const Edge &edge = m_edges[size_t(e)];
                const int other = edge.source == node ? edge.target : edge.source;
                if (newIndex[size_t(other)] >= 0)
                    continue;
                newIndex[size_t(other)] = int(order.size());
                order.push_back(other);
            }
        }
        if (order.size() == ringEnd)
            break;
        ringBegin = ringEnd;
    }
    std::vector<Node> nodes;
    nodes.reserve(order.size());
    for (int node : order)
        nodes.push_back(m_nodes[size_t(node)]);
    std::vector<Edge> edges;
    for (const Edge &edge : m_edges) {
        const int source = newIndex[size_t(edge.source)];
        const int target = newIndex[size_t(edge.target)];
        if (source < 0 || target < 0)
            continue;
        Edge copy = edge;
        copy.source = source;
        copy.target = target;
        if (copy.kind == EdgeKind::SharedEvents && copy.source > copy.target)
            std::swap(copy.source, copy.target);
        edges.push_back(std::move(copy));
    }
    const int hidden = m_hiddenActorCount + nodeCount() - int(nodes.size());
    return ActorGraph(std::move(nodes), std::move(edges), hidden);
}

double ActorGraph::nodeRadius(int eventCount)
{
    // Area grows with the count, so a hub of 100 events is ten times as wide as a leaf.
    return 4.0 + 2.0 * std::sqrt(double(std::max(eventCount, 0)));
}

} // namespace Faultline
