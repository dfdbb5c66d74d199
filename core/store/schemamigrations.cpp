#include "core/store/schemamigrations.h"

#include "core/store/storelogging.h"
#include "core/store/workspace.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Faultline {

namespace {

QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            outlet TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            source_path TEXT NOT NULL DEFAULT '',
            published_day INTEGER,
            text TEXT NOT NULL DEFAULT '',
            content_hash TEXT NOT NULL UNIQUE,
            imported_at TEXT NOT NULL
        ))"),
        QStringLiteral(R"(CREATE TABLE actors (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> ''),
            kind TEXT NOT NULL DEFAULT 'other',
            country TEXT NOT NULL DEFAULT '',
            affiliation_id INTEGER REFERENCES actors(id) ON DELETE SET NULL,
            CHECK (affiliation_id IS NULL OR affiliation_id <> id)
        ))"),
        QStringLiteral("CREATE INDEX actors_affiliation ON actors(affiliation_id)"),
        QStringLiteral(R"(CREATE TABLE actor_aliases (
            actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
            alias TEXT NOT NULL COLLATE NOCASE CHECK (alias <> ''),
            UNIQUE (actor_id, alias)
        ))"),
        QStringLiteral("CREATE INDEX actor_aliases_alias ON actor_aliases(alias)"),
        QStringLiteral(R"(CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            cameo_root INTEGER CHECK (cameo_root BETWEEN 1 AND 20),
            earliest_day INTEGER,
            latest_day INTEGER,
            precision TEXT NOT NULL DEFAULT 'day',
            qualifier TEXT NOT NULL DEFAULT '',
            date_text TEXT NOT NULL DEFAULT '',
            location TEXT NOT NULL DEFAULT '',
            confidence REAL NOT NULL DEFAULT 0.5,
            modality TEXT NOT NULL DEFAULT 'asserted',
            review_status TEXT NOT NULL DEFAULT 'unreviewed',
            notes TEXT NOT NULL DEFAULT '',
            CHECK ((earliest_day IS NULL) = (latest_day IS NULL)),
            CHECK (latest_day IS NULL OR latest_day >= earliest_day)
        ))"),
        // Time windows: "reaches fromDay" uses latest_day, "starts by toDay" earliest_day.
        QStringLiteral("CREATE INDEX events_earliest_day ON events(earliest_day)"),
        QStringLiteral("CREATE INDEX events_latest_day ON events(latest_day)"),
        QStringLiteral("CREATE INDEX events_cameo_root ON events(cameo_root)"),
        QStringLiteral(R"(CREATE TABLE event_actors (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
            role TEXT NOT NULL DEFAULT 'participant',
            inferred INTEGER NOT NULL DEFAULT 0,
            UNIQUE (event_id, actor_id, role)
        ))"),
        QStringLiteral("CREATE INDEX event_actors_actor ON event_actors(actor_id)"),
        QStringLiteral(R"(CREATE TABLE evidence (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            span_begin INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            sentence TEXT NOT NULL DEFAULT '',
            CHECK (span_end >= span_begin)
        ))"),
        QStringLiteral("CREATE INDEX evidence_event ON evidence(event_id)"),
        QStringLiteral("CREATE INDEX evidence_article ON evidence(article_id)"),
        // One search row per event (rowid = event id): its title and all its evidence
        // sentences, kept in sync by triggers so every writer gets it right.
        QStringLiteral("CREATE VIRTUAL TABLE event_search USING fts5(title, evidence, "
                       "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"),
        QStringLiteral(R"(CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN
            INSERT INTO event_search(rowid, title, evidence) VALUES (new.id, new.title, '');
        END)"),
        QStringLiteral(R"(CREATE TRIGGER events_search_update AFTER UPDATE OF title ON events BEGIN
            UPDATE event_search SET title = new.title WHERE rowid = new.id;
        END)"),
        QStringLiteral(R"(CREATE TRIGGER events_search_delete AFTER DELETE ON events BEGIN
            DELETE FROM event_search WHERE rowid = old.id;
        END)"),
        QStringLiteral(R"(CREATE TRIGGER evidence_search_insert AFTER INSERT ON evidence BEGIN
            UPDATE event_search SET evidence = (SELECT coalesce(group_concat(sentence, ' '), '')
                FROM evidence WHERE event_id = new.event_id) WHERE rowid = new.event_id;
        END)"),
        QStringLiteral(R"(CREATE TRIGGER evidence_search_update AFTER UPDATE ON evidence BEGIN
            UPDATE event_search SET evidence = (SELECT coalesce(group_concat(sentence, ' '), '')
                FROM evidence WHERE event_id = old.event_id) WHERE rowid = old.event_id;
            UPDATE event_search SET evidence = (SELECT coalesce(group_concat(sentence, ' '), '')
                FROM evidence WHERE event_id = new.event_id) WHERE rowid = new.event_id;
        END)"),
        QStringLiteral(R"(CREATE TRIGGER evidence_search_delete AFTER DELETE ON evidence BEGIN
            UPDATE event_search SET evidence = (SELECT coalesce(group_concat(sentence, ' '), '')
                FROM evidence WHERE event_id = old.event_id) WHERE rowid = old.event_id;
        END)"),
    };
}

