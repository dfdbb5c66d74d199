#include "core/interchange/columnmapping.h"
#include "core/store/eventrepository.h"
#include "core/store/workspace.h"
#include "ui/dialogs/columnmappingdialog.h"
#include "ui/dialogs/dataimportdialog.h"
#include "ui/dialogs/dataimportjob.h"
#include "ui/dialogs/importcontroller.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace Faultline;

// The GUI side of data import: the column mapping dialog and its memory, the
// import dialog run off the GUI thread, and a data file dropped on the window.
class tst_DataImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void columnMappingIsRemembered();
    void genericCsvAsksForColumns();
    void badRowsRefusedOrSkipped();
    void cancelWritesNothing();
    void droppedDataFileImports();

private:
    static QString sample(const QString &name)
    {
        return QStringLiteral(FAULTLINE_TEST_DATA_DIR "/interchange/") + name;
    }
    QString workspacePath() const { return m_dir->filePath(QStringLiteral("ws.faultline")); }
    int eventCount() const;
    static bool runToEnd(DataImportDialog &dialog);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_DataImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FaultlineTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dataimportdialog"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void tst_DataImportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setPath(QSettings::IniFormat,
                       QSettings::UserScope,
                       m_dir->filePath(QStringLiteral("settings")));
    QSettings().clear();
    Workspace workspace;
    QString error;
    QVERIFY2(workspace.open(workspacePath(), Workspace::OpenMode::ReadWrite, &error),
             qPrintable(error));
}

void tst_DataImportDialog::cleanup()
{
    QSettings().clear();
    m_dir.reset();
}

int tst_DataImportDialog::eventCount() const
{
    Workspace workspace;
    if (!workspace.open(workspacePath(), Workspace::OpenMode::ReadWrite, nullptr))
        return -1;
    return EventRepository(workspace).count();
}

bool tst_DataImportDialog::runToEnd(DataImportDialog &dialog)
{
    QSignalSpy finished(&dialog, &DataImportDialog::allFinished);
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    return !finished.isEmpty() || finished.wait(60000);
}

void tst_DataImportDialog::columnMappingIsRemembered()
{
    const QStringList header{QStringLiteral("Datum"),
                             QStringLiteral("Ereignis"),
                             QStringLiteral("Beteiligte"),
                             QStringLiteral("Ort")};
    {
        ColumnMappingDialog dialog(QStringLiteral("ereignisse.csv"), header);
        dialog.show();
        QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
        // Nothing in this header is guessed: the dialog cannot be accepted yet.
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("mappingFeedback"))->text().isEmpty());
        QComboBox *date = dialog.comboBox(ColumnMapping::Field::Date);
        date->setCurrentIndex(date->findText(QStringLiteral("Datum")));
        QVERIFY(!ok->isEnabled());
        QComboBox *title = dialog.comboBox(ColumnMapping::Field::Title);
        title->setCurrentIndex(title->findText(QStringLiteral("Ereignis")));
        QComboBox *actors = dialog.comboBox(ColumnMapping::Field::Actors);
        actors->setCurrentIndex(actors->findText(QStringLiteral("Beteiligte")));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    // The same header again: the columns chosen before are chosen.
    ColumnMappingDialog again(QStringLiteral("andere.csv"), header);
    QCOMPARE(again.comboBox(ColumnMapping::Field::Date)->currentText(), QStringLiteral("Datum"));
    QCOMPARE(again.comboBox(ColumnMapping::Field::Title)->currentText(), QStringLiteral("Ereignis"));
    QCOMPARE(again.comboBox(ColumnMapping::Field::Actors)->currentText(),
             QStringLiteral("Beteiligte"));
    QCOMPARE(again.comboBox(ColumnMapping::Field::Location)->currentIndex(), 0);
    QVERIFY(again.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    // Another header is not mapped by it.
    ColumnMappingDialog other(QStringLiteral("x.csv"), header.mid(0, 3));
    QCOMPARE(other.comboBox(ColumnMapping::Field::Date)->currentIndex(), 0);
}

