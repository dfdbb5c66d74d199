#include "core/extract/modalitydetector.h"
#include "core/extract/triggerlexicon.h"

#include <QTest>

using namespace Faultline;

class tst_TriggerLexicon : public QObject
{
    Q_OBJECT

private slots:
    void loads();
    void find_data();
    void find();
    void offsetsAndOrder();
    void modalityCues_data();
    void modalityCues();

private:
    static void row(const char *name,
                    const char *sentence,
                    const char *surface,
                    const char *lemma,
                    int root,
                    const char *modality = "asserted")
    {
        QTest::newRow(name) << QString::fromUtf8(sentence) << QString::fromUtf8(surface)
                            << QString::fromUtf8(lemma) << root << QString::fromUtf8(modality);
    }
};

void tst_TriggerLexicon::loads()
{
    const TriggerLexicon &lexicon = TriggerLexicon::instance();
    QVERIFY(lexicon.size() >= 250);
    QCOMPARE(&lexicon, &TriggerLexicon::instance());
}

void tst_TriggerLexicon::find_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("surface"); // the trigger as matched
    QTest::addColumn<QString>("lemma");   // empty: no trigger may cover the surface
    QTest::addColumn<int>("root");
    QTest::addColumn<QString>("modality");

    // 01 public statements
    row("said", "The ministry said the convoy was hit.", "said", "say", 1);
    row("announced",
        "The Afghan government announced the death of Mullah Omar.",
        "announced",
        "announce",
        1);
    row("tweeted", "Seddiqi tweeted on Monday that talks had begun.", "tweeted", "tweet", 1);
    row("statement", "In a statement, the army described the raid.", "statement", "statement", 1);
    row("denied", "The RSF denied targeting the camp.", "denied", "deny", 1);
    row("declared", "The junta declared martial law in 37 townships.", "declared", "declare", 1);
    // 02 appeals
    row("called for",
        "The UN called for an immediate ceasefire in Gaza.",
        "called for",
        "call for",
        2);
    row("calls for nominal", "Kabul intensified calls for a truce.", "calls for", "call for", 2);
    row("urged", "Egypt urged both sides to show restraint.", "urged", "urge", 2);
    row("appealed", "Aid agencies appealed for access to El Fasher.", "appealed", "appeal", 2);
    row("calling on",
        "The pope is calling on the warring parties to stop.",
        "calling on",
        "call on",
        2);
    row("asked", "Ukraine asked its allies for more air defence.", "asked", "ask", 2);
    // 03 intent to cooperate
    row("pledged", "Donors pledged $1.5 billion for Sudan.", "pledged", "pledge", 3);
    row("agreed to", "The parties agreed to a prisoner exchange.", "agreed to", "agree to", 3);
    row("offered", "Qatar offered to mediate between the two sides.", "offered", "offer", 3);
    row("promised", "The junta promised elections next year.", "promised", "promise", 3);
    // 04 consultations
    row("talks", "The talks in Jeddah resumed on Saturday.", "talks", "talks", 4);
    row("peace talks", "Peace talks between Kyiv and Moscow stalled.", "Peace talks", "talks", 4);
    row("face-to-face talks",
        "Pakistan hosted the first face-to-face talks in 2015.",
        "face-to-face talks",
        "talks",
        4);
    row("hosted", "In 2015, Pakistan hosted the first ever face-to-face talks.", "hosted", "host", 4);
    row("met with", "The U.S. team met with Pakistan's army chief.", "met with", "meet", 4);
    row("met", "Blinken met Netanyahu in Jerusalem.", "met", "meet", 4);
    row("meeting", "The meeting in Addis Ababa ended without a deal.", "meeting", "meeting", 4);
    row("visited", "Baradar visited Islamabad last month.", "visited", "visit", 4);
    row("is visiting", "Khalilzad is visiting Pakistan.", "visiting", "visit", 4);
    row("visit noun", "The envoy's visit to Juba was postponed.", "visit", "visit", 4);
    row("consult", "The team went to Islamabad to consult with officials.", "consult", "consult", 4);
    row("negotiations",
        "Negotiations kicked off over the weekend in Qatar.",
        "Negotiations",
        "negotiation",
        4);
    row("negotiated", "Turkey negotiated the grain corridor.", "negotiated", "negotiate", 4);
    row("mediated", "Qatar mediated the exchange of hostages.", "mediated", "mediate", 4);
    row("summit", "The ECOWAS summit in Abuja discussed Niger.", "summit", "summit", 4);
    row("discussed",
        "The ministers discussed the humanitarian situation.",
        "discussed",
        "discuss",
        4);
    row("travelled to",
        "The envoy travelled to Port Sudan on Sunday.",
        "travelled to",
        "travel to",
        4);
    // 05 diplomatic cooperation
    row("agreement", "The agreement was signed in Doha in February.", "agreement", "agreement", 5);
    row("struck an agreement",
        "The United States and the militants struck an agreement in February.",
        "struck an agreement",
        "strike a deal",
        5);
    row("deal", "The deal paved the way for the negotiations.", "deal", "deal", 5);
    row("signed", "Ethiopia and the TPLF signed a truce in Pretoria.", "signed", "sign", 5);
    row("peace deal",
        "A comprehensive peace deal could take months.",
        "peace deal",
        "peace deal",
        5,
        "hypothetical");
    row("accord", "The Juba accord was never implemented.", "accord", "accord", 5, "negated");
    row("praised", "The UN praised the decision.", "praised", "praise", 5);
    row("appreciated",
        "The delegation greatly appreciated Pakistan's role.",
        "appreciated",
        "appreciate",
        5);
    row("welcomed", "Washington welcomed the announcement.", "welcomed", "welcome", 5);
    row("recognised", "Spain recognised the State of Palestine.", "recognised", "recognise", 5);
    row("treaty", "The treaty ended decades of hostility.", "treaty", "treaty", 5);
    // 06 material cooperation
    row("cooperation",
        "Military cooperation between Russia and Iran deepened.",
        "cooperation",
        "cooperation",
        6);
    row("share intelligence",
        "The two countries share intelligence on the militants.",
        "share intelligence",
        "share intelligence",
        6);
    // 07 aid
    row("humanitarian aid",
        "Humanitarian aid reached Gaza City.",
        "Humanitarian aid",
        "humanitarian aid",
        7);
    row("aid", "The WFP delivered aid to Tigray.", "delivered aid", "deliver aid", 7);
    row("assistance", "The EU announced new assistance for refugees.", "assistance", "assistance", 7);
    row("evacuated", "The ICRC evacuated the wounded from the hospital.", "evacuated", "evacuate", 7);
    row("donated", "Japan donated vaccines to Myanmar.", "donated", "donate", 7);
    // 08 yield
    row("freed", "Pakistan freed Baradar from prison in 2018.", "freed", "free", 8);
    row("released", "Hamas released four hostages on Saturday.", "released", "release", 8);
    row("release noun", "The release of the detainees was delayed.", "release", "release", 8);
    row("withdrew", "Russian forces withdrew from Kherson.", "withdrew", "withdraw", 8);
    row("withdrawal",
        "The withdrawal of foreign troops began in May.",
        "withdrawal",
        "withdrawal",
        8);
    row("cease-fire",
        "The Taliban have not agreed to a cease-fire.",
        "cease-fire",
        "ceasefire",
        8,
        "negated");
    row("truce", "The truce collapsed after three days.", "truce", "truce", 8);
    row("prisoner swap",
        "The prisoner swap was delayed by disagreements.",
        "prisoner swap",
        "prisoner swap",
        8);
    row("surrendered",
        "Hundreds of fighters surrendered in Mariupol.",
        "surrendered",
        "surrender",
        8);
    row("lifted sanctions",
        "The EU lifted sanctions on Syria's banks.",
        "lifted sanctions",
        "lift sanctions",
        8);
    row("pulled out", "Peacekeepers pulled out of the region.", "pulled out", "pull out", 8);
    // 09 investigate
    row("investigate",
        "The ICC will investigate the killings.",
        "investigate",
        "investigate",
        9,
        "planned");
    row("inquiry", "An inquiry into the massacre opened in Addis Ababa.", "inquiry", "inquiry", 9);
    row("probe", "The army launched a probe into the strike.", "probe", "probe", 9);
    // 10 demand
    row("demanded", "The protesters demanded the release of prisoners.", "demanded", "demand", 10);
    row("ultimatum", "ECOWAS issued an ultimatum to the junta.", "ultimatum", "ultimatum", 10);
    // 11 disapprove
    row("accused", "Sudan accused the UAE of arming the RSF.", "accused", "accuse", 11);
    row("condemned", "The Arab League condemned the strike.", "condemned", "condemn", 11);
    row("criticised", "Rights groups criticised the verdict.", "criticised", "criticise", 11);
    row("criticized", "Rights groups criticized the verdict.", "criticized", "criticize", 11);
    row("blamed", "Kyiv blamed Moscow for the blast.", "blamed", "blame", 11);
    row("denounced", "The opposition denounced the election.", "denounced", "denounce", 11);
    // 12 reject
    row("rejected", "The Houthis rejected the UN plan.", "rejected", "reject", 12);
    row("refused", "The army refused the proposal.", "refused", "refuse", 12);
    row("vetoed", "Russia vetoed the resolution.", "vetoed", "veto", 12);
    row("boycotted", "The opposition boycotted the vote.", "boycotted", "boycott", 12);
    // 13 threaten
    row("threatened", "Iran threatened retaliation.", "threatened", "threaten", 13);
    row("warned", "The IDF warned residents to leave.", "warned", "warn", 13);
    // 14 protest
    row("protest", "Thousands joined a protest in Khartoum.", "protest", "protest", 14);
    row("demonstrations",
        "Demonstrations spread to Mandalay.",
        "Demonstrations",
        "demonstration",
        14);
    row("rallied", "Supporters rallied outside parliament.", "rallied", "rally", 14);
    row("hunger strike", "Detainees began a hunger strike.", "hunger strike", "hunger strike", 14);
    // 15 force posture
    row("deployed", "Russia deployed troops along the border.", "deployed", "deploy", 15);
    row("mobilised", "Ethiopia mobilised reservists.", "mobilised", "mobilise", 15);
    row("military exercises",
        "China held military exercises near Taiwan.",
        "military exercises",
        "military exercise",
        15);
    // 16 reduce relations
    row("sanctions",
        "Washington imposed sanctions on RSF leaders.",
        "imposed sanctions",
        "impose sanctions",
        16);
    row("expelled", "Mali expelled the French ambassador.", "expelled", "expel", 16);
    row("cut ties", "Niger cut ties with Ukraine.", "cut ties", "cut ties", 16);
    row("severed ties", "Bolivia severed ties with Israel.", "severed ties", "cut ties", 16);
    row("collapsed",
        "Those talks collapsed when the death was announced.",
        "collapsed",
        "collapse",
        16);
    row("suspended", "The ELN suspended the dialogue.", "suspended", "suspend", 16);
    row("broke down", "Negotiations broke down in August.", "broke down", "break down", 16);
    // 17 coerce
    row("arrested", "Police arrested dozens of protesters.", "arrested", "arrest", 17);
    row("detained", "The SDF detained suspected militants.", "detained", "detain", 17);
    row("seized", "Authorities seized weapons at the border.", "seized", "seize", 17);
    row("crackdown", "The crackdown left hundreds dead.", "crackdown", "crackdown", 17);
    row("imposed a curfew", "The army imposed a curfew in Mandalay.", "curfew", "curfew", 17);
    row("banned", "The junta banned the NLD.", "banned", "ban", 17);
    // 18 assault
    row("assassinated", "Gunmen assassinated the governor.", "assassinated", "assassinate", 18);
    row("suicide bombing",
        "A suicide bombing killed 12 people in Mogadishu.",
        "suicide bombing",
        "suicide bombing",
        18);
    row("kidnapped", "Bandits kidnapped 287 pupils in Kaduna.", "kidnapped", "kidnap", 18);
    row("abducted", "Boko Haram abducted the schoolgirls.", "abducted", "abduct", 18);
    row("car bomb", "A car bomb exploded near the ministry.", "car bomb", "car bomb", 18);
    row("roadside bomb", "A roadside bomb hit the patrol.", "roadside bomb", "car bomb", 18);
    row("executed", "The militants executed three prisoners.", "executed", "execute", 18);
    // 19 fight
    row("attacks",
        "The Taliban have conducted near daily attacks on Afghan forces.",
        "attacks",
        "attack",
        19);
    row("attacked", "ISWAP attacked a military base in Borno.", "attacked", "attack", 19);
    row("clashes", "Clashes erupted in Khartoum on Saturday.", "Clashes", "clash", 19);
    row("fighting", "Fighting continued around Bakhmut.", "Fighting", "fight", 19);
    row("airstrike", "An Israeli airstrike hit a school in Gaza.", "airstrike", "airstrike", 19);
    row("air strikes", "Saudi-led air strikes hit Sanaa.", "air strikes", "airstrike", 19);
    row("drone strike", "A drone strike killed the commander.", "drone strike", "airstrike", 19);
    row("shelled", "Russian forces shelled Kharkiv overnight.", "shelled", "shell", 19);
    row("killed", "The strike killed at least 20 civilians.", "killed", "kill", 19);
    row("offensive", "The army launched an offensive in Rakhine.", "offensive", "offensive", 19);
    row("ambushed", "Militants ambushed a convoy near Mopti.", "ambushed", "ambush", 19);
    row("invasion", "The invasion began on 24 February.", "invasion", "invasion", 19);
    row("opened fire", "Soldiers opened fire on the crowd.", "opened fire", "open fire", 19);
    row("recaptured", "The army recaptured the town.", "recaptured", "retake", 19);
    row("besieged", "The RSF besieged El Fasher for months.", "besieged", "besiege", 19);
    row("struck targets", "U.S. warplanes struck Houthi targets overnight.", "struck", "strike", 19);
    row("struck a deal",
        "The two sides struck a deal in Jeddah.",
        "struck a deal",
        "strike a deal",
        5);
    row("hit", "A missile hit a hospital in Kharkiv.", "hit", "hit", 19);
    row("shot down", "Air defences shot down 40 drones.", "shot down", "shoot down", 19);
    row("took control",
        "The rebels took control of the airport.",
        "took control",
        "take control",
        19);
    row("seized control",
        "The RSF seized control of Wad Madani.",
        "seized control",
        "take control",
        19);
    row("captured", "M23 rebels captured Goma in January.", "captured", "capture", 17);
    row("brokered", "Qatar brokered the hostage deal.", "brokered", "broker", 4);
    // 20 mass violence
    row("massacre", "Survivors described the massacre in Bucha.", "massacre", "massacre", 20);
    row("genocide", "The court heard the genocide case.", "genocide", "genocide", 20);
    row("ethnic cleansing",
        "Witnesses reported ethnic cleansing in West Darfur.",
        "ethnic cleansing",
        "ethnic cleansing",
        20);
    row("chemical attack",
        "The chemical attack in Douma killed dozens.",
        "chemical attack",
        "chemical attack",
        20);
    // words that are not triggers where they stand
    row("march month", "The offensive started in March.", "March", "", 0);
    row("states in name", "The United States sent envoys.", "States", "", 0);
    row("talks in name", "The Doha Talks Secretariat issued a note.", "Talks", "", 0);
    row("free adjective", "A free press is vital.", "free", "", 0);
    // modality
    row("negated not",
        "The Taliban have not agreed to a cease-fire.",
        "agreed to",
        "agree to",
        3,
        "negated");
    row("negated never", "The rebels never signed the accord.", "signed", "sign", 5, "negated");
    row("negated failed to",
        "The parties failed to reach an agreement.",
        "agreement",
        "agreement",
        5,
        "negated");
    row("negated refused to",
        "The junta refused to release the prisoners.",
        "release",
        "release",
        8,
        "negated");
    row("negated contraction", "Moscow didn't attack the convoy.", "attack", "attack", 19, "negated");
    row("negation not across and",
        "The Taliban have not agreed to a cease-fire and have conducted daily attacks.",
        "attacks",
        "attack",
        19);
    row("hypothetical could",
        "The deal could see foreign troops withdraw.",
        "withdraw",
        "withdraw",
        8,
        "hypothetical");
    row("hypothetical may",
        "The army may launch an offensive.",
        "offensive",
        "offensive",
        19,
        "hypothetical");
    row("may month", "The army launched an offensive in May.", "offensive", "offensive", 19);
    row("hypothetical if",
        "If the talks fail, the fighting will resume.",
        "talks",
        "talks",
        4,
        "hypothetical");
    row("hypothetical threatened to",
        "Iran threatened to attack the bases.",
        "attack",
        "attack",
        19,
        "hypothetical");
    row("planned will", "The envoy will visit Khartoum next week.", "visit", "visit", 4, "planned");
    row("planned plans to",
        "Turkey plans to host talks in Istanbul.",
        "host talks",
        "host talks",
        4,
        "planned");
    row("planned expected to",
        "The sides are expected to meet in Jeddah.",
        "meet",
        "meet",
        4,
        "planned");
    row("planned set to",
        "The two leaders are set to sign the accord.",
        "sign",
        "sign",
        5,
        "planned");
    row("planned after noun", "Talks are scheduled for next week.", "Talks", "talks", 4, "planned");
    row("modal after object",
        "Israel Katz said the army would expand the operation.",
        "said",
        "say",
        1);
    row("negation after noun", "The truce was not respected.", "truce", "truce", 8, "negated");
    row("planned agreed to hold",
        "They agreed to hold talks in Geneva.",
        "talks",
        "talks",
        4,
        "planned");
    row("due to cause",
        "The talks were delayed due to the prisoner swap dispute.",
        "prisoner swap",
        "prisoner swap",
        8);
    row("is due to", "The envoy is due to visit Kabul.", "visit", "visit", 4, "planned");
}

