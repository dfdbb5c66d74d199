#pragma once

#include "core/model/article.h"

#include <QList>
#include <QString>

#include <optional>

namespace Faultline {

class Workspace;

// Reads and writes articles. Writes run inside the caller's Transaction.
class ArticleRepository
{
public:
    explicit ArticleRepository(Workspace &workspace);

    bool insert(Article &article, QString *error); // sets article.id
    bool update(const Article &article, QString *error);
    bool remove(qint64 id, QString *error);        // its evidence goes with it
    std::optional<Article> find(qint64 id) const;
    std::optional<qint64> findByHash(const QString &contentHash) const;
    QList<Article> all(bool withText = false) const; // ordered by id
    int count() const;

private:
    Workspace &m_workspace;
};

} // namespace Faultline
