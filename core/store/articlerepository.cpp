#include "core/store/articlerepository.h"

#include "core/store/storesql.h"
#include "core/store/transaction.h"
#include "core/store/workspace.h"

#include <QSqlQuery>

namespace Faultline {

using StoreSql::exec;
using StoreSql::prepare;

namespace {

QString storedHash(const Article &article)
{
    return article.contentHash.isEmpty() ? Article::hashText(article.text) : article.contentHash;
}

void bindArticleColumns(QSqlQuery &query, const Article &article)
{
    query.addBindValue(StoreSql::text(article.title));
    query.addBindValue(StoreSql::text(article.outlet));
    query.addBindValue(StoreSql::text(article.url));
    query.addBindValue(StoreSql::text(article.sourcePath));
    query.addBindValue(StoreSql::nullable(article.publishedDay));
    query.addBindValue(StoreSql::text(article.text));
    query.addBindValue(storedHash(article));
    query.addBindValue(article.importedAt.toUTC().toString(Qt::ISODateWithMs));
}

} // namespace

ArticleRepository::ArticleRepository(Workspace &workspace)
    : m_workspace(workspace)
{}

bool ArticleRepository::insert(Article &article, QString *error)
{
    Article stored = article;
    stored.contentHash = storedHash(article);
    if (!stored.importedAt.isValid())
        stored.importedAt = QDateTime::currentDateTimeUtc();
    if (findByHash(stored.contentHash)) {
        if (error)
            *error = tr("The workspace already holds an article with the same text.");
        return false;
    }
    Transaction transaction(m_workspace);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.errorString();
        return false;
    }
    QSqlQuery query(m_workspace.database());
    if (!prepare(query,
                 QStringLiteral("INSERT INTO articles (title, outlet, url, source_path, "
                                "published_day, text, content_hash, imported_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 error))
        return false;
    bindArticleColumns(query, stored);
    if (!exec(query, error))
        return false;
    stored.id = query.lastInsertId().toLongLong();
    if (!transaction.commit(error))
        return false;
    article = stored;
    return true;
}

bool ArticleRepository::update(const Article &article, QString *error)
{
    Article stored = article;
    if (!stored.importedAt.isValid())
        stored.importedAt = QDateTime::currentDateTimeUtc();
    Transaction transaction(m_workspace);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.errorString();
        return false;
    }
    QSqlQuery query(m_workspace.database());
    if (!prepare(query,
                 QStringLiteral("UPDATE articles SET title = ?, outlet = ?, url = ?, "
                                "source_path = ?, published_day = ?, text = ?, content_hash = ?, "
                                "imported_at = ? WHERE id = ?"),
                 error))
        return false;
    bindArticleColumns(query, stored);
    query.addBindValue(stored.id);
    if (!exec(query, error))
        return false;
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = tr("There is no article with the id %1.").arg(article.id);
        return false;
    }
    return transaction.commit(error);
}

bool ArticleRepository::remove(qint64 id, QString *error)
{
    Transaction transaction(m_workspace);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.errorString();
        return false;
    }
    QSqlQuery query(m_workspace.database());
    if (!prepare(query, QStringLiteral("DELETE FROM articles WHERE id = ?"), error))
        return false;
    query.addBindValue(id);
    if (!exec(query, error))
        return false;
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = tr("There is no article with the id %1.").arg(id);
        return false;
    }
    return transaction.commit(error);
}

std::optional<Article> ArticleRepository::find(qint64 id) const
{
    const QList<Article> articles = select(QStringLiteral("WHERE id = ?"), id, true);
    if (articles.isEmpty())
        return std::nullopt;
    return articles.constFirst();
}

std::optional<qint64> ArticleRepository::findByHash(const QString &contentHash) const
{
    QSqlQuery query(m_workspace.database());
    if (!prepare(query, QStringLiteral("SELECT id FROM articles WHERE content_hash = ?"), nullptr))
        return std::nullopt;
    query.addBindValue(contentHash);
    if (!exec(query, nullptr) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

QList<Article> ArticleRepository::all(bool withText) const
{
    return select(QString(), QVariant(), withText);
}

int ArticleRepository::count() const
{
    QSqlQuery query(m_workspace.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM articles")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QList<Article> ArticleRepository::select(const QString &where,
                                         const QVariant &bind,
                                         bool withText) const
{
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    const QString text = withText ? QStringLiteral("text") : QStringLiteral("''");
    if (!prepare(query,
                 QStringLiteral("SELECT id, title, outlet, url, source_path, published_day, %1, "
                                "content_hash, imported_at FROM articles %2 ORDER BY id")
                     .arg(text, where),
                 nullptr))
        return {};
    if (bind.isValid())
        query.addBindValue(bind);
    if (!exec(query, nullptr))
        return {};
    QList<Article> articles;
    while (query.next()) {
        Article article;
        article.id = query.value(0).toLongLong();
        article.title = query.value(1).toString();
        article.outlet = query.value(2).toString();
        article.url = query.value(3).toString();
        article.sourcePath = query.value(4).toString();
        if (!query.isNull(5))
            article.publishedDay = query.value(5).toLongLong();
        article.text = query.value(6).toString();
        article.contentHash = query.value(7).toString();
        article.importedAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
        if (article.importedAt.timeSpec() == Qt::LocalTime) // stored without "Z"
            article.importedAt.setTimeSpec(Qt::UTC);
        articles << article;
    }
    return articles;
}

} // namespace Faultline
