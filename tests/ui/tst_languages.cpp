#include "core/model/actor.h"
#include "core/model/article.h"
#include "core/model/calendarformatter.h"
#include "core/model/datespan.h"
#include "core/model/event.h"
#include "core/query/eventtablemodel.h"
#include "core/store/actorrepository.h"
#include "core/store/articlerepository.h"
#include "core/store/eventrepository.h"
#include "core/store/transaction.h"
#include "core/store/workspace.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/mainwindow.h"
#include "ui/panels/eventdetailspanel.h"
#include "ui/panels/eventtableview.h"
#include "ui/panels/filterbar.h"
#include "ui/panels/overviewchart.h"
#include "ui/settings/appearance.h"
#include "ui/settings/translationloader.h"
#include "ui/timeline/timelineview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Faultline;

// Language, direction, calendar and theme switched while a workspace is open.
class tst_Languages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void arabicMirrorsTheWindow();
    void timeRunsLeftToRightUnderRtl();
    void timeRunsRightToLeftByPreference();
    void laneCountsUseLocaleDigits();
    void persianWritesPersianDates();
    void preferencesChangeCalendarAndLanes();
    void darkThemeIsApplied();
    void languagesAreListed();

private:
    struct Sample
    {
        QString path;
        qint64 talks = 0;
        qint64 fighting = 0;
    };
    Sample makeWorkspace();
    std::unique_ptr<MainWindow> makeWindow(const Sample &sample);
    static QString qmDirectory() { return QStringLiteral(FAULTLINE_QM_DIR); }
    // Smallest x of each event's mark, from the painter's hit areas.
    static QHash<qint64, qreal> markPositions(TimelineView *view);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Languages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FaultlineTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_languages"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void tst_Languages::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setPath(QSettings::IniFormat,
                       QSettings::UserScope,
                       m_dir->filePath(QStringLiteral("settings")));
    QSettings().clear();
    TranslationLoader::install(QStringLiteral("en"), qmDirectory());
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
}

void tst_Languages::cleanup()
{
    Appearance::applyTheme(Preferences::Theme::System);
    Appearance::applyCalendar(CalendarFormatter::System::Gregorian);
    Appearance::applyLanguage(QStringLiteral("en"), qmDirectory());
    QSettings().clear();
    m_dir.reset();
}

tst_Languages::Sample tst_Languages::makeWorkspace()
{
    Sample sample;
    sample.path = m_dir->filePath(QStringLiteral("languages.faultline"));
    Workspace workspace;
    QString error;
    if (!workspace.open(sample.path, Workspace::OpenMode::ReadWrite, &error)) {
        qWarning("workspace: %s", qPrintable(error));
        return sample;
    }
    Transaction transaction(workspace);
    Actor pakistan;
    pakistan.name = QStringLiteral("Pakistan");
    pakistan.kind = Actor::Kind::State;
    Actor taliban;
    taliban.name = QString::fromUtf8("طالبان");
    taliban.kind = Actor::Kind::ArmedGroup;
    for (Actor *actor : {&pakistan, &taliban}) {
        if (!ActorRepository(workspace).insert(*actor, &error))
            qWarning("actor: %s", qPrintable(error));
    }
    const QString text = QStringLiteral("In 2015 Pakistan hosted talks. Fighting in Helmand.\n");
    Article article;
    article.title = QStringLiteral("Talks");
    article.publishedDay = DateSpan::julianDay(2020, 9, 14);
    article.text = text;
    article.contentHash = Article::hashText(text);
    article.importedAt = QDateTime::currentDateTimeUtc();
    if (!ArticleRepository(workspace).insert(article, &error))
        qWarning("article: %s", qPrintable(error));

    Event talks;
    talks.title = QString::fromUtf8("محادثات إسلام آباد");
    talks.type = EventType(4);
    talks.date = DateSpan::month(2015, 7);
    talks.participants = {{pakistan.id, Event::Role::Source, false},
                          {taliban.id, Event::Role::Target, false}};
    Event deal;
    deal.title = QStringLiteral("United States and Taliban sign a deal");
    deal.type = EventType(5);
    deal.date = DateSpan::day(2020, 2, 29);
    deal.participants = {{taliban.id, Event::Role::Source, false}};
    Event fighting;
    fighting.title = QStringLiteral("Fighting in Helmand");
    fighting.type = EventType(19);
    fighting.date = DateSpan::day(2020, 9, 12);
    fighting.participants = {{taliban.id, Event::Role::Source, false}};
    for (Event *event : {&talks, &deal, &fighting}) {
        if (!EventRepository(workspace).insert(*event, &error))
            qWarning("event: %s", qPrintable(error));
    }
    if (!transaction.commit(&error))
        qWarning("commit: %s", qPrintable(error));
    sample.talks = talks.id;
    sample.fighting = fighting.id;
    return sample;
}

