#pragma once

#include "core/query/actorgraph.h"
#include "core/query/eventfilter.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Faultline {

class Workspace;

// Builds the ActorGraph of the events passing an EventFilter with one scan of
// event_actors joined with events, plus one scan of the actors.
class ActorGraphBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::ActorGraphBuilder)

public:
    static constexpr int DefaultNodeCap = 2000;

    explicit ActorGraphBuilder(Workspace &workspace);

    // At most this many actors, those with most events (ties: lower id); <= 0: no cap.
    void setNodeCap(int cap) { m_nodeCap = cap; }
    int nodeCap() const { return m_nodeCap; }

    // The filter's limit and offset are ignored: the graph covers every matching event.
    std::optional<ActorGraph> build(const EventFilter &filter, QString *error) const;

private:
    Workspace &m_workspace;
    int m_nodeCap = DefaultNodeCap;
};

} // namespace Faultline
