#include "core/interchange/datafilewriter.h"
#include "core/interchange/dataimporter.h"
#include "core/interchange/rowmapper.h"
#include "core/model/article.h"
#include "core/store/actorrepository.h"
#include "core/store/articlerepository.h"
#include "core/store/eventrepository.h"
#include "core/store/workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Faultline;

class tst_DataImporter : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
    void importRows_data();
    void importRows();
    void acledMapping();
    void acledOlderColumns();
    void ucdpMapping();
    void gdeltMapping();
    void timelineJsMapping();
    void genericMapping();
    void unknownFormat();
    void refusedImportLeavesFileUnchanged();
    void cancelledImportWritesNothing();
    void sameFileTwice();
    void knownActorsMatched();
    void manyParticipantsAndNameVariants();
    void coordinatesInRangeOnly_data();
    void coordinatesInRangeOnly();
    void searchAndIndexesAfterBulkLoad();
    void otherDelimitersAndWrongOnes();
    void acledRoundTrip();

private:
    static QString sample(const QString &name)
    {
        return QStringLiteral(FAULTLINE_TEST_DATA_DIR "/interchange/") + name;
    }
};

namespace {

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QVariant scalar(Workspace &workspace, const QString &sql)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

Event eventByExternalId(Workspace &workspace, const QString &externalId)
{
    const qint64 id
        = scalar(workspace,
                 QStringLiteral("SELECT id FROM events WHERE external_id = '%1'").arg(externalId))
              .toLongLong();
    return EventRepository(workspace).find(id).value_or(Event());
}

// Actor name -> role key of the event's participants.
QMap<QString, QString> roles(Workspace &workspace, const Event &event)
{
    QMap<QString, QString> result;
    ActorRepository actors(workspace);
    for (const Event::Participant &p : event.participants)
        result.insert(actors.find(p.actorId).value_or(Actor()).name, Event::roleKey(p.role));
    return result;
}

} // namespace

void tst_DataImporter::detect_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    QTest::newRow("acled current") << "acled-current.csv" << int(DataFormat::Kind::Acled);
    QTest::newRow("acled older") << "acled-older.csv" << int(DataFormat::Kind::Acled);
    QTest::newRow("ucdp ged") << "ucdp-ged.csv" << int(DataFormat::Kind::UcdpGed);
    QTest::newRow("gdelt 1.0") << "gdelt1.export.CSV" << int(DataFormat::Kind::Gdelt1);
    QTest::newRow("gdelt 2.0") << "gdelt2.export.CSV" << int(DataFormat::Kind::Gdelt2);
    QTest::newRow("timelinejs sheet")
        << "timelinejs-sheet.csv" << int(DataFormat::Kind::TimelineJsCsv);
    QTest::newRow("timelinejs json") << "timelinejs.json" << int(DataFormat::Kind::TimelineJsJson);
    QTest::newRow("vis-timeline") << "vis-timeline.json" << int(DataFormat::Kind::VisTimelineJson);
    QTest::newRow("generic") << "generic-semicolon.csv" << int(DataFormat::Kind::GenericCsv);
    QTest::newRow("unknown columns") << "unknown-columns.csv" << int(DataFormat::Kind::GenericCsv);
}

void tst_DataImporter::detect()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    const DataImporter::Preview preview = DataImporter::preview(sample(file));
    QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
    QCOMPARE(int(preview.format), format);
    if (format == int(DataFormat::Kind::GenericCsv))
        QVERIFY(!preview.header.isEmpty());
    if (file == QLatin1String("generic-semicolon.csv")) {
        QCOMPARE(preview.delimiter, ';');
        QCOMPARE(preview.header.first(), QStringLiteral("When")); // BOM stripped
    }
}

void tst_DataImporter::importRows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("events");
    QTest::addColumn<QList<qint64>>("badLines");
    QTest::newRow("acled current") << "acled-current.csv" << 4 << QList<qint64>{};
    QTest::newRow("acled older") << "acled-older.csv" << 3 << QList<qint64>{};
    QTest::newRow("acled bad rows") << "acled-bad-rows.csv" << 1 << QList<qint64>{3, 4};
    QTest::newRow("ucdp ged") << "ucdp-ged.csv" << 3 << QList<qint64>{};
    QTest::newRow("gdelt 1.0") << "gdelt1.export.CSV" << 2 << QList<qint64>{3};
    QTest::newRow("gdelt 2.0") << "gdelt2.export.CSV" << 2 << QList<qint64>{};
    QTest::newRow("timelinejs sheet") << "timelinejs-sheet.csv" << 3 << QList<qint64>{6};
    QTest::newRow("timelinejs json") << "timelinejs.json" << 3 << QList<qint64>{4};
    QTest::newRow("vis-timeline") << "vis-timeline.json" << 4 << QList<qint64>{5};
    QTest::newRow("generic") << "generic-semicolon.csv" << 4 << QList<qint64>{};
}