// Structured datasets (ACLED, UCDP, GDELT) carry figures the articles do not:
// deaths, coordinates and the dataset's own event id.
//
// The full-text index becomes an external-content table over a view of events
// and their evidence: the text is stored once, in events and evidence, not a
// second time in the index. An external-content index must be told the exact
// values it indexed to remove a row, so every write to events or evidence first
// removes the event's row as the view shows it (BEFORE triggers) and then adds
// it as the view shows it now (AFTER triggers): every writer, bulk loads, the
// undo journal's replays and cascades included, keeps it in step. Search
// prefixes ("word"*) are read from the term list itself, without prefix indexes,
// and no column sizes are kept: nothing ranks by bm25().
QStringList version2()
{
    // The view's row for one event id, as the 'delete' command and as a new row.
    const QString removeRow = QStringLiteral(
        "INSERT INTO event_search(event_search, rowid, title, evidence) "
        "SELECT 'delete', id, title, evidence FROM event_search_content WHERE id = %1;");
    const QString addRow = QStringLiteral(
        "INSERT INTO event_search(rowid, title, evidence) "
        "SELECT id, title, evidence FROM event_search_content WHERE id = %1;");
    auto trigger = [](const char *name, const char *when, const QString &body) {
        return QStringLiteral("CREATE TRIGGER %1 %2 BEGIN %3 END")
            .arg(QLatin1String(name), QLatin1String(when), body);
    };
    return {
        QStringLiteral("ALTER TABLE events ADD COLUMN fatalities INTEGER"),
        QStringLiteral("ALTER TABLE events ADD COLUMN latitude REAL"),
        QStringLiteral("ALTER TABLE events ADD COLUMN longitude REAL"),
        QStringLiteral("ALTER TABLE events ADD COLUMN external_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("DROP TRIGGER events_search_insert"),
        QStringLiteral("DROP TRIGGER events_search_update"),
        QStringLiteral("DROP TRIGGER events_search_delete"),
        QStringLiteral("DROP TRIGGER evidence_search_insert"),
        QStringLiteral("DROP TRIGGER evidence_search_update"),
        QStringLiteral("DROP TRIGGER evidence_search_delete"),
        QStringLiteral("DROP TABLE event_search"),
        QStringLiteral(R"(CREATE VIEW event_search_content AS SELECT e.id AS id, e.title AS title,
            coalesce((SELECT group_concat(v.sentence, ' ') FROM evidence v
                      WHERE v.event_id = e.id), '') AS evidence
            FROM events e)"),
        QStringLiteral("CREATE VIRTUAL TABLE event_search USING fts5(title, evidence, "
                       "tokenize = 'unicode61 remove_diacritics 2', "
                       "content = 'event_search_content', content_rowid = 'id', "
                       "columnsize = 0)"),
        trigger("events_search_insert", "AFTER INSERT ON events", addRow.arg("new.id")),
        trigger("events_search_unindex",
                "BEFORE UPDATE OF id, title ON events",
                removeRow.arg("old.id")),
        trigger("events_search_update", "AFTER UPDATE OF id, title ON events", addRow.arg("new.id")),
        trigger("events_search_delete", "BEFORE DELETE ON events", removeRow.arg("old.id")),
        trigger("evidence_search_unindex_insert",
                "BEFORE INSERT ON evidence",
                removeRow.arg("new.event_id")),
        trigger("evidence_search_insert", "AFTER INSERT ON evidence", addRow.arg("new.event_id")),
        trigger("evidence_search_unindex_update",
                "BEFORE UPDATE OF event_id, sentence ON evidence",
                removeRow.arg("old.event_id")
                    + removeRow.arg("new.event_id AND new.event_id <> old.event_id")),
        trigger("evidence_search_update",
                "AFTER UPDATE OF event_id, sentence ON evidence",
                addRow.arg("old.event_id")
                    + addRow.arg("new.event_id AND new.event_id <> old.event_id")),
        trigger("evidence_search_unindex_delete",
                "BEFORE DELETE ON evidence",
                removeRow.arg("old.event_id")),
        trigger("evidence_search_delete", "AFTER DELETE ON evidence", addRow.arg("old.event_id")),
        // The rows written at version 1, indexed again from the view.
        QStringLiteral("INSERT INTO event_search(event_search) VALUES ('rebuild')"),
    };
}

// Participants by actor, with the event in the index itself: counting an
// actor's events, or finding them, reads the index alone, never the table.
QStringList version3()
{
    return {
        QStringLiteral("DROP INDEX event_actors_actor"),
        QStringLiteral("CREATE INDEX event_actors_actor ON event_actors(actor_id, event_id)"),
    };
}

} // namespace

