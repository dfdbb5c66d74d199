#include "core/interchange/datafilewriter.h"
#include "core/interchange/dataimporter.h"
#include "core/store/actorrepository.h"
#include "core/store/articlerepository.h"
#include "core/store/eventrepository.h"
#include "core/store/workspace.h"
#include "tests/core/interchange/csvparse.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Faultline;
using namespace Faultline::Testing;

Q_DECLARE_METATYPE(DataFileWriter::Format)

class tst_DataFileWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void formatKeys();
    void everyFormat_data();
    void everyFormat();
    void dateRange();
    void pagesGiveTheSameFile();
    void unwritablePath();
    void cancelKeepsTheOldFile();
    void timelineJsRoundTripKeepsTheType();
    void figuresInEveryEventFormat();

private:
    QByteArray exported(DataFileWriter::Format format,
                        const EventFilter &filter = {},
                        int pageSize = DataFileWriter::PageSize);

    QTemporaryDir m_dir;
    Workspace m_workspace;
};

void tst_DataFileWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_workspace.open(m_dir.filePath(QStringLiteral("ws.faultline")),
                              Workspace::OpenMode::ReadWrite,
                              &error),
             qPrintable(error));
    Article article;
    article.title = QStringLiteral("Talks, \"again\"");
    article.outlet = QStringLiteral("RFE/RL");
    article.url = QStringLiteral("https://example.org/a");
    article.text = QStringLiteral("Some text.");
    article.contentHash = Article::hashText(article.text);
    QVERIFY2(ArticleRepository(m_workspace).insert(article, &error), qPrintable(error));
    QList<qint64> ids;
    for (const char *name : {"Taliban", "Afghan government", "Pakistan", "Baradar"}) {
        Actor actor;
        actor.name = QString::fromUtf8(name);
        actor.kind = Actor::Kind::ArmedGroup;
        QVERIFY2(ActorRepository(m_workspace).insert(actor, &error), qPrintable(error));
        ids << actor.id;
    }
    Actor baradar = *ActorRepository(m_workspace).find(ids[3]);
    baradar.affiliationId = ids[0];
    QVERIFY2(ActorRepository(m_workspace).update(baradar, &error), qPrintable(error));
    const struct
    {
        const char *title;
        DateSpan date;
        int root;
        QList<int> actors;
    } rows[] = {
        {"Islamabad talks", DateSpan::year(2015), 4, {0, 1, 2}},
        {"Omar's death announced", DateSpan::month(2015, 7), 2, {0}},
        {"Baradar released", DateSpan::day(2018, 10, 25), 7, {2, 3}},
        {"US-Taliban deal, signed", DateSpan::day(2020, 2, 29), 5, {0}},
        {"Doha talks open", DateSpan::day(2020, 9, 12), 4, {0, 1}},
        {"Undated clash", DateSpan(), 19, {0, 1}},
    };
    for (const auto &row : rows) {
        Event event;
        event.title = QString::fromUtf8(row.title);
        event.date = row.date;
        event.type = EventType(row.root);
        for (int actor : row.actors)
            event.participants.append({ids[actor], Event::Role::Participant, false});
        event.evidence = {
            {0, article.id, 0, 4, QStringLiteral("Said, \"%1\"\nاليوم").arg(event.title)}};
        QVERIFY2(EventRepository(m_workspace).insert(event, &error), qPrintable(error));
    }
}