void tst_DataImporter::importRows()
{
    QFETCH(QString, file);
    QFETCH(int, events);
    QFETCH(QList<qint64>, badLines);
    QTemporaryDir dir;
    Workspace workspace;
    QString error;
    QVERIFY2(workspace.open(dir.filePath(QStringLiteral("ws.faultline")),
                            Workspace::OpenMode::ReadWrite,
                            &error),
             qPrintable(error));
    DataImporter importer(workspace);
    DataImporter::Options options;
    options.skipBadRows = true;
    DataImporter::Summary summary;
    QVERIFY2(importer.importFile(sample(file), options, &summary, &error), qPrintable(error));
    QCOMPARE(summary.eventsAdded, qint64(events));
    QCOMPARE(EventRepository(workspace).count(), events);
    QList<qint64> lines;
    for (const DataImporter::BadRow &bad : std::as_const(summary.badRows)) {
        lines << bad.line;
        QVERIFY(!bad.reason.isEmpty());
    }
    QCOMPARE(lines, badLines);
    QCOMPARE(summary.badRowCount, qint64(badLines.size()));
    // Every event points to its evidence in an article of this file.
    QCOMPARE(scalar(workspace,
                    QStringLiteral("SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 "
                                   "FROM evidence v JOIN articles a ON a.id = v.article_id "
                                   "WHERE v.event_id = e.id AND a.source_path <> '')"))
                 .toInt(),
             0);
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM articles")).toInt(),
             summary.articlesAdded);
}

void tst_DataImporter::acledMapping()
{
    QTemporaryDir dir;
    Workspace workspace;
    QString error;
    QVERIFY(workspace.open(dir.filePath(QStringLiteral("ws.faultline")),
                           Workspace::OpenMode::ReadWrite,
                           &error));
    DataImporter::Summary summary;
    QVERIFY2(DataImporter(workspace).importFile(sample(QStringLiteral("acled-current.csv")),
                                                {},
                                                &summary,
                                                &error),
             qPrintable(error));
    QCOMPARE(summary.format, DataFormat::Kind::Acled);

    const Event strike = eventByExternalId(workspace, QStringLiteral("LBY12345"));
    QCOMPARE(strike.date.toIso(), QStringLiteral("2020-01-04"));
    QCOMPARE(strike.date.qualifier(), DateSpan::Qualifier::None);
    QCOMPARE(strike.type.cameoRoot(), 19);
    QCOMPARE(strike.location, QStringLiteral("Tripoli, Libya"));
    QCOMPARE(scalar(workspace,
                    QStringLiteral("SELECT fatalities FROM events WHERE external_id = 'LBY12345'"))
                 .toInt(),
             30);
    QCOMPARE(scalar(workspace,
                    QStringLiteral("SELECT latitude FROM events WHERE external_id = 'LBY12345'"))
                 .toDouble(),
             32.8872);
    QCOMPARE(strike.evidence.size(), 1);
    QVERIFY(strike.evidence.first().sentence.contains(QStringLiteral("killing 30 cadets")));
    const auto article = ArticleRepository(workspace).find(strike.evidence.first().articleId);
    QVERIFY(article);
    QCOMPARE(article->outlet, QStringLiteral("Libya Observer; Libya Herald"));

    // Week precision is the day, approximate; quotes and a line break inside notes.
    const Event clash = eventByExternalId(workspace, QStringLiteral("LBY12346"));
    QCOMPARE(clash.date.toIso(), QStringLiteral("2020-01-05"));
    QCOMPARE(clash.date.qualifier(), DateSpan::Qualifier::Approximate);
    QCOMPARE(clash.dateText, QStringLiteral("05 January 2020"));
    QVERIFY(clash.title.startsWith(QStringLiteral("Armed clash: ")));
    QVERIFY(clash.evidence.first().sentence.contains(QStringLiteral("forces\ncontinued")));
    QCOMPARE(ArticleRepository(workspace).find(clash.evidence.first().articleId)->outlet,
             QStringLiteral("Libya Observer; \"Al Wasat\""));
    const QMap<QString, QString> clashRoles = roles(workspace, clash);
    QCOMPARE(clashRoles.value(QStringLiteral("Military Forces of Libya (2014-) Libyan National "
                                             "Army")),
             QStringLiteral("source"));
    QCOMPARE(clashRoles.value(QStringLiteral("Military Forces of Libya (2016-) Government of "
                                             "National Accord")),
             QStringLiteral("target"));
    QCOMPARE(clashRoles.value(QStringLiteral("Militia (Misrata)")), QStringLiteral("participant"));
    QCOMPARE(clashRoles.value(QStringLiteral("Militia (Zawiya)")), QStringLiteral("participant"));
    const auto lna = ActorRepository(workspace).findByName(
        QStringLiteral("Military Forces of Libya (2014-) Libyan National Army"));
    QVERIFY(lna);
    QCOMPARE(lna->kind, Actor::Kind::Military);

    // Month precision; protests are CAMEO 14.
    const Event protest = eventByExternalId(workspace, QStringLiteral("LBY12347"));
    QCOMPARE(protest.date.toIso(), QStringLiteral("2020-01"));
    QCOMPARE(protest.date.precision(), DateSpan::Precision::Month);
    QCOMPARE(protest.type.cameoRoot(), 14);
    const Event abduction = eventByExternalId(workspace, QStringLiteral("LBY12348"));
    QCOMPARE(abduction.type.cameoRoot(), 18);
    QCOMPARE(ActorRepository(workspace)
                 .findByName(QStringLiteral("Unidentified Armed Group (Libya)"))
                 ->kind,
             Actor::Kind::ArmedGroup);
    // One article per source named in the file, shared by its rows.
    QCOMPARE(summary.articlesAdded, 4);
}

