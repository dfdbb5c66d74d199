#include "core/model/datespan.h"
#include "core/store/actorrepository.h"
#include "core/store/articlerepository.h"
#include "core/store/eventrepository.h"
#include "core/store/transaction.h"
#include "core/store/workspace.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/export/timelineexporter.h"
#include "ui/panels/quadclasspalette.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace Faultline;
using Q = EventType::QuadClass;

namespace {

// One event per quad class, far apart, each from its own article.
struct Spec
{
    QString title;
    DateSpan date;
    int root; // CAMEO root
    int article;
    QString actor;
};

const QString ArabicTitle = QStringLiteral("اجتماع في الدوحة");
const QString ArabicActor = QStringLiteral("حركة طالبان");

QList<Spec> standardEvents()
{
    return {
        {QStringLiteral("Talks hosted in Islamabad"),
         DateSpan::day(2015, 7, 7),
         4,
         0,
         QStringLiteral("Pakistan")},
        {QStringLiteral("Aid convoy delivered"),
         DateSpan::day(2016, 6, 1),
         7,
         0,
         QStringLiteral("Pakistan")},
        {QStringLiteral("Envoy accuses militants"),
         DateSpan::day(2018, 10, 25),
         11,
         1,
         QStringLiteral("Taliban")},
        {QStringLiteral("Attack on checkpoint"),
         DateSpan::day(2020, 2, 29),
         19,
         1,
         QStringLiteral("Taliban")},
        {ArabicTitle, DateSpan::day(2020, 9, 12), 4, 1, ArabicActor},
    };
}

QColor colourOfRoot(int root)
{
    return QuadClassPalette::color(EventType(root).quadClass());
}

// Pixels close to a saturated colour inside area.
int countColour(const QImage &image, const QColor &colour, const QRect &area)
{
    int count = 0;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 200 && std::abs(c.red() - colour.red()) < 30
                && std::abs(c.green() - colour.green()) < 30
                && std::abs(c.blue() - colour.blue()) < 30)
                ++count;
        }
    }
    return count;
}

QString runTool(const QString &tool, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
    }
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class tst_TimelineExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void formatForPath_data();
    void formatForPath();
    void imageSizeLimits_data();
    void imageSizeLimits();
    void pngHasRequestedSize_data();
    void pngHasRequestedSize();
    void pngMarksHaveQuadClassColours_data();
    void pngMarksHaveQuadClassColours();
    void transparentBackground();
    void pdfHasTitlesYearsAndSources();
    void pdfShowsArabicText();
    void pagedPdfSplitsTheRange();
    void svgIsWellFormedWithTextElements();
    void printUsesThePagePath();
    void sourcesOnlyOfShownEvents();
    void dateRangeText_data();
    void dateRangeText();
    void unwritablePathLeavesNothing();
    void absurdWidthLeavesNothing();
    void dialogPreviewAndExport();

private:
    Workspace *makeWorkspace(const QList<Spec> &events);
    QString pdfText(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<Workspace *> m_workspaces;
    QHash<QString, qint64> m_eventIds;
};

