#include "core/model/eventtype.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using Faultline::EventType;
using Q = EventType::QuadClass;

class tst_EventType : public QObject
{
    Q_OBJECT

private slots:
    void quadClass_data();
    void quadClass();
    void fromCode_data();
    void fromCode();
    void fromName_data();
    void fromName();
    void fromTranslatedName();
};

namespace {

// A language in which two type names read differently from English.
class FakeTranslator : public QTranslator
{
public:
    QString translate(const char *context,
                      const char *sourceText,
                      const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (QByteArrayView(context) != "Faultline::EventType")
            return {};
        if (QByteArrayView(sourceText) == "Consult")
            return QStringLiteral("Consulter");
        if (QByteArrayView(sourceText) == "Fight")
            return QStringLiteral("Combattre");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

void tst_EventType::quadClass_data()
{
    QTest::addColumn<int>("root");
    QTest::addColumn<int>("quad");
    QTest::addColumn<QString>("code");
    QTest::newRow("01 statement") << 1 << int(Q::VerbalCooperation) << "01";
    QTest::newRow("04 consult") << 4 << int(Q::VerbalCooperation) << "04";
    QTest::newRow("05 diplomatic") << 5 << int(Q::VerbalCooperation) << "05";
    QTest::newRow("06 material") << 6 << int(Q::MaterialCooperation) << "06";
    QTest::newRow("08 yield") << 8 << int(Q::MaterialCooperation) << "08";
    QTest::newRow("09 investigate") << 9 << int(Q::VerbalConflict) << "09";
    QTest::newRow("13 threaten") << 13 << int(Q::VerbalConflict) << "13";
    QTest::newRow("14 protest") << 14 << int(Q::MaterialConflict) << "14";
    QTest::newRow("19 fight") << 19 << int(Q::MaterialConflict) << "19";
    QTest::newRow("20 mass violence") << 20 << int(Q::MaterialConflict) << "20";
    QTest::newRow("0 unknown") << 0 << int(Q::Unknown) << "";
    QTest::newRow("21 unknown") << 21 << int(Q::Unknown) << "";
}

void tst_EventType::quadClass()
{
    QFETCH(int, root);
    QFETCH(int, quad);
    QFETCH(QString, code);
    const EventType type(root);
    QCOMPARE(int(type.quadClass()), quad);
    QCOMPARE(type.code(), code);
    QCOMPARE(type.isValid(), !code.isEmpty());
    QVERIFY(!type.name().isEmpty());
}

void tst_EventType::fromCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("root");
    QTest::newRow("two digits") << "04" << 4;
    QTest::newRow("one digit") << "4" << 4;
    QTest::newRow("three digits") << "042" << 4;
    QTest::newRow("four digits") << "1823" << 18;
    QTest::newRow("twenty") << "20" << 20;
    QTest::newRow("zero") << "00" << 0;
    QTest::newRow("too big") << "21" << 0;
    QTest::newRow("letters") << "ab" << 0;
    QTest::newRow("empty") << "" << 0;
}

void tst_EventType::fromCode()
{
    QFETCH(QString, code);
    QFETCH(int, root);
    const auto type = EventType::fromCode(code);
    QCOMPARE(type.has_value(), root != 0);
    if (type)
        QCOMPARE(type->cameoRoot(), root);
}

void tst_EventType::fromName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("root");
    QTest::newRow("name") << "Consult" << 4;
    QTest::newRow("any case, spaces") << "  fIGHT " << 19;
    QTest::newRow("long name") << "Use unconventional mass violence" << 20;
    QTest::newRow("code and name") << "04 Consult" << 4;
    QTest::newRow("code of another type") << "05 Consult" << 0;
    QTest::newRow("code alone") << "04" << 0;
    QTest::newRow("a quad class") << "Verbal cooperation" << 0;
    QTest::newRow("an actor") << "Taliban" << 0;
    QTest::newRow("unknown type") << "Unknown type" << 0;
    QTest::newRow("part of a name") << "Consul" << 0;
    QTest::newRow("empty") << "" << 0;
}

void tst_EventType::fromName()
{
    QFETCH(QString, text);
    QFETCH(int, root);
    const auto type = EventType::fromName(text);
    QCOMPARE(type.has_value(), root != 0);
    if (type)
        QCOMPARE(type->cameoRoot(), root);
    for (int each = EventType::FirstRoot; each <= EventType::LastRoot; ++each)
        QCOMPARE(EventType::fromName(EventType(each).englishName()), EventType(each));
}

void tst_EventType::fromTranslatedName()
{
    FakeTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(EventType(4).name(), QStringLiteral("Consulter"));
    QCOMPARE(EventType(4).englishName(), QStringLiteral("Consult"));
    // The translated name and the English one both.
    QCOMPARE(EventType::fromName(QStringLiteral("consulter")), EventType(4));
    QCOMPARE(EventType::fromName(QStringLiteral("Consult")), EventType(4));
    QCOMPARE(EventType::fromName(QStringLiteral("19 Combattre")), EventType(19));
    QCOMPARE(EventType::fromName(QStringLiteral("Appeal")), EventType(2));
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QVERIFY(!EventType::fromName(QStringLiteral("Consulter")));
}

QTEST_GUILESS_MAIN(tst_EventType)
#include "tst_eventtype.moc"
