#include "core/query/eventtablemodel.h"

#include "core/model/calendarformatter.h"
#include "core/query/tooltiptext.h"
#include "core/store/actorrepository.h"
#include "core/store/eventrepository.h"
#include "core/store/workspace.h"

namespace Faultline {

EventTableModel::EventTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

EventTableModel::~EventTableModel() = default;

void EventTableModel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    refresh();
}

void EventTableModel::setFilter(const EventFilter &filter)
{
    m_filter = filter;
    // Paging is the model's business, not the caller's.
    m_filter.limit = -1;
    m_filter.offset = 0;
    m_filter.after.reset();
    refresh();
}

void EventTableModel::refresh()
{
    m_notifying = true;
    beginResetModel();
    clearRows();
    m_total = 0;
    if (m_workspace && m_workspace->isOpen()) {
        loadActorNames();
        m_total = EventRepository(*m_workspace).count(m_filter);
        // The first chunk comes with the reset so a view shows rows at once.
        const QList<Row> rows = queryChunk(nullptr);
        for (const Row &row : rows) {
            m_rowById.insert(row.id, int(m_rows.size()));
            m_rows.append(row);
        }
        if (rows.size() < ChunkSize)
            m_total = int(m_rows.size());
    }
    ++m_generation;
    endResetModel();
    m_notifying = false;
}

void EventTableModel::clearRows()
{
    m_rows.clear();
    m_rowById.clear();
    m_actorNames.clear();
}

void EventTableModel::loadActorNames()
{
    m_actorNames.clear();
    const QList<Actor> actors = ActorRepository(*m_workspace).all();
    m_actorNames.reserve(actors.size());
    for (const Actor &actor : actors)
        m_actorNames.insert(actor.id, actor.name);
}

QList<EventTableModel::Row> EventTableModel::queryChunk(const Row *after) const
{
    QList<Row> rows;
    if (!m_workspace || !m_workspace->isOpen())
        return rows;
    EventFilter filter = m_filter;
    filter.limit = ChunkSize;
    filter.offset = 0;
    // Each chunk continues from the last row loaded (keyset paging), so the thousandth
    // chunk is read from the index as fast as the first.
    if (after) {
        filter.after = EventFilter::Position{after->date.isValid()
                                                 ? std::optional<qint64>(after->date.earliestDay())
                                                 : std::nullopt,
                                             after->id};
    }
    const QList<Event> events = EventRepository(*m_workspace).query(filter);
    rows.reserve(events.size());
    for (const Event &event : events)
        rows.append(makeRow(event));
    return rows;
}

