#include "core/interchange/articlesourcelookup.h"
#include "core/interchange/namelookup.h"
#include "core/interchange/timelinejswriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Faultline;

class tst_TimelineJsWriter : public QObject
{
    Q_OBJECT

private slots:
    void dates_data();
    void dates();
    void document();
    void escapesArticleText();
    void skipsUnresolvedDates();
    void emptyDocument();

private:
    static QJsonDocument written(const QList<Event> &events,
                                 const NameLookup &names,
                                 const ArticleSourceLookup &sources,
                                 int *skipped = nullptr);
};

QJsonDocument tst_TimelineJsWriter::written(const QList<Event> &events,
                                            const NameLookup &names,
                                            const ArticleSourceLookup &sources,
                                            int *skipped)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    TimelineJsWriter writer(names, sources);
    QString error;
    if (!writer.write(&buffer, events, QStringLiteral("Talks"), QStringLiteral("About"), &error))
        return {};
    if (skipped)
        *skipped = writer.skippedCount();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(buffer.data(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        qWarning() << parseError.errorString() << buffer.data();
    return document;
}

void tst_TimelineJsWriter::dates_data()
{
    QTest::addColumn<DateSpan>("date");
    QTest::addColumn<QJsonObject>("start");
    QTest::addColumn<QJsonObject>("end"); // empty: no end_date

    QTest::newRow("day") << DateSpan::day(2020, 9, 14)
                         << QJsonObject{{"year", 2020}, {"month", 9}, {"day", 14}} << QJsonObject();
    QTest::newRow("two days") << DateSpan(DateSpan::julianDay(2020, 9, 12),
                                          DateSpan::julianDay(2020, 9, 13),
                                          DateSpan::Precision::Day)
                              << QJsonObject{{"year", 2020}, {"month", 9}, {"day", 12}}
                              << QJsonObject{{"year", 2020}, {"month", 9}, {"day", 13}};
    QTest::newRow("month") << DateSpan::month(2020, 8) << QJsonObject{{"year", 2020}, {"month", 8}}
                           << QJsonObject();
    QTest::newRow("season") << DateSpan::season(2019, 12)
                            << QJsonObject{{"year", 2019}, {"month", 12}}
                            << QJsonObject{{"year", 2020}, {"month", 2}};
    QTest::newRow("year") << DateSpan::year(2015) << QJsonObject{{"year", 2015}} << QJsonObject();
    QTest::newRow("decade") << DateSpan::decade(1990) << QJsonObject{{"year", 1990}}
                            << QJsonObject{{"year", 1999}};
    QTest::newRow("bce year") << DateSpan::year(-500) << QJsonObject{{"year", -500}}
                              << QJsonObject();
}

void tst_TimelineJsWriter::dates()
{
    QFETCH(DateSpan, date);
    QFETCH(QJsonObject, start);
    QFETCH(QJsonObject, end);
    Event event;
    event.id = 7;
    event.title = QStringLiteral("Talks");
    event.date = date;
    const NameLookup names;
    const ArticleSourceLookup sources;
    const std::optional<QJsonObject> slide = TimelineJsWriter(names, sources).toJson(event);
    QVERIFY(slide);
    QCOMPARE(slide->value(QStringLiteral("start_date")).toObject(), start);
    QCOMPARE(slide->contains(QStringLiteral("end_date")), !end.isEmpty());
    if (!end.isEmpty())
        QCOMPARE(slide->value(QStringLiteral("end_date")).toObject(), end);
    QCOMPARE(slide->value(QStringLiteral("display_date")).toString(), date.toDisplayString());
}

void tst_TimelineJsWriter::document()
{
    NameLookup names;
    ArticleSourceLookup sources;
    Article article;
    article.id = 3;
    article.title = QStringLiteral("Afghan peace talks open");
    article.outlet = QStringLiteral("RFE/RL");
    article.url = QStringLiteral("https://www.rferl.org/a/talks.html");
    names.addArticle(article);
    sources.addArticle(article);

    Event talks;
    talks.id = 1;
    talks.title = QStringLiteral("Doha talks open");
    talks.type = EventType(4);
    talks.date = DateSpan::day(2020, 9, 12);
    talks.evidence = {{0, 3, 0, 10, QStringLiteral("The talks opened in Doha on Saturday.")}};
    Event deal;
    deal.id = 2;
    deal.title = QStringLiteral("US-Taliban deal");
    deal.date = DateSpan::month(2020, 2);
    const QJsonDocument document = written({talks, deal}, names, sources);
    QVERIFY(document.isObject());
    const QJsonObject root = document.object();
    const QJsonObject title = root.value(QStringLiteral("title")).toObject();
    QCOMPARE(title.value(QStringLiteral("text")).toObject().value(QStringLiteral("headline")),
             QStringLiteral("Talks"));
    const QJsonArray events = root.value(QStringLiteral("events")).toArray();
    QCOMPARE(events.size(), 2);
    for (const QJsonValue &value : events) {
        const QJsonObject slide = value.toObject();
        for (const char *key : {"start_date", "text", "display_date", "unique_id"})
            QVERIFY2(slide.contains(QLatin1String(key)), key);
        const QJsonObject text = slide.value(QStringLiteral("text")).toObject();
        QVERIFY(text.contains(QStringLiteral("headline")));
        QVERIFY(text.contains(QStringLiteral("text")));
    }
    const QJsonObject first = events.at(0).toObject();
    // The type's name, which an import reads back as the type.
    QCOMPARE(first.value(QStringLiteral("group")).toString(), QStringLiteral("Consult"));
    QCOMPARE(EventType::fromName(first.value(QStringLiteral("group")).toString()), EventType(4));
    const QString html = first.value(QStringLiteral("text")).toObject().value("text").toString();
    QVERIFY2(html.contains(QStringLiteral("The talks opened in Doha on Saturday.")),
             qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("href=\"https://www.rferl.org/a/talks.html\"")),
             qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("RFE/RL")));
    // An event of unknown type has no group.
    QVERIFY(!events.at(1).toObject().contains(QStringLiteral("group")));
}

