#include "core/extract/extractionresult.h"
#include "core/ingest/articlefiles.h"
#include "core/model/datespan.h"
#include "core/store/articlerepository.h"
#include "core/store/eventrepository.h"
#include "core/store/extractionjob.h"
#include "core/store/workspace.h"
#include "ui/dialogs/importcontroller.h"
#include "ui/dialogs/importreviewdialog.h"
#include "ui/mainwindow.h"
#include "ui/panels/eventtableview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>

using namespace Faultline;

namespace {

// No publication date anywhere in it, and dates relative to the day it was written.
const char RelativeArticle[]
    = "Ceasefire Talks Collapse In Northern Province\n\n"
      "Government forces shelled the town of Karam yesterday, killing four civilians, "
      "local officials said.\n\n"
      "The rebels attacked an army checkpoint near the border last week, the defence ministry "
      "said in a statement.\n\n"
      "The United Nations envoy met rebel leaders on Monday to discuss a truce.\n";

QString dataFile(const QString &name)
{
    return QDir(QStringLiteral(FAULTLINE_TEST_DATA_DIR)).filePath(QStringLiteral("articles/") + name);
}

QString sampleArticle()
{
    return QDir(QStringLiteral(FAULTLINE_SOURCE_DIR))
        .filePath(
            QStringLiteral("../shared/samples/articles/rferl-2020-09-14-envoy-in-pakistan.txt"));
}

QMimeData *urlData(const QStringList &paths)
{
    auto *data = new QMimeData;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    data->setUrls(urls);
    return data;
}

} // namespace

class tst_DropImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dragEnterAcceptsArticles_data();
    void dragEnterAcceptsArticles();
    void unsupportedFileIsRefused();
    void dropFilesReviewThenAccept();
    void dropTestDataFolder();
    void dropTextAndHtml_data();
    void dropTextAndHtml();
    void acceptSelectedWritesOnlyCheckedEvents();
    void publicationDateChangeReResolves();
    void evidenceIsHighlighted();
    void eventLoopRunsDuringFolderImport();
    void cancelStopsBetweenSources();
    void brokenFilesAreReportedOthersImport();
    void duplicatesAreReported();
    void pasteImports();
    void discardWritesNothing();

private:
    std::unique_ptr<MainWindow> makeWindow();
    bool drop(MainWindow &window, QMimeData *data);
    bool waitForReading(MainWindow &window);
    int eventCount(MainWindow &window) const;
    QString makeFolder(int files);

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_errors;
};

void tst_DropImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FaultlineTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dropimport"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QVERIFY2(QFile::exists(sampleArticle()), qPrintable(sampleArticle()));
}

void tst_DropImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setPath(QSettings::IniFormat,
                       QSettings::UserScope,
                       m_dir->filePath(QStringLiteral("settings")));
    QSettings().clear();
    m_errors.clear();
}

void tst_DropImport::cleanup()
{
    QSettings().clear();
    m_dir.reset();
}

std::unique_ptr<MainWindow> tst_DropImport::makeWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->setErrorHandler(
        [this](const QString &, const QString &message) { m_errors.append(message); });
    if (!window->openWorkspace(m_dir->filePath(QStringLiteral("ws.faultline"))))
        qWarning("workspace not opened");
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