void tst_TimelineExporter::initTestCase()
{
    // Short month names as in "14 Sep 2020" (en_GB says "Sept").
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_TimelineExporter::cleanup()
{
    qDeleteAll(m_workspaces);
    m_workspaces.clear();
    m_dir.reset();
}

Workspace *tst_TimelineExporter::makeWorkspace(const QList<Spec> &events)
{
    if (!m_dir)
        m_dir = std::make_unique<QTemporaryDir>();
    auto *workspace = new Workspace;
    m_workspaces.append(workspace);
    QString error;
    const QString path = m_dir->filePath(QStringLiteral("ws%1.faultline").arg(m_workspaces.size()));
    if (!workspace->open(path, Workspace::OpenMode::ReadWrite, &error))
        qFatal("cannot open workspace: %s", qPrintable(error));
    Transaction transaction(*workspace);
    QList<qint64> articleIds;
    const QList<std::pair<QString, qint64>> articles{
        {QStringLiteral("RFE/RL"), DateSpan::julianDay(2020, 9, 14)},
        {QStringLiteral("Dawn"), DateSpan::julianDay(2020, 9, 15)},
    };
    for (const auto &[outlet, day] : articles) {
        Article article;
        article.title = outlet + QStringLiteral(" report");
        article.outlet = outlet;
        article.publishedDay = day;
        article.text = QStringLiteral("Text of the %1 report.").arg(outlet);
        if (!ArticleRepository(*workspace).insert(article, &error))
            qFatal("cannot insert article: %s", qPrintable(error));
        articleIds.append(article.id);
    }
    QHash<QString, qint64> actorIds;
    EventRepository repository(*workspace);
    for (const Spec &spec : events) {
        if (!actorIds.contains(spec.actor)) {
            Actor actor;
            actor.name = spec.actor;
            if (!ActorRepository(*workspace).insert(actor, &error))
                qFatal("cannot insert actor: %s", qPrintable(error));
            actorIds.insert(spec.actor, actor.id);
        }
        Event event;
        event.title = spec.title;
        event.date = spec.date;
        event.type = EventType(spec.root);
        event.participants.append({actorIds.value(spec.actor), Event::Role::Participant, false});
        event.evidence.append(Evidence{0, articleIds.value(spec.article), 0, 4, spec.title});
        if (!repository.insert(event, &error))
            qFatal("cannot insert event: %s", qPrintable(error));
        m_eventIds.insert(spec.title, event.id);
    }
    if (!transaction.commit(&error))
        qFatal("cannot commit: %s", qPrintable(error));
    return workspace;
}

QString tst_TimelineExporter::pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return QString();
    int exitCode = -1;
    const QString text
        = runTool(tool,
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")},
                  &exitCode);
    return exitCode == 0 ? text : QString();
}

void tst_TimelineExporter::formatForPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format"); // -1: none
    QTest::newRow("png") << "out/timeline.png" << int(TimelineExportOptions::Format::Png);
    QTest::newRow("PDF upper case") << "Timeline.PDF" << int(TimelineExportOptions::Format::Pdf);
    QTest::newRow("svg") << "/tmp/a.b.svg" << int(TimelineExportOptions::Format::Svg);
    QTest::newRow("jpeg") << "x.jpg" << -1;
    QTest::newRow("no suffix") << "timeline" << -1;
}

void tst_TimelineExporter::formatForPath()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const auto found = TimelineExporter::formatForPath(path);
    QCOMPARE(found ? int(*found) : -1, format);
}

void tst_TimelineExporter::imageSizeLimits_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("ok");
    QTest::newRow("ordinary") << QSize(1600, 900) << true;
    QTest::newRow("largest side") << QSize(20000, 20000) << true;
    QTest::newRow("too wide") << QSize(100000, 600) << false;
    QTest::newRow("too tall") << QSize(800, 20001) << false;
    QTest::newRow("empty") << QSize(0, 100) << false;
}

void tst_TimelineExporter::imageSizeLimits()
{
    QFETCH(QSize, size);
    QFETCH(bool, ok);
    QString error;
    QCOMPARE(TimelineExporter::checkImageSize(size, &error), ok);
    QCOMPARE(error.isEmpty(), ok);
    if (!ok && size.width() > 0)
        QVERIFY2(error.contains(QLatin1String("is too large;")), qPrintable(error));
}

void tst_TimelineExporter::pngHasRequestedSize_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<int>("lanes");
    QTest::newRow("1600 px, natural height") << 1600 << 0 << 96 << int(LaneMode::None);
    QTest::newRow("800 x 500") << 800 << 500 << 96 << int(LaneMode::None);
    QTest::newRow("3000 px at 300 dpi") << 3000 << 0 << 300 << int(LaneMode::None);
    QTest::newRow("actor lanes") << 1200 << 0 << 96 << int(LaneMode::Actor);
}

