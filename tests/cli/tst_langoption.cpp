#include "tests/cli/clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Faultline::Testing;

// --lang CODE for the command line: messages in that language, data unchanged.
class tst_LangOption : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void missingCode_data();
    void missingCode();
    void dataIsNotTranslated_data();
    void dataIsNotTranslated();
    void unshippedLanguageFallsBack_data();
    void unshippedLanguageFallsBack();
    void helpIsTranslated();

private:
    QTemporaryDir m_dir;
    QString m_workspace;
};

void tst_LangOption::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_workspace = m_dir.filePath(QStringLiteral("lang.faultline"));
    const CliResult imported = runFaultline(
        {QStringLiteral("import"),
         QStringLiteral("--db"),
         m_workspace,
         QStringLiteral("--published"),
         QStringLiteral("2021-03-02"),
         QStringLiteral(FAULTLINE_TEST_DATA_DIR "/articles/yemen-briefing.md")});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
}

void tst_LangOption::missingCode_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("at the end") << QStringList{QStringLiteral("--lang")};
    QTest::newRow("before a command")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("--help")};
    QTest::newRow("empty") << QStringList{QStringLiteral("--lang="), QStringLiteral("--help")};
}

void tst_LangOption::missingCode()
{
    QFETCH(QStringList, arguments);
    const CliResult result = runFaultline(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("--lang"), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1);
}

void tst_LangOption::dataIsNotTranslated_data()
{
    QTest::addColumn<QStringList>("language");
    QTest::newRow("ar before") << QStringList{QStringLiteral("--lang"), QStringLiteral("ar")};
    QTest::newRow("fa joined") << QStringList{QStringLiteral("--lang=fa")};
    QTest::newRow("fr") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")};
}

void tst_LangOption::dataIsNotTranslated()
{
    QFETCH(QStringList, language);
    const QStringList events{QStringLiteral("events"),
                             QStringLiteral("--db"),
                             m_workspace,
                             QStringLiteral("--format"),
                             QStringLiteral("json")};
    const CliResult plain = runFaultline(events);
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(!QJsonDocument::fromJson(plain.out).array().isEmpty());
    // The option goes before the command or after its options alike.
    const CliResult before = runFaultline(language + events);
    QCOMPARE(before.exitCode, 0);
    QVERIFY2(before.err.isEmpty(), before.err.constData());
    QCOMPARE(before.out, plain.out);
    const CliResult after = runFaultline(events + language);
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.out, plain.out);
}

void tst_LangOption::unshippedLanguageFallsBack_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("not shipped") << QStringLiteral("de");
    QTest::newRow("not a language") << QStringLiteral("xx");
}

void tst_LangOption::unshippedLanguageFallsBack()
{
    QFETCH(QString, code);
    const CliResult english = runFaultline(
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
    const CliResult result = runFaultline(
        {QStringLiteral("--lang"), code, QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, english.out);
    QVERIFY2(result.err.contains(QStringLiteral("'%1'").arg(code).toUtf8()), result.err.constData());
}

void tst_LangOption::helpIsTranslated()
{
    const CliResult english = runFaultline(
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
    QCOMPARE(english.exitCode, 0);
    QVERIFY(english.out.startsWith("Usage: faultline"));
    if (!QFile::exists(QStringLiteral(FAULTLINE_QM_DIR "/faultline_fr.qm")))
        QSKIP("faultline_fr.qm is not built yet: the French help is not checked");
    const CliResult french = runFaultline(
        {QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--help")});
    QCOMPARE(french.exitCode, 0);
    QVERIFY(french.err.isEmpty());
    QVERIFY2(french.out != english.out, french.out.constData());
    // Command names stay as typed on the command line.
    QVERIFY(french.out.contains("events"));
}

QTEST_GUILESS_MAIN(tst_LangOption)
#include "tst_langoption.moc"