void tst_DataImporter::acledOlderColumns()
{
    QTemporaryDir dir;
    Workspace workspace;
    QString error;
    QVERIFY(workspace.open(dir.filePath(QStringLiteral("ws.faultline")),
                           Workspace::OpenMode::ReadWrite,
                           &error));
    QVERIFY2(DataImporter(workspace).importFile(sample(QStringLiteral("acled-older.csv")),
                                                {},
                                                nullptr,
                                                &error),
             qPrintable(error));
    const Event battle = eventByExternalId(workspace, QStringLiteral("SOM5012"));
    QCOMPARE(battle.date.toIso(), QStringLiteral("2012-03-15")); // day-first 15/03/2012
    QCOMPARE(battle.type.cameoRoot(), 19);
    const QMap<QString, QString> battleRoles = roles(workspace, battle);
    QCOMPARE(battleRoles.value(QStringLiteral("AMISOM: African Union Mission in Somalia (2007-)")),
             QStringLiteral("participant")); // ally_actor_1
    QCOMPARE(battleRoles.value(QStringLiteral("Al Shabaab")), QStringLiteral("target"));
    const Event protest = eventByExternalId(workspace, QStringLiteral("SOM5014"));
    QCOMPARE(protest.date.toIso(), QStringLiteral("2012-04-20"));
    QCOMPARE(protest.type.cameoRoot(), 14);
}

void tst_DataImporter::ucdpMapping()
{
    QTemporaryDir dir;
    Workspace workspace;
    QString error;
    QVERIFY(workspace.open(dir.filePath(QStringLiteral("ws.faultline")),
                           Workspace::OpenMode::ReadWrite,
                           &error));
    QVERIFY2(DataImporter(workspace).importFile(sample(QStringLiteral("ucdp-ged.csv")),
                                                {},
                                                nullptr,
                                                &error),
             qPrintable(error));
    const Event attack = eventByExternalId(workspace, QStringLiteral("244657"));
    QCOMPARE(attack.date.toIso(), QStringLiteral("2019-05-03"));
    QCOMPARE(attack.type.cameoRoot(), 19);
    QCOMPARE(roles(workspace, attack).value(QStringLiteral("Government of Afghanistan")),
             QStringLiteral("source"));
    QCOMPARE(roles(workspace, attack).value(QStringLiteral("Taleban")), QStringLiteral("target"));
    QCOMPARE(ActorRepository(workspace).findByName(QStringLiteral("Government of Afghanistan"))->kind,
             Actor::Kind::Government);
    QVERIFY(attack.evidence.first().sentence.contains(QStringLiteral("police HQ")));
    QCOMPARE(ArticleRepository(workspace).find(attack.evidence.first().articleId)->outlet,
             QStringLiteral("Pajhwok Afghan News"));
    QCOMPARE(scalar(workspace,
                    QStringLiteral("SELECT fatalities FROM events WHERE external_id = '244657'"))
                 .toInt(),
             20);

    const Event oneSided = eventByExternalId(workspace, QStringLiteral("244658"));
    QCOMPARE(oneSided.type.cameoRoot(), 18);
    QCOMPARE(oneSided.date.earliestDay(), DateSpan::julianDay(2019, 6, 5));
    QCOMPARE(oneSided.date.latestDay(), DateSpan::julianDay(2019, 6, 11));
    const Event yearOnly = eventByExternalId(workspace, QStringLiteral("244659"));
    QCOMPARE(yearOnly.date.precision(), DateSpan::Precision::Year);
    QCOMPARE(yearOnly.date.toIso(), QStringLiteral("2019"));
}