void tst_TimelineExporter::pngHasRequestedSize()
{
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(int, dpi);
    QFETCH(int, lanes);
    Workspace *workspace = makeWorkspace(standardEvents());
    TimelineExportOptions options;
    options.widthPx = width;
    options.heightPx = height;
    options.dpi = dpi;
    options.laneMode = LaneMode(lanes);
    TimelineExporter exporter(workspace);
    QString error;
    QVERIFY2(exporter.setOptions(options, &error), qPrintable(error));
    const QString path = m_dir->filePath(QStringLiteral("size.png"));
    QVERIFY2(exporter.exportToFile(path, &error), qPrintable(error));
    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QCOMPARE(image.width(), width);
    if (height > 0)
        QCOMPARE(image.height(), height);
    else
        QVERIFY(image.height() > 200 * dpi / 96 && image.height() < width);
    QCOMPARE(image.dotsPerMeterX(), int(std::lround(dpi / 0.0254)));
    // The timeline covers most of the picture, the layout scaled by the dpi.
    const QRectF timeline = exporter.lastTimelineRect();
    QVERIFY(timeline.width() * dpi / 96 > width * 0.9);
    if (LaneMode(lanes) == LaneMode::Actor) {
        // Every lane is in the picture: three actors.
        QCOMPARE(exporter.index().laneCount(), 3);
        QCOMPARE(int(exporter.timelinePainter().lastLayout().laneRows.size()), 3);
    }
}

void tst_TimelineExporter::pngMarksHaveQuadClassColours_data()
{
    QTest::addColumn<int>("dpi");
    QTest::addColumn<TimeScale::Direction>("direction");
    QTest::newRow("96 dpi") << 96 << TimeScale::Direction::LeftToRight;
    QTest::newRow("192 dpi") << 192 << TimeScale::Direction::LeftToRight;
    // Time running right to left, as the preference may say: the export follows.
    QTest::newRow("96 dpi, right to left") << 96 << TimeScale::Direction::RightToLeft;
    QTest::newRow("192 dpi, right to left") << 192 << TimeScale::Direction::RightToLeft;
}

void tst_TimelineExporter::pngMarksHaveQuadClassColours()
{
    QFETCH(int, dpi);
    QFETCH(TimeScale::Direction, direction);
    const QList<Spec> events = standardEvents().mid(0, 4);
    Workspace *workspace = makeWorkspace(events);
    TimelineExportOptions options;
    options.widthPx = 1400 * dpi / 96;
    options.dpi = dpi;
    TimelineExporter exporter(workspace);
    exporter.setTimeDirection(direction);
    const bool rtl = direction == TimeScale::Direction::RightToLeft;
    QString error;
    QVERIFY2(exporter.setOptions(options, &error), qPrintable(error));
    const QImage image = exporter.renderImage(&error).convertToFormat(QImage::Format_ARGB32);
    QVERIFY2(!image.isNull(), qPrintable(error));
    const qreal ratio = dpi / 96.0;
    const TimelinePainter::Layout &layout = exporter.timelinePainter().lastLayout();
    QCOMPARE(exporter.timelinePainter().lastGlyphCount(), events.size());
    const QRectF plot = layout.plot;
    const double from = exporter.shownFrom();
    const double to = exporter.shownTo();
    for (const Spec &spec : events) {
        const double day = spec.date.earliestDay() + 0.5;
        const double fraction = (day - from) / (to - from);
        const qreal x = plot.left() + (rtl ? 1 - fraction : fraction) * plot.width();
        const QRect band = QRectF(x - 6, layout.lanes.top(), 12, layout.lanes.height())
                               .toAlignedRect();
        const QRect device(QPoint(int(band.left() * ratio), int(band.top() * ratio)),
                           QPoint(int(band.right() * ratio), int(band.bottom() * ratio)));
        const int own = countColour(image, colourOfRoot(spec.root), device);
        QVERIFY2(own >= int(12 * ratio * ratio),
                 qPrintable(QStringLiteral("%1: %2 pixels").arg(spec.title).arg(own)));
        for (const Spec &other : events) {
            if (EventType(other.root).quadClass() != EventType(spec.root).quadClass())
                QCOMPARE(countColour(image, colourOfRoot(other.root), device), 0);
        }
    }
    // Between the events and in the header there is no event colour at all.
    const double gapFraction = (DateSpan::julianDay(2017, 6, 1) - from) / (to - from);
    const qreal gapX = plot.left() + (rtl ? 1 - gapFraction : gapFraction) * plot.width();
    const QRect gap = QRectF(gapX * ratio - 20,
                             layout.lanes.top() * ratio,
                             40,
                             layout.lanes.height() * ratio)
                          .toAlignedRect();
    for (const Spec &spec : events)
        QCOMPARE(countColour(image, colourOfRoot(spec.root), gap), 0);
    // The background is white.
    QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
}