std::unique_ptr<MainWindow> tst_Languages::makeWindow(const Sample &sample)
{
    auto window = std::make_unique<MainWindow>();
    window->setErrorHandler([](const QString &, const QString &message) {
        qWarning("error: %s", qPrintable(message));
    });
    window->resize(1200, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    if (!window->openWorkspace(sample.path))
        qWarning("could not open %s", qPrintable(sample.path));
    return window;
}

QHash<qint64, qreal> tst_Languages::markPositions(TimelineView *view)
{
    view->grab(); // paints, so the hit areas are those of the current state
    QHash<qint64, qreal> positions;
    const TimelinePainter &painter = view->painter();
    for (int y = 0; y < view->height(); y += 2) {
        for (int x = 0; x < view->width(); x += 2) {
            const TimelinePainter::Hit hit = painter.hitTest(QPointF(x, y));
            if (hit.kind == TimelinePainter::Hit::Kind::Event && !positions.contains(hit.eventId))
                positions.insert(hit.eventId, x);
            else if (hit.kind == TimelinePainter::Hit::Kind::Event)
                positions[hit.eventId] = std::min<qreal>(positions[hit.eventId], x);
        }
    }
    return positions;
}

void tst_Languages::arabicMirrorsTheWindow()
{
    const Sample sample = makeWorkspace();
    auto window = makeWindow(sample);
    QMenu *file = window->menuBar()->findChild<QMenu *>(QStringLiteral("menuFile"));
    QVERIFY(file);
    QCOMPARE(file->title(), QStringLiteral("&File"));
    QCOMPARE(window->layoutDirection(), Qt::LeftToRight);

    // Workspace state the switch must keep.
    window->selectEvent(sample.fighting);
    window->filterBar()->actorEdit()->setText(QString::fromUtf8("طالبان"));
    window->filterBar()->applyNow();
    window->timelineView()->setVisibleRange(DateSpan::julianDay(2014, 1, 1),
                                            DateSpan::julianDay(2021, 1, 1));
    const double from = window->timelineView()->visibleFrom();
    const double to = window->timelineView()->visibleTo();
    const EventFilter filter = window->filter();

    const bool translated = Appearance::applyLanguage(QStringLiteral("ar"), qmDirectory());
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(window->layoutDirection(), Qt::RightToLeft);
    QVERIFY(window->tableDock()->isRightToLeft());
    QVERIFY(window->detailsDock()->widget()->isRightToLeft());
    QCOMPARE(QLocale().language(), QLocale::Arabic);
    // The side panels move to the left, where right-to-left reading starts.
    const auto detailsLeftOfTimeline = [&window] {
        return window->detailsDock()->geometry().center().x()
               < window->centralWidget()->geometry().center().x();
    };
    QTRY_VERIFY(detailsLeftOfTimeline());

    QCOMPARE(window->workspacePath(), sample.path);
    QCOMPARE(window->selectedEvent(), sample.fighting);
    QCOMPARE(window->timelineView()->selectedEvent(), sample.fighting);
    QCOMPARE(window->filter().actorName, filter.actorName);
    QCOMPARE(window->filterBar()->actorEdit()->text(), QString::fromUtf8("طالبان"));
    QCOMPARE(window->timelineView()->visibleFrom(), from);
    QCOMPARE(window->timelineView()->visibleTo(), to);
    QCOMPARE(window->detailsPanel()->eventId(), sample.fighting);

    // Back to English: left to right again, English titles.
    const QString arabicTitle = file->title();
    QVERIFY(Appearance::applyLanguage(QStringLiteral("en"), qmDirectory()));
    QCOMPARE(window->layoutDirection(), Qt::LeftToRight);
    QCOMPARE(file->title(), QStringLiteral("&File"));
    QTRY_VERIFY(!detailsLeftOfTimeline());

    if (!QFile::exists(qmDirectory() + QStringLiteral("/faultline_ar.qm")) || !translated)
        QSKIP("faultline_ar.qm is not built yet: the translated menu title is not checked");
    QVERIFY2(arabicTitle != QStringLiteral("&File"), qPrintable(arabicTitle));
    QVERIFY2(std::any_of(arabicTitle.cbegin(),
                         arabicTitle.cend(),
                         [](QChar c) { return c.unicode() >= 0x0600 && c.unicode() <= 0x06FF; }),
             qPrintable(arabicTitle));
}

void tst_Languages::timeRunsLeftToRightUnderRtl()
{
    const Sample sample = makeWorkspace();
    auto window = makeWindow(sample);
    TimelineView *view = window->timelineView();
    view->setVisibleRange(DateSpan::julianDay(2014, 1, 1), DateSpan::julianDay(2021, 6, 1));
    QCoreApplication::processEvents();
    const QHash<qint64, qreal> ltr = markPositions(view);
    QVERIFY(ltr.contains(sample.talks));
    QVERIFY(ltr.contains(sample.fighting));
    QVERIFY(ltr[sample.talks] < ltr[sample.fighting]);

    Appearance::applyLanguage(QStringLiteral("fa"), qmDirectory());
    QVERIFY(view->isRightToLeft());
    QCoreApplication::processEvents();
    const QHash<qint64, qreal> rtl = markPositions(view);
    QVERIFY(rtl.contains(sample.talks));
    QVERIFY(rtl.contains(sample.fighting));
    // 2015 still left of 2020: the mirrored layout does not mirror time.
    QVERIFY2(rtl[sample.talks] < rtl[sample.fighting],
             qPrintable(QStringLiteral("%1 %2").arg(rtl[sample.talks]).arg(rtl[sample.fighting])));
    QCOMPARE(rtl[sample.talks], ltr[sample.talks]);
}

void tst_Languages::timeRunsRightToLeftByPreference()
{
    const Sample sample = makeWorkspace();
    auto window = makeWindow(sample);
    TimelineView *view = window->timelineView();
    QCOMPARE(view->timeDirection(), TimeScale::Direction::LeftToRight);
    view->setVisibleRange(DateSpan::julianDay(2014, 1, 1), DateSpan::julianDay(2021, 6, 1));
    QCoreApplication::processEvents();
    const QHash<qint64, qreal> before = markPositions(view);
    QVERIFY(before.value(sample.talks) < before.value(sample.fighting));

    // Through the preferences dialog, as a user would.
    QAction *preferences = window->findChild<QAction *>(QStringLiteral("actionPreferences"));
    QVERIFY(preferences);
    bool seen = false;
    QTimer::singleShot(0, this, [&seen] {
        auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        QComboBox *box = dialog->timeDirectionBox();
        QCOMPARE(box->count(), 2);
        box->setCurrentIndex(
            box->findData(Preferences::timeDirectionKey(TimeScale::Direction::RightToLeft)));
        dialog->laneModeBox()->setCurrentIndex(
            dialog->laneModeBox()->findData(Preferences::laneModeKey(LaneMode::Actor)));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    preferences->trigger();
    QVERIFY(seen);

    // The open views turn at once; the visible range stays.
    QCOMPARE(view->timeDirection(), TimeScale::Direction::RightToLeft);
    QCOMPARE(window->overviewChart()->timeDirection(), TimeScale::Direction::RightToLeft);
    QCOMPARE(view->visibleFrom(), double(DateSpan::julianDay(2014, 1, 1)));
    // An Arabic layout mirrors the window, not this choice.
    Appearance::applyLanguage(QStringLiteral("ar"), qmDirectory());
    QVERIFY(view->isRightToLeft());
    QCOMPARE(view->timeDirection(), TimeScale::Direction::RightToLeft);
    QCoreApplication::processEvents();
    const QHash<qint64, qreal> after = markPositions(view);
    QVERIFY(after.contains(sample.talks));
    QVERIFY(after.contains(sample.fighting));
    // 2020 now left of 2015.
    QVERIFY2(after[sample.fighting] < after[sample.talks],
             qPrintable(
                 QStringLiteral("%1 %2").arg(after[sample.fighting]).arg(after[sample.talks])));
    // Lane headers sit where time starts: on the right.
    const TimelinePainter::Layout &layout = view->painter().lastLayout();
    QVERIFY(!layout.laneRows.empty());
    QVERIFY(layout.laneRows.front().header.left() >= layout.plot.right() - 0.5);
    // The overview too: 2020 left of 2015.
    OverviewChart *overview = window->overviewChart();
    overview->grab();
    QVERIFY(overview->xForDay(DateSpan::julianDay(2020, 9, 12))
            < overview->xForDay(DateSpan::julianDay(2015, 7, 1)));

    // Stored for the next start, and a new view starts that way.
    QCOMPARE(Preferences::load().timeDirection, TimeScale::Direction::RightToLeft);
    QCOMPARE(QSettings().value(QLatin1String(Preferences::TimeDirectionKey)).toString(),
             QStringLiteral("rtl"));
    TimelineView fresh;
    QCOMPARE(fresh.timeDirection(), TimeScale::Direction::RightToLeft);
}

void tst_Languages::laneCountsUseLocaleDigits()
{
    // "%Ln": the count in the user's digits, also without a translation.
    for (const QString &language : {QStringLiteral("ar"), QStringLiteral("fa")}) {
        Appearance::applyLanguage(language, qmDirectory());
        const QString digits = QLocale().toString(12);
        QVERIFY2(digits != QStringLiteral("12"), qPrintable(language));
        const QString text = TimelinePainter::tr("%Ln event(s)", nullptr, 12);
        QVERIFY2(text.contains(digits), qPrintable(language + u' ' + text));
        QVERIFY2(!text.contains(QStringLiteral("12")), qPrintable(language + u' ' + text));
    }
}

void tst_Languages::persianWritesPersianDates()
{
    const Sample sample = makeWorkspace();
    auto window = makeWindow(sample);
    Appearance::applyLanguage(QStringLiteral("fa"), qmDirectory());
    Appearance::applyCalendar(CalendarFormatter::System::SolarHijri);
    TimelineView *view = window->timelineView();
    view->setVisibleRange(DateSpan::julianDay(2014, 1, 1), DateSpan::julianDay(2021, 6, 1));
    view->grab();
    const QString labels = view->painter().lastAxisLabels().join(u' ');
    // Solar Hijri years 1393..1399 in Persian digits.
    QVERIFY2(labels.contains(QString::fromUtf8("۱۳۹۹")), qPrintable(labels));
    QVERIFY2(!labels.contains(QLatin1String("2020")), qPrintable(labels));

    // The details panel writes the selected event's date the same way.
    window->selectEvent(sample.fighting);
    auto *date = window->detailsPanel()->findChild<QLabel *>(QStringLiteral("eventDate"));
    QVERIFY(date);
    QVERIFY2(date->text().contains(QString::fromUtf8("شهریور")), qPrintable(date->text()));
    // So does the table: 12 September 2020 is 22 Shahrivar 1399.
    const QAbstractItemModel *table = window->eventTable()->model();
    QString tableDate;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QModelIndex index = table->index(row, int(EventTableModel::Column::Date));
        if (index.data(EventTableModel::EventIdRole).toLongLong() == sample.fighting)
            tableDate = index.data().toString();
    }
    QVERIFY2(tableDate.contains(QString::fromUtf8("۱۳۹۹")), qPrintable(tableDate));
    QVERIFY2(tableDate.contains(QString::fromUtf8("۲۲")), qPrintable(tableDate));
    // Switching the calendar back rewrites the open panel without a new selection.
    Appearance::applyCalendar(CalendarFormatter::System::Gregorian);
    QVERIFY2(!date->text().contains(QString::fromUtf8("شهریور")), qPrintable(date->text()));
    QVERIFY2(date->text().contains(QString::fromUtf8("سپتامبر")), qPrintable(date->text()));
}

void tst_Languages::preferencesChangeCalendarAndLanes()
{
    const Sample sample = makeWorkspace();
    auto window = makeWindow(sample);
    TimelineView *view = window->timelineView();
    view->setVisibleRange(DateSpan::julianDay(2020, 1, 1), DateSpan::julianDay(2020, 6, 1));
    view->grab();
    const QStringList before = view->painter().lastAxisLabels();
    QVERIFY2(before.contains(QStringLiteral("January 2020")), qPrintable(before.join(u' ')));
    QCOMPARE(view->laneMode(), LaneMode::None);

    // Through the menu, as a user would: the dialog is modal.
    QAction *preferences = window->findChild<QAction *>(QStringLiteral("actionPreferences"));
    QVERIFY(preferences);
    bool seen = false;
    QTimer::singleShot(0, this, [&seen] {
        auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        dialog->calendarBox()->setCurrentIndex(dialog->calendarBox()->findData(
            CalendarFormatter::systemKey(CalendarFormatter::System::SolarHijri)));
        dialog->laneModeBox()->setCurrentIndex(
            dialog->laneModeBox()->findData(Preferences::laneModeKey(LaneMode::Actor)));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    preferences->trigger();
    QVERIFY(seen);

    QCOMPARE(CalendarFormatter::defaultSystem(), CalendarFormatter::System::SolarHijri);
    QCOMPARE(view->laneMode(), LaneMode::Actor);
    QVERIFY(window->laneModeAction(LaneMode::Actor)->isChecked());
    view->grab();
    const QStringList after = view->painter().lastAxisLabels();
    QVERIFY(after != before);
    // Months of the Solar Hijri calendar: Farvardin starts 1399 on 20 March 2020.
    QVERIFY2(after.contains(QStringLiteral("Farvardin")), qPrintable(after.join(u' ')));
    QVERIFY2(after.contains(QStringLiteral("Bahman")), qPrintable(after.join(u' ')));
    QVERIFY2(after.contains(QStringLiteral("1399")), qPrintable(after.join(u' ')));
    QVERIFY(!after.contains(QStringLiteral("January 2020")));

    // Stored for the next start.
    const Preferences stored = Preferences::load();
    QCOMPARE(stored.calendar, CalendarFormatter::System::SolarHijri);
    QCOMPARE(stored.laneMode, LaneMode::Actor);
    QCOMPARE(QSettings().value(QLatin1String(Preferences::CalendarKey)).toString(),
             QStringLiteral("solar-hijri"));
}

void tst_Languages::darkThemeIsApplied()
{
    const Sample sample = makeWorkspace();
    auto window = makeWindow(sample);
    TimelineView *view = window->timelineView();
    Appearance::applyTheme(Preferences::Theme::Light);
    QVERIFY(!Appearance::isDark(QApplication::palette()));
    const QImage light = view->grab().toImage();
    Appearance::applyTheme(Preferences::Theme::Dark);
    QVERIFY(Appearance::isDark(QApplication::palette()));
    QVERIFY(Appearance::isDark(view->palette()));
    const QImage dark = view->grab().toImage();
    // The timeline's background follows: light on light, dark on dark.
    const QPoint corner(4, light.height() / 2);
    QVERIFY(qGray(light.pixel(corner)) > 200);
    QVERIFY(qGray(dark.pixel(corner)) < 80);
    // Text stays readable: the axis labels are light on the dark background.
    QVERIFY(view->painter().style().text.lightness() > 180);
}

void tst_Languages::languagesAreListed()
{
    const QStringList languages = TranslationLoader::availableLanguages(qmDirectory());
    QCOMPARE(languages.first(), QStringLiteral("en"));
    for (const QString &code : languages)
        QVERIFY2(TranslationLoader::isKnownLanguage(code), qPrintable(code));
    // A language Faultline does not ship falls back to English, and says so.
    QVERIFY(!TranslationLoader::install(QStringLiteral("de"), qmDirectory()));
    QCOMPARE(QCoreApplication::translate("Faultline::MainWindow", "&File"), QStringLiteral("&File"));
    QVERIFY(TranslationLoader::install(QString(), qmDirectory()));
}

QTEST_MAIN(tst_Languages)
#include "tst_languages.moc"