void tst_DataImporter::gdeltMapping()
{
    QTemporaryDir dir;
    Workspace workspace;
    QString error;
    QVERIFY(workspace.open(dir.filePath(QStringLiteral("ws.faultline")),
                           Workspace::OpenMode::ReadWrite,
                           &error));
    DataImporter importer(workspace);
    DataImporter::Options options;
    options.skipBadRows = true;
    QVERIFY2(importer.importFile(sample(QStringLiteral("gdelt1.export.CSV")),
                                 options,
                                 nullptr,
                                 &error),
             qPrintable(error));
    QVERIFY2(importer.importFile(sample(QStringLiteral("gdelt2.export.CSV")),
                                 options,
                                 nullptr,
                                 &error),
             qPrintable(error));
    const Event consult = eventByExternalId(workspace, QStringLiteral("933012331"));
    QCOMPARE(consult.date.toIso(), QStringLiteral("2020-09-14"));
    QCOMPARE(consult.type.cameoRoot(), 4);
    QCOMPARE(consult.type.quadClass(), EventType::QuadClass::VerbalCooperation);
    QCOMPARE(consult.location, QStringLiteral("Rawalpindi, Punjab, Pakistan"));
    const auto article = ArticleRepository(workspace).find(consult.evidence.first().articleId);
    QCOMPARE(article->url,
             QStringLiteral("https://www.rferl.org/a/us-envoy-khalilzad-pakistan/30837612.html"));
    QCOMPARE(article->outlet, QStringLiteral("rferl.org"));
    QCOMPARE(roles(workspace, consult).value(QStringLiteral("UNITED STATES")),
             QStringLiteral("source"));
    QCOMPARE(ActorRepository(workspace).findByName(QStringLiteral("PAKISTAN"))->kind,
             Actor::Kind::State);

    const Event fight = eventByExternalId(workspace, QStringLiteral("945123001"));
    QCOMPARE(fight.type.quadClass(), EventType::QuadClass::MaterialConflict);
    QCOMPARE(fight.location, QStringLiteral("Kunduz, Kondoz, Afghanistan"));
    QCOMPARE(ActorRepository(workspace).findByName(QStringLiteral("AFGHAN ARMY"))->kind,
             Actor::Kind::Military);
    // TALIBAN from both files is one actor.
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM actors WHERE name = 'TALIBAN'"))
                 .toInt(),
             1);
}

void tst_DataImporter::timelineJsMapping()
{
    QTemporaryDir dir;
    Workspace workspace;
    QString error;
    QVERIFY(workspace.open(dir.filePath(QStringLiteral("ws.faultline")),
                           Workspace::OpenMode::ReadWrite,
                           &error));
    DataImporter::Options options;
    options.skipBadRows = true;
    QVERIFY2(DataImporter(workspace).importFile(sample(QStringLiteral("timelinejs-sheet.csv")),
                                                options,
                                                nullptr,
                                                &error),
             qPrintable(error));
    QList<Event> events = EventRepository(workspace).query();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0).title, QStringLiteral("Islamabad talks"));
    QCOMPARE(events.at(0).date.toIso(), QStringLiteral("2015-07-07"));
    QCOMPARE(events.at(0).evidence.first().sentence,
             QStringLiteral(
                 "Pakistan hosts the first official talks between Kabul & the Taliban."));
    QCOMPARE(events.at(1).date.toIso(), QStringLiteral("2018-10"));
    QCOMPARE(events.at(2).date.earliestDay(), DateSpan::julianDay(2020, 9, 12));
    QCOMPARE(events.at(2).date.latestDay(), DateSpan::julianDay(2020, 9, 13));
    // The sheet's group "Talks" names no type: it is an actor taking part.
    const std::optional<Actor> talks = ActorRepository(workspace).findByName(
        QStringLiteral("Talks"));
    QVERIFY(talks);
    QCOMPARE(events.at(0).participants.size(), 1);
    QCOMPARE(events.at(0).participants.first().actorId, talks->id);
    QCOMPARE(events.at(0).participants.first().role, Event::Role::Participant);

    QVERIFY2(DataImporter(workspace).importFile(sample(QStringLiteral("vis-timeline.json")),
                                                options,
                                                nullptr,
                                                &error),
             qPrintable(error));
    EventFilter filter;
    filter.text = QStringLiteral("Doha talks");
    events = EventRepository(workspace).query(filter);
    QCOMPARE(events.size(), 2); // the sheet's "Doha talks open" and the vis item
    filter.text = QStringLiteral("Deal signed");
    events = EventRepository(workspace).query(filter);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().date.toIso(), QStringLiteral("2020-02-29")); // epoch milliseconds

    // vis-timeline groups, named in their own list: a type's name sets the type, any
    // other name is an actor taking part.
    const QString grouped = dir.filePath(QStringLiteral("grouped.json"));
    QFile file(grouped);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"items": [
        {"id": "a", "start": "2021-05-01", "content": "Shelling of the port", "group": 1},
        {"id": "b", "start": "2021-05-02", "content": "Envoys meet", "group": 2}],
      "groups": [{"id": 1, "content": "Fight"}, {"id": 2, "content": "UN mission"}]})");
    file.close();
    QVERIFY2(DataImporter(workspace).importFile(grouped, options, nullptr, &error),
             qPrintable(error));
    filter.text = QStringLiteral("Shelling");
    events = EventRepository(workspace).query(filter);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().type, EventType(19));
    QVERIFY(events.first().participants.isEmpty());
    filter.text = QStringLiteral("Envoys");
    events = EventRepository(workspace).query(filter);
    QCOMPARE(events.size(), 1);
    QVERIFY(!events.first().type.isValid());
    const std::optional<Actor> mission = ActorRepository(workspace).findByName(
        QStringLiteral("UN mission"));
    QVERIFY(mission);
    QCOMPARE(mission->kind, Actor::Kind::Other);
    QCOMPARE(events.first().participants.size(), 1);
    QCOMPARE(events.first().participants.first().actorId, mission->id);
}

