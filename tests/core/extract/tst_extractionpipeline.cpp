#include "core/extract/clausesplitter.h"
#include "core/extract/eventbuilder.h"
#include "core/extract/extractionpipeline.h"
#include "core/ingest/document.h"
#include "core/model/datespan.h"

#include <QTest>

using namespace Faultline;

namespace {

Document documentOf(const QString &text)
{
    Document document;
    document.text = text;
    TextBlock block;
    block.begin = 0;
    block.end = text.size();
    document.blocks.append(block);
    return document;
}

std::optional<qint64> dayOf(const QString &iso)
{
    if (iso.isEmpty())
        return std::nullopt;
    return DateSpan::fromIso(iso)->earliestDay();
}

QString describe(const ExtractionResult &result)
{
    QStringList lines;
    for (const EventCandidate &c : result.events) {
        QStringList actors;
        for (const auto &p : c.participants)
            actors.append(result.actors.at(p.actor).actor.name);
        lines.append(QStringLiteral("[%1 %2 %3 %4 {%5}] %6")
                         .arg(c.event.type.code(),
                              c.event.date.toIso(),
                              DateSpan::precisionName(c.event.date.precision()),
                              Event::modalityKey(c.event.modality),
                              actors.join(u','),
                              c.event.title));
    }
    return lines.join(u'\n');
}

// Whether an actor of the result is named (or aliased) by needle.
bool hasActor(const ExtractionResult &result, const EventCandidate &candidate, const QString &needle)
{
    for (const auto &p : candidate.participants) {
        const Actor &actor = result.actors.at(p.actor).actor;
        if (actor.name.contains(needle, Qt::CaseInsensitive))
            return true;
        for (const QString &alias : actor.aliases) {
            if (alias.contains(needle, Qt::CaseInsensitive))
                return true;
        }
    }
    return false;
}

} // namespace

class tst_ExtractionPipeline : public QObject
{
    Q_OBJECT

private slots:
    void clauses_data();
    void clauses();
    void titles_data();
    void titles();
    void locations_data();
    void locations();
    void events_data();
    void events();
    void multipleEventsInOneSentence();
    void unresolvedWithoutPublicationDate();
    void narrativeTimeCarriesToUndatedSentences();
    void sameHappeningTwiceIsOneEvent();
    void headlinesAndCaptionsMakeNoEvents();
    void relativeClauseDatesOnlyItsOwnEvent();
    void nounAfterSinceIsNoNewEvent();
    void datelineDateDoesNotDateTheLede();
};

void tst_ExtractionPipeline::clauses_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QStringList>("clauses");
    QTest::newRow("one clause") << "Rebels attacked the town on Monday."
                                << QStringList{"Rebels attacked the town on Monday."};
    QTest::newRow("but when") << "Pakistan hosted talks in 2015, but those talks collapsed when "
                                 "the government announced his death."
                              << QStringList{"Pakistan hosted talks in 2015",
                                             "but those talks collapsed",
                                             "when the government announced his death."};
    QTest::newRow("semicolon") << "The army shelled the city; the rebels withdrew to the hills."
                               << QStringList{"The army shelled the city",
                                              "the rebels withdrew to the hills."};
    QTest::newRow("apposition is no clause")
        << "The team met Pakistan's army chief, General Bajwa, in Rawalpindi."
        << QStringList{"The team met Pakistan's army chief, General Bajwa, in Rawalpindi."};
    QTest::newRow("short lead is no clause")
        << "But talks resumed in Doha." << QStringList{"But talks resumed in Doha."};
    QTest::newRow("since")
        << "The militants have attacked the army since the two sides signed a deal in February."
        << QStringList{"The militants have attacked the army",
                       "since the two sides signed a deal in February."};
}