void tst_TimelineJsWriter::escapesArticleText()
{
    NameLookup names;
    ArticleSourceLookup sources;
    Article article;
    article.id = 1;
    article.title = QStringLiteral("<b>Bold</b> & co");
    article.url = QStringLiteral("javascript:alert(1)");
    names.addArticle(article);
    sources.addArticle(article);
    Event event;
    event.id = 1;
    event.title = QStringLiteral("<script>alert(1)</script> هجوم");
    event.date = DateSpan::day(2021, 1, 2);
    event.evidence = {{0, 1, 0, 5, QStringLiteral("He said \"<img src=x>\" في كابول")}};
    const QJsonDocument document = written({event}, names, sources);
    const QJsonObject text = document.object()
                                 .value(QStringLiteral("events"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("text"))
                                 .toObject();
    const QString headline = text.value(QStringLiteral("headline")).toString();
    const QString body = text.value(QStringLiteral("text")).toString();
    QVERIFY(!headline.contains(QStringLiteral("<script>")));
    QVERIFY(headline.contains(QStringLiteral("&lt;script&gt;")));
    QVERIFY(headline.contains(QStringLiteral("هجوم")));
    QVERIFY(!body.contains(QStringLiteral("<img")));
    QVERIFY(!body.contains(QStringLiteral("<b>")));
    QVERIFY(body.contains(QStringLiteral("في كابول")));
    // Only web links become anchors.
    QVERIFY(!body.contains(QStringLiteral("javascript:")));
}

void tst_TimelineJsWriter::skipsUnresolvedDates()
{
    Event dated;
    dated.id = 1;
    dated.title = QStringLiteral("Dated");
    dated.date = DateSpan::year(2018);
    Event unresolved;
    unresolved.id = 2;
    unresolved.title = QStringLiteral("Unresolved");
    int skipped = -1;
    const QJsonDocument document = written({dated, unresolved},
                                           NameLookup(),
                                           ArticleSourceLookup(),
                                           &skipped);
    QCOMPARE(document.object().value(QStringLiteral("events")).toArray().size(), 1);
    QCOMPARE(skipped, 1);
}

void tst_TimelineJsWriter::emptyDocument()
{
    const QJsonDocument document = written({}, NameLookup(), ArticleSourceLookup());
    QVERIFY(document.isObject());
    QVERIFY(document.object().value(QStringLiteral("events")).isArray());
    QCOMPARE(document.object().value(QStringLiteral("events")).toArray().size(), 0);
}

QTEST_GUILESS_MAIN(tst_TimelineJsWriter)
#include "tst_timelinejswriter.moc"
