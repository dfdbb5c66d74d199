#pragma once

#include "core/interchange/actorgraphspells.h"
#include "core/query/actorgraph.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace Faultline {

// The actor graph as GraphML, with a <key> declaration for every attribute: nodes with
// label, kind and event count; edges with relation (shared-events or affiliation, the
// latter directed), weight, event count and counts per quad class; nodes and shared-event
// edges with their first and last day and their spells ("start/end" ISO intervals
// joined by "; "), since GraphML has no time of its own.
class GraphmlWriter
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::GraphmlWriter)

public:
    static constexpr const char *Namespace = "http://graphml.graphdrawing.org/xmlns";

    // spells may be nullptr: then no time attributes are written.
    bool write(QIODevice *device,
               const ActorGraph &graph,
               const ActorGraphSpells *spells,
               QString *error) const;
};

} // namespace Faultline