void tst_TimelineExporter::transparentBackground()
{
    Workspace *workspace = makeWorkspace(standardEvents().mid(0, 4));
    TimelineExportOptions options;
    options.widthPx = 1200;
    options.transparentBackground = true;
    TimelineExporter exporter(workspace);
    QString error;
    QVERIFY2(exporter.setOptions(options, &error), qPrintable(error));
    const QString path = m_dir->filePath(QStringLiteral("transparent.png"));
    QVERIFY2(exporter.exportToFile(path, &error), qPrintable(error));
    const QImage image = QImage(path).convertToFormat(QImage::Format_ARGB32);
    QVERIFY(image.hasAlphaChannel());
    QCOMPARE(qAlpha(image.pixel(2, 2)), 0);
    const QRectF plot = exporter.timelinePainter().lastLayout().plot;
    QCOMPARE(qAlpha(image.pixel(int(plot.center().x()) + 7, int(plot.bottom()) - 3)), 0);
    // The marks stay opaque and coloured.
    int coloured = 0;
    for (const Spec &spec : standardEvents().mid(0, 4))
        coloured += countColour(image, colourOfRoot(spec.root), image.rect()) > 10 ? 1 : 0;
    QCOMPARE(coloured, 4);
}

void tst_TimelineExporter::pdfHasTitlesYearsAndSources()
{
    Workspace *workspace = makeWorkspace(standardEvents());
    TimelineExportOptions options;
    options.format = TimelineExportOptions::Format::Pdf;
    options.title = QStringLiteral("Afghan peace process");
    options.subtitle = QStringLiteral("Events from two articles");
    TimelineExporter exporter(workspace);
    QString error;
    QVERIFY2(exporter.setOptions(options, &error), qPrintable(error));
    const QString path = m_dir->filePath(QStringLiteral("timeline.pdf"));
    QVERIFY2(exporter.exportToFile(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    const QString text = pdfText(path);
    QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) found no text or is missing");
    // Compatibility folding undoes ligatures such as "ﬂ" in "conﬂict".
    const QString flat = text.normalized(QString::NormalizationForm_KC).simplified();
    for (const QString &expected : {QStringLiteral("Afghan peace process"),
                                    QStringLiteral("Events from two articles"),
                                    QStringLiteral("Talks hosted in Islamabad"),
                                    QStringLiteral("Attack on checkpoint"),
                                    QStringLiteral("Envoy accuses militants"),
                                    QStringLiteral("2016"),
                                    QStringLiteral("2019"),
                                    QStringLiteral("RFE/RL, 14 Sep 2020"),
                                    QStringLiteral("Dawn, 15 Sep 2020"),
                                    QStringLiteral("Material conflict"),
                                    QStringLiteral("Exported from Faultline")}) {
        QVERIFY2(flat.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + flat));
    }
    // One page, A4 landscape.
    const QString info = runTool(QStandardPaths::findExecutable(QStringLiteral("pdfinfo")), {path});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\b"))), qPrintable(info));
    QVERIFY2(info.contains(
                 QRegularExpression(QStringLiteral("Page size:\\s+84[12](\\.\\d+)? x 595"))),
             qPrintable(info));
}

