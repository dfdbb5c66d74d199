#pragma once

#include "core/interchange/namelookup.h"
#include "core/model/actor.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QIODevice;

namespace Faultline {

// Actors as CSV: id, name, kind, country, aliases (joined by "; "), affiliation (by name).
class ActorCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::ActorCsvWriter)

public:
    explicit ActorCsvWriter(const NameLookup &names);

    static QStringList header();
    QStringList row(const Actor &actor) const;
    bool write(QIODevice *device, const QList<Actor> &actors, QString *error) const;

private:
    const NameLookup &m_names;
};

} // namespace Faultline
