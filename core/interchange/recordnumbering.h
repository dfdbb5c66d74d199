#pragma once

#include "core/interchange/datarecord.h"

#include <QByteArray>
#include <QHash>

namespace Faultline {

// Numbers the distinct actors (by case-folded name) and sources (outlet, URL
// and title) of mapped records in the order they first appear. It runs on the
// reading thread, so that the writing thread finds each actor's and source's
// row in an array by number instead of hashing names again for every row.
class RecordNumbering
{
public:
    // Sets the numbers of the record's actors and of its source.
    void number(DataRecord *record);

    int actorCount() const { return int(m_actors.size()); }
    int sourceCount() const { return int(m_sources.size()); }

    // What tells sources apart: outlet, URL and title.
    static QByteArray sourceKey(const DataRecord &record);

private:
    QHash<QByteArray, int> m_actors;
    QHash<QByteArray, int> m_sources;
    QByteArray m_key; // scratch
};

} // namespace Faultline
