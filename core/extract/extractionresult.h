#pragma once

#include "core/extract/actorcandidate.h"
#include "core/extract/eventcandidate.h"

#include <QList>
#include <QStringList>

namespace Faultline {

// What the extraction pipeline found in one document.
struct ExtractionResult
{
    QList<ActorCandidate> actors;
    QList<EventCandidate> events;
    QStringList warnings; // translated, one sentence each
};

} // namespace Faultline
