#pragma once

#include "core/interchange/namelookup.h"
#include "core/model/actor.h"
#include "core/query/actorgraph.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

class QIODevice;

namespace Faultline {

// Actors as JSON: one array of {id, name, kind, country, aliases, affiliation}, the
// affiliation given by name; with a graph also event_count and relations, one
// {id, name, event_count, quad_classes {verbal-cooperation, ...}} per actor it shares events with.
class ActorJsonWriter
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::ActorJsonWriter)

public:
    explicit ActorJsonWriter(const NameLookup &names);

    // The graph the event counts and relations come from (nullptr: none); kept, not copied.
    void setGraph(const ActorGraph *graph) { m_graph = graph; }

    QJsonObject toJson(const Actor &actor) const;
    bool write(QIODevice *device, const QList<Actor> &actors, QString *error) const;

private:
    const NameLookup &m_names;
    const ActorGraph *m_graph = nullptr;
};

} // namespace Faultline
