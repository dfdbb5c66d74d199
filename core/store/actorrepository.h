#pragma once

#include "core/model/actor.h"

#include <QList>
#include <QString>

#include <optional>

namespace Faultline {

class Workspace;

// Reads and writes actors and their aliases. Writes run inside the caller's Transaction.
class ActorRepository
{
public:
    explicit ActorRepository(Workspace &workspace);

    bool insert(Actor &actor, QString *error); // sets actor.id; name must be unique
    bool update(const Actor &actor, QString *error);
    bool remove(qint64 id, QString *error);
    // Moves every participation and alias of `from` to `into`, then removes `from`.
    bool merge(qint64 from, qint64 into, QString *error);
    std::optional<Actor> find(qint64 id) const;
    // Case-insensitive match on the canonical name or any alias.
    std::optional<Actor> findByName(const QString &nameOrAlias) const;
    QList<Actor> all() const; // ordered by name
    int count() const;

private:
    Workspace &m_workspace;
};

} // namespace Faultline
