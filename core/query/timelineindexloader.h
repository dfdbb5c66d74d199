#pragma once

#include "core/query/eventfilter.h"
#include "core/query/lanemode.h"
#include "core/query/timelineindex.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace Faultline {

class Workspace;

// Reads the compact event rows of a workspace into a TimelineIndex with one
// sequential scan per table (through the SQLite C API of the connection), and
// narrows an index down to an EventFilter.
class TimelineIndexLoader
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::TimelineIndexLoader)

public:
    explicit TimelineIndexLoader(Workspace &workspace);

    std::optional<TimelineIndex> load(LaneMode mode, QString *error) const;

    // The part of `full` that passes the filter. Date range and type are
    // decided from the index itself; actor, article and text go through one
    // id query each. The limit of the filter is ignored: the timeline shows all.
    std::optional<TimelineIndex> filtered(const TimelineIndex &full,
                                          const EventFilter &filter,
                                          QString *error) const;

    // Ids (ascending) of events matching the actor, article and text parts of
    // a filter; nullopt with *error on a database error. Only meaningful when
    // needsIdQuery(filter).
    std::optional<std::vector<qint64>> matchingIds(const EventFilter &filter, QString *error) const;
    static bool needsIdQuery(const EventFilter &filter);

private:
    Workspace &m_workspace;
};

} // namespace Faultline
