#pragma once

#include "core/model/actor.h"

#include <QString>
#include <QtGlobal>

namespace Faultline {

// One mention of an actor in a text, resolved to the actor it names.
struct ActorMention
{
    qsizetype begin = 0; // UTF-16 offsets in the full text
    qsizetype end = 0;
    QString surface;       // the text as written: "Kabul", "the militants"
    QString canonicalName; // "Afghanistan (government)", "Taliban"
    Actor::Kind kind = Actor::Kind::Other;
    QString country;       // ISO 3166-1 alpha-3 when known
    QString affiliation;   // canonical name of the actor it belongs to, if stated or implied
    bool inferred = false; // resolved from a generic mention or metonymy, not named
};

} // namespace Faultline
