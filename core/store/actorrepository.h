#pragma once

#include "core/model/actor.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace Faultline {

class Workspace;

// Reads and writes actors and their aliases.
// Each write is atomic: its own transaction, or a savepoint inside the caller's Transaction.
class ActorRepository
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::ActorRepository)

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
    // How many events each actor takes part in (actors without events are absent).
    QHash<qint64, int> eventCounts() const;

private:
    bool writeAliases(const Actor &actor, QString *error);
    QList<Actor> select(const QString &where, const QVariantList &binds) const;

    Workspace &m_workspace;
};

} // namespace Faultline
