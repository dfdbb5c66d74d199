#pragma once

#include "core/model/event.h"
#include "core/query/eventfilter.h"

#include <QList>
#include <QString>

#include <optional>

namespace Faultline {

class Workspace;

// Reads and writes events with their participants and evidence.
// Writes run inside the caller's Transaction.
class EventRepository
{
public:
    explicit EventRepository(Workspace &workspace);

    bool insert(Event &event, QString *error); // sets ids of the event and its evidence
    bool update(const Event &event, QString *error); // replaces participants and evidence
    bool remove(qint64 id, QString *error);
    bool addEvidence(qint64 eventId, Evidence &evidence, QString *error);
    std::optional<Event> find(qint64 id) const;
    // Events matching the filter, ordered by earliest day (unresolved last), then id.
    QList<Event> query(const EventFilter &filter = {}) const;
    int count(const EventFilter &filter = {}) const;

private:
    Workspace &m_workspace;
};

} // namespace Faultline
