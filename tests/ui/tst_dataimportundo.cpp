#include "core/interchange/dataimporter.h"
#include "core/query/timelineindex.h"
#include "core/store/workspace.h"
#include "tests/core/store/storetestutil.h"
#include "ui/dialogs/dataimportdialog.h"
#include "ui/dialogs/importcontroller.h"
#include "ui/mainwindow.h"
#include "ui/panels/eventtableview.h"
#include "ui/timeline/timelineview.h"
#include "ui/undo/undocontroller.h"

#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Faultline;
using StoreTestUtil::dumpWorkspace;
using StoreTestUtil::searchMatches;

namespace {

// The full-text index holds exactly what its content says (FTS5 integrity-check
// with rank 1 compares the index with the external content).
bool searchIndexInStep(Workspace &workspace, QString *error)
{
    QSqlQuery query(workspace.database());
    if (query.exec(QStringLiteral(
            "INSERT INTO event_search(event_search, rank) VALUES('integrity-check', 1)")))
        return true;
    *error = query.lastError().text();
    return false;
}

int drawnEvents(const MainWindow &window)
{
    const TimelineIndex *index = window.timelineView()->index();
    return index ? index->resolvedCount() + index->unresolvedCount() : -1;
}

} // namespace

// An accepted data file import is one undoable step: undo removes every row it
// wrote, redo writes the same rows back, and an undo that no longer fits the
// workspace writes nothing.
class tst_DataImportUndo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void undoRemovesTheImportRedoRestoresIt();
    void undoRefusedWhenRowsChanged();

private:
    static QString sample(const QString &name)
    {
        return QStringLiteral(FAULTLINE_TEST_DATA_DIR "/interchange/") + name;
    }
    std::unique_ptr<MainWindow> makeWindow();
    bool importThroughDialog(MainWindow &window, const QString &file);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QStringList m_errors;
};

void tst_DataImportUndo::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FaultlineTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dataimportundo"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void tst_DataImportUndo::init()
{
    m_errors.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setPath(QSettings::IniFormat,
                       QSettings::UserScope,
                       m_dir->filePath(QStringLiteral("settings")));
    QSettings().clear();
    m_path = m_dir->filePath(QStringLiteral("ws.faultline"));
    // Actors, events and a source article that are there before: the import
    // under test meets some of these actors again and must leave them alone.
    Workspace workspace;
    QString error;
    QVERIFY2(workspace.open(m_path, Workspace::OpenMode::ReadWrite, &error), qPrintable(error));
    DataImporter importer(workspace);
    DataImporter::Summary summary;
    QVERIFY2(importer.importFile(sample(QStringLiteral("acled-older.csv")), {}, &summary, &error),
             qPrintable(error));
    QVERIFY(summary.eventsAdded > 0);
    // An actor of the file under test, known before it is imported.
    QSqlQuery query(workspace.database());
    QVERIFY2(query.exec(QStringLiteral(
                 "INSERT INTO actors(name, kind) VALUES('Libya Observer', 'media'), "
                 "('Military Forces of Libya (2014-) Libyan National Army', 'state')")),
             qPrintable(query.lastError().text()));
}

void tst_DataImportUndo::cleanup()
{
    QSettings().clear();
    m_dir.reset();
}

std::unique_ptr<MainWindow> tst_DataImportUndo::makeWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->setErrorHandler(
        [this](const QString &, const QString &message) { m_errors.append(message); });
    if (!window->openWorkspace(m_path))
        return nullptr;
    window->show();
    return window;
}

bool tst_DataImportUndo::importThroughDialog(MainWindow &window, const QString &file)
{
    // As File > Import does: the dialog, parented to the window, records on its stack.
    if (!window.importController()->importPaths({file}))
        return false;
    DataImportDialog *dialog = window.importController()->dataImportDialog();
    if (!dialog || dialog->undoController() != window.undoController())
        return false;
    QSignalSpy imported(dialog, &DataImportDialog::imported);
    QSignalSpy finished(dialog, &DataImportDialog::allFinished);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    if (finished.isEmpty() && !finished.wait(60000))
        return false;
    dialog->close();
    return imported.size() == 1;
}

