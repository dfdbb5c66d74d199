#include "core/ingest/datelineparser.h"

#include <QTest>

using namespace Faultline;

class tst_DatelineParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
};

void tst_DatelineParser::parse_data()
{
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<int>("year"); // 0: not stated
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<QString>("rest"); // the paragraph after the dateline

    QTest::newRow("reuters month abbreviation")
        << QStringLiteral("KABUL, Sept. 14 (Reuters) - The Taliban said talks would resume.")
        << true << QStringLiteral("KABUL") << QStringLiteral("Reuters") << 0 << 9 << 14
        << QStringLiteral("The Taliban said talks would resume.");
    QTest::newRow("ap em dash") << QStringLiteral("GENEVA (AP) — The U.N. refugee agency said.")
                                << true << QStringLiteral("GENEVA") << QStringLiteral("AP") << 0
                                << 0 << 0 << QStringLiteral("The U.N. refugee agency said.");
    QTest::newRow("afp day month year")
        << QStringLiteral("Sanaa, 3 March 2021 (AFP) - Houthi rebels fired missiles.") << true
        << QStringLiteral("Sanaa") << QStringLiteral("AFP") << 2021 << 3 << 3
        << QStringLiteral("Houthi rebels fired missiles.");
    QTest::newRow("place with country and date")
        << QStringLiteral("KHARTOUM, Sudan, June 5 (Reuters) - Shelling resumed in Omdurman.")
        << true << QStringLiteral("KHARTOUM, Sudan") << QStringLiteral("Reuters") << 0 << 6 << 5
        << QStringLiteral("Shelling resumed in Omdurman.");
    QTest::newRow("accented place without agency")
        << QStringLiteral("BOGOTÁ, Colombia — Colombia's government and rebels met.") << true
        << QStringLiteral("BOGOTÁ, Colombia") << QString() << 0 << 0 << 0
        << QStringLiteral("Colombia's government and rebels met.");
    QTest::newRow("capital only") << QStringLiteral("WASHINGTON — The Pentagon said on Friday.")
                                  << true << QStringLiteral("WASHINGTON") << QString() << 0 << 0
                                  << 0 << QStringLiteral("The Pentagon said on Friday.");
    QTest::newRow("agency only") << QStringLiteral("(CNN) — Fighting erupted in Tripoli.") << true
                                 << QString() << QStringLiteral("CNN") << 0 << 0 << 0
                                 << QStringLiteral("Fighting erupted in Tripoli.");
    QTest::newRow("xinhua double hyphen with year")
        << QStringLiteral("JUBA, South Sudan, Jan. 9, 2020 (Xinhua) -- Rival leaders met.") << true
        << QStringLiteral("JUBA, South Sudan") << QStringLiteral("Xinhua") << 2020 << 1 << 9
        << QStringLiteral("Rival leaders met.");
    QTest::newRow("month without period")
        << QStringLiteral("MOSCOW, Nov 3 (Reuters) - Russia said it shot down drones.") << true
        << QStringLiteral("MOSCOW") << QStringLiteral("Reuters") << 0 << 11 << 3
        << QStringLiteral("Russia said it shot down drones.");
    QTest::newRow("region with of")
        << QStringLiteral(
               "GOMA, Democratic Republic of Congo, Feb 2 (Reuters) - M23 rebels advanced.")
        << true << QStringLiteral("GOMA, Democratic Republic of Congo") << QStringLiteral("Reuters")
        << 0 << 2 << 2 << QStringLiteral("M23 rebels advanced.");
    QTest::newRow("weekday") << QStringLiteral("KYIV, Ukraine, Wednesday (AP) — Air raid sirens.")
                             << true << QStringLiteral("KYIV, Ukraine") << QStringLiteral("AP") << 0
                             << 0 << 0 << QStringLiteral("Air raid sirens.");
    QTest::newRow("two-word capital")
        << QStringLiteral("ADDIS ABABA, Ethiopia, Nov 2 (Reuters) - The government said.") << true
        << QStringLiteral("ADDIS ABABA, Ethiopia") << QStringLiteral("Reuters") << 0 << 11 << 2
        << QStringLiteral("The government said.");
    QTest::newRow("two places") << QStringLiteral(
        "GAZA CITY/JERUSALEM, Oct 9 (Reuters) - Air strikes hit Gaza.")
                                << true << QStringLiteral("GAZA CITY/JERUSALEM")
                                << QStringLiteral("Reuters") << 0 << 10 << 9
                                << QStringLiteral("Air strikes hit Gaza.");
    QTest::newRow("day month no year")
        << QStringLiteral("Mogadishu, 14 July (AFP) - Al-Shabaab claimed the attack.") << true
        << QStringLiteral("Mogadishu") << QStringLiteral("AFP") << 0 << 7 << 14
        << QStringLiteral("Al-Shabaab claimed the attack.");
    QTest::newRow("full month name with year")
        << QStringLiteral("DAMASCUS, March 15, 2021 (SANA) - Officials marked the date.") << true
        << QStringLiteral("DAMASCUS") << QStringLiteral("SANA") << 2021 << 3 << 15
        << QStringLiteral("Officials marked the date.");

    QTest::newRow("dateline standing alone")
        << QStringLiteral("KABUL, Sept. 14 (Reuters) -") << true << QStringLiteral("KABUL")
        << QStringLiteral("Reuters") << 0 << 9 << 14 << QString();

    // Not datelines.
    QTest::newRow("sentence with colon")
        << QStringLiteral("The army said: Fighting continued overnight.") << false << QString()
        << QString() << 0 << 0 << 0 << QString();
    QTest::newRow("lower-case place with dash")
        << QStringLiteral("Officials in Kabul - who declined to be named - said.") << false
        << QString() << QString() << 0 << 0 << 0 << QString();
    QTest::newRow("capitalised words then dash")
        << QStringLiteral("President Ruto — speaking in Nairobi — said.") << false << QString()
        << QString() << 0 << 0 << 0 << QString();
    QTest::newRow("ordinary sentence")
        << QStringLiteral("NATO said on Monday it would respond.") << false << QString()
        << QString() << 0 << 0 << 0 << QString();
    QTest::newRow("lower-case after dash")
        << QStringLiteral("KABUL - and elsewhere, protests spread.") << false << QString()
        << QString() << 0 << 0 << 0 << QString();
    QTest::newRow("comma part not a date")
        << QStringLiteral("HERAT, held by militias since spring (AP) - Residents fled.") << false
        << QString() << QString() << 0 << 0 << 0 << QString();
}

void tst_DatelineParser::parse()
{
    QFETCH(QString, paragraph);
    QFETCH(bool, found);
    QFETCH(QString, place);
    QFETCH(QString, outlet);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(QString, rest);

    const std::optional<Dateline> dateline = DatelineParser::parse(paragraph);
    QCOMPARE(dateline.has_value(), found);
    if (!found)
        return;
    QCOMPARE(dateline->place, place);
    QCOMPARE(dateline->outlet, outlet);
    QCOMPARE(dateline->year.value_or(0), qint64(year));
    QCOMPARE(dateline->month, month);
    QCOMPARE(dateline->day, day);
    QCOMPARE(paragraph.mid(dateline->length), rest);
}

QTEST_APPLESS_MAIN(tst_DatelineParser)
#include "tst_datelineparser.moc"
