#pragma once

#include "core/model/event.h"
#include "core/query/eventfilter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace Faultline {

class Workspace;

// Reads and writes events with their participants and evidence.
// Each write is atomic: its own transaction, or a savepoint inside the caller's Transaction.
class EventRepository
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::EventRepository)

public:
    explicit EventRepository(Workspace &workspace);

    bool insert(Event &event, QString *error);       // sets ids of the event and its evidence
    bool update(const Event &event, QString *error); // replaces participants and evidence
    bool remove(qint64 id, QString *error);
    // Changes only the date of an event (an invalid span makes it unresolved).
    bool setDate(qint64 id, const DateSpan &date, QString *error);
    bool addEvidence(qint64 eventId, Evidence &evidence, QString *error);
    std::optional<Event> find(qint64 id) const;
    // Events matching the filter, ordered by earliest day (unresolved last), then id.
    // Page with filter.limit and filter.after (the last event of the previous page).
    QList<Event> query(const EventFilter &filter = {}) const;
    int count(const EventFilter &filter = {}) const;

    // The FTS5 MATCH expression for text typed by a user: every word must occur,
    // as a prefix, and nothing in it is FTS syntax. Empty when it has no words.
    static QString matchExpression(const QString &text);

private:
    // Appends the resolved (or the unresolved) events of the filter, in order, with
    // their children; limit -1 reads all.
    bool readPart(const EventFilter &filter,
                  bool resolved,
                  int limit,
                  int offset,
                  QList<Event> &events) const;
    bool writeParticipants(const Event &event, bool replace, QString *error);
    bool insertEvidence(qint64 eventId, Evidence &evidence, QString *error);
    // Fills participants and evidence of all events with one query each; idSubquery
    // selects their ids (a literal list, or the filter's own query for large results).
    bool loadChildren(QList<Event> &events,
                      const QString &idSubquery,
                      const QVariantList &binds) const;

    Workspace &m_workspace;
};

} // namespace Faultline