void tst_DataImportUndo::undoRemovesTheImportRedoRestoresIt()
{
    auto window = makeWindow();
    QVERIFY(window);
    Workspace &workspace = *window->workspace();
    QUndoStack *stack = window->undoController()->stack();
    const QStringList before = dumpWorkspace(workspace.database());
    const int tableBefore = window->eventTable()->model()->rowCount();
    const int drawnBefore = drawnEvents(*window);
    QCOMPARE(searchMatches(workspace.database(), QStringLiteral("cadets")), 0);

    QVERIFY(importThroughDialog(*window, sample(QStringLiteral("acled-current.csv"))));
    const QStringList after = dumpWorkspace(workspace.database());
    QVERIFY(after != before);
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Import acled-current.csv"));
    QTRY_VERIFY(window->eventTable()->model()->rowCount() > tableBefore);
    const int tableAfter = window->eventTable()->model()->rowCount();
    const int drawnAfter = drawnEvents(*window);
    QVERIFY(drawnAfter > drawnBefore);
    QVERIFY(searchMatches(workspace.database(), QStringLiteral("cadets")) > 0);

    for (int round = 0; round < 2; ++round) {
        stack->undo();
        QCOMPARE(dumpWorkspace(workspace.database()), before);
        QString error;
        QVERIFY2(searchIndexInStep(workspace, &error), qPrintable(error));
        QCOMPARE(searchMatches(workspace.database(), QStringLiteral("cadets")), 0);
        QCOMPARE(window->eventTable()->model()->rowCount(), tableBefore);
        QCOMPARE(drawnEvents(*window), drawnBefore);
        QCOMPARE(stack->redoText(), QStringLiteral("Import acled-current.csv"));

        stack->redo();
        QCOMPARE(dumpWorkspace(workspace.database()), after); // the same rows, the same ids
        QVERIFY2(searchIndexInStep(workspace, &error), qPrintable(error));
        QVERIFY(searchMatches(workspace.database(), QStringLiteral("cadets")) > 0);
        QCOMPARE(window->eventTable()->model()->rowCount(), tableAfter);
        QCOMPARE(drawnEvents(*window), drawnAfter);
    }
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));

    // Undone, the file is no longer in the workspace and imports again.
    stack->undo();
    QCOMPARE(dumpWorkspace(workspace.database()), before);
    QVERIFY(importThroughDialog(*window, sample(QStringLiteral("acled-current.csv"))));
    QCOMPARE(stack->count(), 1); // the undone step was replaced
    QCOMPARE(window->eventTable()->model()->rowCount(), tableAfter);
}

void tst_DataImportUndo::undoRefusedWhenRowsChanged()
{
    auto window = makeWindow();
    QVERIFY(window);
    Workspace &workspace = *window->workspace();
    QUndoStack *stack = window->undoController()->stack();
    QVERIFY(importThroughDialog(*window, sample(QStringLiteral("acled-current.csv"))));
    QCOMPARE(stack->count(), 1);

    // Another program deletes one of the imported events (and its evidence).
    {
        Workspace other;
        QString error;
        QVERIFY2(other.open(m_path, Workspace::OpenMode::ReadWrite, &error), qPrintable(error));
        QSqlQuery query(other.database());
        QVERIFY2(query.exec(QStringLiteral("DELETE FROM events WHERE id = (SELECT max(id) FROM "
                                           "events)")),
                 qPrintable(query.lastError().text()));
        QCOMPARE(query.numRowsAffected(), 1);
    }
    const QStringList changed = dumpWorkspace(workspace.database());
    QSignalSpy failed(window->undoController(), &UndoController::failed);
    stack->undo();
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("changed")),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(dumpWorkspace(workspace.database()), changed); // nothing written
    QVERIFY(!m_errors.isEmpty());                           // and the user was told
    QString error;
    QVERIFY2(searchIndexInStep(workspace, &error), qPrintable(error));
}

QTEST_MAIN(tst_DataImportUndo)
#include "tst_dataimportundo.moc"