void tst_TimelineExporter::pagedPdfSplitsTheRange()
{
    Workspace *workspace = makeWorkspace(standardEvents());
    TimelineExportOptions options;
    options.format = TimelineExportOptions::Format::Pdf;
    options.title = QStringLiteral("Afghan peace process");
    options.fromDay = double(DateSpan::julianDay(2016, 1, 1));
    options.toDay = double(DateSpan::julianDay(2020, 1, 1));
    options.showSources = false;
    options.showExportTime = false;
    options.pages = 2;
    TimelineExporter exporter(workspace);
    QString error;
    QVERIFY2(exporter.setOptions(options, &error), qPrintable(error));
    const QString path = m_dir->filePath(QStringLiteral("paged.pdf"));
    QVERIFY2(exporter.exportToFile(path, &error), qPrintable(error));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    const QString info = runTool(QStandardPaths::findExecutable(QStringLiteral("pdfinfo")), {path});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\b"))), qPrintable(info));
    // Two years a page, each with its axis; the title on the first, a number on each.
    const QList<QStringList> years{{QStringLiteral("2016"), QStringLiteral("2017")},
                                   {QStringLiteral("2018"), QStringLiteral("2019")}};
    for (int page = 1; page <= 2; ++page) {
        const QString text = runTool(pdftotext,
                                     {QStringLiteral("-f"),
                                      QString::number(page),
                                      QStringLiteral("-l"),
                                      QString::number(page),
                                      path,
                                      QStringLiteral("-")})
                                 .normalized(QString::NormalizationForm_KC)
                                 .simplified();
        for (int other = 1; other <= 2; ++other) {
            for (const QString &year : years.at(other - 1)) {
                const bool shown = text.contains(
                    QRegularExpression(QStringLiteral("\\b%1\\b").arg(year)));
                QVERIFY2(shown == (other == page), qPrintable(year + u' ' + text));
            }
        }
        QCOMPARE(text.contains(QLatin1String("Afghan peace process")), page == 1);
        QVERIFY2(text.contains(QStringLiteral("Page %1 of 2").arg(page)), qPrintable(text));
    }
    // The options are as they were after the export.
    QCOMPARE(exporter.options().fromDay, options.fromDay);
    QCOMPARE(exporter.options().title, options.title);
}

void tst_TimelineExporter::pdfShowsArabicText()
{
    Workspace *workspace = makeWorkspace(standardEvents());
    TimelineExportOptions options;
    options.format = TimelineExportOptions::Format::Pdf;
    options.laneMode = LaneMode::Actor;
    TimelineExporter exporter(workspace);
    QString error;
    QVERIFY2(exporter.setOptions(options, &error), qPrintable(error));
    const QString path = m_dir->filePath(QStringLiteral("arabic.pdf"));
    QVERIFY2(exporter.exportToFile(path, &error), qPrintable(error));
    // Shaped Arabic may come back as presentation forms: compare compatibility-folded text.
    const QString text = pdfText(path).normalized(QString::NormalizationForm_KC);
    QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) found no text or is missing");
    for (const QString &expected : {ArabicTitle, ArabicActor}) {
        for (const QString &word : expected.split(u' '))
            QVERIFY2(text.contains(word), qPrintable(word + QStringLiteral(" not in: ") + text));
    }
}

void tst_TimelineExporter::svgIsWellFormedWithTextElements()
{
    Workspace *workspace = makeWorkspace(standardEvents());
    TimelineExportOptions options;
    options.format = TimelineExportOptions::Format::Svg;
    options.widthPx = 1400;
    options.title = QStringLiteral("Talks & <attacks>");
    TimelineExporter exporter(workspace);
    QString error;
    QVERIFY2(exporter.setOptions(options, &error), qPrintable(error));
    const QString path = m_dir->filePath(QStringLiteral("timeline.svg"));
    QVERIFY2(exporter.exportToFile(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList texts;
    QString rootName;
    QString width;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (rootName.isEmpty()) {
            rootName = xml.name().toString();
            width = xml.attributes().value(QStringLiteral("width")).toString();
        }
        if (xml.name() == QLatin1String("text"))
            texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified());
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(rootName, QStringLiteral("svg"));
    QVERIFY2(width.startsWith(QLatin1String("1400")) || width.startsWith(QLatin1String("370")),
             qPrintable(width));
    for (const QString &expected : {QStringLiteral("Talks & <attacks>"),
                                    QStringLiteral("Talks hosted in Islamabad"),
                                    QStringLiteral("Aid convoy delivered"),
                                    ArabicTitle}) {
        QVERIFY2(texts.contains(expected),
                 qPrintable(expected + QStringLiteral(" not in ") + texts.join(u'|')));
    }
}

void tst_TimelineExporter::printUsesThePagePath()
{
    Workspace *workspace = makeWorkspace(standardEvents());
    TimelineExportOptions options;
    options.title = QStringLiteral("Printed timeline");
    TimelineExporter exporter(workspace);
    QString error;
    QVERIFY2(exporter.setOptions(options, &error), qPrintable(error));
    // A printer writing PDF: the same page code as the PDF export.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_dir->filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::Letter));
    printer.setPageOrientation(QPageLayout::Portrait);
    QVERIFY2(exporter.print(&printer, &error), qPrintable(error));
    const QString text = pdfText(path).normalized(QString::NormalizationForm_KC).simplified();
    QVERIFY2(text.contains(QLatin1String("Printed timeline"))
                 && text.contains(QLatin1String("Talks hosted in Islamabad"))
                 && text.contains(QLatin1String("2018")),
             qPrintable(text));
    const QString info = runTool(QStandardPaths::findExecutable(QStringLiteral("pdfinfo")), {path});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+612 x 792"))),
             qPrintable(info));
}

