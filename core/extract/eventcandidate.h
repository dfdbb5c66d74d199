#pragma once

#include "core/model/event.h"

#include <QList>

namespace Faultline {

// An event found in one article. Participants point into
// ExtractionResult::actors; event.participants stays empty until stored.
struct EventCandidate
{
    struct Participant
    {
        int actor = -1; // index into ExtractionResult::actors
        Event::Role role = Event::Role::Participant;
        bool inferred = false;
    };

    Event event; // evidence holds the sentence span (articleId 0)
    QList<Participant> participants;
    QString lemma; // the trigger that made it, e.g. "talks"
};

} // namespace Faultline
