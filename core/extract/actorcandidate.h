#pragma once

#include "core/model/actor.h"

#include <QString>

namespace Faultline {

// An actor found in one article, before it is matched against the workspace.
struct ActorCandidate
{
    Actor actor;             // id is 0; name is the canonical name
    QString affiliationName; // canonical name of the actor it belongs to, if any
};

} // namespace Faultline
