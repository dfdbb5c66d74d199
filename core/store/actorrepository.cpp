#include "core/store/actorrepository.h"

#include "core/store/storesql.h"
#include "core/store/transaction.h"
#include "core/store/workspace.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace Faultline {

using StoreSql::exec;
using StoreSql::prepare;

namespace {

bool beginOrFail(const Transaction &transaction, QString *error)
{
    if (transaction.isActive())
        return true;
    if (error)
        *error = transaction.errorString();
    return false;
}

} // namespace

ActorRepository::ActorRepository(Workspace &workspace)
    : m_workspace(workspace)
{}

bool ActorRepository::insert(Actor &actor, QString *error)
{
    const QString name = actor.name.trimmed();
    if (name.isEmpty()) {
        if (error)
            *error = tr("An actor needs a name.");
        return false;
    }
    if (!select(QStringLiteral("WHERE name = ?"), {name}).isEmpty()) {
        if (error)
            *error = tr("There is already an actor named %1.").arg(name);
        return false;
    }
    if (actor.affiliationId && *actor.affiliationId == actor.id && actor.id != 0) {
        if (error)
            *error = tr("An actor cannot be affiliated with itself.");
        return false;
    }
    Transaction transaction(m_workspace);
    if (!beginOrFail(transaction, error))
        return false;
    QSqlQuery query(m_workspace.database());
    if (!prepare(query,
                 QStringLiteral("INSERT INTO actors (name, kind, country, affiliation_id) "
                                "VALUES (?, ?, ?, ?)"),
                 error))
        return false;
    query.addBindValue(name);
    query.addBindValue(Actor::kindKey(actor.kind));
    query.addBindValue(StoreSql::text(actor.country));
    query.addBindValue(StoreSql::nullable(actor.affiliationId));
    if (!exec(query, error))
        return false;
    Actor stored = actor;
    stored.id = query.lastInsertId().toLongLong();
    stored.name = name;
    if (!writeAliases(stored, error) || !transaction.commit(error))
        return false;
    actor = stored;
    return true;
}

bool ActorRepository::update(const Actor &actor, QString *error)
{
    const QString name = actor.name.trimmed();
    if (name.isEmpty()) {
        if (error)
            *error = tr("An actor needs a name.");
        return false;
    }
    if (actor.affiliationId && *actor.affiliationId == actor.id) {
        if (error)
            *error = tr("An actor cannot be affiliated with itself.");
        return false;
    }
    Transaction transaction(m_workspace);
    if (!beginOrFail(transaction, error))
        return false;
    QSqlQuery query(m_workspace.database());
    if (!prepare(query,
                 QStringLiteral("UPDATE actors SET name = ?, kind = ?, country = ?, "
                                "affiliation_id = ? WHERE id = ?"),
                 error))
        return false;
    query.addBindValue(name);
    query.addBindValue(Actor::kindKey(actor.kind));
    query.addBindValue(StoreSql::text(actor.country));
    query.addBindValue(StoreSql::nullable(actor.affiliationId));
    query.addBindValue(actor.id);
    if (!exec(query, error))
        return false;
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = tr("There is no actor with the id %1.").arg(actor.id);
        return false;
    }
    Actor stored = actor;
    stored.name = name;
    return writeAliases(stored, error) && transaction.commit(error);
}

bool ActorRepository::remove(qint64 id, QString *error)
{
    Transaction transaction(m_workspace);
    if (!beginOrFail(transaction, error))
        return false;
    QSqlQuery query(m_workspace.database());
    if (!prepare(query, QStringLiteral("DELETE FROM actors WHERE id = ?"), error))
        return false;
    query.addBindValue(id);
    if (!exec(query, error))
        return false;
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = tr("There is no actor with the id %1.").arg(id);
        return false;
    }
    return transaction.commit(error);
}

bool ActorRepository::merge(qint64 from, qint64 into, QString *error)
{
    if (from == into) {
        if (error)
            *error = tr("An actor cannot be merged into itself.");
        return false;
    }
    const std::optional<Actor> source = find(from);
    const std::optional<Actor> target = find(into);
    if (!source || !target) {
        if (error)
            *error = tr("There is no actor with the id %1.").arg(source ? into : from);
        return false;
    }
    Transaction transaction(m_workspace);
    if (!beginOrFail(transaction, error))
        return false;
    QSqlQuery query(m_workspace.database());
    // Participations the target already has in the same role stay single.
    const QStringList statements{
        QStringLiteral("UPDATE OR IGNORE event_actors SET actor_id = :into WHERE actor_id = :from"),
        QStringLiteral("DELETE FROM event_actors WHERE actor_id = :from"),
        QStringLiteral("UPDATE actors SET affiliation_id = NULL WHERE id = :into AND "
                       "affiliation_id = :from"),
        QStringLiteral("UPDATE actors SET affiliation_id = :into WHERE affiliation_id = :from"),
    };
    for (const QString &statement : statements) {
        if (!prepare(query, statement, error))
            return false;
        query.bindValue(QStringLiteral(":into"), into);
        query.bindValue(QStringLiteral(":from"), from);
        if (!exec(query, error))
            return false;
    }
    Actor merged = *target;
    // The old name and aliases keep finding the merged actor.
    for (const QString &alias : QStringList{source->name} + source->aliases) {
        if (alias.compare(merged.name, Qt::CaseInsensitive) != 0)
            merged.aliases << alias;
    }
    if (!prepare(query, QStringLiteral("DELETE FROM actors WHERE id = ?"), error))
        return false;
    query.addBindValue(from);
    if (!exec(query, error))
        return false;
    return writeAliases(merged, error) && transaction.commit(error);
}

