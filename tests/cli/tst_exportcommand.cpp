#include "core/model/datespan.h"
#include "core/model/eventtype.h"
#include "core/store/actorrepository.h"
#include "core/store/articlerepository.h"
#include "core/store/eventrepository.h"
#include "core/store/workspace.h"
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
    void pagedPdf();
    void graphPng();
    void graphPdf();
    void graphSvg();
    void reportOfTheSampleArticle();
    void reportInEveryScript();
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

void tst_ExportCommand::graphPng()
{
    const QString out = m_dir.filePath(QStringLiteral("graph.png"));
    const CliResult result = runFaultline({QStringLiteral("export"),
                                           QStringLiteral("--db"),
                                           m_workspace,
                                           QStringLiteral("--view"),
                                           QStringLiteral("graph"),
                                           QStringLiteral("--out"),
                                           out,
                                           QStringLiteral("--width"),
                                           QStringLiteral("1200"),
                                           QStringLiteral("--height"),
                                           QStringLiteral("900")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QImageReader reader(out);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(image.size(), QSize(1200, 900));
    // Nodes and edges: coloured pixels in the middle, a white margin.
    const QRect middle(100, 150, 1000, 600);
    int coloured = 0;
    for (int y = middle.top(); y <= middle.bottom(); y += 2) {
        for (int x = middle.left(); x <= middle.right(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (std::max({c.red(), c.green(), c.blue()}) - std::min({c.red(), c.green(), c.blue()})
                > 40)
                ++coloured;
        }
    }
    QVERIFY2(coloured > 500, qPrintable(QString::number(coloured)));
    QCOMPARE(image.pixelColor(3, 3), QColor(Qt::white));
    QCOMPARE(image.pixelColor(image.width() - 3, image.height() - 3), QColor(Qt::white));

    // The layout is seeded: the same export gives the same picture.
    const QString again = m_dir.filePath(QStringLiteral("graph-again.png"));
    QStringList arguments{QStringLiteral("export"),
                          QStringLiteral("--db"),
                          m_workspace,
                          QStringLiteral("--view"),
                          QStringLiteral("graph"),
                          QStringLiteral("--out"),
                          again,
                          QStringLiteral("--width"),
                          QStringLiteral("1200"),
                          QStringLiteral("--height"),
                          QStringLiteral("900")};
    QCOMPARE(runFaultline(arguments).exitCode, 0);
    const QImage second = QImage(again).convertToFormat(QImage::Format_RGB32);
    // The export time in the footer may differ by a minute: compare above it.
    const QRect graphArea(0, 0, 1200, 780);
    QCOMPARE(second.copy(graphArea), image.copy(graphArea));
}

void tst_ExportCommand::graphPdf()
{
    const QString out = m_dir.filePath(QStringLiteral("graph.pdf"));
    const CliResult result = runFaultline({QStringLiteral("export"),
                                           QStringLiteral("--db"),
                                           m_workspace,
                                           QStringLiteral("--view"),
                                           QStringLiteral("graph"),
                                           QStringLiteral("--out"),
                                           out,
                                           QStringLiteral("--title"),
                                           QStringLiteral("Who meets whom")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
    const QString text = toolOutput(QStringLiteral("pdftotext"), {out, QStringLiteral("-")})
                             .normalized(QString::NormalizationForm_KC)
                             .simplified();
    QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) is missing or found no text");
    QVERIFY2(text.startsWith(QLatin1String("Who meets whom")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Taliban")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Sources: "))
                 && text.contains(QLatin1String("14 Sep 2020")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Exported from Faultline")), qPrintable(text));
}

void tst_ExportCommand::graphSvg()
{
    const QString out = m_dir.filePath(QStringLiteral("graph.svg"));
    const CliResult result = runFaultline({QStringLiteral("export"),
                                           QStringLiteral("--db"),
                                           m_workspace,
                                           QStringLiteral("--view"),
                                           QStringLiteral("graph"),
                                           QStringLiteral("--out"),
                                           out});
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
    QVERIFY2(texts.contains(QLatin1String("Taliban")), qPrintable(texts.join(u'|')));
    QVERIFY2(texts.contains(QLatin1String("Pakistan")), qPrintable(texts.join(u'|')));
}

namespace {

// The text of a PDF, compatibility-folded (ligatures, "…") and with its whitespace simplified.
QString pdfText(const QString &path, int first = 0, int last = 0)
{
    QStringList arguments{path, QStringLiteral("-")};
    if (last > 0)
        arguments = QStringList{QStringLiteral("-l"), QString::number(last)} + arguments;
    if (first > 0)
        arguments = QStringList{QStringLiteral("-f"), QString::number(first)} + arguments;
    return toolOutput(QStringLiteral("pdftotext"), arguments)
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

// The text of the report's pages after the timeline and the graph, without the page footers
// (a paragraph may continue on the next page).
QString reportBody(const QString &path)
{
    return pdfText(path, 4)
        .remove(QRegularExpression(QStringLiteral("\\s*Page \\d+ of \\d+")))
        .simplified();
}

int pdfPages(const QString &path)
{
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                              .match(toolOutput(QStringLiteral("pdfinfo"), {path}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString folded(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

} // namespace

void tst_ExportCommand::pagedPdf()
{
    const QString out = m_dir.filePath(QStringLiteral("paged.pdf"));
    const CliResult result = runFaultline({QStringLiteral("export"),
                                           QStringLiteral("--db"),
                                           m_workspace,
                                           QStringLiteral("--out"),
                                           out,
                                           QStringLiteral("--from"),
                                           QStringLiteral("2015"),
                                           QStringLiteral("--to"),
                                           QStringLiteral("2020"),
                                           QStringLiteral("--pages"),
                                           QStringLiteral("3"),
                                           QStringLiteral("--title"),
                                           QStringLiteral("Afghan peace talks"),
                                           QStringLiteral("--lanes"),
                                           QStringLiteral("actor"),
                                           QStringLiteral("--no-sources")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(pdfPages(out), 3);
    // Two years a page: each page's axis shows its years and none of the others'.
    const QList<QStringList> years{{QStringLiteral("2015"), QStringLiteral("2016")},
                                   {QStringLiteral("2017"), QStringLiteral("2018")},
                                   {QStringLiteral("2019"), QStringLiteral("2020")}};
    for (int page = 1; page <= 3; ++page) {
        const QString text = pdfText(out, page, page);
        for (int other = 1; other <= 3; ++other) {
            for (const QString &year : years.at(other - 1)) {
                const bool shown = text.contains(
                    QRegularExpression(QStringLiteral("\\b%1\\b").arg(year)));
                QVERIFY2(shown == (other == page), qPrintable(QString::number(page) + u' ' + text));
            }
        }
        QCOMPARE(text.contains(QLatin1String("Afghan peace talks")), page == 1);
        QVERIFY2(text.contains(QStringLiteral("Page %1 of 3").arg(page)), qPrintable(text));
        // The lane headers on every page.
        QVERIFY2(text.contains(QLatin1String("Taliban")), qPrintable(text));
    }
}

void tst_ExportCommand::reportOfTheSampleArticle()
{
    const QString out = m_dir.filePath(QStringLiteral("report.pdf"));
    const CliResult result = runFaultline({QStringLiteral("export"),
                                           QStringLiteral("--db"),
                                           m_workspace,
                                           QStringLiteral("--view"),
                                           QStringLiteral("report"),
                                           QStringLiteral("--out"),
                                           out,
                                           QStringLiteral("--title"),
                                           QStringLiteral("Afghan peace talks")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(pdfPages(out) > 3);
    const QString titlePage = pdfText(out, 1, 1);
    QVERIFY2(!titlePage.isEmpty(), "pdftotext (poppler-utils) is missing or found no text");
    QVERIFY2(titlePage.startsWith(QLatin1String("Afghan peace talks")), qPrintable(titlePage));
    QVERIFY2(titlePage.contains(QStringLiteral("%1 events").arg(m_events.size())),
             qPrintable(titlePage));
    // The timeline's page, with its axis.
    QVERIFY(pdfText(out, 2, 2).contains(QLatin1String("2020")));
    // The actor graph's page, with the actors' names as labels.
    const QString graphPage = pdfText(out, 3, 3);
    QVERIFY2(graphPage.startsWith(QLatin1String("Actor graph")), qPrintable(graphPage));
    QVERIFY2(graphPage.contains(QLatin1String("Taliban")), qPrintable(graphPage));
    QVERIFY2(!pdfText(out, 2, 2).contains(QLatin1String("Actor graph")),
             "graph on the timeline page");

    // Every event with every evidence sentence and its source, in date order (unresolved last).
    const QString text = reportBody(out);
    QVERIFY2(text.startsWith(QLatin1String("Events")), qPrintable(text));
    Workspace workspace;
    QString error;
    QVERIFY2(workspace.open(m_workspace, Workspace::OpenMode::ReadOnly, &error), qPrintable(error));
    const QList<Event> stored = EventRepository(workspace).query();
    QCOMPARE(stored.size(), m_events.size());
    qsizetype previous = 0;
    int sentences = 0;
    for (const Event &event : stored) {
        const qsizetype at = text.indexOf(folded(event.title), previous + 1);
        QVERIFY2(at > previous, qPrintable(event.title));
        previous = at;
        for (const Evidence &evidence : event.evidence) {
            const qsizetype sentence = text.indexOf(folded(evidence.sentence), at);
            QVERIFY2(sentence > at, qPrintable(evidence.sentence));
            ++sentences;
        }
    }
    QVERIFY(sentences >= stored.size());
    QVERIFY2(text.contains(QLatin1String("Source: ")), qPrintable(text));
    // The article list: every article's title or file with its outlet and date.
    const qsizetype articles = text.lastIndexOf(QLatin1String("Articles"));
    QVERIFY(articles > previous);
    const QString list = text.mid(articles);
    const QStringList files = QDir(SampleFolder).entryList({QStringLiteral("*.txt")}, QDir::Files);
    for (const Article &article : ArticleRepository(workspace).all(false)) {
        const QString name = article.title.isEmpty() ? QFileInfo(article.sourcePath).fileName()
                                                     : folded(article.title);
        QVERIFY2(list.contains(name), qPrintable(name + QLatin1Char(' ') + list));
        QVERIFY2(list.contains(QLatin1String("14 September 2020")), qPrintable(list));
    }
    QCOMPARE(ArticleRepository(workspace).count(), files.size());
}

void tst_ExportCommand::reportInEveryScript()
{
    const QString path = m_dir.filePath(QStringLiteral("scripts.faultline"));
    {
        Workspace workspace;
        QString error;
        QVERIFY2(workspace.open(path, Workspace::OpenMode::ReadWrite, &error), qPrintable(error));
        Article article;
        article.title = QStringLiteral("Talks <b>resume</b> & continue");
        article.outlet = QStringLiteral("Outlet");
        article.url = QStringLiteral("https://example.org/talks");
        article.publishedDay = DateSpan::julianDay(2021, 3, 2);
        article.text = QStringLiteral("Text.");
        article.contentHash = Article::hashText(article.text);
        QVERIFY2(ArticleRepository(workspace).insert(article, &error), qPrintable(error));
        Actor actor;
        actor.name = QStringLiteral("حركة طالبان");
        QVERIFY2(ActorRepository(workspace).insert(actor, &error), qPrintable(error));
        Event arabic;
        arabic.title = QStringLiteral("اجتماع في الدوحة");
        arabic.date = DateSpan::day(2021, 3, 1);
        arabic.participants = {{actor.id, Event::Role::Source, false}};
        arabic.evidence = {{0, article.id, 0, 5, QStringLiteral("Text.")}};
        QVERIFY2(EventRepository(workspace).insert(arabic, &error), qPrintable(error));
        Event cyrillic;
        cyrillic.title = QStringLiteral("Переговоры в Москве");
        cyrillic.date = DateSpan::month(2021, 4);
        QVERIFY2(EventRepository(workspace).insert(cyrillic, &error), qPrintable(error));
        Event chinese;
        chinese.title = QStringLiteral("北京会谈");
        QVERIFY2(EventRepository(workspace).insert(chinese, &error), qPrintable(error));
    }
    const QString out = m_dir.filePath(QStringLiteral("scripts.pdf"));
    const CliResult result = runFaultline({QStringLiteral("export"),
                                           QStringLiteral("--db"),
                                           path,
                                           QStringLiteral("--view"),
                                           QStringLiteral("report"),
                                           QStringLiteral("--out"),
                                           out});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QString body = reportBody(out);
    QVERIFY2(body.contains(folded(QStringLiteral("اجتماع في الدوحة"))), qPrintable(body));
    QVERIFY2(body.contains(folded(QStringLiteral("حركة طالبان"))), qPrintable(body));
    QVERIFY2(body.contains(QStringLiteral("Переговоры в Москве")), qPrintable(body));
    QVERIFY2(body.contains(QStringLiteral("北京会谈")), qPrintable(body));
    // Unresolved last.
    QVERIFY(body.indexOf(QStringLiteral("北京会谈")) > body.indexOf(QStringLiteral("Переговоры")));
    // Markup in an article's title is text.
    QVERIFY2(body.contains(QLatin1String("Talks <b>resume</b> & continue")), qPrintable(body));
}

void tst_ExportCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("graph paged") << QStringList{QStringLiteral("--view"),
                                                QStringLiteral("graph"),
                                                QStringLiteral("--out"),
                                                QStringLiteral("g.pdf"),
                                                QStringLiteral("--pages"),
                                                QStringLiteral("2")}
                                 << "applies to timeline PDF files only";
    QTest::newRow("unknown view") << QStringList{QStringLiteral("--view"),
                                                 QStringLiteral("map"),
                                                 QStringLiteral("--out"),
                                                 QStringLiteral("m.png")}
                                  << "use timeline, graph or report";
    QTest::newRow("report as png") << QStringList{QStringLiteral("--view"),
                                                  QStringLiteral("report"),
                                                  QStringLiteral("--out"),
                                                  QStringLiteral("r.png")}
                                   << "name the file .pdf";
    QTest::newRow("pages of a png") << QStringList{QStringLiteral("--out"),
                                                   QStringLiteral("t.png"),
                                                   QStringLiteral("--pages"),
                                                   QStringLiteral("2")}
                                    << "PDF files only";
    QTest::newRow("bad pages") << QStringList{QStringLiteral("--out"),
                                              QStringLiteral("t.pdf"),
                                              QStringLiteral("--pages"),
                                              QStringLiteral("0")}
                               << "not a number of pages";
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
    QTest::newRow("missing folder report")
        << "no/such/folder/r.pdf" << QStringList{QStringLiteral("--view"), QStringLiteral("report")}
        << "cannot be written";
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