// Posts the whole gesture: enter, move, drop. Returns whether the drop was taken.
bool tst_DropImport::drop(MainWindow &window, QMimeData *data)
{
    std::unique_ptr<QMimeData> owned(data);
    const QPointF pos(window.width() / 2.0, window.height() / 2.0);
    QDragEnterEvent enter(pos.toPoint(), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos.toPoint(), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent dropEvent(pos, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &dropEvent);
    return dropEvent.isAccepted();
}

bool tst_DropImport::waitForReading(MainWindow &window)
{
    ImportController *import = window.importController();
    if (!import->isRunning())
        return true;
    QSignalSpy spy(import, &ImportController::readingFinished);
    return spy.wait(30000);
}

int tst_DropImport::eventCount(MainWindow &window) const
{
    return EventRepository(*window.workspace()).count();
}

QString tst_DropImport::makeFolder(int files)
{
    const QString folder = m_dir->filePath(QStringLiteral("folder"));
    QDir().mkpath(folder + QStringLiteral("/nested"));
    QFile source(sampleArticle());
    if (!source.open(QIODevice::ReadOnly))
        return QString();
    const QByteArray text = source.readAll();
    for (int i = 0; i < files; ++i) {
        // Each copy differs, or all but the first would be duplicates.
        const QString name = QStringLiteral("%1/%2article-%3.txt")
                                 .arg(folder, i % 2 ? QStringLiteral("nested/") : QString())
                                 .arg(i, 3, 10, QLatin1Char('0'));
        QFile file(name);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(text + "\n\nCorrection " + QByteArray::number(i) + ".\n");
    }
    // Not an article: skipped by the folder search.
    QFile other(folder + QStringLiteral("/notes.docx"));
    if (other.open(QIODevice::WriteOnly))
        other.write("PK\x03\x04");
    return folder;
}

void tst_DropImport::dragEnterAcceptsArticles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("text file") << "txt" << true;
    QTest::newRow("markdown file") << "md" << true;
    QTest::newRow("html file") << "html" << true;
    QTest::newRow("folder") << "folder" << true;
    QTest::newRow("plain text") << "text/plain" << true;
    QTest::newRow("html text") << "text/html" << true;
    QTest::newRow("empty text") << "empty" << false;
    QTest::newRow("web address") << "http" << false;
}

void tst_DropImport::dragEnterAcceptsArticles()
{
    QFETCH(QString, kind);
    QFETCH(bool, accepted);
    auto window = makeWindow();
    auto *data = new QMimeData;
    if (kind == QLatin1String("txt"))
        data->setUrls({QUrl::fromLocalFile(dataFile(QStringLiteral("colombia-hard-wrapped.txt")))});
    else if (kind == QLatin1String("md"))
        data->setUrls({QUrl::fromLocalFile(dataFile(QStringLiteral("yemen-briefing.md")))});
    else if (kind == QLatin1String("html"))
        data->setUrls({QUrl::fromLocalFile(dataFile(QStringLiteral("myanmar-news-page.html")))});
    else if (kind == QLatin1String("folder"))
        data->setUrls(
            {QUrl::fromLocalFile(QFileInfo(dataFile(QStringLiteral("x"))).absolutePath())});
    else if (kind == QLatin1String("text/plain"))
        data->setText(QString::fromLatin1(RelativeArticle));
    else if (kind == QLatin1String("text/html"))
        data->setHtml(QStringLiteral("<p>Rebels shelled the town yesterday.</p>"));
    else if (kind == QLatin1String("empty"))
        data->setText(QStringLiteral("   "));
    else if (kind == QLatin1String("http"))
        data->setUrls({QUrl(QStringLiteral("https://example.org/a.html"))});
    std::unique_ptr<QMimeData> owned(data);
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &enter);
    QCOMPARE(enter.isAccepted(), accepted);
    // Either way the status bar says what would happen or why not.
    QVERIFY(!window->statusBar()->currentMessage().isEmpty());
    // Entering alone starts nothing.
    QVERIFY(!window->importController()->isRunning());
    QVERIFY(!window->importController()->reviewDialog());
    if (accepted) {
        // Leaving takes the promise back.
        QDragLeaveEvent leave;
        QApplication::sendEvent(window.get(), &leave);
        QVERIFY(window->statusBar()->currentMessage().isEmpty());
    }
}

void tst_DropImport::unsupportedFileIsRefused()
{
    auto window = makeWindow();
    const QString docx = m_dir->filePath(QStringLiteral("x.docx"));
    QFile file(docx);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("PK\x03\x04 not an article");
    file.close();
    QVERIFY(!drop(*window, urlData({docx})));
    const QString message = window->statusBar()->currentMessage();
    QVERIFY2(message.contains(QLatin1String("x.docx")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String(".pdf")), qPrintable(message));
    QVERIFY(!window->importController()->reviewDialog());
}