bool ActorRepository::writeAliases(const Actor &actor, QString *error)
{
    QSqlQuery query(m_workspace.database());
    if (!prepare(query, QStringLiteral("DELETE FROM actor_aliases WHERE actor_id = ?"), error))
        return false;
    query.addBindValue(actor.id);
    if (!exec(query, error))
        return false;
    if (!prepare(query,
                 QStringLiteral("INSERT INTO actor_aliases (actor_id, alias) VALUES (?, ?)"),
                 error))
        return false;
    // Aliases are a set: no blanks, no repeats, not the name itself (all case-insensitive).
    QSet<QString> seen{actor.name.toCaseFolded()};
    for (const QString &raw : actor.aliases) {
        const QString alias = raw.trimmed();
        if (alias.isEmpty() || seen.contains(alias.toCaseFolded()))
            continue;
        seen.insert(alias.toCaseFolded());
        query.addBindValue(actor.id);
        query.addBindValue(alias);
        if (!exec(query, error))
            return false;
    }
    return true;
}

std::optional<Actor> ActorRepository::find(qint64 id) const
{
    const QList<Actor> actors = select(QStringLiteral("WHERE id = ?"), {id});
    if (actors.isEmpty())
        return std::nullopt;
    return actors.constFirst();
}

std::optional<Actor> ActorRepository::findByName(const QString &nameOrAlias) const
{
    const QString name = nameOrAlias.trimmed();
    if (name.isEmpty())
        return std::nullopt;
    // A canonical name wins over an alias; among aliases the oldest actor wins.
    QList<Actor> actors = select(QStringLiteral("WHERE name = ?"), {name});
    if (actors.isEmpty())
        actors = select(QStringLiteral("WHERE id = (SELECT min(actor_id) FROM actor_aliases "
                                       "WHERE alias = ?)"),
                        {name});
    if (actors.isEmpty())
        return std::nullopt;
    return actors.constFirst();
}

QList<Actor> ActorRepository::all() const
{
    return select(QString(), {});
}

int ActorRepository::count() const
{
    QSqlQuery query(m_workspace.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM actors")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QHash<qint64, int> ActorRepository::eventCounts() const
{
    QHash<qint64, int> counts;
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT actor_id, count(DISTINCT event_id) FROM event_actors "
                                   "GROUP BY actor_id")))
        return counts;
    while (query.next())
        counts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    return counts;
}

QList<Actor> ActorRepository::select(const QString &where, const QVariantList &binds) const
{
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    if (!prepare(query,
                 QStringLiteral("SELECT id, name, kind, country, affiliation_id FROM actors %1 "
                                "ORDER BY name, id")
                     .arg(where),
                 nullptr))
        return {};
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!exec(query, nullptr))
        return {};
    QList<Actor> actors;
    QHash<qint64, qsizetype> indexById;
    while (query.next()) {
        Actor actor;
        actor.id = query.value(0).toLongLong();
        actor.name = query.value(1).toString();
        actor.kind = Actor::kindFromKey(query.value(2).toString()).value_or(Actor::Kind::Other);
        actor.country = query.value(3).toString();
        if (!query.isNull(4))
            actor.affiliationId = query.value(4).toLongLong();
        indexById.insert(actor.id, actors.size());
        actors << actor;
    }
    query.finish();
    if (actors.isEmpty())
        return actors;

    // All aliases in one query: a single actor by id, or every alias when listing all.
    QString aliasSql = QStringLiteral("SELECT actor_id, alias FROM actor_aliases");
    if (actors.size() == 1)
        aliasSql += QStringLiteral(" WHERE actor_id = %1").arg(actors.constFirst().id);
    aliasSql += QStringLiteral(" ORDER BY actor_id, rowid");
    if (!query.exec(aliasSql))
        return {};
    while (query.next()) {
        const auto it = indexById.constFind(query.value(0).toLongLong());
        if (it != indexById.cend())
            actors[*it].aliases << query.value(1).toString();
    }
    return actors;
}

} // namespace Faultline