void tst_ExtractionPipeline::clauses()
{
    QFETCH(QString, sentence);
    QFETCH(QStringList, clauses);
    QStringList found;
    for (const TextSpan &span : ClauseSplitter::split(sentence))
        found.append(sentence.mid(span.begin, span.length()));
    QCOMPARE(found, clauses);
}

void tst_ExtractionPipeline::titles_data()
{
    QTest::addColumn<QString>("clause");
    QTest::addColumn<QString>("title");
    QTest::newRow("fronted year") << "In 2015, Pakistan hosted the first talks"
                                  << "Pakistan hosted the first talks";
    QTest::newRow("conjunction") << "but those talks collapsed"
                                 << "Those talks collapsed";
    QTest::newRow("attribution") << "Negotiations began in Doha, the Afghan government said."
                                 << "Negotiations began in Doha";
    QTest::newRow("dateline") << "KHARTOUM, March 3 (Reuters) - Army delegations returned to Jeddah"
                              << "Army delegations returned to Jeddah";
    QTest::newRow("dateline without date") << "BOGOTA, Colombia (AP) — The government signed a deal"
                                           << "The government signed a deal";
    QTest::newRow("capitalised start is no dateline") << "UN envoy - a veteran - met rebels"
                                                      << "UN envoy - a veteran - met rebels";
    QTest::newRow("relative time") << "Last month, a Taliban team visited Islamabad."
                                   << "A Taliban team visited Islamabad";
    QTest::newRow("quotes") << "\"We will not stop,\" the commander said"
                            << "We will not stop";
    QTest::newRow("long")
        << "The delegation met representatives of every armed group in the region to discuss a "
           "plan for the disarmament of fighters and the return of displaced families"
        << QString("The delegation met representatives of every armed group in the region to "
                   "discuss a plan for the")
               + QChar(0x2026);
}

void tst_ExtractionPipeline::titles()
{
    QFETCH(QString, clause);
    QFETCH(QString, title);
    QCOMPARE(EventBuilder::titleFromClause(clause), title);
}

void tst_ExtractionPipeline::locations_data()
{
    QTest::addColumn<QString>("clause");
    QTest::addColumn<QString>("location");
    QTest::newRow("in country") << "Talks began in Qatar"
                                << "Qatar";
    QTest::newRow("city of") << "The team met him in the garrison city of Rawalpindi."
                             << "Rawalpindi";
    QTest::newRow("two words") << "Fighting broke out in South Kordofan on Monday"
                               << "South Kordofan";
    QTest::newRow("near") << "Drones struck targets near Qamishli"
                          << "Qamishli";
    QTest::newRow("month is not a place") << "The deal was signed in February"
                                          << "";
    QTest::newRow("year is not a place") << "Pakistan hosted talks in 2015"
                                         << "";
    QTest::newRow("possessive") << "Clashes in Tigray's capital"
                                << "Tigray";
    QTest::newRow("al- prefix") << "Shelling in al-Hudaydah killed five"
                                << "al-Hudaydah";
}

void tst_ExtractionPipeline::locations()
{
    QFETCH(QString, clause);
    QFETCH(QString, location);
    QCOMPARE(EventBuilder::locationIn(clause), location);
}