void tst_DropImport::dropFilesReviewThenAccept()
{
    auto window = makeWindow();
    const int before = eventCount(*window);
    QCOMPARE(before, 0);
    QVERIFY(drop(*window,
                 urlData({dataFile(QStringLiteral("ukraine-one-line-paragraphs.txt")),
                          sampleArticle()})));
    QVERIFY(waitForReading(*window));
    ImportReviewDialog *review = window->importController()->reviewDialog();
    QVERIFY(review);
    QVERIFY(review->isVisible());
    QCOMPARE(review->documentCount(), 2);
    QCOMPARE(review->importableCount(), 2);

    // The sample article: its events are listed.
    review->setCurrentDocument(1);
    QVERIFY(review->eventTree()->topLevelItemCount() > 0);
    QVERIFY2(review->titleLabel()->text().contains(QLatin1String("Envoy")),
             qPrintable(review->titleLabel()->text()));
    // Each page shows the publication date found, or says that none was.
    int dated = 0;
    for (int i = 0; i < review->documentCount(); ++i) {
        review->setCurrentDocument(i);
        if (const std::optional<qint64> day = review->publishedDay(i)) {
            QCOMPARE(review->dateEdit()->text(), DateSpan::fromJulianDay(*day).toIso());
            ++dated;
        } else {
            QVERIFY(review->dateEdit()->text().isEmpty());
            QVERIFY(review->dateNote()->text().contains(QLatin1String("No publication date")));
        }
    }
    QVERIFY(dated > 0);

    // Nothing is written before acceptance.
    QCOMPARE(eventCount(*window), 0);
    QCOMPARE(ArticleRepository(*window->workspace()).count(), 0);
    QCOMPARE(window->eventTable()->model()->rowCount(), 0);

    int expected = 0;
    for (int i = 0; i < review->documentCount(); ++i)
        expected += int(review->extraction(i).events.size());
    QVERIFY(expected > 0);
    QVERIFY(review->acceptAllButton()->isEnabled());
    QTest::mouseClick(review->acceptAllButton(), Qt::LeftButton);

    QCOMPARE(ArticleRepository(*window->workspace()).count(), 2);
    const int after = eventCount(*window);
    // Events reported by both articles may merge; none is lost.
    QVERIFY(after > 0);
    QVERIFY(after <= expected);
    QTRY_COMPARE(window->eventTable()->model()->rowCount(), after);
    QVERIFY2(window->importController()->lastSummary().startsWith(QLatin1String("2 article")),
             qPrintable(window->importController()->lastSummary()));
    QVERIFY(!window->importController()->reviewDialog()
            || !window->importController()->reviewDialog()->isVisible());
}

void tst_DropImport::dropTestDataFolder()
{
    auto window = makeWindow();
    const QString folder = QFileInfo(dataFile(QStringLiteral("x"))).absolutePath();
    const int files = int(QDir(folder).entryList(ArticleFiles::nameFilters(), QDir::Files).size());
    QVERIFY(files >= 5);
    QVERIFY(drop(*window, urlData({folder})));
    QVERIFY(waitForReading(*window));
    ImportReviewDialog *review = window->importController()->reviewDialog();
    QVERIFY(review);
    QCOMPARE(review->documentCount(), files);
    QCOMPARE(review->importableCount(), files);
    int listed = 0;
    for (int i = 0; i < files; ++i) {
        review->setCurrentDocument(i);
        QVERIFY(!review->titleLabel()->text().isEmpty());
        QVERIFY(!review->textView()->toPlainText().isEmpty());
        listed += review->eventTree()->topLevelItemCount();
    }
    QVERIFY(listed > files);
    QCOMPARE(eventCount(*window), 0);
    QTest::mouseClick(review->acceptAllButton(), Qt::LeftButton);
    QCOMPARE(ArticleRepository(*window->workspace()).count(), files);
    QVERIFY(eventCount(*window) > 0);
    QTRY_COMPARE(window->eventTable()->model()->rowCount(), eventCount(*window));
}

void tst_DropImport::dropTextAndHtml_data()
{
    QTest::addColumn<QString>("mime");
    QTest::newRow("text/plain") << "text/plain";
    QTest::newRow("text/html") << "text/html";
}

