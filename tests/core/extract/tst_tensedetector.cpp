#include "core/extract/tensedetector.h"

#include <QTest>

using Faultline::TenseDetector;
using Tense = TenseDetector::Tense;

Q_DECLARE_METATYPE(TenseDetector::Tense)

class tst_TenseDetector : public QObject
{
    Q_OBJECT

private slots:
    void sentenceTense_data();
    void sentenceTense();
    void nearest_data();
    void nearest();
};

void tst_TenseDetector::sentenceTense_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<Tense>("tense");

    QTest::newRow("will") << "The envoy will travel to Kabul." << Tense::Future;
    QTest::newRow("'ll") << "They'll meet in Doha." << Tense::Future;
    QTest::newRow("expected to") << "Talks are expected to resume in Geneva." << Tense::Future;
    QTest::newRow("is set to") << "The mission is set to end." << Tense::Future;
    QTest::newRow("plans to") << "The army plans to withdraw from Tigray." << Tense::Future;
    QTest::newRow("scheduled") << "Elections are scheduled to take place." << Tense::Future;
    QTest::newRow("would") << "He said the troops would leave." << Tense::Future;
    QTest::newRow("regular past") << "Rebels attacked the convoy near Goma." << Tense::Past;
    QTest::newRow("irregular past") << "The delegation met with Houthi officials." << Tense::Past;
    QTest::newRow("was") << "The town was under siege." << Tense::Past;
    QTest::newRow("freed") << "Pakistan freed Baradar from prison." << Tense::Past;
    QTest::newRow("present perfect")
        << "The Taliban have conducted near daily attacks." << Tense::Past;
    QTest::newRow("present") << "The army is shelling Mariupol." << Tense::Present;
    QTest::newRow("present says") << "The ministry says the road is open." << Tense::Present;
    QTest::newRow("adjective -ed not past") << "The armed groups are active." << Tense::Present;
    QTest::newRow("name in -ed not past") << "Mohammed is the spokesman." << Tense::Present;
    QTest::newRow("hyphen -ed not past") << "U.S.-backed forces are advancing." << Tense::Present;
    QTest::newRow("passive present") << "The road is controlled by the RSF." << Tense::Present;
    QTest::newRow("passive future") << "Talks will be held in Geneva." << Tense::Future;
    QTest::newRow("no verb") << "Ceasefire in Gaza" << Tense::Unknown;
    QTest::newRow("indeed not past") << "Peace indeed." << Tense::Unknown;
}

void tst_TenseDetector::sentenceTense()
{
    QFETCH(QString, sentence);
    QFETCH(Tense, tense);
    QCOMPARE(TenseDetector().tense(sentence), tense);
}

void tst_TenseDetector::nearest_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("target");
    QTest::addColumn<Tense>("tense");

    QTest::newRow("past verb near, future far")
        << "Negotiations kicked off over the weekend in Qatar and are initially expected to focus "
           "on details."
        << "the weekend" << Tense::Past;
    QTest::newRow("future near, past far") << "The rebels said they will withdraw in March."
                                           << "March" << Tense::Future;
    QTest::newRow("after the verb") << "In February, the two sides signed a deal."
                                    << "February" << Tense::Past;
    QTest::newRow("only present") << "The talks are in October."
                                  << "October" << Tense::Present;
    QTest::newRow("reporting verb in another clause")
        << "The ELN will resume talks in Caracas on Monday, the mediators said."
        << "Monday" << Tense::Future;
    QTest::newRow("reporting verb in the clause")
        << "The junta said on Tuesday it would hold elections."
        << "Tuesday" << Tense::Past;
    QTest::newRow("same clause beats nearer verb past a comma")
        << "Rebels attacked the town on Sunday, and the army will respond."
        << "Sunday" << Tense::Past;
}

void tst_TenseDetector::nearest()
{
    QFETCH(QString, sentence);
    QFETCH(QString, target);
    QFETCH(Tense, tense);
    const TenseDetector detector;
    const qsizetype begin = sentence.indexOf(target);
    QVERIFY(begin >= 0);
    QCOMPARE(TenseDetector::tenseNear(detector.markers(sentence),
                                      sentence,
                                      begin,
                                      begin + target.size()),
             tense);
}

QTEST_GUILESS_MAIN(tst_TenseDetector)
#include "tst_tensedetector.moc"