void tst_DataImporter::genericMapping()
{
    QTemporaryDir dir;
    Workspace workspace;
    QString error;
    QVERIFY(workspace.open(dir.filePath(QStringLiteral("ws.faultline")),
                           Workspace::OpenMode::ReadWrite,
                           &error));
    ColumnMapping mapping;
    mapping.setColumn(ColumnMapping::Field::Date, QStringLiteral("When"));
    mapping.setColumn(ColumnMapping::Field::EndDate, QStringLiteral("Until"));
    mapping.setColumn(ColumnMapping::Field::Title, QStringLiteral("What"));
    mapping.setColumn(ColumnMapping::Field::Actors, QStringLiteral("Who"));
    mapping.setColumn(ColumnMapping::Field::Location, QStringLiteral("Where"));
    mapping.setColumn(ColumnMapping::Field::Source, QStringLiteral("Link"));
    QCOMPARE(ColumnMapping::fromString(mapping.toString()), mapping);
    DataImporter::Options options;
    options.mapping = mapping;
    QVERIFY2(DataImporter(workspace).importFile(sample(QStringLiteral("generic-semicolon.csv")),
                                                options,
                                                nullptr,
                                                &error),
             qPrintable(error));
    const QList<Event> events = EventRepository(workspace).query();
    QCOMPARE(events.size(), 4);
    QCOMPARE(events.at(0).title, QStringLiteral("Talks stall after Mullah Omar's death"));
    QCOMPARE(events.at(0).date.earliestDay(), DateSpan::julianDay(2015, 1, 1));
    QCOMPARE(events.at(0).date.latestDay(), DateSpan::julianDay(2016, 12, 31));
    QCOMPARE(events.at(1).date.toIso(), QStringLiteral("2020-02-29"));
    QCOMPARE(events.at(2).date.toIso(), QStringLiteral("2020-08"));
    QCOMPARE(events.at(3).title, QStringLiteral("Khalilzad meets Bajwa"));
    QCOMPARE(events.at(3).location, QStringLiteral("Rawalpindi"));
    const QMap<QString, QString> meetingRoles = roles(workspace, events.at(3));
    QCOMPARE(meetingRoles.value(QStringLiteral("Zalmay Khalilzad")), QStringLiteral("source"));
    QCOMPARE(meetingRoles.value(QStringLiteral("Qamar Javed Bajwa")), QStringLiteral("target"));
    QVERIFY(events.at(3).evidence.first().sentence.contains(QStringLiteral("Where: Rawalpindi")));
    QCOMPARE(ArticleRepository(workspace).find(events.at(3).evidence.first().articleId)->outlet,
             QStringLiteral("rferl.org"));

    // A mapping that names a column the file lacks is refused before anything is read.
    mapping.setColumn(ColumnMapping::Field::Type, QStringLiteral("Kind"));
    options.mapping = mapping;
    QVERIFY(!DataImporter(workspace).importFile(sample(QStringLiteral("generic-semicolon.csv")),
                                                options,
                                                nullptr,
                                                &error));
    QVERIFY2(error.contains(QStringLiteral("“Kind”")), qPrintable(error));
}

void tst_DataImporter::unknownFormat()
{
    QTemporaryDir dir;
    Workspace workspace;
    QString error;
    QVERIFY(workspace.open(dir.filePath(QStringLiteral("ws.faultline")),
                           Workspace::OpenMode::ReadWrite,
                           &error));
    QVERIFY(!DataImporter(workspace).importFile(sample(QStringLiteral("unknown-columns.csv")),
                                                {},
                                                nullptr,
                                                &error));
    QVERIFY2(error.contains(QStringLiteral("Expected an ACLED")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("name, value, unit")), qPrintable(error));
    QCOMPARE(EventRepository(workspace).count(), 0);

    const QString notJson = dir.filePath(QStringLiteral("broken.json"));
    QFile file(notJson);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"events\": [ {\"start_date\": ");
    file.close();
    QVERIFY(!DataImporter(workspace).importFile(notJson, {}, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("JSON")), qPrintable(error));
}

void tst_DataImporter::refusedImportLeavesFileUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ws.faultline"));
    QString error;
    {
        Workspace workspace;
        QVERIFY(workspace.open(path, Workspace::OpenMode::ReadWrite, &error));
        QVERIFY2(DataImporter(workspace).importFile(sample(QStringLiteral("acled-current.csv")),
                                                    {},
                                                    nullptr,
                                                    &error),
                 qPrintable(error));
    }
    const QByteArray before = sha256(path);
    QVERIFY(!before.isEmpty());
    {
        Workspace workspace;
        QVERIFY(workspace.open(path, Workspace::OpenMode::ReadWrite, &error));
        DataImporter::Summary summary;
        QVERIFY(!DataImporter(workspace).importFile(sample(QStringLiteral("acled-bad-rows.csv")),
                                                    {},
                                                    &summary,
                                                    &error));
        QVERIFY(summary.refused);
        QCOMPARE(summary.badRowCount, qint64(2));
        QVERIFY2(error.contains(QStringLiteral("line 3: “32/13/2020” is not a date")),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("line 4: The required value “actor1” is empty")),
                 qPrintable(error));
        QCOMPARE(EventRepository(workspace).count(), 4);
    }
    QCOMPARE(sha256(path), before);
}

