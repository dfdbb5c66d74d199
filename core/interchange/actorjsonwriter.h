#pragma once

#include "core/interchange/namelookup.h"
#include "core/model/actor.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

class QIODevice;

namespace Faultline {

// Actors as JSON: one array of {id, name, kind, country, aliases, affiliation}, the
// affiliation given by name.
class ActorJsonWriter
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::ActorJsonWriter)

public:
    explicit ActorJsonWriter(const NameLookup &names);

    QJsonObject toJson(const Actor &actor) const;
    bool write(QIODevice *device, const QList<Actor> &actors, QString *error) const;

private:
    const NameLookup &m_names;
};

} // namespace Faultline