void tst_TimelineExporter::sourcesOnlyOfShownEvents()
{
    Workspace *workspace = makeWorkspace(standardEvents());
    TimelineExporter exporter(workspace);
    TimelineExportOptions options;
    QString error;
    QVERIFY2(exporter.setOptions(options, &error), qPrintable(error));
    QCOMPARE(exporter.sourceEntries(DateSpan::julianDay(2000, 1, 1),
                                    DateSpan::julianDay(2030, 1, 1)),
             QStringList(
                 {QStringLiteral("RFE/RL, 14 Sep 2020"), QStringLiteral("Dawn, 15 Sep 2020")}));
    // 2015-2016: only the events of the first article.
    QCOMPARE(exporter.sourceEntries(DateSpan::julianDay(2015, 1, 1),
                                    DateSpan::julianDay(2017, 1, 1)),
             QStringList({QStringLiteral("RFE/RL, 14 Sep 2020")}));
    QCOMPARE(exporter.sourceEntries(DateSpan::julianDay(1990, 1, 1),
                                    DateSpan::julianDay(1991, 1, 1)),
             QStringList());
    // Only the attack (CAMEO 19) passes the filter: only its article is a source.
    options.filter.cameoRoot = 19;
    QVERIFY2(exporter.setOptions(options, &error), qPrintable(error));
    QCOMPARE(exporter.sourceEntries(DateSpan::julianDay(2000, 1, 1),
                                    DateSpan::julianDay(2030, 1, 1)),
             QStringList({QStringLiteral("Dawn, 15 Sep 2020")}));
}

void tst_TimelineExporter::dateRangeText_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("expected");
    QTest::newRow("years") << "2015-07-07"
                           << "2020-09-12"
                           << "2015 – 2020";
    QTest::newRow("months") << "2020-02-01"
                            << "2020-09-12"
                            << "February 2020 – September 2020";
    QTest::newRow("days") << "2020-09-01"
                          << "2020-09-14"
                          << "1 Sep 2020 – 14 Sep 2020";
    QTest::newRow("one day") << "2020-09-14"
                             << "2020-09-14"
                             << "14 Sep 2020";
}

void tst_TimelineExporter::dateRangeText()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, expected);
    Workspace *workspace = makeWorkspace(standardEvents());
    TimelineExporter exporter(workspace);
    TimelineExportOptions options;
    options.fromDay = double(DateSpan::fromIso(from)->earliestDay());
    options.toDay = double(DateSpan::fromIso(to)->latestDay() + 1);
    QString error;
    QVERIFY2(exporter.setOptions(options, &error), qPrintable(error));
    QCOMPARE(exporter.dateRangeText(*options.fromDay, *options.toDay), expected);
    // Everything: the extent of the events, whatever the window.
    options.fromDay.reset();
    options.toDay.reset();
    QVERIFY2(exporter.setOptions(options, &error), qPrintable(error));
    QCOMPARE(exporter.dateRangeText(0, 1), QStringLiteral("2015 – 2020"));
}

