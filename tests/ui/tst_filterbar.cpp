#include "core/model/actor.h"
#include "core/model/article.h"
#include "core/model/datespan.h"
#include "core/store/actorrepository.h"
#include "core/store/articlerepository.h"
#include "core/store/transaction.h"
#include "core/store/workspace.h"
#include "ui/panels/filterbar.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Faultline;

class tst_FilterBar : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void searchIsDebounced();
    void dates_data();
    void dates();
    void typeComboEmitsAtOnce();
    void choicesFromWorkspace();
    void clearResetsEverything();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<FilterBar> m_bar;
};

void tst_FilterBar::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = std::make_unique<Workspace>();
    QString error;
    QVERIFY2(m_workspace->open(m_dir->filePath(QStringLiteral("f.faultline")),
                               Workspace::OpenMode::ReadWrite,
                               &error),
             qPrintable(error));
    {
        Transaction transaction(*m_workspace);
        for (const QString &name : {QStringLiteral("Taliban"), QStringLiteral("Pakistan")}) {
            Actor actor;
            actor.name = name;
            QVERIFY2(ActorRepository(*m_workspace).insert(actor, &error), qPrintable(error));
        }
        Article article;
        article.title = QStringLiteral("Talks resume in Doha");
        article.outlet = QStringLiteral("RFE/RL");
        article.text = QStringLiteral("Talks resumed.");
        article.contentHash = Article::hashText(article.text);
        article.importedAt = QDateTime::currentDateTimeUtc();
        QVERIFY2(ArticleRepository(*m_workspace).insert(article, &error), qPrintable(error));
        QVERIFY2(transaction.commit(&error), qPrintable(error));
    }
    m_bar = std::make_unique<FilterBar>();
    m_bar->setWorkspace(m_workspace.get());
    m_bar->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_bar.get()));
}

void tst_FilterBar::cleanup()
{
    m_bar.reset();
    m_workspace.reset();
    m_dir.reset();
}

void tst_FilterBar::searchIsDebounced()
{
    QSignalSpy changed(m_bar.get(), &FilterBar::filterChanged);
    m_bar->searchEdit()->setFocus();
    QTest::keyClicks(m_bar->searchEdit(), QStringLiteral("cease"));
    // Typing five letters must not run five queries.
    QCOMPARE(changed.count(), 0);
    QVERIFY(changed.wait(FilterBar::DebounceMs * 8));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<EventFilter>().text, QStringLiteral("cease"));
    QCOMPARE(m_bar->filter().text, QStringLiteral("cease"));

    // The same text again is no change.
    m_bar->applyNow();
    QCOMPARE(changed.count(), 1);

    // Return applies at once.
    QTest::keyClicks(m_bar->searchEdit(), QStringLiteral("fire"));
    QTest::keyClick(m_bar->searchEdit(), Qt::Key_Return);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_bar->filter().text, QStringLiteral("ceasefire"));
}

void tst_FilterBar::dates_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("fromDay");
    QTest::addColumn<qint64>("toDay");
    QTest::newRow("years") << "2015"
                           << "2016" << true << DateSpan::julianDay(2015, 1, 1)
                           << DateSpan::julianDay(2016, 12, 31);
    QTest::newRow("months") << "2020-02"
                            << "2020-02" << true << DateSpan::julianDay(2020, 2, 1)
                            << DateSpan::julianDay(2020, 2, 29);
    QTest::newRow("days") << "2020-09-12"
                          << "2020-09-14" << true << DateSpan::julianDay(2020, 9, 12)
                          << DateSpan::julianDay(2020, 9, 14);
    QTest::newRow("BCE") << "-0500"
                         << "" << true << DateSpan::julianDay(-500, 1, 1) << qint64(0);
    QTest::newRow("open start") << ""
                                << "1999" << true << qint64(0) << DateSpan::julianDay(1999, 12, 31);
    QTest::newRow("not a date") << "2015-13"
                                << "" << false << qint64(0) << qint64(0);
    QTest::newRow("words") << "last year"
                           << "" << false << qint64(0) << qint64(0);
    QTest::newRow("reversed") << "2020"
                              << "2019" << false << qint64(0) << qint64(0);
}

