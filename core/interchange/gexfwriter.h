#pragma once

#include "core/interchange/actorgraphspells.h"
#include "core/query/actorgraph.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace Faultline {

// The actor graph as GEXF 1.3 (http://gexf.net/1.3), as Gephi reads it: nodes with
// kind and event-count attributes, shared-event edges weighted by their event count with
// counts per quad class, affiliation edges directed and of kind "affiliation", and time
// spells from the event dates so that Gephi's timeline can play the graph.
class GexfWriter
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::GexfWriter)

public:
    static constexpr const char *Namespace = "http://gexf.net/1.3";

    // "shared-events" or "affiliation", the edge kind and relation attribute in exports.
    static QString relationKey(ActorGraph::EdgeKind kind);
    // A Julian day as xsd:date, "2020-09-14" ("-0500-03-01" before year 0).
    static QString isoDay(qint64 julianDay);

    void setDescription(const QString &description) { m_description = description; }

    // spells may be nullptr: then the graph is written without time.
    bool write(QIODevice *device,
               const ActorGraph &graph,
               const ActorGraphSpells *spells,
               QString *error) const;

private:
    QString m_description;
};

} // namespace Faultline
