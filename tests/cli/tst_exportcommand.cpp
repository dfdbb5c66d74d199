#include "core/model/datespan.h"
#include "core/model/eventtype.h"
#include "tests/cli/clirunner.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Faultline;
using namespace Faultline::Testing;

namespace {

const QString SampleFolder = QStringLiteral(FAULTLINE_SOURCE_DIR "/../shared/samples/articles");

// Okabe-Ito, as DESIGN.md gives them: the colours of the quad classes.
QColor quadColour(EventType::QuadClass quadClass)
{
    switch (quadClass) {
    case EventType::QuadClass::VerbalCooperation:
        return QColor(0x00, 0x72, 0xb2);
    case EventType::QuadClass::MaterialCooperation:
        return QColor(0x00, 0x9e, 0x73);
    case EventType::QuadClass::VerbalConflict:
        return QColor(0xe6, 0x9f, 0x00);
    case EventType::QuadClass::MaterialConflict:
        return QColor(0xd5, 0x5e, 0x00);
    case EventType::QuadClass::Unknown:
        break;
    }
    return QColor(0x99, 0x99, 0x99);
}

int countColour(const QImage &image, const QColor &colour, const QRect &area)
{
    int count = 0;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) < 30 && std::abs(c.green() - colour.green()) < 30
                && std::abs(c.blue() - colour.blue()) < 30)
                ++count;
        }
    }
    return count;
}

QString toolOutput(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return QString();
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Whether a title is in the texts, whole or shortened to a label ending in "…".
bool shownAsLabel(const QString &title, const QStringList &texts)
{
    const QString wanted = title.simplified();
    if (wanted.isEmpty())
        return false;
    for (const QString &text : texts) {
        if (text.contains(wanted))
            return true;
        for (qsizetype length = wanted.size() - 1; length >= 15; --length) {
            // "…", or "..." after compatibility folding.
            if (text.contains(wanted.left(length) + QStringLiteral("…"))
                || text.contains(wanted.left(length) + QStringLiteral("...")))
                return true;
        }
    }
    return false;
}

QStringList folderEntries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

} // namespace

class tst_ExportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pngOfTheSampleArticle();
    void pdfOfTheSampleArticle();
    void svgOfTheSampleArticle();
    void usageErrors_data();
    void usageErrors();
    void failuresLeaveNoFile_data();
    void failuresLeaveNoFile();

private:
    QJsonArray m_events;
    QTemporaryDir m_dir;
    QString m_workspace;
};

void tst_ExportCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_workspace = m_dir.filePath(QStringLiteral("sample.faultline"));
    QStringList arguments{QStringLiteral("import"),
                          QStringLiteral("--db"),
                          m_workspace,
                          QStringLiteral("--published"),
                          QStringLiteral("2020-09-14")};
    const QStringList articles = QDir(SampleFolder).entryList({QStringLiteral("*.txt")}, QDir::Files);
    QVERIFY(!articles.isEmpty());
    for (const QString &name : articles)
        arguments.append(QDir(SampleFolder).filePath(name));
    const CliResult imported = runFaultline(arguments);
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const CliResult events = runFaultline(
        {QStringLiteral("events"), QStringLiteral("--db"), m_workspace});
    QCOMPARE(events.exitCode, 0);
    m_events = QJsonDocument::fromJson(events.out).array();
    QVERIFY(m_events.size() >= 5);
}

