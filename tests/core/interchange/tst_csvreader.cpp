#include "core/interchange/csvreader.h"

#include <QBuffer>
#include <QStringDecoder>
#include <QTest>

using namespace Faultline;

class tst_CsvReader : public QObject
{
    Q_OBJECT

private slots:
    void records_data();
    void records();
    void lineNumbers();
    void detectDelimiter_data();
    void detectDelimiter();
    void encodings_data();
    void encodings();
    void limits_data();
    void limits();
    void unterminatedQuote();
    void streamsAcrossChunks();
    void withoutQuoting();
};

namespace {

// Records as lists of fields, joined "a|b" per record, for compact expectations.
QStringList readAll(const QByteArray &bytes, char delimiter = 0, QString *error = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    if (delimiter)
        reader.setDelimiter(delimiter);
    QStringList records;
    QString startError;
    if (!reader.start(&startError)) {
        if (error)
            *error = startError;
        return records;
    }
    CsvRow row;
    while (reader.readRow(&row)) {
        QStringList fields;
        for (int i = 0; i < row.size(); ++i)
            fields << row.text(i);
        records << fields.join(u'|');
    }
    if (error)
        *error = reader.errorString();
    return records;
}

} // namespace

void tst_CsvReader::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("plain") << QByteArray("a,b,c\n1,2,3\n") << QStringList{"a|b|c", "1|2|3"};
    QTest::newRow("crlf, no final break") << QByteArray("a,b\r\n1,2") << QStringList{"a|b", "1|2"};
    QTest::newRow("quoted delimiter") << QByteArray("a,\"b,c\"\n") << QStringList{"a|b,c"};
    QTest::newRow("doubled quote")
        << QByteArray("\"say \"\"hi\"\"\",x\n") << QStringList{"say \"hi\"|x"};
    QTest::newRow("embedded newline")
        << QByteArray("id,notes\n1,\"first line\r\nsecond line\"\n2,x\n")
        << QStringList{"id|notes", "1|first line\r\nsecond line", "2|x"};
    QTest::newRow("empty fields") << QByteArray(",,\n\"\",x,\n") << QStringList{"||", "|x|"};
    QTest::newRow("blank lines skipped") << QByteArray("a\n\n\r\nb\n") << QStringList{"a", "b"};
    QTest::newRow("utf-8 bom") << QByteArray("\xef\xbb\xbf"
                                             "a,b\n")
                               << QStringList{"a|b"};
    QTest::newRow("semicolon") << QByteArray("a;b;\"c;d\"\n1;2;3\n")
                               << QStringList{"a|b|c;d", "1|2|3"};
    QTest::newRow("tab") << QByteArray("a\tb\tc, d\n") << QStringList{"a|b|c, d"};
    QTest::newRow("pipe") << QByteArray("a|b|c\n") << QStringList{"a|b|c"};
    QTest::newRow("stray quote is text")
        << QByteArray("a,5\" gun,b\n") << QStringList{"a|5\" gun|b"};
    QTest::newRow("latin-1 when not utf-8")
        << QByteArray("S\xe3o Paulo,caf\xe9\n") << QStringList{QStringLiteral("São Paulo|café")};
    QTest::newRow("non-ascii") << QByteArray("Kābul,Şam\n")
                               << QStringList{QStringLiteral("Kābul|Şam")};
}

void tst_CsvReader::records()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    QString error;
    QCOMPARE(readAll(input, 0, &error), expected);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_CsvReader::lineNumbers()
{
    QBuffer buffer;
    buffer.setData("h1,h2\n1,\"two\nlines\"\n\n3,x\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QVERIFY(reader.start(nullptr));
    CsvRow row;
    QList<qint64> lines;
    while (reader.readRow(&row))
        lines << row.line();
    QCOMPARE(lines, (QList<qint64>{1, 2, 5}));
}

void tst_CsvReader::detectDelimiter_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<char>("expected");
    QTest::newRow("comma") << QByteArray("a,b,c\n1;2") << ',';
    QTest::newRow("semicolon") << QByteArray("a;b;\"c,d,e,f\"\n") << ';';
    QTest::newRow("tab") << QByteArray("a\tb\tc,d\n") << '\t';
    QTest::newRow("pipe") << QByteArray("a|b|c\n") << '|';
    QTest::newRow("single column") << QByteArray("title\n") << ',';
    QTest::newRow("first line only") << QByteArray("a,b\nc;d;e;f;g\n") << ',';
}

