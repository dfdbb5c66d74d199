#pragma once

#include "core/model/actor.h"
#include "core/model/article.h"
#include "core/model/datespan.h"
#include "core/model/event.h"
#include "core/store/rowfootprint.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVarLengthArray>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace Faultline {

class Transaction;
class Workspace;

// Writes many events at once through the SQLite C API, inside one transaction:
// prepared statements, actors matched by name or alias from an in-memory map,
// and the full-text rows (and, when deferred, the indexes) built after the load.
// Nothing is visible until commit(); destruction without commit rolls back.
class BulkWriter
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::BulkWriter)

public:
    struct Participant
    {
        qint64 actorId = 0;
        Event::Role role = Event::Role::Participant;
    };

    // Text as UTF-8 views, valid during addEvent().
    struct EventRow
    {
        QByteArrayView title;
        int cameoRoot = 0; // 0: unknown
        DateSpan date;
        QByteArrayView dateText;
        QByteArrayView location;
        double confidence = 0.9;
        Event::ReviewStatus reviewStatus = Event::ReviewStatus::Accepted;
        qint64 articleId = 0;
        QByteArrayView evidence; // the sentence of the event's one piece of evidence
        std::optional<qint64> fatalities;
        std::optional<double> latitude;
        std::optional<double> longitude;
        QByteArrayView externalId;
        QVarLengthArray<Participant, 8> participants;
    };

    struct Timing
    {
        double loadSeconds = 0;    // from begin() to the last row
        double loadCpuSeconds = 0; // the CPU time of the process in that span
        double indexSeconds = 0;   // deferred indexes rebuilt
        double searchSeconds = 0;  // full-text rows of the new events
        double commitSeconds = 0;
    };

    explicit BulkWriter(Workspace &workspace);
    ~BulkWriter();
    BulkWriter(const BulkWriter &) = delete;
    BulkWriter &operator=(const BulkWriter &) = delete;

    // Drop the secondary indexes of events, participants and evidence at begin()
    // and build them again at commit(): faster when the load is large compared
    // with what the workspace holds.
    void setDeferIndexes(bool defer) { m_deferIndexes = defer; }

    bool begin(QString *error);
    bool isActive() const;

    // The actor with this name or alias (case-insensitive); inserted with kind when new.
    // Returns 0 with *error set on failure.
    qint64 actor(QByteArrayView name, Actor::Kind kind, QString *error);
    // Inserts an article (its content hash must be unique); 0 on failure.
    qint64 insertArticle(const Article &article, QString *error);
    bool setArticleHash(qint64 articleId, const QString &contentHash, QString *error);
    bool addEvent(const EventRow &row, QString *error);

    // Builds what was deferred and commits. On failure everything is rolled back.
    bool commit(QString *error);
    void rollback();

    qint64 eventsAdded() const { return m_eventsAdded; }
    int actorsAdded() const { return m_actorsAdded; }
    int articlesAdded() const { return m_articlesAdded; }
    Timing timing() const { return m_timing; }
    // The rows written since begin().
    const RowFootprint &footprint() const { return m_footprint; }

    // The case-folded key actors are matched by.
    static QByteArray actorKey(QByteArrayView name);
    // The same into key, reusing its buffer: no allocation for ASCII names.
    static void actorKey(QByteArrayView name, QByteArray &key);

private:
    bool exec(const char *sql, QString *error);
    bool prepareAll(QString *error);
    sqlite3_stmt *participantInsert(int count, QString *error);
    void finalizeAll();
    bool sqlFailure(const char *what, QString *error);
    bool loadActors(QString *error);
    bool dropDeferred(QString *error);
    void restoreForeignKeys(); // and the WAL
    QByteArray pragmaText(const char *sql);
    void useRollbackJournal();
    void restoreWal();

    Workspace &m_workspace;
    sqlite3 *m_db = nullptr;
    std::unique_ptr<Transaction> m_transaction;
    sqlite3_stmt *m_insertEvent = nullptr;
    // Inserts of 1 to ParticipantsPerInsert participants at once, prepared when first needed.
    static constexpr int ParticipantsPerInsert = 8;
    sqlite3_stmt *m_insertParticipants[ParticipantsPerInsert] = {};
    sqlite3_stmt *m_insertEvidence = nullptr;
    sqlite3_stmt *m_insertActor = nullptr;
    sqlite3_stmt *m_insertArticle = nullptr;
    QHash<QByteArray, qint64> m_actorIds;
    QByteArray m_key;             // scratch for actor lookups
    QList<QByteArray> m_recreate; // SQL of dropped indexes, then triggers
    qint64 m_lastEventIdBefore = 0;
    qint64 m_eventsAdded = 0;
    int m_actorsAdded = 0;
    int m_articlesAdded = 0;
    bool m_deferIndexes = false;
    bool m_restoreForeignKeys = false;
    bool m_restoreWal = false; // loading through the rollback journal
    qint64 m_startedAt = 0;
    double m_cpuStartedAt = 0;
    Timing m_timing;
    RowFootprint m_footprint;
};

} // namespace Faultline
