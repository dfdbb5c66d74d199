#include "core/extract/sentencesplitter.h"

#include <QTest>

using Faultline::SentenceSplitter;
using Faultline::TextSpan;

class tst_SentenceSplitter : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void offsetsPointIntoText();
    void paragraphBreakEndsSentence();
    void abbreviations_data();
    void abbreviations();
};

void tst_SentenceSplitter::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("sentences");

    const auto row = [](const char *name, const QString &text, const QStringList &sentences) {
        QTest::newRow(name) << text << sentences;
    };

    row("two simple", "The talks began. They ended.", {"The talks began.", "They ended."});
    row("question", "Who fired first? Nobody knows.", {"Who fired first?", "Nobody knows."});
    row("exclamation",
        "Stop the shelling! The UN pleaded.",
        {"Stop the shelling!", "The UN pleaded."});
    row("U.S. inside",
        "U.S. special envoy Zalmay Khalilzad is visiting Pakistan.",
        {"U.S. special envoy Zalmay Khalilzad is visiting Pakistan."});
    row("U.S. before name",
        "The U.S. Envoy arrived in Kabul. He met officials.",
        {"The U.S. Envoy arrived in Kabul.", "He met officials."});
    row("U.S. at end",
        "Sanctions were imposed by the U.S. The Taliban rejected them.",
        {"Sanctions were imposed by the U.S.", "The Taliban rejected them."});
    row("U.N. inside",
        "The U.N. Security Council met on Friday.",
        {"The U.N. Security Council met on Friday."});
    row("U.N. at end",
        "Aid was delivered by the U.N. It arrived late.",
        {"Aid was delivered by the U.N.", "It arrived late."});
    row("Gen.",
        "Gen. Qamar Javed Bajwa received the delegation.",
        {"Gen. Qamar Javed Bajwa received the delegation."});
    row("Lt. Col.",
        "Lt. Col. Ahmed Saleh led the brigade. It withdrew.",
        {"Lt. Col. Ahmed Saleh led the brigade.", "It withdrew."});
    row("Dr.",
        "Dr. Denis Mukwege treated survivors in Bukavu.",
        {"Dr. Denis Mukwege treated survivors in Bukavu."});
    row("Mr.",
        "Mr. Guterres called for calm. Fighting continued.",
        {"Mr. Guterres called for calm.", "Fighting continued."});
    row("Mrs.", "Mrs. Aung San Suu Kyi was detained.", {"Mrs. Aung San Suu Kyi was detained."});
    row("Sept.", "The talks opened on Sept. 12 in Doha.", {"The talks opened on Sept. 12 in Doha."});
    row("Jan.",
        "Troops entered on Jan. 5. Residents fled.",
        {"Troops entered on Jan. 5.", "Residents fled."});
    row("Jan. at end",
        "The talks ended in Jan. The army then advanced.",
        {"The talks ended in Jan.", "The army then advanced."});
    row("Feb. year",
        "The deal was signed in Feb. 2020 in Doha.",
        {"The deal was signed in Feb. 2020 in Doha."});
    row("No.", "Resolution No. 2254 was adopted.", {"Resolution No. 2254 was adopted."});
    row("St.",
        "Protesters gathered on St. George Street.",
        {"Protesters gathered on St. George Street."});
    row("a.m. inside",
        "The blast happened at 9 a.m. local time on Monday.",
        {"The blast happened at 9 a.m. local time on Monday."});
    row("a.m. at end",
        "The shelling began at 5 a.m. The army denied it.",
        {"The shelling began at 5 a.m.", "The army denied it."});
    row("p.m. before lower", "At 3 p.m. the convoy left Aden.", {"At 3 p.m. the convoy left Aden."});
    row("initials",
        "J. R. Smith reported from Juba. He was safe.",
        {"J. R. Smith reported from Juba.", "He was safe."});
    row("middle initial",
        "President George W. Bush ordered the invasion.",
        {"President George W. Bush ordered the invasion."});
    row("decimal",
        "About 2.5 million people fled Ukraine. Many went to Poland.",
        {"About 2.5 million people fled Ukraine.", "Many went to Poland."});
    row("decimal at end",
        "Inflation reached 12.5. Prices rose.",
        {"Inflation reached 12.5.", "Prices rose."});
    row("quote after period",
        "He said \"the war is over.\" Nobody believed him.",
        {"He said \"the war is over.\"", "Nobody believed him."});
    row("curly quote after period",
        "She said \u201Cwe will return.\u201D The camp was shelled.",
        {"She said \u201Cwe will return.\u201D", "The camp was shelled."});
    row("ellipsis lower",
        "The ceasefire held... for a while.",
        {"The ceasefire held... for a while."});
    row("ellipsis upper",
        "The ceasefire held... Then the shelling resumed.",
        {"The ceasefire held...", "Then the shelling resumed."});
    row("unicode ellipsis",
        "They waited\u2026 Nothing came.",
        {"They waited\u2026", "Nothing came."});
    row("bracket after period",
        "The army withdrew (as agreed.) Talks resumed.",
        {"The army withdrew (as agreed.)", "Talks resumed."});
    row("lowercase after period",
        "The group, known as al-Shabab, e.g. in Somalia, fights on.",
        {"The group, known as al-Shabab, e.g. in Somalia, fights on."});
    row("U.S.-backed",
        "The U.S.-backed talks resumed. They stalled.",
        {"The U.S.-backed talks resumed.", "They stalled."});
    row("url",
        "See www.example.org for details. Thanks.",
        {"See www.example.org for details.", "Thanks."});
    row("digit start",
        "Troops left. 2020 was a hard year.",
        {"Troops left.", "2020 was a hard year."});
    row("quote start",
        "He left. \"We will be back,\" he said.",
        {"He left.", "\"We will be back,\" he said."});
    row("no final period", "Fighting resumed in Marib", {"Fighting resumed in Marib"});
    row("leading spaces",
        "   Clashes erupted.   More followed.  ",
        {"Clashes erupted.", "More followed."});
    row("single newline",
        "The talks began\nin Doha. They ended.",
        {"The talks began\nin Doha.", "They ended."});
    row("newline after period",
        "The talks began.\nThey ended.",
        {"The talks began.", "They ended."});
    row("headline paragraph",
        "Breaking News\n\nTroops advanced on Kherson.",
        {"Breaking News", "Troops advanced on Kherson."});
    row("blank line with spaces",
        "Accessibility links\n   \nU.S. Envoy In Pakistan",
        {"Accessibility links", "U.S. Envoy In Pakistan"});
    row("three paragraphs", "One.\n\nTwo\n\n\nThree", {"One.", "Two", "Three"});
    row("Gen. before newline",
        "Gen.\nAbdel Fattah al-Burhan spoke.",
        {"Gen.\nAbdel Fattah al-Burhan spoke."});
    row("St. at end lower",
        "They met at the St. Regis hotel.",
        {"They met at the St. Regis hotel."});
    row("etc. final",
        "Rifles, mortars, etc. The list grew.",
        {"Rifles, mortars, etc.", "The list grew."});
    row("two questions", "Why now?! Nobody said.", {"Why now?!", "Nobody said."});
    row("empty", "", {});
    row("only spaces", "  \n\n  ", {});
    row("Maj. Gen.", "Maj. Gen. Hemedti commands the RSF.", {"Maj. Gen. Hemedti commands the RSF."});
}

