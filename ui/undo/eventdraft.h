#pragma once

#include "core/model/event.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Faultline {

class Workspace;

// An event as edited by hand: its fields, and its actors by name, so that a
// name the workspace does not know yet becomes a new actor when it is written.
struct EventDraft
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::EventDraft)

public:
    struct Participant
    {
        QString actorName;
        Event::Role role = Event::Role::Participant;
    };

    Event event; // id 0 for a new event; its participants are replaced by these
    QList<Participant> participants;

    // Inserts or updates the event (evidence kept), creating missing actors.
    bool write(Workspace &workspace, qint64 *eventId, QString *error) const;
};

} // namespace Faultline