void tst_ExtractionPipeline::events_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("type");  // two-digit CAMEO root, or empty for any
    QTest::addColumn<QString>("start"); // expected DateSpan::startIso(), "-" for unresolved
    QTest::addColumn<QStringList>("actors");
    QTest::addColumn<QString>("modality");

    QTest::newRow("yemen explicit date")
        << "On March 3, 2021, Houthi fighters attacked the city of Marib."
        << "2021-03-05"
        << "19"
        << "2021-03-03" << QStringList{"Houthi"} << "asserted";
    QTest::newRow("colombia weekday")
        << "Colombian troops clashed with ELN rebels in Arauca on Tuesday."
        << "2022-01-14"
        << "19"
        << "2022-01-11" << QStringList{"ELN"} << "asserted";
    QTest::newRow("sudan last month")
        << "The Rapid Support Forces seized the airport in Khartoum last month."
        << "2023-05-10"
        << "17"
        << "2023-04" << QStringList{"Rapid Support Forces"} << "asserted";
    QTest::newRow("horn of africa year")
        << "In 2018, Ethiopia and Eritrea signed a peace agreement in Jeddah."
        << "2020-01-01"
        << "05"
        << "2018" << QStringList{"Ethiopia", "Eritrea"} << "asserted";
    QTest::newRow("south sudan meeting")
        << "South Sudan's President Salva Kiir met rebel leader Riek Machar in Juba on 22 February "
           "2020."
        << "2020-02-23"
        << "04"
        << "2020-02-22" << QStringList{"Salva Kiir", "Riek Machar"} << "asserted";
    QTest::newRow("afghanistan negated")
        << "The Taliban did not attend the talks in Moscow on Friday."
        << "2021-11-15"
        << "04"
        << "2021-11-12" << QStringList{"Taliban"} << "negated";
    QTest::newRow("ukraine planned")
        << "Russia and Ukraine will hold talks in Istanbul on March 29."
        << "2022-03-25"
        << "04"
        << "2022-03-29" << QStringList{"Russia", "Ukraine"} << "planned";
    QTest::newRow("ukraine metonymy")
        << "Kyiv accused Moscow of shelling the Zaporizhzhia plant on Saturday."
        << "2022-08-08"
        << "11"
        << "2022-08-06" << QStringList{"Ukraine", "Russia"} << "asserted";
    QTest::newRow("yemen appeal")
        << "UN envoy Hans Grundberg called for a nationwide truce in Yemen on April 1, 2022."
        << "2022-04-02"
        << "02"
        << "2022-04-01" << QStringList{"Hans Grundberg"} << "asserted";
    QTest::newRow("sudan yesterday")
        << "The Sudanese army launched airstrikes on RSF positions in Omdurman yesterday."
        << "2023-06-02"
        << ""
        << "2023-06-01" << QStringList{"RSF"} << "asserted";
    QTest::newRow("drc month year") << "M23 rebels captured the town of Bunagana in June 2022."
                                    << "2022-07-01"
                                    << "17"
                                    << "2022-06" << QStringList{"M23"} << "asserted";
    QTest::newRow("gaza weekday") << "Israeli airstrikes killed 12 people in Rafah on Sunday."
                                  << "2024-02-13"
                                  << "19"
                                  << "2024-02-11" << QStringList{"Israel"} << "asserted";
    QTest::newRow("myanmar arrest")
        << "Myanmar's military detained the country's leaders on February 1, 2021."
        << "2021-02-02"
        << "17"
        << "2021-02-01" << QStringList{"Myanmar"} << "asserted";
    QTest::newRow("syria release")
        << "Syrian authorities released 50 detainees in Damascus on 3 May 2022."
        << "2022-05-04"
        << "08"
        << "2022-05-03" << QStringList{"Syria"} << "asserted";
    QTest::newRow("ethiopia deal")
        << "The Ethiopian government and the TPLF signed a peace deal in Pretoria in November 2022."
        << "2023-01-10"
        << "05"
        << "2022-11" << QStringList{"TPLF"} << "asserted";
    QTest::newRow("statement dated by its own day, not the stated one")
        << "On 3 May 2022, the ministry announced that the commander had been killed in 2019."
        << "2022-05-04"
        << "01"
        << "2022-05-03" << QStringList{} << "asserted";
    QTest::newRow("stated happening dated by its own date")
        << "On 3 May 2022, the ministry announced that the commander had been killed in 2019."
        << "2022-05-04"
        << "19"
        << "2019" << QStringList{} << "asserted";
    QTest::newRow("when-clause after a since-date")
        << "M23 has held Bunagana since June 2022, when its fighters captured the town."
        << "2023-01-10"
        << "17"
        << "2022-06" << QStringList{} << "asserted";
}