void tst_ExportCommand::pngOfTheSampleArticle()
{
    const QString out = m_dir.filePath(QStringLiteral("timeline.png"));
    const CliResult result = runFaultline({QStringLiteral("export"),
                                           QStringLiteral("--db"),
                                           m_workspace,
                                           QStringLiteral("--view"),
                                           QStringLiteral("timeline"),
                                           QStringLiteral("--out"),
                                           out,
                                           QStringLiteral("--from"),
                                           QStringLiteral("2015"),
                                           QStringLiteral("--to"),
                                           QStringLiteral("2020"),
                                           QStringLiteral("--width"),
                                           QStringLiteral("1500"),
                                           QStringLiteral("--height"),
                                           QStringLiteral("700")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QImageReader reader(out);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(image.size(), QSize(1500, 700));

    // Every event dated to a day in the range has a mark of its quad class's
    // colour in the column of its date (the window is exactly 2015-2020).
    const double from = double(DateSpan::julianDay(2015, 1, 1));
    const double to = double(DateSpan::julianDay(2021, 1, 1));
    int checked = 0;
    for (const QJsonValue &value : std::as_const(m_events)) {
        const QJsonObject event = value.toObject();
        // Single days only: longer spans are drawn translucent.
        if (event.value(QStringLiteral("precision")).toString() != QLatin1String("day")
            || event.value(QStringLiteral("start")) != event.value(QStringLiteral("end")))
            continue;
        const auto date = DateSpan::fromIso(event.value(QStringLiteral("start")).toString());
        if (!date || date->earliestDay() < from || date->earliestDay() >= to)
            continue;
        const auto type = EventType::fromCode(event.value(QStringLiteral("type")).toString());
        const QColor colour = quadColour(type ? type->quadClass() : EventType::QuadClass::Unknown);
        // The plot spans the width but for the padding (a few percent) on each side.
        const double share = (date->earliestDay() + 0.5 - from) / (to - from);
        const int x = int(24 + share * (image.width() - 48));
        const QRect column(x - 16, 0, 32, image.height());
        QVERIFY2(countColour(image, colour, column) >= 10,
                 qPrintable(event.value(QStringLiteral("title")).toString()));
        ++checked;
    }
    QVERIFY(checked >= 2);
    // The margins are white.
    QCOMPARE(image.pixelColor(3, 3), QColor(Qt::white));
    QCOMPARE(image.pixelColor(image.width() - 3, image.height() - 3), QColor(Qt::white));
}

void tst_ExportCommand::pdfOfTheSampleArticle()
{
    const QString out = m_dir.filePath(QStringLiteral("timeline.pdf"));
    const CliResult result = runFaultline({QStringLiteral("export"),
                                           QStringLiteral("--db"),
                                           m_workspace,
                                           QStringLiteral("--view"),
                                           QStringLiteral("timeline"),
                                           QStringLiteral("--out"),
                                           out,
                                           QStringLiteral("--title"),
                                           QStringLiteral("Afghan peace talks"),
                                           QStringLiteral("--lanes"),
                                           QStringLiteral("actor"),
                                           QStringLiteral("--page"),
                                           QStringLiteral("a3"),
                                           QStringLiteral("--portrait")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
    const QString info = toolOutput(QStringLiteral("pdfinfo"), {out});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\b"))), qPrintable(info));
    QVERIFY2(info.contains(
                 QRegularExpression(QStringLiteral("Page size:\\s+84[12](\\.\\d+)? x 119[01]"))),
             qPrintable(info));
    const QString text = toolOutput(QStringLiteral("pdftotext"), {out, QStringLiteral("-")})
                             .normalized(QString::NormalizationForm_KC)
                             .simplified();
    QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) is missing or found no text");
    QVERIFY2(text.contains(QLatin1String("Afghan peace talks")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("2015")) && text.contains(QLatin1String("2020")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Sources: "))
                 && text.contains(QLatin1String("14 Sep 2020")),
             qPrintable(text));
    // Event titles are labels on the timeline; most fit, some may be shortened.
    int titles = 0;
    for (const QJsonValue &value : std::as_const(m_events)) {
        const QString title = value.toObject().value(QStringLiteral("title")).toString().simplified();
        if (shownAsLabel(title, {text}))
            ++titles;
    }
    QVERIFY2(titles >= 3, qPrintable(QString::number(titles) + QLatin1Char(' ') + text));
    // Actor lanes: the actors' names are in the lane headers.
    QVERIFY2(text.contains(QLatin1String("Taliban")) && text.contains(QLatin1String("Pakistan")),
             qPrintable(text));
}

void tst_ExportCommand::svgOfTheSampleArticle()
{
    const QString out = m_dir.filePath(QStringLiteral("timeline.svg"));
    const CliResult result = runFaultline({QStringLiteral("export"),
                                           QStringLiteral("--db"),
                                           m_workspace,
                                           QStringLiteral("--out"),
                                           out,
                                           QStringLiteral("--lanes"),
                                           QStringLiteral("type")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified());
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    int titles = 0;
    for (const QJsonValue &value : std::as_const(m_events)) {
        if (shownAsLabel(value.toObject().value(QStringLiteral("title")).toString(), texts))
            ++titles;
    }
    QVERIFY2(titles >= 3, qPrintable(texts.join(u'|')));
}

void tst_ExportCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("graph") << QStringList{QStringLiteral("--view"),
                                          QStringLiteral("graph"),
                                          QStringLiteral("--out"),
                                          QStringLiteral("g.png")}
                           << "not available yet";
    QTest::newRow("report") << QStringList{QStringLiteral("--view"),
                                           QStringLiteral("report"),
                                           QStringLiteral("--out"),
                                           QStringLiteral("r.pdf")}
                            << "not available yet";
    QTest::newRow("no out") << QStringList{} << "--out FILE is required";
    QTest::newRow("jpeg") << QStringList{QStringLiteral("--out"), QStringLiteral("t.jpg")}
                          << ".png, .pdf or .svg";
    QTest::newRow("bad width") << QStringList{QStringLiteral("--out"),
                                              QStringLiteral("t.png"),
                                              QStringLiteral("--width"),
                                              QStringLiteral("wide")}
                               << "not a width";
    QTest::newRow("bad dpi") << QStringList{QStringLiteral("--out"),
                                            QStringLiteral("t.png"),
                                            QStringLiteral("--dpi"),
                                            QStringLiteral("5000")}
                             << "not a resolution";
    QTest::newRow("bad lanes") << QStringList{QStringLiteral("--out"),
                                              QStringLiteral("t.png"),
                                              QStringLiteral("--lanes"),
                                              QStringLiteral("country")}
                               << "Unknown lane mode";
    QTest::newRow("bad page") << QStringList{QStringLiteral("--out"),
                                             QStringLiteral("t.pdf"),
                                             QStringLiteral("--page"),
                                             QStringLiteral("b5")}
                              << "Unknown page size";
    QTest::newRow("bad date") << QStringList{QStringLiteral("--out"),
                                             QStringLiteral("t.pdf"),
                                             QStringLiteral("--from"),
                                             QStringLiteral("soon")}
                              << "not a date for --from";
}

void tst_ExportCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString folder = m_dir.filePath(QStringLiteral("usage"));
    QVERIFY(QDir().mkpath(folder));
    for (QString &argument : arguments) {
        if (argument.contains(u'.'))
            argument = QDir(folder).filePath(argument);
    }
    const CliResult result = runFaultline(
        QStringList{QStringLiteral("export"), QStringLiteral("--db"), m_workspace} + arguments);
    QCOMPARE(result.exitCode, 2);
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.startsWith(QLatin1String("faultline export: ")) && err.contains(message),
             qPrintable(err));
    QCOMPARE(err.count(u'\n'), 1);
    QVERIFY(folderEntries(folder).isEmpty());
}

void tst_ExportCommand::failuresLeaveNoFile_data()
{
    QTest::addColumn<QString>("out");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    QTest::newRow("absurd width") << "huge.png"
                                  << QStringList{QStringLiteral("--width"), QStringLiteral("100000")}
                                  << "is too large;";
    QTest::newRow("absurd svg") << "huge.svg"
                                << QStringList{QStringLiteral("--width"), QStringLiteral("100000")}
                                << "is too large;";
    QTest::newRow("missing folder")
        << "no/such/folder/t.png" << QStringList{} << "cannot be written";
    QTest::newRow("missing folder pdf")
        << "no/such/folder/t.pdf" << QStringList{} << "cannot be written";
    QTest::newRow("missing workspace")
        << "t.png" << QStringList{QStringLiteral("--db"), QStringLiteral("missing.faultline")}
        << "does not exist";
}

void tst_ExportCommand::failuresLeaveNoFile()
{
    QFETCH(QString, out);
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    QTemporaryDir folder;
    const QString path = QDir(folder.path()).filePath(out);
    for (QString &argument : extra) {
        if (argument.endsWith(QLatin1String(".faultline")))
            argument = QDir(folder.path()).filePath(argument);
    }
    QStringList arguments{QStringLiteral("export"),
                          QStringLiteral("--db"),
                          m_workspace,
                          QStringLiteral("--out"),
                          path};
    const CliResult result = runFaultline(arguments + extra);
    QCOMPARE(result.exitCode, 1);
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.startsWith(QLatin1String("faultline: ")) && err.contains(message), qPrintable(err));
    QCOMPARE(err.count(u'\n'), 1);
    QVERIFY2(folderEntries(folder.path()).isEmpty(),
             qPrintable(folderEntries(folder.path()).join(u' ')));
}

QTEST_GUILESS_MAIN(tst_ExportCommand)
#include "tst_exportcommand.moc"
