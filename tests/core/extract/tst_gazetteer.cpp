#include "core/extract/gazetteer.h"
#include "core/extract/lexicontokenizer.h"
#include "core/extract/lexicontrie.h"
#include "core/extract/wordindex.h"

#include <QSet>
#include <QTest>

using namespace Faultline;

class tst_Gazetteer : public QObject
{
    Q_OBJECT

private slots:
    void loadsAllSources();
    void lookup_data();
    void lookup();
    void titles_data();
    void titles();
    void affiliationsAreKnown();
    void statesHaveDemonymsAndCapitals();
    void tokenizer_data();
    void tokenizer();
    void wordIndex();
    void trieLongestMatch();
};

void tst_Gazetteer::loadsAllSources()
{
    const Gazetteer &g = Gazetteer::instance();
    QVERIFY(g.isLoaded());
    QCOMPARE(&g, &Gazetteer::instance()); // one instance, loaded once
    int states = 0;
    int groups = 0;
    int organisations = 0;
    for (const GazetteerEntry &e : g.entries()) {
        states += e.kind == Actor::Kind::State ? 1 : 0;
        groups += e.kind == Actor::Kind::ArmedGroup ? 1 : 0;
        organisations += e.kind == Actor::Kind::InternationalOrganisation ? 1 : 0;
    }
    QVERIFY2(states >= 240, "every ISO 3166-1 country comes from iso-codes");
    QVERIFY(groups >= 80);
    QVERIFY(organisations >= 40);
    QVERIFY(g.titles().size() >= 150);
}

void tst_Gazetteer::lookup_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical"); // empty: no match at the first token
    QTest::addColumn<QString>("form");
    QTest::addColumn<int>("length");

    QTest::newRow("country") << "Afghanistan"
                             << "Afghanistan"
                             << "name" << 1;
    QTest::newRow("official name") << "Islamic Republic of Afghanistan"
                                   << "Afghanistan"
                                   << "name" << 4;
    QTest::newRow("common name") << "Syrian Arab Republic"
                                 << "Syria"
                                 << "name" << 3;
    QTest::newRow("inverted iso name") << "Democratic Republic of the Congo"
                                       << "Democratic Republic of the Congo"
                                       << "name" << 5;
    QTest::newRow("overridden canonical") << "Russian Federation"
                                          << "Russia"
                                          << "name" << 2;
    QTest::newRow("short form") << "U.S. envoy"
                                << "United States"
                                << "name" << 1;
    QTest::newRow("acronym") << "US troops"
                             << "United States"
                             << "name" << 1;
    QTest::newRow("acronym wrong case") << "us troops"
                                        << ""
                                        << "" << 0;
    QTest::newRow("lower-case country word") << "chad"
                                             << ""
                                             << "" << 0;
    QTest::newRow("capitalised") << "Chad"
                                 << "Chad"
                                 << "name" << 1;
    QTest::newRow("upper case") << "AFGHANISTAN"
                                << "Afghanistan"
                                << "name" << 1;
    QTest::newRow("demonym") << "Pakistani officials"
                             << "Pakistan"
                             << "demonym" << 1;
    QTest::newRow("two-word demonym") << "South Sudanese troops"
                                      << "South Sudan"
                                      << "demonym" << 2;
    QTest::newRow("capital") << "Kabul"
                             << "Afghanistan"
                             << "capital" << 1;
    QTest::newRow("capital with accent") << "Bogotá"
                                         << "Colombia"
                                         << "capital" << 1;
    QTest::newRow("capital without accent") << "Bogota"
                                            << "Colombia"
                                            << "capital" << 1;
    QTest::newRow("capital apostrophe") << "Sana’a"
                                        << "Yemen"
                                        << "capital" << 1;
    QTest::newRow("two-word capital") << "Addis Ababa"
                                      << "Ethiopia"
                                      << "capital" << 2;
    QTest::newRow("kyiv") << "Kyiv"
                          << "Ukraine"
                          << "capital" << 1;
    QTest::newRow("kiev") << "Kiev"
                          << "Ukraine"
                          << "capital" << 1;
    QTest::newRow("longest match") << "Afghan Taliban fighters"
                                   << "Taliban"
                                   << "name" << 2;
    QTest::newRow("hyphenated") << "al-Qaeda"
                                << "al-Qaeda"
                                << "name" << 3;
    QTest::newRow("hyphenated capital") << "Al-Qaeda"
                                        << "al-Qaeda"
                                        << "name" << 3;
    QTest::newRow("acronym with hyphen") << "IS-K"
                                         << "Islamic State Khorasan Province"
                                         << "name" << 3;
    QTest::newRow("digit acronym") << "M23"
                                   << "March 23 Movement"
                                   << "name" << 1;
    QTest::newRow("possessive stops") << "Pakistan's army"
                                      << "Pakistan"
                                      << "name" << 1;
    QTest::newRow("apostrophe name") << "Kurdistan Workers' Party"
                                     << "Kurdistan Workers' Party"
                                     << "name" << 4;
    QTest::newRow("dropped ambiguous name") << "Congo-Brazzaville"
                                            << "Republic of the Congo"
                                            << "name" << 3;
    QTest::newRow("congo goes to drc") << "Congo"
                                       << "Democratic Republic of the Congo"
                                       << "name" << 1;
    QTest::newRow("jersey dropped") << "Jersey"
                                    << ""
                                    << "" << 0;
    QTest::newRow("military alias") << "Israel Defense Forces"
                                    << "Israel (military)"
                                    << "name" << 3;
    QTest::newRow("org") << "United Nations"
                         << "United Nations"
                         << "name" << 2;
    QTest::newRow("org acronym") << "UNHCR"
                                 << "UNHCR"
                                 << "name" << 1;
    QTest::newRow("not a name") << "The talks"
                                << ""
                                << "" << 0;
}

