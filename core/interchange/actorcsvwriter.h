#pragma once

#include "core/interchange/namelookup.h"
#include "core/model/actor.h"
#include "core/query/actorgraph.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QIODevice;

namespace Faultline {

// Actors as CSV: id, name, kind, country, aliases (joined by "; "), affiliation (by name),
// event_count (from the graph; 0 without one).
class ActorCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::ActorCsvWriter)

public:
    explicit ActorCsvWriter(const NameLookup &names);

    // The graph the event counts come from (nullptr: none); kept, not copied.
    void setGraph(const ActorGraph *graph) { m_graph = graph; }

    static QStringList header();
    QStringList row(const Actor &actor) const;
    bool write(QIODevice *device, const QList<Actor> &actors, QString *error) const;

private:
    const NameLookup &m_names;
    const ActorGraph *m_graph = nullptr;
};

} // namespace Faultline
