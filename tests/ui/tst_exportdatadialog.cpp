#include "core/store/actorrepository.h"
#include "core/store/eventrepository.h"
#include "core/store/workspace.h"
#include "ui/dialogs/exportdatadialog.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Faultline;

class tst_ExportDataDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scopeFollowsTheFilter();
    void formatChangesTheSuffix();
    void exportsTheFilteredGraph();
    void exportsEverythingAsTimelineJs();
    void unwritablePathKeepsTheDialogOpen();
    void cancelWhileRunningClosesWhenStopped();

private:
    QTemporaryDir m_dir;
    Workspace m_workspace;
    EventFilter m_filter2020;
};

void tst_ExportDataDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_workspace.open(m_dir.filePath(QStringLiteral("dialog.faultline")),
                              Workspace::OpenMode::ReadWrite,
                              &error),
             qPrintable(error));
    QList<qint64> ids;
    for (const char *name : {"Taliban", "United States", "Qatar"}) {
        Actor actor;
        actor.name = QString::fromUtf8(name);
        QVERIFY2(ActorRepository(m_workspace).insert(actor, &error), qPrintable(error));
        ids << actor.id;
    }
    Event deal;
    deal.title = QStringLiteral("Deal signed");
    deal.date = DateSpan::day(2020, 2, 29);
    deal.type = EventType(5);
    deal.participants = {{ids[0], Event::Role::Source, false}, {ids[1], Event::Role::Target, false}};
    QVERIFY2(EventRepository(m_workspace).insert(deal, &error), qPrintable(error));
    Event office;
    office.title = QStringLiteral("Office opened");
    office.date = DateSpan::year(2013);
    office.participants = {{ids[0], Event::Role::Source, false},
                           {ids[2], Event::Role::Target, false}};
    QVERIFY2(EventRepository(m_workspace).insert(office, &error), qPrintable(error));
    m_filter2020.fromDay = DateSpan::julianDay(2020, 1, 1);
}

void tst_ExportDataDialog::scopeFollowsTheFilter()
{
    ExportDataDialog unfiltered(&m_workspace, EventFilter());
    auto *everything = unfiltered.findChild<QRadioButton *>(QStringLiteral("scopeEverything"));
    auto *filtered = unfiltered.findChild<QRadioButton *>(QStringLiteral("scopeFiltered"));
    QVERIFY(everything && filtered);
    QVERIFY(everything->isChecked());
    QVERIFY(!filtered->isEnabled());

    ExportDataDialog dialog(&m_workspace, m_filter2020);
    filtered = dialog.findChild<QRadioButton *>(QStringLiteral("scopeFiltered"));
    QVERIFY(filtered->isEnabled());
    QVERIFY(filtered->isChecked());
    QCOMPARE(dialog.filter().fromDay, m_filter2020.fromDay);
    dialog.findChild<QRadioButton *>(QStringLiteral("scopeEverything"))->click();
    QVERIFY(!dialog.filter().fromDay);
}

void tst_ExportDataDialog::formatChangesTheSuffix()
{
    ExportDataDialog dialog(&m_workspace, EventFilter());
    dialog.setPath(m_dir.filePath(QStringLiteral("briefing.json")));
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("dataFormat"));
    QVERIFY(format);
    QCOMPARE(format->count(), DataFileWriter::formats().size());
    format->setCurrentIndex(format->findData(int(DataFileWriter::Format::GraphMl)));
    QCOMPARE(QFileInfo(dialog.path()).fileName(), QStringLiteral("briefing.graphml"));
    format->setCurrentIndex(format->findData(int(DataFileWriter::Format::Acled)));
    QCOMPARE(QFileInfo(dialog.path()).fileName(), QStringLiteral("briefing.csv"));
}

void tst_ExportDataDialog::exportsTheFilteredGraph()
{
    ExportDataDialog dialog(&m_workspace, m_filter2020);
    dialog.setFormat(DataFileWriter::Format::Gexf);
    const QString path = m_dir.filePath(QStringLiteral("graph.gexf"));
    dialog.findChild<QLineEdit *>(QStringLiteral("dataPath"))->setText(path);
    QSignalSpy finished(&dialog, &ExportDataDialog::exportFinished);
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("exportButton"));
    QVERIFY(button && button->isEnabled());
    dialog.show();
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList labels;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("node"))
            labels << xml.attributes().value(QStringLiteral("label")).toString();
    }
    QVERIFY(!xml.hasError());
    labels.sort();
    // The 2020 filter leaves out Qatar's 2013 event.
    QCOMPARE(labels, (QStringList{QStringLiteral("Taliban"), QStringLiteral("United States")}));
}

void tst_ExportDataDialog::exportsEverythingAsTimelineJs()
{
    ExportDataDialog dialog(&m_workspace, m_filter2020);
    dialog.setFormat(DataFileWriter::Format::TimelineJs);
    dialog.setEverything(true);
    const QString path = m_dir.filePath(QStringLiteral("timeline.json"));
    dialog.setPath(path);
    QSignalSpy finished(&dialog, &ExportDataDialog::exportFinished);
    QVERIFY(dialog.startExport());
    QVERIFY(dialog.isRunning());
    QVERIFY(finished.wait(20000));
    QVERIFY(!dialog.isRunning());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    QCOMPARE(document.object().value(QStringLiteral("events")).toArray().size(), 2);
}

void tst_ExportDataDialog::unwritablePathKeepsTheDialogOpen()
{
    ExportDataDialog dialog(&m_workspace, EventFilter());
    dialog.setFormat(DataFileWriter::Format::Csv);
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/events.csv"));
    dialog.setPath(path);
    dialog.show();
    QSignalSpy finished(&dialog, &ExportDataDialog::exportFinished);
    QVERIFY(dialog.startExport());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(dialog.isVisible());
    QVERIFY(!QFile::exists(path));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("exportStatus"));
    QVERIFY(status);
    QVERIFY2(status->text().contains(QStringLiteral("events.csv")), qPrintable(status->text()));
    QCOMPARE(status->text(), dialog.errorText());
}

void tst_ExportDataDialog::cancelWhileRunningClosesWhenStopped()
{
    ExportDataDialog dialog(&m_workspace, EventFilter());
    dialog.setFormat(DataFileWriter::Format::GraphMl);
    const QString path = m_dir.filePath(QStringLiteral("cancelled.graphml"));
    dialog.setPath(path);
    dialog.show();
    QSignalSpy finished(&dialog, &ExportDataDialog::exportFinished);
    QVERIFY(dialog.startExport());
    // Cancel asks the worker to stop and keeps the dialog until it has.
    dialog.reject();
    QVERIFY(finished.count() == 1 || dialog.isVisible());
    QVERIFY(finished.count() == 1 || finished.wait(20000));
    QVERIFY(!dialog.isRunning());
    QVERIFY(!dialog.isVisible());
    // Either the worker stopped before writing (no file at all) or it had finished.
    if (finished.first().first().toBool()) {
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(QFile::exists(path));
    } else {
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!dialog.errorText().isEmpty());
    }
}

QTEST_MAIN(tst_ExportDataDialog)
#include "tst_exportdatadialog.moc"
