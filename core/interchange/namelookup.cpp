#include "core/interchange/namelookup.h"

#include "core/store/actorrepository.h"
#include "core/store/articlerepository.h"

#include <QFileInfo>

namespace Faultline {

NameLookup NameLookup::load(Workspace &workspace)
{
    NameLookup lookup;
    const QList<Actor> actors = ActorRepository(workspace).all();
    lookup.m_actors.reserve(actors.size());
    for (const Actor &actor : actors)
        lookup.addActor(actor);
    for (const Article &article : ArticleRepository(workspace).all(false))
        lookup.addArticle(article);
    return lookup;
}

void NameLookup::addActor(const Actor &actor)
{
    m_actors.insert(actor.id, actor);
}

void NameLookup::addArticle(const Article &article)
{
    m_articleLabels.insert(article.id, articleLabel(article));
}

const Actor *NameLookup::actor(qint64 id) const
{
    const auto it = m_actors.constFind(id);
    return it == m_actors.cend() ? nullptr : &*it;
}

QString NameLookup::actorName(qint64 id) const
{
    const Actor *found = actor(id);
    return found ? found->name : QString();
}

QString NameLookup::articleLabel(qint64 id) const
{
    return m_articleLabels.value(id);
}

QString NameLookup::articleLabel(const Article &article)
{
    if (!article.title.trimmed().isEmpty())
        return article.title.trimmed();
    if (!article.url.isEmpty())
        return article.url;
    if (!article.sourcePath.isEmpty())
        return article.sourcePath;
    return tr("Article %1").arg(article.id);
}

} // namespace Faultline
