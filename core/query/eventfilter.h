#pragma once

#include <QString>

#include <optional>

namespace Faultline {

// What the user narrowed the events down to; empty members do not filter.
struct EventFilter
{
    std::optional<qint64> fromDay; // Julian day; events whose span reaches it
    std::optional<qint64> toDay;   // Julian day; events whose span starts by it
    std::optional<qint64> actorId;
    QString actorName;            // canonical name or alias, case-insensitive
    std::optional<int> cameoRoot; // 1..20
    std::optional<qint64> articleId;
    QString text;                  // full-text search over titles and evidence (FTS5)
    bool includeUnresolved = true; // events without a resolved date (ignored when a range is set)
    int limit = -1;                // -1: all
    int offset = 0;                // rows to skip before `limit` (paging, with the same order)

    // Where an event stands in the order of the events' queries: resolved dates by
    // earliest day, unresolved ones last, then by id.
    struct Position
    {
        std::optional<qint64> earliestDay; // nullopt: an event with an unresolved date
        qint64 id = 0;
    };
    // Keyset paging: only the events after this one. Unlike `offset`, a page then
    // starts where the index says, so the last page of a million costs what the first does.
    std::optional<Position> after;

    bool isEmpty() const
    {
        return !fromDay && !toDay && !actorId && actorName.isEmpty() && !cameoRoot && !articleId
               && text.isEmpty();
    }
};

} // namespace Faultline