void tst_DropImport::dropTextAndHtml()
{
    QFETCH(QString, mime);
    auto window = makeWindow();
    auto *data = new QMimeData;
    const QString text = QString::fromLatin1(RelativeArticle);
    if (mime == QLatin1String("text/html")) {
        QString html = QStringLiteral("<html><body><h1>");
        const QStringList paragraphs = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
        html += paragraphs.first().toHtmlEscaped() + QStringLiteral("</h1>");
        for (qsizetype i = 1; i < paragraphs.size(); ++i)
            html += QStringLiteral("<p>") + paragraphs.at(i).toHtmlEscaped()
                    + QStringLiteral("</p>");
        html += QStringLiteral("</body></html>");
        data->setHtml(html);
        data->setText(text);
    } else {
        data->setText(text);
    }
    QVERIFY(drop(*window, data));
    QVERIFY(waitForReading(*window));
    ImportReviewDialog *review = window->importController()->reviewDialog();
    QVERIFY(review);
    QCOMPARE(review->documentCount(), 1);
    QCOMPARE(review->importableCount(), 1);
    QVERIFY(review->eventTree()->topLevelItemCount() >= 2);
    QVERIFY(review->textView()->toPlainText().contains(QLatin1String("checkpoint")));
    QCOMPARE(eventCount(*window), 0);
    QTest::mouseClick(review->acceptAllButton(), Qt::LeftButton);
    QVERIFY(eventCount(*window) >= 2);
}

void tst_DropImport::acceptSelectedWritesOnlyCheckedEvents()
{
    auto window = makeWindow();
    auto *data = new QMimeData;
    data->setText(QString::fromLatin1(RelativeArticle));
    QVERIFY(drop(*window, data));
    QVERIFY(waitForReading(*window));
    ImportReviewDialog *review = window->importController()->reviewDialog();
    QVERIFY(review);
    QTreeWidget *tree = review->eventTree();
    const int listed = tree->topLevelItemCount();
    QVERIFY(listed >= 2);
    // Reject the first event through its checkbox.
    tree->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
    QVERIFY(!review->isEventAccepted(0, 0));
    QVERIFY(review->isEventAccepted(0, 1));
    const QString rejectedTitle = review->extraction(0).events.at(0).event.title;
    QTest::mouseClick(review->acceptSelectedButton(), Qt::LeftButton);
    const QList<Event> stored = EventRepository(*window->workspace()).query();
    QCOMPARE(int(stored.size()), listed - 1);
}

void tst_DropImport::publicationDateChangeReResolves()
{
    auto window = makeWindow();
    auto *data = new QMimeData;
    data->setText(QString::fromLatin1(RelativeArticle));
    QVERIFY(drop(*window, data));
    QVERIFY(waitForReading(*window));
    ImportReviewDialog *review = window->importController()->reviewDialog();
    QVERIFY(review);
    QVERIFY(!review->publishedDay(0));
    QVERIFY(review->dateEdit()->text().isEmpty());
    const QString note = review->dateNote()->text();
    QVERIFY2(note.contains(QLatin1String("No publication date was found")), qPrintable(note));
    int unresolved = 0;
    for (const EventCandidate &candidate : review->extraction(0).events)
        unresolved += candidate.event.date.isValid() ? 0 : 1;
    QVERIFY(unresolved > 0);
    QVERIFY2(note.contains(QString::number(unresolved)), qPrintable(note));

    // Typing the day re-runs the extraction: "yesterday" becomes the day before.
    review->dateEdit()->setFocus();
    QTest::keyClicks(review->dateEdit(), QStringLiteral("2024-03-12"));
    QCOMPARE(review->publishedDay(0), DateSpan::julianDay(2024, 3, 12));
    bool yesterday = false;
    for (const EventCandidate &candidate : review->extraction(0).events) {
        if (candidate.event.dateText.contains(QLatin1String("yesterday"))) {
            QVERIFY(candidate.event.date.isValid());
            QCOMPARE(candidate.event.date.earliestDay(), DateSpan::julianDay(2024, 3, 11));
            yesterday = true;
        }
    }
    QVERIFY(yesterday);
    QVERIFY(!review->dateNote()->text().contains(QLatin1String("No publication date")));
    const QString shown = review->eventTree()->topLevelItem(0)->text(0);

    // Another day moves them again, and the list shows it.
    review->dateEdit()->selectAll();
    QTest::keyClicks(review->dateEdit(), QStringLiteral("2023-01-05"));
    for (const EventCandidate &candidate : review->extraction(0).events) {
        if (candidate.event.dateText.contains(QLatin1String("yesterday")))
            QCOMPARE(candidate.event.date.earliestDay(), DateSpan::julianDay(2023, 1, 4));
    }
    QVERIFY(review->eventTree()->topLevelItem(0)->text(0) != shown);

    // The accepted article carries the day given.
    QTest::mouseClick(review->acceptAllButton(), Qt::LeftButton);
    const QList<Article> articles = ArticleRepository(*window->workspace()).all();
    QCOMPARE(articles.size(), 1);
    QCOMPARE(articles.first().publishedDay, DateSpan::julianDay(2023, 1, 5));
}