void tst_Gazetteer::lookup()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(QString, form);
    QFETCH(int, length);

    const Gazetteer &g = Gazetteer::instance();
    QList<LexiconToken> tokens = LexiconTokenizer::tokenize(text);
    g.assignIds(&tokens);
    const Gazetteer::Match match = g.match(tokens, 0, tokens.size(), text);
    if (canonical.isEmpty()) {
        QVERIFY(!match.isValid());
        return;
    }
    QVERIFY(match.isValid());
    QCOMPARE(g.entries().at(match.entry).canonicalName, canonical);
    const QString formKey = match.form == Gazetteer::Form::Name      ? QStringLiteral("name")
                            : match.form == Gazetteer::Form::Demonym ? QStringLiteral("demonym")
                                                                     : QStringLiteral("capital");
    QCOMPARE(formKey, form);
    QCOMPARE(match.length, length);
}

void tst_Gazetteer::titles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("length"); // 0: not a title
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("implies");

    using T = GazetteerTitle;
    QTest::newRow("president") << "President Ghani" << 1 << int(T::Type::Title)
                               << int(T::Implies::Government);
    QTest::newRow("prime minister")
        << "Prime Minister Khan" << 2 << int(T::Type::Title) << int(T::Implies::Government);
    QTest::newRow("general") << "General Bajwa" << 1 << int(T::Type::Title)
                             << int(T::Implies::Military);
    QTest::newRow("gen.") << "Gen. Bajwa" << 2 << int(T::Type::Title) << int(T::Implies::Military);
    QTest::newRow("lt. gen.") << "Lt. Gen. Hameed" << 4 << int(T::Type::Title)
                              << int(T::Implies::Military);
    QTest::newRow("army chief") << "army chief" << 2 << int(T::Type::Title)
                                << int(T::Implies::Military);
    QTest::newRow("mullah") << "Mullah Omar" << 1 << int(T::Type::Honorific)
                            << int(T::Implies::None);
    QTest::newRow("sheikh") << "Sheikh Tamim" << 1 << int(T::Type::Honorific)
                            << int(T::Implies::None);
    QTest::newRow("special envoy")
        << "special envoy Khalilzad" << 2 << int(T::Type::Title) << int(T::Implies::Government);
    QTest::newRow("spokesman") << "spokesman Mujahid" << 1 << int(T::Type::Title)
                               << int(T::Implies::Organisation);
    QTest::newRow("presidential spokesman") << "presidential spokesman Seddiqi" << 2
                                            << int(T::Type::Title) << int(T::Implies::Government);
    QTest::newRow("co-founder") << "co-founder Baradar" << 3 << int(T::Type::Title)
                                << int(T::Implies::Organisation);
    QTest::newRow("rebel leader") << "rebel leader Machar" << 2 << int(T::Type::Title)
                                  << int(T::Implies::ArmedGroup);
    QTest::newRow("modifier") << "senior official" << 1 << int(T::Type::Modifier)
                              << int(T::Implies::None);
    QTest::newRow("not a title") << "Taliban" << 0 << 0 << 0;
}

void tst_Gazetteer::titles()
{
    QFETCH(QString, text);
    QFETCH(int, length);
    QFETCH(int, type);
    QFETCH(int, implies);
    const Gazetteer &g = Gazetteer::instance();
    QList<LexiconToken> tokens = LexiconTokenizer::tokenize(text);
    g.assignIds(&tokens);
    const Gazetteer::TitleMatch match = g.matchTitle(tokens, 0, tokens.size());
    QCOMPARE(match.length, length);
    if (length == 0)
        return;
    QCOMPARE(int(g.titles().at(match.title).type), type);
    QCOMPARE(int(g.titles().at(match.title).implies), implies);
}