void tst_TriggerLexicon::find()
{
    QFETCH(QString, sentence);
    QFETCH(QString, surface);
    QFETCH(QString, lemma);
    QFETCH(int, root);
    QFETCH(QString, modality);

    const qsizetype at = sentence.indexOf(surface);
    QVERIFY2(at >= 0, "surface not in sentence");
    const QList<TriggerMatch> matches = TriggerLexicon::instance().find(sentence);
    const TriggerMatch *found = nullptr;
    for (const TriggerMatch &m : matches) {
        if (m.begin < at + surface.size() && m.end > at) {
            found = &m;
            break;
        }
    }
    if (lemma.isEmpty()) {
        QVERIFY2(!found, qPrintable(found ? found->lemma : QString()));
        return;
    }
    QVERIFY2(found, "no trigger at the surface");
    QCOMPARE(sentence.mid(found->begin, found->end - found->begin), surface);
    QCOMPARE(found->lemma, lemma);
    QCOMPARE(found->cameoRoot, root);
    QVERIFY(found->weight > 0 && found->weight <= 1);
    const auto detected = ModalityDetector::detectModality(sentence, found->begin, found->end);
    QCOMPARE(Event::modalityKey(detected), modality);
}

void tst_TriggerLexicon::offsetsAndOrder()
{
    const QString text = QStringLiteral("Intro. Pakistan hosted talks, but the talks collapsed.");
    const qsizetype start = 7;
    const QList<TriggerMatch> matches = TriggerLexicon::instance().find(QStringView(text).mid(start),
                                                                        start);
    QCOMPARE(matches.size(), 3);
    QStringList surfaces;
    for (const TriggerMatch &m : matches)
        surfaces.append(text.mid(m.begin, m.end - m.begin));
    QCOMPARE(surfaces,
             (QStringList{QStringLiteral("hosted talks"),
                          QStringLiteral("talks"),
                          QStringLiteral("collapsed")}));
    QVERIFY(matches.at(0).nominal == false);
    QVERIFY(matches.at(1).nominal == true);
}

