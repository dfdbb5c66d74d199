#include "core/store/articleimporter.h"

#include "core/store/actorrepository.h"
#include "core/store/articlerepository.h"
#include "core/store/eventrepository.h"
#include "core/store/transaction.h"
#include "core/store/workspace.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Faultline {

namespace {

// Two reports are of one happening when they share the type, the date at the
// same precision and at least half of the actors of the smaller report.
bool sameHappening(const Event &known, const Event &candidate, const QSet<qint64> &candidateActors)
{
    if (!(known.type == candidate.type) || !(known.date == candidate.date) || !known.date.isValid())
        return false;
    QSet<qint64> knownActors;
    for (const auto &p : known.participants)
        knownActors.insert(p.actorId);
    if (knownActors.isEmpty() || candidateActors.isEmpty())
        return knownActors.isEmpty() && candidateActors.isEmpty();
    const qsizetype shared = QSet<qint64>(knownActors).intersect(candidateActors).size();
    return shared * 2 >= std::min(knownActors.size(), candidateActors.size());
}

} // namespace

ArticleImporter::ArticleImporter(Workspace &workspace)
    : m_workspace(workspace)
{}

bool ArticleImporter::import(Article article,
                             const ExtractionResult &extraction,
                             Summary *summary,
                             QString *error)
{
    Summary result;
    result.warnings = extraction.warnings;
    if (article.contentHash.isEmpty())
        article.contentHash = Article::hashText(article.text);

    ArticleRepository articles(m_workspace);
    if (const auto known = articles.findByHash(article.contentHash)) {
        result.duplicate = true;
        result.articleId = *known;
        if (summary)
            *summary = result;
        return true;
    }

    Transaction transaction(m_workspace);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.errorString();
        return false;
    }
    // Another process (a second import) may have written the same article
    // between the check above and the write lock.
    if (const auto known = articles.findByHash(article.contentHash)) {
        result.duplicate = true;
        result.articleId = *known;
        if (summary)
            *summary = result;
        return true;
    }
    if (!articles.insert(article, error))
        return false;
    result.articleId = article.id;

    // Actors: known ones by name or alias, new ones inserted; then affiliations.
    ActorRepository actors(m_workspace);
    QList<qint64> actorIds;
    actorIds.reserve(extraction.actors.size());
    QHash<QString, qint64> idByName;
    for (const ActorCandidate &candidate : extraction.actors) {
        std::optional<Actor> known = actors.findByName(candidate.actor.name);
        for (qsizetype i = 0; !known && i < candidate.actor.aliases.size(); ++i)
            known = actors.findByName(candidate.actor.aliases.at(i));
        if (known) {
            bool changed = false;
            for (const QString &alias : candidate.actor.aliases) {
                if (alias.compare(known->name, Qt::CaseInsensitive) != 0
                    && !known->aliases.contains(alias, Qt::CaseInsensitive)) {
                    known->aliases.append(alias);
                    changed = true;
                }
            }
            if (changed && !actors.update(*known, error))
                return false;
            actorIds.append(known->id);
            ++result.actorsMatched;
        } else {
            Actor actor = candidate.actor;
            if (!actors.insert(actor, error))
                return false;
            actorIds.append(actor.id);
            ++result.actorsAdded;
        }
        idByName.insert(candidate.actor.name.toCaseFolded(), actorIds.last());
    }
    for (qsizetype i = 0; i < extraction.actors.size(); ++i) {
        const QString &affiliation = extraction.actors.at(i).affiliationName;
        if (affiliation.isEmpty())
            continue;
        std::optional<Actor> actor = actors.find(actorIds.at(i));
        if (!actor || actor->affiliationId)
            continue;
        qint64 parentId = idByName.value(affiliation.toCaseFolded());
        if (!parentId) {
            if (const auto parent = actors.findByName(affiliation)) {
                parentId = parent->id;
            } else {
                Actor parentActor;
                parentActor.name = affiliation;
                parentActor.kind = Actor::Kind::Other;
                if (!actors.insert(parentActor, error))
                    return false;
                parentId = parentActor.id;
                idByName.insert(affiliation.toCaseFolded(), parentId);
                ++result.actorsAdded;
            }
        }
        if (parentId == actor->id)
            continue;
        actor->affiliationId = parentId;
        if (!actors.update(*actor, error))
            return false;
    }

    // Events: a happening another article already reported gains evidence.
    EventRepository events(m_workspace);
    for (const EventCandidate &candidate : extraction.events) {
        Event event = candidate.event;
        event.participants.clear();
        QSet<qint64> participantIds;
        for (const EventCandidate::Participant &p : candidate.participants) {
            if (p.actor < 0 || p.actor >= actorIds.size())
                continue;
            const qint64 actorId = actorIds.at(p.actor);
            if (participantIds.contains(actorId))
                continue;
            participantIds.insert(actorId);
            event.participants.append({actorId, p.role, p.inferred});
        }
        for (Evidence &evidence : event.evidence)
            evidence.articleId = article.id;

        std::optional<Event> existing;
        if (event.date.isValid()) {
            // Only an event with the very same days can be the same happening. An
            // equality lookup keeps a long article's import linear, where a window
            // query would scan every earlier event again for each candidate.
            QSqlQuery sameDays(m_workspace.database());
            if (!sameDays.prepare(QStringLiteral(
                    "SELECT e.id FROM events e WHERE e.earliest_day = ? AND e.latest_day = ? "
                    "AND NOT EXISTS (SELECT 1 FROM evidence v WHERE v.event_id = e.id "
                    "AND v.article_id = ?) ORDER BY e.id LIMIT 500"))) {
                if (error)
                    *error = Workspace::sqlErrorText(sameDays.lastError());
                return false;
            }
            sameDays.addBindValue(event.date.earliestDay());
            sameDays.addBindValue(event.date.latestDay());
            sameDays.addBindValue(article.id);
            if (!sameDays.exec()) {
                if (error)
                    *error = Workspace::sqlErrorText(sameDays.lastError());
                return false;
            }
            QList<qint64> ids;
            while (sameDays.next())
                ids.append(sameDays.value(0).toLongLong());
            sameDays.finish();
            for (const qint64 id : std::as_const(ids)) {
                const std::optional<Event> known = events.find(id);
                if (known && sameHappening(*known, event, participantIds)) {
                    existing = known;
                    break;
                }
            }
        }
        if (existing) {
            for (Evidence evidence : std::as_const(event.evidence)) {
                if (!events.addEvidence(existing->id, evidence, error))
                    return false;
            }
            ++result.eventsMerged;
        } else {
            if (!events.insert(event, error))
                return false;
            ++result.eventsAdded;
        }
    }

    if (!transaction.commit(error))
        return false;
    if (summary)
        *summary = result;
    return true;
}

} // namespace Faultline