QByteArray tst_DataFileWriter::exported(DataFileWriter::Format format,
                                        const EventFilter &filter,
                                        int pageSize)
{
    const QString path = m_dir.filePath(QStringLiteral("out.") + DataFileWriter::suffix(format));
    DataFileWriter writer(m_workspace);
    writer.setPageSize(pageSize);
    QString error;
    if (!writer.write(format, filter, path, &error)) {
        qWarning() << error;
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void tst_DataFileWriter::formatKeys()
{
    for (DataFileWriter::Format format : DataFileWriter::formats()) {
        QCOMPARE(DataFileWriter::formatFromKey(DataFileWriter::formatKey(format)), format);
        QVERIFY(!DataFileWriter::formatName(format).isEmpty());
        QVERIFY(!DataFileWriter::suffix(format).isEmpty());
    }
    QCOMPARE(DataFileWriter::formatFromKey(u"GEXF"), DataFileWriter::Format::Gexf);
    QVERIFY(!DataFileWriter::formatFromKey(u"xlsx"));
}

void tst_DataFileWriter::everyFormat_data()
{
    QTest::addColumn<DataFileWriter::Format>("format");
    QTest::addColumn<int>("items"); // events, rows after the header, or nodes
    QTest::newRow("timelinejs") << DataFileWriter::Format::TimelineJs << 5; // undated left out
    QTest::newRow("json") << DataFileWriter::Format::Json << 6;
    QTest::newRow("csv") << DataFileWriter::Format::Csv << 6;
    QTest::newRow("acled") << DataFileWriter::Format::Acled << 5;
    QTest::newRow("gexf") << DataFileWriter::Format::Gexf << 4;
    QTest::newRow("graphml") << DataFileWriter::Format::GraphMl << 4;
}

void tst_DataFileWriter::everyFormat()
{
    QFETCH(DataFileWriter::Format, format);
    QFETCH(int, items);
    const QByteArray bytes = exported(format);
    QVERIFY(!bytes.isEmpty());
    switch (format) {
    case DataFileWriter::Format::TimelineJs: {
        const QJsonDocument document = QJsonDocument::fromJson(bytes);
        QVERIFY(document.isObject());
        QVERIFY(document.object().contains(QStringLiteral("title")));
        QCOMPARE(document.object().value(QStringLiteral("events")).toArray().size(), items);
        break;
    }
    case DataFileWriter::Format::Json: {
        const QJsonDocument document = QJsonDocument::fromJson(bytes);
        QVERIFY(document.isArray());
        QCOMPARE(document.array().size(), items);
        break;
    }
    case DataFileWriter::Format::Csv:
    case DataFileWriter::Format::Acled: {
        QString error;
        const QList<QStringList> rows = parseCsv(bytes, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), items + 1);
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), rows.first().size());
        break;
    }
    case DataFileWriter::Format::Gexf:
    case DataFileWriter::Format::GraphMl: {
        QXmlStreamReader xml(bytes);
        int nodes = 0;
        int edges = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("node"))
                ++nodes;
            if (xml.isStartElement() && xml.name() == QLatin1String("edge"))
                ++edges;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(nodes, items);
        // Taliban-government, Taliban-Pakistan, government-Pakistan, Pakistan-Baradar,
        // and Baradar's affiliation with the Taliban.
        QCOMPARE(edges, 5);
        break;
    }
    }
}

void tst_DataFileWriter::dateRange()
{
    EventFilter filter;
    filter.fromDay = DateSpan::julianDay(2018, 1, 1);
    filter.toDay = DateSpan::julianDay(2020, 12, 31);
    const QJsonDocument document = QJsonDocument::fromJson(
        exported(DataFileWriter::Format::TimelineJs, filter));
    QCOMPARE(document.object().value(QStringLiteral("events")).toArray().size(), 3);
    QXmlStreamReader xml(exported(DataFileWriter::Format::Gexf, filter));
    int nodes = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("node"))
            ++nodes;
    }
    QCOMPARE(nodes, 4); // Taliban, government, Pakistan, Baradar
}

void tst_DataFileWriter::pagesGiveTheSameFile()
{
    for (DataFileWriter::Format format : {DataFileWriter::Format::Json,
                                          DataFileWriter::Format::Acled,
                                          DataFileWriter::Format::GraphMl}) {
        const QByteArray whole = exported(format);
        QVERIFY(!whole.isEmpty());
        QCOMPARE(exported(format, {}, 2), whole);
        QCOMPARE(exported(format, {}, 1), whole);
    }
}