void tst_TriggerLexicon::modalityCues_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("trigger");
    QTest::addColumn<QString>("modality");
    QTest::newRow("plain") << "Rebels attacked the town."
                           << "attacked"
                           << "asserted";
    QTest::newRow("without") << "The convoy passed without an attack."
                             << "attack"
                             << "negated";
    QTest::newRow("no") << "There were no clashes overnight."
                        << "clashes"
                        << "negated";
    QTest::newRow("would") << "The deal would free 1,000 prisoners."
                           << "free"
                           << "hypothetical";
    QTest::newRow("might") << "The army might retreat."
                           << "retreat"
                           << "hypothetical";
    QTest::newRow("whether") << "It is unclear whether talks will happen."
                             << "talks"
                             << "hypothetical";
    QTest::newRow("going to") << "They are going to sign the deal."
                              << "sign"
                              << "planned";
    QTest::newRow("'ll") << "We'll release them tomorrow."
                         << "release"
                         << "planned";
    QTest::newRow("boundary comma") << "If asked, the army attacked."
                                    << "attacked"
                                    << "asserted";
    QTest::newRow("capital will") << "Will Carter attacked the plan."
                                  << "attacked"
                                  << "asserted";
    QTest::newRow("out of range")
        << "No one expected that the army, after weeks of waiting in the hills, attacked."
        << "attacked"
        << "asserted";
}

void tst_TriggerLexicon::modalityCues()
{
    QFETCH(QString, sentence);
    QFETCH(QString, trigger);
    QFETCH(QString, modality);
    const qsizetype at = sentence.indexOf(trigger);
    QVERIFY(at >= 0);
    QCOMPARE(Event::modalityKey(ModalityDetector::detectModality(sentence, at)), modality);
}

QTEST_GUILESS_MAIN(tst_TriggerLexicon)
#include "tst_triggerlexicon.moc"