void tst_DropImport::evidenceIsHighlighted()
{
    auto window = makeWindow();
    QVERIFY(drop(*window, urlData({sampleArticle()})));
    QVERIFY(waitForReading(*window));
    ImportReviewDialog *review = window->importController()->reviewDialog();
    QVERIFY(review);
    QTreeWidget *tree = review->eventTree();
    QVERIFY(tree->topLevelItemCount() > 0);
    const int row = tree->topLevelItemCount() - 1;
    tree->setCurrentItem(tree->topLevelItem(row));
    const QList<QTextEdit::ExtraSelection> selections = review->textView()->extraSelections();
    QCOMPARE(selections.size(), 1);
    const Evidence evidence = review->extraction(0).events.at(row).event.evidence.first();
    QCOMPARE(selections.first().cursor.selectedText(), evidence.sentence);
}

void tst_DropImport::eventLoopRunsDuringFolderImport()
{
    auto window = makeWindow();
    const QString folder = makeFolder(60);
    QVERIFY(!folder.isEmpty());
    int ticksWhileRunning = 0;
    QTimer timer;
    timer.setInterval(1);
    connect(&timer, &QTimer::timeout, this, [&] {
        if (window->importController()->isRunning())
            ++ticksWhileRunning;
    });
    timer.start();
    QVERIFY(drop(*window, urlData({folder})));
    QVERIFY(window->importController()->isRunning());
    QVERIFY(window->importController()->progressBar()->isVisible());
    QVERIFY(waitForReading(*window));
    timer.stop();
    qInfo("timer ticks while importing: %d", ticksWhileRunning);
    QVERIFY2(ticksWhileRunning >= 5, qPrintable(QString::number(ticksWhileRunning)));
    ImportReviewDialog *review = window->importController()->reviewDialog();
    QVERIFY(review);
    QCOMPARE(review->documentCount(), 60); // notes.docx is not searched for
    QCOMPARE(review->importableCount(), 60);
    QVERIFY(!window->importController()->progressBar()->isVisible());
    QCOMPARE(eventCount(*window), 0);
}

void tst_DropImport::cancelStopsBetweenSources()
{
    auto window = makeWindow();
    const QString folder = makeFolder(40);
    ImportController *import = window->importController();
    QSignalSpy progress(import->job(), &ExtractionJob::progress);
    QSignalSpy finished(import->job(), &ExtractionJob::finished);
    // Cancel while the third source is being read: it is the last one read.
    connect(import->job(), &ExtractionJob::progress, this, [import](int index) {
        if (index == 2) {
            QVERIFY(import->cancelButton()->isVisible());
            import->cancelButton()->click();
        }
    });
    QVERIFY(drop(*window, urlData({folder})));
    QVERIFY(finished.wait(30000) || finished.count() == 1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!import->isRunning());
    ImportReviewDialog *review = import->reviewDialog();
    QVERIFY(review);
    QCOMPARE(progress.count(), 3);
    QCOMPARE(review->documentCount(), 3);
    QVERIFY(import->lastSummary().contains(QLatin1String("cancelled")));
    // What was read can still be accepted.
    QVERIFY(review->acceptAllButton()->isEnabled());
}