void tst_DataFileWriter::unwritablePath()
{
    const QString path = m_dir.filePath(QStringLiteral("missing/folder/out.gexf"));
    DataFileWriter writer(m_workspace);
    QString error;
    QVERIFY(!writer.write(DataFileWriter::Format::Gexf, {}, path, &error));
    QVERIFY2(error.contains(QStringLiteral("out.gexf")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void tst_DataFileWriter::cancelKeepsTheOldFile()
{
    const QString path = m_dir.filePath(QStringLiteral("kept.json"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    DataFileWriter writer(m_workspace);
    writer.setPageSize(2);
    int calls = 0;
    writer.setProgress([&calls](qint64 done, qint64 total) {
        Q_UNUSED(done)
        Q_UNUSED(total)
        return ++calls < 2; // cancel on the second page
    });
    QString error;
    QVERIFY(!writer.write(DataFileWriter::Format::Json, {}, path, &error));
    QVERIFY(writer.wasCancelled());
    QVERIFY(!error.isEmpty());
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("old"));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("kept.json*")}, QDir::Files).size(), 1);
}

void tst_DataFileWriter::timelineJsRoundTripKeepsTheType()
{
    // TimelineJS out and in again: the group written is the type's name, read back as the type.
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.json"));
    QString error;
    QVERIFY2(DataFileWriter(m_workspace).write(DataFileWriter::Format::TimelineJs, {}, path, &error),
             qPrintable(error));
    QTemporaryDir dir;
    Workspace second;
    QVERIFY2(second.open(dir.filePath(QStringLiteral("second.faultline")),
                         Workspace::OpenMode::ReadWrite,
                         &error),
             qPrintable(error));
    DataImporter::Summary summary;
    QVERIFY2(DataImporter(second).importFile(path, {}, &summary, &error), qPrintable(error));
    QCOMPARE(summary.format, DataFormat::Kind::TimelineJsJson);
    EventFilter dated;
    dated.includeUnresolved = false;
    const QList<Event> before = EventRepository(m_workspace).query(dated);
    const QList<Event> after = EventRepository(second).query(dated);
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        QCOMPARE(after.at(i).title, before.at(i).title);
        QCOMPARE(after.at(i).type, before.at(i).type);
        QVERIFY(after.at(i).type.isValid());
        // A group that names a type is no actor.
        QVERIFY(after.at(i).participants.isEmpty());
    }
}

void tst_DataFileWriter::figuresInEveryEventFormat()
{
    // A dataset's figures on one event; the fixture's other events have none.
    EventRepository events(m_workspace);
    EventFilter filter;
    filter.text = QStringLiteral("Baradar released");
    const QList<Event> found = events.query(filter);
    QCOMPARE(found.size(), 1);
    Event released = found.constFirst();
    const Event original = released;
    released.fatalities = 0;
    released.latitude = 24.8607;
    released.longitude = 67.0011;
    released.externalId = QStringLiteral("PAK9");
    QString error;
    QVERIFY2(events.update(released, &error), qPrintable(error));

    const QJsonArray json = QJsonDocument::fromJson(exported(DataFileWriter::Format::Json)).array();
    int withFigures = 0;
    for (const QJsonValue &value : json) {
        const QJsonObject object = value.toObject();
        for (const char *key : {"fatalities", "latitude", "longitude", "external_id"})
            QVERIFY2(object.contains(QLatin1String(key)), key);
        if (object.value(QStringLiteral("id")).toInteger() != released.id) {
            QVERIFY(object.value(QStringLiteral("fatalities")).isNull());
            continue;
        }
        ++withFigures;
        QCOMPARE(object.value(QStringLiteral("fatalities")).toInt(-1), 0);
        QCOMPARE(object.value(QStringLiteral("latitude")).toDouble(), 24.8607);
        QCOMPARE(object.value(QStringLiteral("longitude")).toDouble(), 67.0011);
        QCOMPARE(object.value(QStringLiteral("external_id")).toString(), QStringLiteral("PAK9"));
    }
    QCOMPARE(withFigures, 1);

    const QList<QStringList> csv = parseCsv(exported(DataFileWriter::Format::Csv), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList header = csv.constFirst();
    // New columns come last: the old ones keep their places.
    QCOMPARE(header.mid(header.size() - 4),
             QStringList({"fatalities", "latitude", "longitude", "external_id"}));
    QCOMPARE(header.indexOf(QStringLiteral("status")), header.size() - 5);
    bool seen = false;
    for (const QStringList &row : csv.mid(1)) {
        if (row.at(0) != QString::number(released.id))
            continue;
        seen = true;
        QCOMPARE(row.mid(row.size() - 4), QStringList({"0", "24.8607", "67.0011", "PAK9"}));
    }
    QVERIFY(seen);

    const QList<QStringList> acled = parseCsv(exported(DataFileWriter::Format::Acled), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList acledHeader = acled.constFirst();
    bool acledSeen = false;
    for (const QStringList &row : acled.mid(1)) {
        if (row.at(0) != QLatin1String("PAK9"))
            continue;
        acledSeen = true;
        QCOMPARE(row.at(acledHeader.indexOf(QStringLiteral("fatalities"))), QStringLiteral("0"));
        QCOMPARE(row.at(acledHeader.indexOf(QStringLiteral("latitude"))), QStringLiteral("24.8607"));
        QCOMPARE(row.at(acledHeader.indexOf(QStringLiteral("longitude"))),
                 QStringLiteral("67.0011"));
    }
    QVERIFY(acledSeen);
    QVERIFY2(events.update(original, &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_DataFileWriter)
#include "tst_datafilewriter.moc"