void tst_SentenceSplitter::split()
{
    QFETCH(QString, text);
    QFETCH(QStringList, sentences);
    const SentenceSplitter splitter;
    QStringList actual;
    for (const TextSpan &span : splitter.split(text))
        actual.append(text.mid(span.begin, span.length()));
    QCOMPARE(actual, sentences);
}

void tst_SentenceSplitter::offsetsPointIntoText()
{
    const QString text = QStringLiteral("\u00C9l\u00E8ve. Kyiv \U0001F600 shelled.\n\nNext one.");
    const QList<TextSpan> spans = SentenceSplitter().split(text);
    QCOMPARE(spans.size(), 3);
    QCOMPARE(spans[0].begin, 0);
    QCOMPARE(spans[0].end, 6);
    QCOMPARE(text.mid(spans[1].begin, spans[1].length()),
             QStringLiteral("Kyiv \U0001F600 shelled."));
    QCOMPARE(spans[2].end, text.size());
    for (qsizetype i = 1; i < spans.size(); ++i)
        QVERIFY(spans[i - 1].end <= spans[i].begin);
}

void tst_SentenceSplitter::paragraphBreakEndsSentence()
{
    const QString text = QStringLiteral("Lt. Col. Ahmed spoke with Gen.\n\nHemedti later");
    const QList<TextSpan> spans = SentenceSplitter().split(text);
    QCOMPARE(spans.size(), 2);
    QCOMPARE(text.mid(spans[1].begin, spans[1].length()), QStringLiteral("Hemedti later"));
}

void tst_SentenceSplitter::abbreviations_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("abbreviation");
    QTest::newRow("Gen.") << "Gen." << true;
    QTest::newRow("Sept. may end") << "Sept." << false;
    QTest::newRow("Col.") << "Col." << true;
    QTest::newRow("plain word") << "war." << false;
    QTest::newRow("U.S. may end") << "U.S." << false;
}

void tst_SentenceSplitter::abbreviations()
{
    QFETCH(QString, token);
    QFETCH(bool, abbreviation);
    QCOMPARE(SentenceSplitter().isAbbreviation(token), abbreviation);
}

QTEST_GUILESS_MAIN(tst_SentenceSplitter)
#include "tst_sentencesplitter.moc"
