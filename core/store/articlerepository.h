#pragma once

#include "core/model/article.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace Faultline {

class Workspace;

// Reads and writes articles.
// Each write is atomic: its own transaction, or a savepoint inside the caller's Transaction.
class ArticleRepository
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::ArticleRepository)

public:
    explicit ArticleRepository(Workspace &workspace);

    bool insert(Article &article, QString *error); // sets article.id
    bool update(const Article &article, QString *error);
    bool remove(qint64 id, QString *error); // its evidence goes with it
    std::optional<Article> find(qint64 id) const;
    std::optional<qint64> findByHash(const QString &contentHash) const;
    QList<Article> all(bool withText = false) const; // ordered by id
    int count() const;

private:
    QList<Article> select(const QString &where, const QVariant &bind, bool withText) const;

    Workspace &m_workspace;
};

} // namespace Faultline