void tst_FilterBar::dates()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, valid);
    QFETCH(qint64, fromDay);
    QFETCH(qint64, toDay);

    QSignalSpy changed(m_bar.get(), &FilterBar::filterChanged);
    m_bar->fromEdit()->setText(from);
    m_bar->toEdit()->setText(to);
    m_bar->applyNow();
    QCOMPARE(m_bar->isDateRangeValid(), valid);
    const EventFilter filter = m_bar->filter();
    if (!valid) {
        // Feedback on the field, and no filtering by a date the user did not mean.
        QVERIFY(m_bar->fromEdit()->property("invalid").toBool()
                || m_bar->toEdit()->property("invalid").toBool());
        QVERIFY(!filter.fromDay && !filter.toDay);
        QCOMPARE(changed.count(), 0);
        const QColor tinted = m_bar->fromEdit()->property("invalid").toBool()
                                  ? m_bar->fromEdit()->palette().color(QPalette::Base)
                                  : m_bar->toEdit()->palette().color(QPalette::Base);
        QVERIFY(tinted != QPalette().color(QPalette::Base));
        return;
    }
    QVERIFY(!m_bar->fromEdit()->property("invalid").toBool());
    QVERIFY(!m_bar->toEdit()->property("invalid").toBool());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(filter.fromDay.value_or(0), fromDay);
    QCOMPARE(filter.toDay.value_or(0), toDay);
    QCOMPARE(filter.fromDay.has_value(), !from.isEmpty());
    QCOMPARE(filter.toDay.has_value(), !to.isEmpty());
}

void tst_FilterBar::typeComboEmitsAtOnce()
{
    QCOMPARE(m_bar->typeCombo()->count(), 21); // "All types" and CAMEO 01-20
    QSignalSpy changed(m_bar.get(), &FilterBar::filterChanged);
    m_bar->typeCombo()->setCurrentIndex(m_bar->typeCombo()->findData(19));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_bar->filter().cameoRoot.value_or(0), 19);
    QVERIFY(m_bar->typeCombo()->currentText().startsWith(QStringLiteral("19 ")));
    m_bar->typeCombo()->setCurrentIndex(0);
    QCOMPARE(changed.count(), 2);
    QVERIFY(!m_bar->filter().cameoRoot);
}

void tst_FilterBar::choicesFromWorkspace()
{
    const auto *names = qobject_cast<QStringListModel *>(m_bar->actorEdit()->completer()->model());
    QVERIFY(names);
    QCOMPARE(names->stringList(),
             QStringList({QStringLiteral("Pakistan"), QStringLiteral("Taliban")}));
    QCOMPARE(m_bar->articleCombo()->count(), 2);
    QVERIFY(m_bar->articleCombo()->itemText(1).contains(QStringLiteral("Talks resume in Doha")));

    QSignalSpy changed(m_bar.get(), &FilterBar::filterChanged);
    m_bar->articleCombo()->setCurrentIndex(1);
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_bar->filter().articleId.has_value());

    // Half a name filters nothing yet, and says why.
    m_bar->actorEdit()->setText(QStringLiteral("Tali"));
    QTest::keyClick(m_bar->actorEdit(), Qt::Key_Return);
    QVERIFY(m_bar->filter().actorName.isEmpty());
    QVERIFY(m_bar->actorEdit()->property("invalid").toBool());
    QCOMPARE(changed.count(), 1);

    // A known name, in any case, does.
    m_bar->actorEdit()->setText(QStringLiteral("taliban"));
    QTest::keyClick(m_bar->actorEdit(), Qt::Key_Return);
    QCOMPARE(m_bar->filter().actorName, QStringLiteral("taliban"));
    QVERIFY(!m_bar->actorEdit()->property("invalid").toBool());
    QCOMPARE(changed.count(), 2);

    m_bar->setWorkspace(nullptr);
    QCOMPARE(m_bar->articleCombo()->count(), 1);
    QCOMPARE(names->rowCount(), 0);
}

void tst_FilterBar::clearResetsEverything()
{
    QVERIFY(!m_bar->clearButton()->isEnabled());
    m_bar->searchEdit()->setText(QStringLiteral("talks"));
    m_bar->fromEdit()->setText(QStringLiteral("2015"));
    m_bar->typeCombo()->setCurrentIndex(4);
    QVERIFY(!m_bar->filter().isEmpty());
    QVERIFY(m_bar->clearButton()->isEnabled());

    QSignalSpy changed(m_bar.get(), &FilterBar::filterChanged);
    QTest::mouseClick(m_bar->clearButton(), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.at(0).at(0).value<EventFilter>().isEmpty());
    QVERIFY(m_bar->searchEdit()->text().isEmpty());
    QVERIFY(m_bar->fromEdit()->text().isEmpty());
    QCOMPARE(m_bar->typeCombo()->currentIndex(), 0);
    QVERIFY(!m_bar->clearButton()->isEnabled());
    // The debounce of the cleared text must not fire a second time.
    QTest::qWait(FilterBar::DebounceMs * 2);
    QCOMPARE(changed.count(), 1);
}

QTEST_MAIN(tst_FilterBar)
#include "tst_filterbar.moc"