void tst_CsvReader::detectDelimiter()
{
    QFETCH(QByteArray, text);
    QFETCH(char, expected);
    QCOMPARE(CsvReader::detectDelimiter(text), expected);
}

void tst_CsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("encoding");
    const QString text = QStringLiteral("place,note\nDoha,“talks” in Qatar – 2020\n");
    QByteArray le("\xff\xfe");
    le += QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QStringEncoder toBe(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("utf-8") << text.toUtf8() << int(CsvReader::Encoding::Utf8);
    QTest::newRow("utf-16le bom") << le << int(CsvReader::Encoding::Utf16LittleEndian);
    QTest::newRow("utf-16be bom") << QByteArray(toBe(text))
                                  << int(CsvReader::Encoding::Utf16BigEndian);
}

void tst_CsvReader::encodings()
{
    QFETCH(QByteArray, input);
    QFETCH(int, encoding);
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QVERIFY(reader.start(nullptr));
    QCOMPARE(int(reader.encoding()), encoding);
    CsvRow row;
    QVERIFY(reader.readRow(&row));
    QCOMPARE(row.text(0), QStringLiteral("place"));
    QVERIFY(reader.readRow(&row));
    QCOMPARE(row.text(1), QStringLiteral("“talks” in Qatar – 2020"));
    QVERIFY(!reader.readRow(&row));
    QVERIFY(!reader.hasError());
}

void tst_CsvReader::limits_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("errorFragment");
    QTest::newRow("long field") << QByteArray("a,") + QByteArray(300, 'x') + "\n"
                                << QStringLiteral("Line 1: a field is longer than 256 bytes");
    QTest::newRow("long quoted field")
        << QByteArray("h\n\"") + QByteArray(300, 'x') + "\"\n"
        << QStringLiteral("Line 2: a field is longer than 256 bytes");
    QTest::newRow("too many columns") << QByteArray("a\n") + QByteArray(20, ',') + "\n"
                                      << QStringLiteral("Line 2: more than 10 columns");
}

void tst_CsvReader::limits()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, errorFragment);
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    CsvReader::Limits limits;
    limits.maxFieldBytes = 256;
    limits.maxColumns = 10;
    reader.setLimits(limits);
    QVERIFY(reader.start(nullptr));
    CsvRow row;
    while (reader.readRow(&row)) {
    }
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().contains(errorFragment), qPrintable(reader.errorString()));
}

void tst_CsvReader::unterminatedQuote()
{
    QString error;
    const QStringList records = readAll("a,b\n1,\"open\n2,3\n", 0, &error);
    QCOMPARE(records, QStringList{"a|b"});
    QVERIFY2(error.contains(QStringLiteral("Line 2")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("not closed")));
}

void tst_CsvReader::streamsAcrossChunks()
{
    // Records that straddle the reader's 1 MiB chunks, quotes at the boundary included.
    QByteArray input("id,text\n");
    const int rows = 40000;
    for (int i = 0; i < rows; ++i) {
        input += QByteArray::number(i) + ",\"row " + QByteArray::number(i)
                 + " says \"\"yes\"\", then\nmore\"\n";
    }
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QVERIFY(reader.start(nullptr));
    CsvRow row;
    QVERIFY(reader.readRow(&row));
    int count = 0;
    while (reader.readRow(&row)) {
        QCOMPARE(row.size(), 2);
        if (row.text(0) != QString::number(count)
            || row.text(1) != QStringLiteral("row %1 says \"yes\", then\nmore").arg(count))
            QFAIL(qPrintable(QStringLiteral("row %1 read as %2").arg(count).arg(row.text(1))));
        QCOMPARE(row.line(), qint64(2 + 2 * count));
        ++count;
    }
    QVERIFY(!reader.hasError());
    QCOMPARE(count, rows);
    QCOMPARE(reader.bytesRead(), qint64(input.size()));
}

void tst_CsvReader::withoutQuoting()
{
    QBuffer buffer;
    buffer.setData("1\t\"quoted\tname\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QVERIFY(reader.start(nullptr));
    reader.setQuoting(false);
    CsvRow row;
    QVERIFY(reader.readRow(&row));
    QCOMPARE(row.size(), 3);
    QCOMPARE(row.text(1), QStringLiteral("\"quoted"));
}

QTEST_APPLESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