void tst_TimelineExporter::unwritablePathLeavesNothing()
{
    Workspace *workspace = makeWorkspace(standardEvents());
    const QString folder = m_dir->filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const bool isRoot = QFileInfo(folder).isWritable();
    for (const auto format : {TimelineExportOptions::Format::Png,
                              TimelineExportOptions::Format::Pdf,
                              TimelineExportOptions::Format::Svg}) {
        TimelineExportOptions options;
        options.format = format;
        TimelineExporter exporter(workspace);
        QString error;
        QVERIFY2(exporter.setOptions(options, &error), qPrintable(error));
        const QString missing = m_dir->filePath(QStringLiteral("no/such/folder/out.file"));
        QVERIFY(!exporter.exportToFile(missing, &error));
        QVERIFY2(error.startsWith(QDir::toNativeSeparators(missing))
                     && error.contains(QLatin1String("cannot be written")),
                 qPrintable(error));
        QVERIFY(!QFileInfo::exists(missing));
        if (!isRoot) {
            const QString locked = QDir(folder).filePath(QStringLiteral("out.file"));
            error.clear();
            QVERIFY(!exporter.exportToFile(locked, &error));
            QVERIFY2(error.contains(QLatin1String("cannot be written")), qPrintable(error));
        }
    }
    QVERIFY(
        QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void tst_TimelineExporter::absurdWidthLeavesNothing()
{
    Workspace *workspace = makeWorkspace(standardEvents());
    const QString folder = m_dir->filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(folder));
    for (const auto format :
         {TimelineExportOptions::Format::Png, TimelineExportOptions::Format::Svg}) {
        TimelineExportOptions options;
        options.format = format;
        options.widthPx = 100000;
        TimelineExporter exporter(workspace);
        QString error;
        QVERIFY2(exporter.setOptions(options, &error), qPrintable(error));
        const QString path = QDir(folder).filePath(QStringLiteral("huge.file"));
        QVERIFY(!exporter.exportToFile(path, &error));
        QVERIFY2(error.contains(QLatin1String("100,000"))
                     && error.contains(QLatin1String("is too large;")),
                 qPrintable(error));
    }
    // A 400-megapixel cap too: 20,000 px wide at a height that passes the side limit.
    TimelineExportOptions options;
    options.widthPx = 20000;
    options.heightPx = 20001;
    TimelineExporter exporter(workspace);
    QString error;
    QVERIFY2(exporter.setOptions(options, &error), qPrintable(error));
    QVERIFY(!exporter.exportToFile(QDir(folder).filePath(QStringLiteral("tall.png")), &error));
    QVERIFY2(error.contains(QLatin1String("is too large;")), qPrintable(error));
    QVERIFY(
        QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

void tst_TimelineExporter::dialogPreviewAndExport()
{
    Workspace *workspace = makeWorkspace(standardEvents());
    TimelineExportOptions view;
    view.fromDay = double(DateSpan::julianDay(2015, 1, 1));
    view.toDay = double(DateSpan::julianDay(2017, 1, 1));
    ExportDialog dialog(workspace, view);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.updatePreview();
    QVERIFY2(dialog.previewError().isEmpty(), qPrintable(dialog.previewError()));
    const QPixmap preview = dialog.previewLabel()->pixmap();
    QVERIFY(!preview.isNull());
    QVERIFY(preview.width() <= dialog.previewLabel()->width());
    // The preview is painted by the exporter: it shows the marks of the visible events.
    const QImage image = preview.toImage().convertToFormat(QImage::Format_ARGB32);
    QVERIFY(countColour(image, colourOfRoot(4), image.rect()) > 0);
    QCOMPARE(dialog.options().fromDay, view.fromDay);

    dialog.setEverything(true);
    QVERIFY(!dialog.options().fromDay);
    dialog.setFormat(TimelineExportOptions::Format::Pdf);
    dialog.updatePreview();
    // A page: landscape A4 proportions.
    const QPixmap page = dialog.previewLabel()->pixmap();
    QVERIFY(std::abs(double(page.width()) / page.height() - 297.0 / 210.0) < 0.02);
    // Paging: one page unless asked, then as many as the spin box says.
    auto *paged = dialog.findChild<QCheckBox *>(QStringLiteral("pagedCheck"));
    auto *pages = dialog.findChild<QSpinBox *>(QStringLiteral("pagesSpin"));
    QVERIFY(paged && pages);
    QCOMPARE(dialog.options().pages, 1);
    QVERIFY(!pages->isEnabled());
    paged->setChecked(true);
    QVERIFY(pages->isEnabled());
    pages->setValue(4);
    QCOMPARE(dialog.options().pages, 4);
    paged->setChecked(false);
    QCOMPARE(dialog.options().pages, 1);

    // The file name decides the format.
    const QString path = m_dir->filePath(QStringLiteral("from-dialog.png"));
    QString error;
    QVERIFY2(dialog.exportTo(path, &error), qPrintable(error));
    QCOMPARE(QImageReader(path).format(), QByteArray("png"));
}

QTEST_MAIN(tst_TimelineExporter)
#include "tst_timelineexporter.moc"
