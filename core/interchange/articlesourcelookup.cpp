#include "core/interchange/articlesourcelookup.h"

#include "core/store/articlerepository.h"

namespace Faultline {

ArticleSourceLookup ArticleSourceLookup::load(Workspace &workspace)
{
    ArticleSourceLookup lookup;
    for (const Article &article : ArticleRepository(workspace).all(false))
        lookup.addArticle(article);
    return lookup;
}

void ArticleSourceLookup::addArticle(const Article &article)
{
    m_sources.insert(article.id, {article.outlet.trimmed(), article.url.trimmed()});
}

QString ArticleSourceLookup::outlet(qint64 articleId) const
{
    return m_sources.value(articleId).outlet;
}

QString ArticleSourceLookup::url(qint64 articleId) const
{
    return m_sources.value(articleId).url;
}

} // namespace Faultline