EventTableModel::Row EventTableModel::makeRow(const Event &event) const
{
    Row row;
    row.id = event.id;
    row.title = event.title;
    row.date = event.date;
    row.dateText = event.dateText;
    row.type = event.type;
    QStringList names;
    names.reserve(event.participants.size());
    for (const Event::Participant &participant : event.participants) {
        const QString name = m_actorNames.value(participant.actorId);
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    row.actors = names.join(QStringLiteral(", "));
    row.location = event.location;
    row.evidenceCount = int(event.evidence.size());
    row.confidence = event.confidence;
    row.status = event.reviewStatus;
    return row;
}

int EventTableModel::rowOfEvent(qint64 eventId) const
{
    return m_rowById.value(eventId, -1);
}

int EventTableModel::fetchUntil(qint64 eventId, int maxRows)
{
    int row = rowOfEvent(eventId);
    while (row < 0 && canFetchMore({}) && m_rows.size() < maxRows) {
        fetchMore({});
        row = rowOfEvent(eventId);
    }
    return row;
}

qint64 EventTableModel::eventIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString EventTableModel::reviewStatusName(Event::ReviewStatus status)
{
    switch (status) {
    case Event::ReviewStatus::Unreviewed:
        return tr("Unreviewed");
    case Event::ReviewStatus::Accepted:
        return tr("Accepted");
    case Event::ReviewStatus::Rejected:
        return tr("Rejected");
    }
    return {};
}

QString EventTableModel::compactDate(const DateSpan &date)
{
    const QString iso = date.toIso();
    switch (date.qualifier()) {
    case DateSpan::Qualifier::None:
        return iso;
    case DateSpan::Qualifier::Approximate:
        return tr("c. %1", "approximate date").arg(iso);
    case DateSpan::Qualifier::Before:
        return tr("before %1").arg(iso);
    case DateSpan::Qualifier::After:
        return tr("after %1").arg(iso);
    }
    return iso;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const auto column = Column(index.column());

    switch (role) {
    case EventIdRole:
        return row.id;
    case EarliestDayRole:
        return row.date.isValid() ? QVariant(row.date.earliestDay()) : QVariant();
    case LatestDayRole:
        return row.date.isValid() ? QVariant(row.date.latestDay()) : QVariant();
    case QuadClassRole:
        return EventType::quadClassKey(row.type.quadClass());
    case ReviewStatusRole:
        return Event::reviewStatusKey(row.status);
    case CameoRootRole:
        return row.type.cameoRoot();
    case Qt::TextAlignmentRole:
        if (column == Column::Evidence)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case Column::Date: {
            const QString resolved = row.date.isValid() ? row.date.toDisplayString()
                                                        : tr("Unresolved");
            if (row.dateText.isEmpty())
                return resolved;
            return ToolTipText::fromPlainText(tr("%1\nWritten as: %2").arg(resolved, row.dateText));
        }
        case Column::Title:
            return ToolTipText::fromPlainText(row.title);
        case Column::Actors:
            return ToolTipText::fromPlainText(row.actors);
        case Column::Type:
            return row.type.isValid() ? EventType::quadClassName(row.type.quadClass()) : QVariant();
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (column) {
        case Column::Date:
            // Compact and unambiguous in a column: ISO at the date's own precision,
            // or the user's calendar when it is not the Gregorian one.
            if (row.date.isValid()
                && CalendarFormatter::defaultSystem() != CalendarFormatter::System::Gregorian)
                return CalendarFormatter().compactText(row.date);
            if (row.date.isValid())
                return compactDate(row.date);
            return row.dateText.isEmpty() ? tr("Unresolved")
                                          : tr("Unresolved: %1").arg(row.dateText);
        case Column::Title:
            return row.title;
        case Column::Type:
            return row.type.isValid() ? tr("%1 %2").arg(row.type.code(), row.type.name())
                                      : tr("Unknown");
        case Column::Actors:
            return row.actors;
        case Column::Location:
            return row.location;
        case Column::Evidence:
            return row.evidenceCount;
        case Column::Status:
            return reviewStatusName(row.status);
        case Column::Count:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Date:
        return tr("Date");
    case Column::Title:
        return tr("Title");
    case Column::Type:
        return tr("Type");
    case Column::Actors:
        return tr("Actors");
    case Column::Location:
        return tr("Location");
    case Column::Evidence:
        return tr("Evidence");
    case Column::Status:
        return tr("Status");
    case Column::Count:
        break;
    }
    return {};
}

bool EventTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void EventTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (m_notifying) {
        // Asked from a modelReset or rowsInserted handler: inserting rows while
        // a change is still being announced confuses other listeners, so load
        // right after.
        QMetaObject::invokeMethod(
            this,
            [this, generation = m_generation] {
                if (generation == m_generation)
                    fetchMore({});
            },
            Qt::QueuedConnection);
        return;
    }
    QList<Row> rows = queryChunk(m_rows.isEmpty() ? nullptr : &m_rows.constLast());
    // Rows already present mean the store changed under us: keep the new ones
    // only, and stop when nothing new comes.
    rows.removeIf([this](const Row &row) { return m_rowById.contains(row.id); });
    if (rows.isEmpty()) {
        // The store changed under us: stop asking rather than loop.
        m_total = int(m_rows.size());
        return;
    }
    const int first = int(m_rows.size());
    m_notifying = true;
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    for (const Row &row : rows) {
        m_rowById.insert(row.id, int(m_rows.size()));
        m_rows.append(row);
    }
    if (rows.size() < ChunkSize)
        m_total = int(m_rows.size());
    endInsertRows();
    m_notifying = false;
}

QHash<int, QByteArray> EventTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(EventIdRole, "eventId");
    names.insert(EarliestDayRole, "earliestDay");
    names.insert(LatestDayRole, "latestDay");
    names.insert(QuadClassRole, "quadClass");
    names.insert(ReviewStatusRole, "reviewStatus");
    names.insert(CameoRootRole, "cameoRoot");
    return names;
}

} // namespace Faultline