QList<SchemaMigrations::Step> SchemaMigrations::steps()
{
    return {
        {1, QStringLiteral("articles, actors, events, evidence, full-text search"), version1()},
        {2,
         QStringLiteral("fatalities, coordinates and external ids of events; external-content "
                        "full-text search"),
         version2()},
        {3, QStringLiteral("participants indexed by actor and event"), version3()},
    };
}

int SchemaMigrations::latestVersion()
{
    const QList<Step> all = steps();
    return all.isEmpty() ? 0 : all.constLast().version;
}

int SchemaMigrations::version(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool SchemaMigrations::migrate(const QSqlDatabase &database, int targetVersion, QString *error)
{
    return migrate(database, steps(), targetVersion, error);
}

bool SchemaMigrations::migrate(const QSqlDatabase &database,
                               const QList<Step> &steps,
                               int targetVersion,
                               QString *error)
{
    const int current = version(database);
    if (current < 0) {
        if (error)
            *error = tr("The schema version cannot be read.");
        return false;
    }
    for (const Step &step : steps) {
        if (step.version <= current || step.version > targetVersion)
            continue;
        if (!applyStep(database, step, error))
            return false;
    }
    return true;
}

bool SchemaMigrations::applyStep(const QSqlDatabase &database, const Step &step, QString *error)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    QStringList statements = step.statements;
    // Both pragmas live in the database header, so they commit or roll back with the step.
    statements << QStringLiteral("PRAGMA application_id = %1").arg(Workspace::ApplicationId)
               << QStringLiteral("PRAGMA user_version = %1").arg(step.version);
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            const QString reason = query.lastError().text();
            qCWarning(lcStore) << "migration to version" << step.version << "failed:" << reason
                               << "in" << statement;
            query.finish();
            QSqlQuery rollback(database);
            rollback.exec(QStringLiteral("ROLLBACK"));
            if (error)
                *error = tr("Upgrading to version %1 failed: %2").arg(step.version).arg(reason);
            return false;
        }
    }
    query.finish();
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QString reason = query.lastError().text();
        QSqlQuery rollback(database);
        rollback.exec(QStringLiteral("ROLLBACK"));
        if (error)
            *error = tr("Upgrading to version %1 failed: %2").arg(step.version).arg(reason);
        return false;
    }
    qCInfo(lcStore) << "workspace schema migrated to version" << step.version;
    return true;
}

} // namespace Faultline