void tst_ExtractionPipeline::events()
{
    QFETCH(QString, text);
    QFETCH(QString, published);
    QFETCH(QString, type);
    QFETCH(QString, start);
    QFETCH(QStringList, actors);
    QFETCH(QString, modality);

    const ExtractionPipeline pipeline;
    const ExtractionResult result = pipeline.run(documentOf(text), dayOf(published));
    bool found = false;
    for (const EventCandidate &candidate : result.events) {
        const Event &e = candidate.event;
        if (!type.isEmpty() && e.type.code() != type)
            continue;
        QString startIso = e.date.isValid() ? e.date.startIso() : QStringLiteral("-");
        if (e.date.qualifier() != DateSpan::Qualifier::None)
            startIso.prepend(DateSpan::qualifierName(e.date.qualifier()) + u' ');
        if (startIso != start || Event::modalityKey(e.modality) != modality)
            continue;
        if (!std::all_of(actors.begin(), actors.end(), [&](const QString &a) {
                return hasActor(result, candidate, a);
            }))
            continue;
        QCOMPARE(e.evidence.size(), 1);
        QCOMPARE(e.evidence.first().sentence, text);
        found = true;
    }
    if (!found)
        qWarning().noquote() << "found:\n" << describe(result);
    QVERIFY(found);
}

void tst_ExtractionPipeline::multipleEventsInOneSentence()
{
    const QString text = QStringLiteral(
        "In 2015, Pakistan hosted the first ever face-to-face talks between Kabul and the Taliban, "
        "but those talks collapsed when the Afghan government announced the death of the group's "
        "founder.");
    const ExtractionPipeline pipeline;
    const ExtractionResult result = pipeline.run(documentOf(text),
                                                 dayOf(QStringLiteral("2020-09-14")));
    QStringList types;
    for (const EventCandidate &c : result.events) {
        QCOMPARE(c.event.date.startIso(), QStringLiteral("2015"));
        types.append(c.event.type.code());
    }
    QVERIFY2(types.size() == 3, qPrintable(describe(result)));
    QCOMPARE(types, (QStringList{"04", "16", "01"}));
}

void tst_ExtractionPipeline::unresolvedWithoutPublicationDate()
{
    const QString text = QStringLiteral(
        "Last month, the rebels captured the town of Kidal. In 2012, the rebels seized the north.");
    const ExtractionPipeline pipeline;
    const ExtractionResult result = pipeline.run(documentOf(text), std::nullopt);
    QVERIFY2(result.events.size() == 2, qPrintable(describe(result)));
    QVERIFY(!result.events.at(0).event.date.isValid());
    QCOMPARE(result.events.at(0).event.dateText, QStringLiteral("Last month"));
    QCOMPARE(result.events.at(1).event.date.startIso(), QStringLiteral("2012"));
    QVERIFY(!result.warnings.isEmpty());
}

void tst_ExtractionPipeline::narrativeTimeCarriesToUndatedSentences()
{
    const QString text = QStringLiteral(
        "Government forces shelled the village of Kafr Nabl on October 3, 2019.\n\n"
        "The rebels attacked an army checkpoint in response.");
    const ExtractionPipeline pipeline;
    const ExtractionResult result = pipeline.run(documentOf(text),
                                                 dayOf(QStringLiteral("2019-10-10")));
    QVERIFY2(result.events.size() == 2, qPrintable(describe(result)));
    QCOMPARE(result.events.at(1).event.date.startIso(), QStringLiteral("2019-10-03"));
    QVERIFY(result.events.at(1).event.dateText.isEmpty());
    QVERIFY(result.events.at(1).event.confidence < result.events.at(0).event.confidence);
}

