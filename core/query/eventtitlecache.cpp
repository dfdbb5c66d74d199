#include "core/query/eventtitlecache.h"

#include "core/query/timelinelogging.h"
#include "core/store/workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace Faultline {

namespace {
constexpr int BatchSize = 500;
}

EventTitleCache::EventTitleCache(Workspace *workspace, int capacity)
    : m_workspace(workspace)
{
    m_titles.setMaxCost(capacity);
}

void EventTitleCache::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_titles.clear();
}

void EventTitleCache::clear()
{
    m_titles.clear();
}

void EventTitleCache::prefetch(const std::vector<qint64> &ids)
{
    if (!m_workspace || !m_workspace->isOpen())
        return;
    QStringList missing;
    auto flush = [this, &missing] {
        if (missing.isEmpty())
            return;
        QSqlQuery query(m_workspace->database());
        query.setForwardOnly(true);
        // Integer ids only, so listing them literally is safe.
        const QString sql = QStringLiteral("SELECT id, title FROM events WHERE id IN (%1)")
                                .arg(missing.join(QLatin1Char(',')));
        if (!query.exec(sql)) {
            qCWarning(lcTimelineQuery) << "title query:" << query.lastError().text();
        } else {
            while (query.next())
                m_titles.insert(query.value(0).toLongLong(), new QString(query.value(1).toString()));
        }
        missing.clear();
    };
    for (qint64 id : ids) {
        if (m_titles.contains(id))
            continue;
        missing.append(QString::number(id));
        if (missing.size() >= BatchSize)
            flush();
    }
    flush();
}

QString EventTitleCache::title(qint64 id) const
{
    const QString *title = m_titles.object(id);
    return title ? *title : QString();
}

} // namespace Faultline
