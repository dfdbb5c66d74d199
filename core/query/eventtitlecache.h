#pragma once

#include <QCache>
#include <QString>

#include <vector>

namespace Faultline {

class Workspace;

// Event titles by id, read from the workspace in batches for the events a
// frame labels, and kept in a bounded cache; the index itself holds no text.
class EventTitleCache
{
public:
    explicit EventTitleCache(Workspace *workspace = nullptr, int capacity = 50000);

    void setWorkspace(Workspace *workspace); // clears
    void clear();
    // Reads the titles of the ids not cached yet with one query per 500 ids.
    void prefetch(const std::vector<qint64> &ids);
    // The cached title, or an empty string (call prefetch first).
    QString title(qint64 id) const;

private:
    Workspace *m_workspace = nullptr;
    QCache<qint64, QString> m_titles;
};

} // namespace Faultline