void tst_DataImporter::cancelledImportWritesNothing()
{
    QTemporaryDir dir;
    // A larger ACLED file, so the import is still running when it is cancelled.
    QFile source(sample(QStringLiteral("acled-current.csv")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray header = source.readLine();
    const QByteArray row = source.readLine();
    const QString big = dir.filePath(QStringLiteral("big.csv"));
    QFile file(big);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(header);
    for (int i = 0; i < 10000; ++i)
        file.write(QByteArray(row).replace("LBY12345", "LBY" + QByteArray::number(100000 + i)));
    file.close();

    Workspace workspace;
    QString error;
    QVERIFY(workspace.open(dir.filePath(QStringLiteral("ws.faultline")),
                           Workspace::OpenMode::ReadWrite,
                           &error));
    std::atomic<bool> cancel{false};
    int progressCalls = 0;
    DataImporter::Options options;
    options.cancel = &cancel;
    options.progress = [&](qint64 done, qint64 total) {
        QVERIFY(done <= total);
        ++progressCalls;
        cancel = true;
    };
    DataImporter::Summary summary;
    QVERIFY(!DataImporter(workspace).importFile(big, options, &summary, &error));
    QVERIFY(summary.cancelled);
    QVERIFY(progressCalls >= 1);
    QVERIFY(summary.rowsRead < 10000);
    QCOMPARE(EventRepository(workspace).count(), 0);
    QCOMPARE(ActorRepository(workspace).count(), 0);
    QCOMPARE(ArticleRepository(workspace).count(), 0);

    // Not cancelled, the same file imports whole.
    cancel = false;
    options.progress = {};
    QVERIFY2(DataImporter(workspace).importFile(big, options, &summary, &error), qPrintable(error));
    QCOMPARE(EventRepository(workspace).count(), 10000);
}

void tst_DataImporter::sameFileTwice()
{
    QTemporaryDir dir;
    Workspace workspace;
    QString error;
    QVERIFY(workspace.open(dir.filePath(QStringLiteral("ws.faultline")),
                           Workspace::OpenMode::ReadWrite,
                           &error));
    QVERIFY(DataImporter(workspace).importFile(sample(QStringLiteral("ucdp-ged.csv")),
                                               {},
                                               nullptr,
                                               &error));
    DataImporter::Summary summary;
    QVERIFY(!DataImporter(workspace).importFile(sample(QStringLiteral("ucdp-ged.csv")),
                                                {},
                                                &summary,
                                                &error));
    QVERIFY(summary.duplicate);
    QVERIFY2(error.contains(QStringLiteral("imported before")), qPrintable(error));
    QCOMPARE(EventRepository(workspace).count(), 3);
}

void tst_DataImporter::knownActorsMatched()
{
    QTemporaryDir dir;
    Workspace workspace;
    QString error;
    QVERIFY(workspace.open(dir.filePath(QStringLiteral("ws.faultline")),
                           Workspace::OpenMode::ReadWrite,
                           &error));
    Actor shabaab;
    shabaab.name = QStringLiteral("Harakat al-Shabaab al-Mujahideen");
    shabaab.kind = Actor::Kind::ArmedGroup;
    shabaab.aliases = {QStringLiteral("al shabaab")};
    QVERIFY(ActorRepository(workspace).insert(shabaab, &error));
    DataImporter::Summary summary;
    QVERIFY2(DataImporter(workspace).importFile(sample(QStringLiteral("acled-older.csv")),
                                                {},
                                                &summary,
                                                &error),
             qPrintable(error));
    EventFilter filter;
    filter.actorId = shabaab.id;
    QCOMPARE(EventRepository(workspace).count(filter), 2);
    QCOMPARE(ActorRepository(workspace).count(), 1 + summary.actorsAdded);
    QVERIFY(!ActorRepository(workspace)
                 .findByName(QStringLiteral("Al Shabaab"))
                 ->name.compare(shabaab.name));
}

void tst_DataImporter::manyParticipantsAndNameVariants()
{
    // Eleven associated actors (more than one insert statement takes), and names
    // that differ only in case or spacing, which are one actor.
    QTemporaryDir dir;
    QFile source(sample(QStringLiteral("acled-current.csv")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray header = source.readLine();
    const QString path = dir.filePath(QStringLiteral("many.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(header);
    QByteArrayList militias;
    for (int i = 1; i <= 11; ++i)
        militias << "Militia (Town " + QByteArray::number(i) + ')';
    const QByteArray row = "SOM%1,2021-03-0%1,2021,1,Political violence,Battles,Armed clash,%2,,"
                           "State forces,Al Shabaab,%3,Rebel group,,,706,Eastern Africa,Somalia,"
                           "Banadir,,,Mogadishu,2.03,45.34,1,Garowe Online,National,Notes %1.,0,,"
                           "1618528430\n";
    file.write(QByteArray(row)
                   .replace("%1", "1")
                   .replace("%2", "Military Forces of Somalia (2012-)")
                   .replace("%3", militias.join("; ")));
    file.write(QByteArray(row)
                   .replace("%1", "2")
                   .replace("%2", "MILITARY FORCES OF SOMALIA (2012-)")
                   .replace("%3", "militia (town 3);  Militia (Town 12) "));
    file.close();

    Workspace workspace;
    QString error;
    QVERIFY(workspace.open(dir.filePath(QStringLiteral("ws.faultline")),
                           Workspace::OpenMode::ReadWrite,
                           &error));
    DataImporter::Summary summary;
    QVERIFY2(DataImporter(workspace).importFile(path, {}, &summary, &error), qPrintable(error));
    QCOMPARE(summary.eventsAdded, 2);
    // Somali army, al-Shabaab, twelve militias.
    QCOMPARE(summary.actorsAdded, 14);
    QCOMPARE(scalar(workspace,
                    QStringLiteral("SELECT count(*) FROM event_actors ea JOIN events e "
                                   "ON e.id = ea.event_id WHERE e.external_id = 'SOM1'"))
                 .toInt(),
             13);
    QCOMPARE(scalar(workspace,
                    QStringLiteral("SELECT count(*) FROM event_actors ea JOIN events e "
                                   "ON e.id = ea.event_id WHERE e.external_id = 'SOM1' "
                                   "AND ea.role = 'participant'"))
                 .toInt(),
             11);
    const Event second = eventByExternalId(workspace, QStringLiteral("SOM2"));
    QCOMPARE(second.date.toIso(), QStringLiteral("2021-03-02"));
    QCOMPARE(roles(workspace, second).size(), 4);
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(DISTINCT actor_id) FROM event_actors"))
                 .toInt(),
             14);
    QCOMPARE(summary.articlesAdded, 1);
}

void tst_DataImporter::coordinatesInRangeOnly_data()
{
    QTest::addColumn<QByteArray>("latitude");
    QTest::addColumn<QByteArray>("longitude");
    QTest::addColumn<bool>("kept");
    QTest::newRow("Tripoli") << QByteArray("32.8872") << QByteArray("13.1913") << true;
    QTest::newRow("poles and date line") << QByteArray("-90") << QByteArray("180") << true;
    QTest::newRow("latitude too far north") << QByteArray("95.5") << QByteArray("13.2") << false;
    QTest::newRow("longitude too far west") << QByteArray("32.9") << QByteArray("-181") << false;
    QTest::newRow("only latitude") << QByteArray("32.9") << QByteArray("") << false;
    QTest::newRow("not numbers") << QByteArray("north") << QByteArray("east") << false;
    QTest::newRow("nan and inf") << QByteArray("nan") << QByteArray("inf") << false;
}

void tst_DataImporter::coordinatesInRangeOnly()
{
    QFETCH(QByteArray, latitude);
    QFETCH(QByteArray, longitude);
    QFETCH(bool, kept);
    DataRecord record;
    record.latitude = 1.0; // left from an earlier row: replaced either way
    record.longitude = 2.0;
    RowMapper::setCoordinates(&record, latitude, longitude);
    QCOMPARE(record.latitude.has_value(), kept);
    QCOMPARE(record.longitude.has_value(), kept);
    if (kept) {
        QCOMPARE(*record.latitude, latitude.toDouble());
        QCOMPARE(*record.longitude, longitude.toDouble());
    }
}

void tst_DataImporter::searchAndIndexesAfterBulkLoad()
{
    QTemporaryDir dir;
    Workspace workspace;
    QString error;
    QVERIFY(workspace.open(dir.filePath(QStringLiteral("ws.faultline")),
                           Workspace::OpenMode::ReadWrite,
                           &error));
    const QString schema = QStringLiteral(
        "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master "
        "WHERE type IN ('index', 'trigger') ORDER BY name)");
    const QString before = scalar(workspace, schema).toString();
    QVERIFY(before.contains(QStringLiteral("evidence_search_insert")));
    DataImporter::Options options;
    options.deferIndexes = true;
    QVERIFY2(DataImporter(workspace).importFile(sample(QStringLiteral("acled-current.csv")),
                                                options,
                                                nullptr,
                                                &error),
             qPrintable(error));
    QCOMPARE(scalar(workspace, schema).toString(), before);
    // The load into the empty workspace went through the rollback journal; the
    // workspace is back in WAL mode, and the index agrees with its events.
    QCOMPARE(scalar(workspace, QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
    const QString integrity = QStringLiteral(
        "INSERT INTO event_search(event_search, rank) VALUES ('integrity-check', 1)");
    QSqlQuery check(workspace.database());
    QVERIFY2(check.exec(integrity), qPrintable(check.lastError().text()));

    EventFilter filter;
    filter.text = QStringLiteral("cadets");
    QList<Event> found = EventRepository(workspace).query(filter);
    QCOMPARE(found.size(), 1);
    filter.text = QStringLiteral("Benghazi protested");
    QCOMPARE(EventRepository(workspace).count(filter), 1);

    // The triggers are back: a later event is searchable by its evidence.
    Article article;
    article.title = QStringLiteral("Later");
    article.text = QStringLiteral("Ceasefire agreed in Geneva.");
    QVERIFY(ArticleRepository(workspace).insert(article, &error));
    Event event;
    event.title = QStringLiteral("Ceasefire");
    event.evidence << Evidence{0, article.id, 0, 27, QStringLiteral("Ceasefire agreed in Geneva.")};
    QVERIFY(EventRepository(workspace).insert(event, &error));
    filter.text = QStringLiteral("Geneva");
    QCOMPARE(EventRepository(workspace).count(filter), 1);
    QVERIFY2(check.exec(integrity), qPrintable(check.lastError().text()));
}

void tst_DataImporter::otherDelimitersAndWrongOnes()
{
    QTemporaryDir dir;
    QFile source(sample(QStringLiteral("acled-older.csv")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = source.readAll().split('\n');
    // The same export saved with semicolons (as spreadsheets in many locales do).
    auto semicolons = [](QByteArray line) {
        QByteArray out;
        bool quoted = false;
        for (const char c : line) {
            if (c == '"')
                quoted = !quoted;
            out += (c == ',' && !quoted) ? ';' : c;
        }
        return out;
    };
    QByteArray converted;
    for (const QByteArray &line : lines) {
        if (!line.trimmed().isEmpty())
            converted += semicolons(line) + '\n';
    }
    // A row whose commas were not converted has one field where the header has 26.
    converted += lines.at(1) + '\n';
    const QString path = dir.filePath(QStringLiteral("acled-semicolons.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(converted);
    file.close();

    Workspace workspace;
    QString error;
    QVERIFY(workspace.open(dir.filePath(QStringLiteral("ws.faultline")),
                           Workspace::OpenMode::ReadWrite,
                           &error));
    DataImporter::Summary summary;
    QVERIFY(!DataImporter(workspace).importFile(path, {}, &summary, &error));
    QCOMPARE(summary.format, DataFormat::Kind::Acled);
    QCOMPARE(summary.badRowCount, qint64(1));
    QCOMPARE(summary.badRows.first().line, qint64(5));
    QVERIFY2(summary.badRows.first().reason.contains(QStringLiteral("a delimiter or quote may be "
                                                                    "wrong")),
             qPrintable(summary.badRows.first().reason));
    DataImporter::Options options;
    options.skipBadRows = true;
    QVERIFY2(DataImporter(workspace).importFile(path, options, &summary, &error), qPrintable(error));
    QCOMPARE(summary.eventsAdded, qint64(3));
}

void tst_DataImporter::acledRoundTrip()
{
    // ACLED in, ACLED-style CSV out, and in again: the same events.
    QTemporaryDir dir;
    QString error;
    Workspace first;
    QVERIFY(first.open(dir.filePath(QStringLiteral("first.faultline")),
                       Workspace::OpenMode::ReadWrite,
                       &error));
    QVERIFY2(DataImporter(first).importFile(sample(QStringLiteral("acled-current.csv")),
                                            {},
                                            nullptr,
                                            &error),
             qPrintable(error));
    const QString exported = dir.filePath(QStringLiteral("exported.csv"));
    DataFileWriter writer(first);
    QVERIFY2(writer.write(DataFileWriter::Format::Acled, {}, exported, &error), qPrintable(error));
    QCOMPARE(DataImporter::preview(exported).format, DataFormat::Kind::Acled);

    Workspace second;
    QVERIFY(second.open(dir.filePath(QStringLiteral("second.faultline")),
                        Workspace::OpenMode::ReadWrite,
                        &error));
    QVERIFY2(DataImporter(second).importFile(exported, {}, nullptr, &error), qPrintable(error));
    const QList<Event> before = EventRepository(first).query();
    const QList<Event> after = EventRepository(second).query();
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const Event &a = before.at(i);
        const Event &b = after.at(i);
        QCOMPARE(b.date.earliestDay(), a.date.earliestDay());
        QCOMPARE(b.date.latestDay(), a.date.latestDay());
        QCOMPARE(b.type, a.type);
        // ACLED has no column for a participant without a target: the writer may put
        // one into actor2, so the actors are compared, and the acting one's role.
        const QMap<QString, QString> rolesBefore = roles(first, a);
        const QMap<QString, QString> rolesAfter = roles(second, b);
        QCOMPARE(rolesAfter.keys(), rolesBefore.keys());
        QCOMPARE(rolesAfter.key(QStringLiteral("source")),
                 rolesBefore.key(QStringLiteral("source")));
        // Whether line breaks inside notes survive is the writer's choice.
        QCOMPARE(b.evidence.first().sentence.simplified(), a.evidence.first().sentence.simplified());
        // The dataset's own id, deaths and coordinates come back as they went out.
        QVERIFY(!a.externalId.isEmpty());
        QCOMPARE(b.externalId, a.externalId);
        QCOMPARE(b.fatalities, a.fatalities);
        QCOMPARE(b.latitude, a.latitude);
        QCOMPARE(b.longitude, a.longitude);
    }
    const Event strike = eventByExternalId(second, QStringLiteral("LBY12345"));
    QCOMPARE(strike.fatalities, std::optional<qint64>(30));
    QCOMPARE(strike.latitude, std::optional<double>(32.8872));
    QVERIFY(strike.longitude.has_value());
}

QTEST_GUILESS_MAIN(tst_DataImporter)
#include "tst_dataimporter.moc"
