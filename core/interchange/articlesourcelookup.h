#pragma once

#include "core/model/article.h"

#include <QHash>
#include <QString>

namespace Faultline {

class Workspace;

// The outlet and URL of each article, for exports that name an event's sources.
class ArticleSourceLookup
{
public:
    ArticleSourceLookup() = default;
    // Every article of the workspace (without its text).
    static ArticleSourceLookup load(Workspace &workspace);

    void addArticle(const Article &article);
    QString outlet(qint64 articleId) const; // empty when unknown
    QString url(qint64 articleId) const;    // empty when unknown

private:
    struct Source
    {
        QString outlet;
        QString url;
    };
    QHash<qint64, Source> m_sources;
};

} // namespace Faultline