void tst_Gazetteer::affiliationsAreKnown()
{
    // every affiliation names an actor of the gazetteer or a derived government/military
    const Gazetteer &g = Gazetteer::instance();
    for (const GazetteerEntry &e : g.entries()) {
        if (e.affiliation.isEmpty())
            continue;
        QString name = e.affiliation;
        for (const QString &suffix :
             {QStringLiteral(" (government)"), QStringLiteral(" (military)")}) {
            if (name.endsWith(suffix) && g.indexOf(name) < 0)
                name.chop(suffix.size());
        }
        QVERIFY2(g.indexOf(name) >= 0,
                 qPrintable(e.canonicalName + QStringLiteral(" -> ") + e.affiliation));
        if (!e.country.isEmpty())
            QVERIFY2(g.stateIndex(e.country) >= 0, qPrintable(e.canonicalName));
    }
}

void tst_Gazetteer::statesHaveDemonymsAndCapitals()
{
    const Gazetteer &g = Gazetteer::instance();
    int withDemonym = 0;
    int withCapital = 0;
    QSet<QString> capitals;
    for (const GazetteerEntry &e : g.entries()) {
        if (e.kind != Actor::Kind::State) {
            QVERIFY(e.demonyms.isEmpty() && e.capitals.isEmpty());
            continue;
        }
        withDemonym += e.demonyms.isEmpty() ? 0 : 1;
        withCapital += e.capitals.isEmpty() ? 0 : 1;
        for (const QString &capital : e.capitals) {
            QVERIFY2(!capitals.contains(capital), qPrintable(capital)); // one country per capital
            capitals.insert(capital);
        }
    }
    QVERIFY(withDemonym >= 185);
    QVERIFY(withCapital >= 185);
}

void tst_Gazetteer::tokenizer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("acronym") << "U.S.-Taliban talks"
                             << QStringList{"u.s.", "-", "taliban", "talks"};
    QTest::newRow("possessive") << "Pakistan's army" << QStringList{"pakistan", "'s", "army"};
    QTest::newRow("curly possessive") << "Pakistan’s army" << QStringList{"pakistan", "'s", "army"};
    QTest::newRow("plural possessive") << "Workers' Party" << QStringList{"workers", "'s", "party"};
    QTest::newRow("inner apostrophe") << "Sana'a" << QStringList{"sana'a"};
    QTest::newRow("abbreviation") << "Gen. Bajwa" << QStringList{"gen", ".", "bajwa"};
    QTest::newRow("number") << "2,500 troops" << QStringList{"2,500", "troops"};
    QTest::newRow("dash with spaces") << "Kabul - Doha" << QStringList{"kabul", "-", "doha"};
}

void tst_Gazetteer::tokenizer()
{
    QFETCH(QString, text);
    QFETCH(QStringList, keys);
    QStringList actual;
    for (const LexiconToken &token : LexiconTokenizer::tokenize(text, 10)) {
        actual.append(token.key);
        QVERIFY(token.begin >= 10 && token.end <= text.size() + 10);
    }
    QCOMPARE(actual, keys);
}

void tst_Gazetteer::wordIndex()
{
    WordIndex index;
    QCOMPARE(index.find(u"kabul"), -1);
    for (int i = 0; i < 5000; ++i)
        QCOMPARE(index.insert(QString::number(i * 7919)), i);
    QCOMPARE(index.size(), 5000);
    for (int i = 0; i < 5000; ++i)
        QCOMPARE(index.find(QString::number(i * 7919)), i);
    QCOMPARE(index.insert(QStringLiteral("0")), 0); // existing word keeps its id
    QCOMPARE(index.find(u"7918"), -1);
    QCOMPARE(index.word(3), QString::number(3 * 7919));
}

void tst_Gazetteer::trieLongestMatch()
{
    LexiconTrie trie;
    const int second = trie.addRoot();
    trie.insert(0, {QStringLiteral("peace")}, 1);
    trie.insert(0, {QStringLiteral("peace"), QStringLiteral("talks")}, 2);
    trie.insert(second, {QStringLiteral("talks")}, 3);
    QList<LexiconToken> tokens = LexiconTokenizer::tokenize(u"Peace talks began");
    trie.assignIds(&tokens);
    int path[LexiconTrie::MaxPhraseTokens];
    QCOMPARE(trie.walk(0, tokens, 0, tokens.size(), path), 2);
    QCOMPARE(trie.values(path[0]), QList<int>{1});
    QCOMPARE(trie.values(path[1]), QList<int>{2});
    QCOMPARE(trie.walk(0, tokens, 0, 1, path), 1);                  // end bounds the walk
    QCOMPARE(trie.walk(second, tokens, 0, tokens.size(), path), 0); // roots are separate
    QCOMPARE(trie.walk(second, tokens, 1, tokens.size(), path), 1);
    QCOMPARE(trie.values(path[0]), QList<int>{3});
    QCOMPARE(tokens.at(2).id, -1); // "began" is no word of the trie
}

QTEST_GUILESS_MAIN(tst_Gazetteer)
#include "tst_gazetteer.moc"