void tst_ExtractionPipeline::sameHappeningTwiceIsOneEvent()
{
    const QString text = QStringLiteral(
        "Houthi forces attacked Marib on 3 March 2021. Officials said the Houthi forces attacked "
        "Marib on 3 March 2021 from three directions.");
    const ExtractionPipeline pipeline;
    const ExtractionResult result = pipeline.run(documentOf(text),
                                                 dayOf(QStringLiteral("2021-03-05")));
    QVERIFY2(result.events.size() == 1, qPrintable(describe(result)));
    QCOMPARE(result.events.first().event.evidence.size(), 2);
}

void tst_ExtractionPipeline::headlinesAndCaptionsMakeNoEvents()
{
    Document document;
    document.text = QStringLiteral("Rebels attack army base on Monday\n\n"
                                   "Soldiers patrol the city on Monday.\n\n"
                                   "Rebels attacked an army base near Goma on Monday.");
    document.blocks = {{0, 33, -1, TextBlock::Kind::Title},
                       {35, 70, -1, TextBlock::Kind::Caption},
                       {72, document.text.size(), -1, TextBlock::Kind::Paragraph}};
    const ExtractionPipeline pipeline;
    const ExtractionResult result = pipeline.run(document, dayOf(QStringLiteral("2022-05-04")));
    QVERIFY2(result.events.size() == 1, qPrintable(describe(result)));
    QVERIFY(result.events.first().event.evidence.first().begin >= 72);
}

void tst_ExtractionPipeline::relativeClauseDatesOnlyItsOwnEvent()
{
    const QString text = QStringLiteral(
        "Air strikes hit villages held by fighters opposed to the junta that seized power in a "
        "coup "
        "on February 1, 2021.\n\nA rebel spokesman condemned the strikes.");
    const ExtractionPipeline pipeline;
    const ExtractionResult result = pipeline.run(documentOf(text),
                                                 dayOf(QStringLiteral("2023-03-13")));
    const auto coup = std::find_if(result.events.begin(),
                                   result.events.end(),
                                   [](const EventCandidate &c) {
                                       return c.event.date.startIso()
                                              == QLatin1String("2021-02-01");
                                   });
    QVERIFY2(coup != result.events.end(), qPrintable(describe(result)));
    QCOMPARE(coup->event.title,
             QStringLiteral("The junta seized power in a coup on February 1, 2021"));
    // The story's clock stays at the day of publication.
    for (const EventCandidate &c : result.events) {
        if (c.event.type.code() == QLatin1String("11"))
            QCOMPARE(c.event.date.startIso(), QStringLiteral("2023-03-13"));
    }
}

void tst_ExtractionPipeline::nounAfterSinceIsNoNewEvent()
{
    const QString text = QStringLiteral("More than a million people have fled since the coup.");
    const ExtractionPipeline pipeline;
    const ExtractionResult result = pipeline.run(documentOf(text),
                                                 dayOf(QStringLiteral("2023-03-13")));
    QVERIFY2(result.events.isEmpty(), qPrintable(describe(result)));
}

void tst_ExtractionPipeline::datelineDateDoesNotDateTheLede()
{
    Document document = documentOf(QStringLiteral(
        "YANGON, March 12 (Wire) - The army shelled a village in Sagaing on Saturday."));
    Dateline dateline;
    dateline.place = QStringLiteral("YANGON");
    dateline.month = 3;
    dateline.day = 12;
    dateline.length = 26;
    document.dateline = dateline;
    const ExtractionPipeline pipeline;
    const ExtractionResult result = pipeline.run(document, dayOf(QStringLiteral("2023-03-13")));
    QVERIFY2(result.events.size() == 1, qPrintable(describe(result)));
    QCOMPARE(result.events.first().event.date.startIso(), QStringLiteral("2023-03-11"));
    QCOMPARE(result.events.first().event.title,
             QStringLiteral("The army shelled a village in Sagaing on Saturday"));
}

QTEST_GUILESS_MAIN(tst_ExtractionPipeline)
#include "tst_extractionpipeline.moc"
