#pragma once

#include "core/model/actor.h"

#include <QString>
#include <QStringList>

namespace Faultline {

// One known actor of the gazetteer: a country, organisation, armed group,
// military, government or party, with the names it goes by.
struct GazetteerEntry
{
    QString canonicalName;
    Actor::Kind kind = Actor::Kind::Other;
    QString country;      // ISO 3166-1 alpha-3, empty when international
    QString affiliation;  // canonical name of the actor it belongs to
    QStringList aliases;  // names other than the canonical one that match it
    QStringList demonyms; // states only: "Afghan", "Pakistani"
    QStringList capitals; // states only: capitals and seats of government
};

} // namespace Faultline