void tst_DropImport::brokenFilesAreReportedOthersImport()
{
    auto window = makeWindow();
    const QString empty = m_dir->filePath(QStringLiteral("empty.txt"));
    const QString binary = m_dir->filePath(QStringLiteral("binary.txt"));
    QFile emptyFile(empty);
    QVERIFY(emptyFile.open(QIODevice::WriteOnly));
    emptyFile.close();
    QFile binaryFile(binary);
    QVERIFY(binaryFile.open(QIODevice::WriteOnly));
    QByteArray bytes;
    for (int i = 0; i < 4096; ++i)
        bytes.append(char((i * 7) % 256));
    binaryFile.write(bytes);
    binaryFile.close();

    QVERIFY(drop(*window, urlData({empty, sampleArticle(), binary})));
    QVERIFY(waitForReading(*window));
    ImportReviewDialog *review = window->importController()->reviewDialog();
    QVERIFY(review);
    QCOMPARE(review->documentCount(), 3);
    QCOMPARE(review->importableCount(), 1);
    QTest::mouseClick(review->acceptAllButton(), Qt::LeftButton);
    QCOMPARE(ArticleRepository(*window->workspace()).count(), 1);
    QVERIFY(eventCount(*window) > 0);
    const QString summary = window->importController()->lastSummary();
    QVERIFY2(summary.startsWith(QLatin1String("1 article"))
                 && summary.contains(QLatin1String("imported")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("2 failed")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("empty.txt")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("binary.txt")), qPrintable(summary));
}

void tst_DropImport::duplicatesAreReported()
{
    auto window = makeWindow();
    QVERIFY(drop(*window, urlData({sampleArticle()})));
    QVERIFY(waitForReading(*window));
    QTest::mouseClick(window->importController()->reviewDialog()->acceptAllButton(), Qt::LeftButton);
    const int events = eventCount(*window);
    QVERIFY(events > 0);
    QTRY_VERIFY(!window->importController()->reviewDialog());

    QVERIFY(drop(*window, urlData({sampleArticle()})));
    QVERIFY(waitForReading(*window));
    ImportReviewDialog *review = window->importController()->reviewDialog();
    QVERIFY(review);
    QCOMPARE(review->documentCount(), 1);
    QCOMPARE(review->importableCount(), 0);
    QVERIFY(!review->acceptAllButton()->isEnabled());
    QVERIFY(review->documentList()->item(0)->text().contains(
        QLatin1String("already in the workspace")));
    QVERIFY(window->importController()->lastSummary().contains(
        QLatin1String("1 already in the workspace")));
    QCOMPARE(eventCount(*window), events);
    QCOMPARE(ArticleRepository(*window->workspace()).count(), 1);
}

void tst_DropImport::pasteImports()
{
    auto window = makeWindow();
    QGuiApplication::clipboard()->setText(QString::fromLatin1(RelativeArticle));
    QAction *paste = window->findChild<QAction *>(QStringLiteral("actionPaste"));
    QVERIFY(paste);
    QVERIFY(paste->isEnabled());
    QCOMPARE(paste->shortcut(), QKeySequence(QKeySequence::Paste));
    paste->trigger();
    QVERIFY(waitForReading(*window));
    ImportReviewDialog *review = window->importController()->reviewDialog();
    QVERIFY(review);
    QCOMPARE(review->documentCount(), 1);
    QVERIFY(review->eventTree()->topLevelItemCount() >= 2);
}

void tst_DropImport::discardWritesNothing()
{
    auto window = makeWindow();
    QVERIFY(drop(*window, urlData({sampleArticle()})));
    QVERIFY(waitForReading(*window));
    ImportReviewDialog *review = window->importController()->reviewDialog();
    QVERIFY(review);
    QTest::mouseClick(review->discardButton(), Qt::LeftButton);
    QTRY_VERIFY(!window->importController()->reviewDialog());
    QCOMPARE(eventCount(*window), 0);
    QCOMPARE(ArticleRepository(*window->workspace()).count(), 0);
    QVERIFY(window->statusBar()->currentMessage().contains(QLatin1String("nothing was written")));
}

QTEST_MAIN(tst_DropImport)
#include "tst_dropimport.moc"
