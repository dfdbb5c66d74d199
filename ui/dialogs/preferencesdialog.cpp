#include "ui/dialogs/preferencesdialog.h"

#include "ui/panels/overviewchart.h"
#include "ui/settings/appearance.h"
#include "ui/settings/translationloader.h"
#include "ui/timeline/timelineview.h"

#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Faultline {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_calendar = new QComboBox(this);
    m_calendar->setObjectName(QStringLiteral("calendarBox"));
    m_laneMode = new QComboBox(this);
    m_laneMode->setObjectName(QStringLiteral("laneModeBox"));
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("themeBox"));
    m_timeDirection = new QComboBox(this);
    m_timeDirection->setObjectName(QStringLiteral("timeDirectionBox"));
    for (CalendarFormatter::System system : CalendarFormatter::systems())
        m_calendar->addItem(QString(), CalendarFormatter::systemKey(system));
    for (LaneMode mode : {LaneMode::None, LaneMode::Actor, LaneMode::EventType, LaneMode::Article})
        m_laneMode->addItem(QString(), Preferences::laneModeKey(mode));
    for (auto theme :
         {Preferences::Theme::System, Preferences::Theme::Light, Preferences::Theme::Dark})
        m_theme->addItem(QString(), Preferences::themeKey(theme));
    for (auto direction : {TimeScale::Direction::LeftToRight, TimeScale::Direction::RightToLeft})
        m_timeDirection->addItem(QString(), Preferences::timeDirectionKey(direction));
    fillLanguages();

    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    m_languageNote = new QLabel(this);
    m_languageNote->setWordWrap(true);
    m_languageNote->setForegroundRole(QPalette::PlaceholderText);
    m_calendarLabel = new QLabel(this);
    m_calendarLabel->setBuddy(m_calendar);
    m_calendarExample = new QLabel(this);
    m_calendarExample->setObjectName(QStringLiteral("calendarExample"));
    m_calendarExample->setTextFormat(Qt::PlainText);
    m_calendarExample->setForegroundRole(QPalette::PlaceholderText);
    m_laneModeLabel = new QLabel(this);
    m_laneModeLabel->setBuddy(m_laneMode);
    m_themeLabel = new QLabel(this);
    m_themeLabel->setBuddy(m_theme);
    m_timeDirectionLabel = new QLabel(this);
    m_timeDirectionLabel->setBuddy(m_timeDirection);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(QString(), m_languageNote);
    form->addRow(m_calendarLabel, m_calendar);
    form->addRow(QString(), m_calendarExample);
    form->addRow(m_laneModeLabel, m_laneMode);
    form->addRow(m_themeLabel, m_theme);
    form->addRow(m_timeDirectionLabel, m_timeDirection);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::Apply,
                                     this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply),
            &QPushButton::clicked,
            this,
            &PreferencesDialog::apply);
    connect(m_calendar, &QComboBox::currentIndexChanged, this, [this] { updateCalendarExample(); });

    retranslateUi();
    setPreferences(Preferences::load());
}

void PreferencesDialog::fillLanguages()
{
    // Each language by its own name, so a user lost in a foreign UI finds theirs.
    m_language->addItem(QString(), QString());
    for (const QString &code : TranslationLoader::availableLanguages()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(name.isEmpty() ? code : name, code);
    }
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_languageLabel->setText(tr("&Language:"));
    m_languageNote->setText(tr("Arabic and Persian also mirror the layout, right to left."));
    m_calendarLabel->setText(tr("&Calendar:"));
    m_laneModeLabel->setText(tr("Default &lanes:"));
    m_themeLabel->setText(tr("&Theme:"));
    m_timeDirectionLabel->setText(tr("Time &runs:", "time axis direction"));
    m_language->setItemText(0,
                            tr("System default (%1)").arg(QLocale::system().nativeLanguageName()));
    for (int i = 0; i < m_calendar->count(); ++i) {
        const auto system = CalendarFormatter::systemFromKey(m_calendar->itemData(i).toString());
        if (system)
            m_calendar->setItemText(i, CalendarFormatter::systemName(*system));
    }
    for (int i = 0; i < m_laneMode->count(); ++i)
        m_laneMode->setItemText(i,
                                Preferences::laneModeName(Preferences::laneModeFromKey(
                                    m_laneMode->itemData(i).toString())));
    for (int i = 0; i < m_theme->count(); ++i) {
        const auto theme = Preferences::themeFromKey(m_theme->itemData(i).toString());
        if (theme)
            m_theme->setItemText(i, Preferences::themeName(*theme));
    }
    for (int i = 0; i < m_timeDirection->count(); ++i)
        m_timeDirection->setItemText(i,
                                     Preferences::timeDirectionName(
                                         Preferences::timeDirectionFromKey(
                                             m_timeDirection->itemData(i).toString())));
    updateCalendarExample();
}

void PreferencesDialog::updateCalendarExample()
{
    const auto system = CalendarFormatter::systemFromKey(m_calendar->currentData().toString());
    const CalendarFormatter formatter(system.value_or(CalendarFormatter::System::Gregorian),
                                      QLocale());
    m_calendarExample->setText(
        tr("Today: %1").arg(formatter.dayText(QDate::currentDate().toJulianDay())));
}

void PreferencesDialog::selectData(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    box->setCurrentIndex(std::max(0, index));
}

void PreferencesDialog::setPreferences(const Preferences &preferences)
{
    m_applied = preferences;
    if (m_language->findData(preferences.language) < 0)
        m_language->addItem(preferences.language, preferences.language);
    selectData(m_language, preferences.language);
    selectData(m_calendar, CalendarFormatter::systemKey(preferences.calendar));
    selectData(m_laneMode, Preferences::laneModeKey(preferences.laneMode));
    selectData(m_theme, Preferences::themeKey(preferences.theme));
    selectData(m_timeDirection, Preferences::timeDirectionKey(preferences.timeDirection));
}

Preferences PreferencesDialog::preferences() const
{
    Preferences preferences;
    preferences.language = m_language->currentData().toString();
    preferences.calendar = CalendarFormatter::systemFromKey(m_calendar->currentData().toString())
                               .value_or(CalendarFormatter::System::Gregorian);
    preferences.laneMode = Preferences::laneModeFromKey(m_laneMode->currentData().toString());
    preferences.theme = Preferences::themeFromKey(m_theme->currentData().toString())
                            .value_or(Preferences::Theme::System);
    preferences.timeDirection = Preferences::timeDirectionFromKey(
        m_timeDirection->currentData().toString());
    return preferences;
}

void PreferencesDialog::apply()
{
    const Preferences chosen = preferences();
    chosen.save();
    // Only what changed: a new language retranslates every widget.
    if (chosen.theme != m_applied.theme)
        Appearance::applyTheme(chosen.theme);
    Appearance::applyCalendar(chosen.calendar);
    if (chosen.language != m_applied.language
        || chosen.language != TranslationLoader::currentLanguage())
        Appearance::applyLanguage(chosen.language);
    // Time turns around at once in every timeline and overview (no-ops when unchanged).
    for (QWidget *window : QApplication::topLevelWidgets()) {
        for (TimelineView *view : window->findChildren<TimelineView *>())
            view->setTimeDirection(chosen.timeDirection);
        for (OverviewChart *chart : window->findChildren<OverviewChart *>())
            chart->setTimeDirection(chosen.timeDirection);
    }
    m_applied = chosen;
    emit applied(chosen);
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::LocaleChange)
        updateCalendarExample();
    QDialog::changeEvent(event);
}

} // namespace Faultline