void tst_DataImportDialog::genericCsvAsksForColumns()
{
    const QString file = m_dir->filePath(QStringLiteral("ereignisse.csv"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("Datum;Ereignis;Beteiligte;Ort\n"
              "14.09.2020;Khalilzad trifft Bajwa;Zalmay Khalilzad; Qamar Javed Bajwa;Rawalpindi\n");
    out.close();
    // The actors cell above is not quoted, so it spills into a fifth field: a bad row.
    QFile more(file);
    QVERIFY(more.open(QIODevice::WriteOnly | QIODevice::Append));
    more.write("\"12.09.2020\";\"Gespräche in Doha\";\"Taliban | Afghanistan\";\"Doha\"\n");
    more.close();

    DataImportDialog dialog(workspacePath(), {file});
    dialog.show();
    dialog.skipBadRowsButton()->setChecked(true);
    bool asked = false;
    QTimer::singleShot(0, this, [&] {
        auto *mapping = qobject_cast<ColumnMappingDialog *>(QApplication::activeModalWidget());
        QVERIFY(mapping);
        asked = true;
        QComboBox *date = mapping->comboBox(ColumnMapping::Field::Date);
        date->setCurrentIndex(date->findText(QStringLiteral("Datum")));
        QComboBox *title = mapping->comboBox(ColumnMapping::Field::Title);
        title->setCurrentIndex(title->findText(QStringLiteral("Ereignis")));
        QComboBox *actors = mapping->comboBox(ColumnMapping::Field::Actors);
        actors->setCurrentIndex(actors->findText(QStringLiteral("Beteiligte")));
        QComboBox *place = mapping->comboBox(ColumnMapping::Field::Location);
        place->setCurrentIndex(place->findText(QStringLiteral("Ort")));
        QTest::mouseClick(mapping->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QVERIFY(runToEnd(dialog));
    QVERIFY(asked);
    const QString report = dialog.report()->toPlainText();
    QVERIFY2(report.contains(QStringLiteral("1 event")), qPrintable(report));
    // Plural forms come from the English translation, which a test does not load.
    QVERIFY2(report.contains(
                 QRegularExpression(QStringLiteral("1 bad row(\\(s\\))? skipped: line 2:"))),
             qPrintable(report));
    QCOMPARE(eventCount(), 1);
    const ColumnMapping remembered = ColumnMappingDialog::storedMapping(
        {QStringLiteral("Datum"),
         QStringLiteral("Ereignis"),
         QStringLiteral("Beteiligte"),
         QStringLiteral("Ort")});
    QCOMPARE(remembered.column(ColumnMapping::Field::Location), QStringLiteral("Ort"));
}

void tst_DataImportDialog::badRowsRefusedOrSkipped()
{
    {
        DataImportDialog dialog(workspacePath(), {sample(QStringLiteral("acled-bad-rows.csv"))});
        dialog.show();
        QVERIFY(dialog.refuseButton()->isChecked()); // refusing is the default
        QVERIFY(runToEnd(dialog));
        const QString report = dialog.report()->toPlainText();
        QVERIFY2(report.contains(QRegularExpression(
                     QStringLiteral("2 bad row(s|\\(s\\)), so nothing was imported"))),
                 qPrintable(report));
        QVERIFY(report.contains(QStringLiteral("line 3:")));
        QCOMPARE(eventCount(), 0);
        QCOMPARE(dialog.cancelButton()->text(), QStringLiteral("Close"));
    }
    DataImportDialog dialog(workspacePath(), {sample(QStringLiteral("acled-bad-rows.csv"))});
    QSignalSpy imported(&dialog, &DataImportDialog::imported);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // On the indicator: a radio button takes clicks on its box and text, not its whole width.
    QRadioButton *skip = dialog.skipBadRowsButton();
    QTest::mouseClick(skip, Qt::LeftButton, {}, QPoint(8, skip->height() / 2));
    QVERIFY(dialog.skipBadRowsButton()->isChecked());
    QVERIFY(runToEnd(dialog));
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.first().first().toLongLong(), 1);
    QCOMPARE(eventCount(), 1);
    // The choice is remembered for the next import.
    DataImportDialog next(workspacePath(), {sample(QStringLiteral("ucdp-ged.csv"))});
    QVERIFY(next.skipBadRowsButton()->isChecked());
}

void tst_DataImportDialog::cancelWritesNothing()
{
    QFile source(sample(QStringLiteral("acled-current.csv")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray header = source.readLine();
    const QByteArray row = source.readLine();
    const QString big = m_dir->filePath(QStringLiteral("big-acled.csv"));
    QFile file(big);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(header);
    for (int i = 0; i < 50000; ++i)
        file.write(QByteArray(row).replace("LBY12345", "LBY" + QByteArray::number(100000 + i)));
    file.close();

    DataImportDialog dialog(workspacePath(), {big});
    QSignalSpy imported(&dialog, &DataImportDialog::imported);
    QSignalSpy finished(&dialog, &DataImportDialog::allFinished);
    dialog.show();
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QVERIFY(dialog.isRunning());
    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    QVERIFY(dialog.isVisible()); // stays until the worker has rolled back
    QVERIFY(finished.wait(60000));
    QVERIFY(imported.isEmpty());
    QVERIFY2(dialog.report()->toPlainText().contains(QStringLiteral("cancelled")),
             qPrintable(dialog.report()->toPlainText()));
    QCOMPARE(eventCount(), 0);
}

void tst_DataImportDialog::droppedDataFileImports()
{
    MainWindow window;
    QVERIFY(window.openWorkspace(workspacePath()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *data = new QMimeData;
    data->setUrls({QUrl::fromLocalFile(sample(QStringLiteral("ucdp-ged.csv")))});
    std::unique_ptr<QMimeData> owned(data);
    const QPointF pos(window.width() / 2.0, window.height() / 2.0);
    QDragEnterEvent enter(pos.toPoint(), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(pos, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &dropEvent);
    QVERIFY(dropEvent.isAccepted());

    DataImportDialog *dialog = window.importController()->dataImportDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("dataImportFiles"))
                ->text()
                .contains(QStringLiteral("ucdp-ged.csv: UCDP GED")));
    QSignalSpy changed(window.importController(), &ImportController::workspaceChanged);
    QVERIFY(runToEnd(*dialog));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(EventRepository(*window.workspace()).count(), 3);
}

QTEST_MAIN(tst_DataImportDialog)
#include "tst_dataimportdialog.moc"
