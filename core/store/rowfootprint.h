#pragma once

#include <QtGlobal>

namespace Faultline {

// The rows one bulk write added, as a range of row ids per table. Rows added in
// one transaction get consecutive ids (each the largest so far plus one); when
// one does not, the footprint is marked scattered and describes nothing.
struct RowFootprint
{
    struct Range
    {
        qint64 first = 0;
        qint64 last = -1;

        bool isEmpty() const { return last < first; }
        qint64 size() const { return isEmpty() ? 0 : last - first + 1; }
    };

    Range events;   // with their evidence and participants
    Range articles; // the sources
    Range actors;   // the actors the write created
    bool scattered = false;

    bool isEmpty() const { return events.isEmpty() && articles.isEmpty() && actors.isEmpty(); }

    // Extends range by id, which must follow its last id.
    void add(Range &range, qint64 id)
    {
        if (range.isEmpty())
            range = {id, id};
        else if (id == range.last + 1)
            range.last = id;
        else
            scattered = true;
    }
};

} // namespace Faultline
