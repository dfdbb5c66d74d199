#pragma once

#include "core/model/datespan.h"
#include "core/model/event.h"
#include "core/model/eventtype.h"
#include "core/query/eventfilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Faultline {

class Workspace;

// The events matching a filter as table rows, loaded lazily in chunks from the store.
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Date, Title, Type, Actors, Location, Evidence, Status, Count };

    static constexpr int EventIdRole = Qt::UserRole + 1;      // qint64
    static constexpr int EarliestDayRole = Qt::UserRole + 2;  // qint64; null when unresolved
    static constexpr int LatestDayRole = Qt::UserRole + 3;    // qint64; null when unresolved
    static constexpr int QuadClassRole = Qt::UserRole + 4;    // EventType::quadClassKey()
    static constexpr int ReviewStatusRole = Qt::UserRole + 5; // Event::reviewStatusKey()
    static constexpr int CameoRootRole = Qt::UserRole + 6;    // int, 0 when unknown

    static constexpr int ChunkSize = 2000;

    explicit EventTableModel(QObject *parent = nullptr);
    ~EventTableModel() override;

    // The workspace stays owned by the caller; nullptr empties the model.
    void setWorkspace(Workspace *workspace);
    Workspace *workspace() const { return m_workspace; }
    void setFilter(const EventFilter &filter);
    EventFilter filter() const { return m_filter; }
    // Reloads from the store (after an import, say); keeps the filter.
    void refresh();

    // Events matching the filter, loaded or not.
    int totalCount() const { return m_total; }
    int loadedCount() const { return int(m_rows.size()); }
    // The row of an event among the loaded ones, or -1.
    int rowOfEvent(qint64 eventId) const;
    // Loads further chunks until the event is among the rows, nothing is left,
    // or maxRows are loaded (a million rows are not worth one selection); returns its row or -1.
    int fetchUntil(qint64 eventId, int maxRows = 10 * ChunkSize);
    qint64 eventIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

    static QString reviewStatusName(Event::ReviewStatus status); // translated
    // The Date column's text: ISO at the date's precision, with its qualifier.
    static QString compactDate(const DateSpan &date);

private:
    struct Row
    {
        qint64 id = 0;
        QString title;
        DateSpan date;
        QString dateText;
        EventType type;
        QString actors;
        QString location;
        int evidenceCount = 0;
        double confidence = 0;
        Event::ReviewStatus status = Event::ReviewStatus::Unreviewed;
    };

    void loadActorNames();
    void clearRows();
    // The chunk after the given row (the first chunk for nullptr).
    QList<Row> queryChunk(const Row *after) const;
    Row makeRow(const Event &event) const;

    Workspace *m_workspace = nullptr;
    EventFilter m_filter;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowById;
    QHash<qint64, QString> m_actorNames;
    int m_total = 0;
    quint64 m_generation = 0; // bumped by each reset; stale deferred fetches check it
    bool m_notifying = false; // announcing a reset or an insertion
};

} // namespace Faultline
