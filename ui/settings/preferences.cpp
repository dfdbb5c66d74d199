#include "ui/settings/preferences.h"

#include <QSettings>

namespace Faultline {

const char Preferences::LanguageKey[] = "ui/language";
const char Preferences::CalendarKey[] = "ui/calendar";
const char Preferences::LaneModeKey[] = "timeline/laneMode";
const char Preferences::ThemeKey[] = "ui/theme";
const char Preferences::TimeDirectionKey[] = "timeline/timeDirection";

Preferences Preferences::load()
{
    const QSettings settings;
    Preferences preferences;
    preferences.language = settings.value(QLatin1String(LanguageKey)).toString();
    preferences.calendar = CalendarFormatter::systemFromKey(
                               settings.value(QLatin1String(CalendarKey)).toString())
                               .value_or(CalendarFormatter::System::Gregorian);
    preferences.laneMode = laneModeFromKey(settings.value(QLatin1String(LaneModeKey)).toString());
    preferences.theme = themeFromKey(settings.value(QLatin1String(ThemeKey)).toString())
                            .value_or(Theme::System);
    preferences.timeDirection = timeDirectionFromKey(
        settings.value(QLatin1String(TimeDirectionKey)).toString());
    return preferences;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(QLatin1String(LanguageKey), language);
    settings.setValue(QLatin1String(CalendarKey), CalendarFormatter::systemKey(calendar));
    settings.setValue(QLatin1String(LaneModeKey), laneModeKey(laneMode));
    settings.setValue(QLatin1String(ThemeKey), themeKey(theme));
    settings.setValue(QLatin1String(TimeDirectionKey), timeDirectionKey(timeDirection));
}

QString Preferences::laneModeKey(LaneMode mode)
{
    switch (mode) {
    case LaneMode::None:
        return QStringLiteral("none");
    case LaneMode::Actor:
        return QStringLiteral("actor");
    case LaneMode::EventType:
        return QStringLiteral("type");
    case LaneMode::Article:
        return QStringLiteral("article");
    }
    return QStringLiteral("none");
}

LaneMode Preferences::laneModeFromKey(const QString &key)
{
    for (LaneMode mode : {LaneMode::None, LaneMode::Actor, LaneMode::EventType, LaneMode::Article}) {
        if (laneModeKey(mode) == key)
            return mode;
    }
    return LaneMode::None;
}

QString Preferences::laneModeName(LaneMode mode)
{
    switch (mode) {
    case LaneMode::None:
        return tr("No lanes");
    case LaneMode::Actor:
        return tr("By actor");
    case LaneMode::EventType:
        return tr("By event type");
    case LaneMode::Article:
        return tr("By article");
    }
    return {};
}

QString Preferences::themeKey(Theme theme)
{
    switch (theme) {
    case Theme::System:
        return QStringLiteral("system");
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

std::optional<Preferences::Theme> Preferences::themeFromKey(const QString &key)
{
    for (Theme theme : {Theme::System, Theme::Light, Theme::Dark}) {
        if (themeKey(theme) == key)
            return theme;
    }
    return std::nullopt;
}

QString Preferences::themeName(Theme theme)
{
    switch (theme) {
    case Theme::System:
        return tr("Follow the system");
    case Theme::Light:
        return tr("Light");
    case Theme::Dark:
        return tr("Dark");
    }
    return {};
}

QString Preferences::timeDirectionKey(TimeScale::Direction direction)
{
    switch (direction) {
    case TimeScale::Direction::LeftToRight:
        return QStringLiteral("ltr");
    case TimeScale::Direction::RightToLeft:
        return QStringLiteral("rtl");
    }
    return QStringLiteral("ltr");
}

TimeScale::Direction Preferences::timeDirectionFromKey(const QString &key)
{
    if (key == timeDirectionKey(TimeScale::Direction::RightToLeft))
        return TimeScale::Direction::RightToLeft;
    return TimeScale::Direction::LeftToRight;
}

QString Preferences::timeDirectionName(TimeScale::Direction direction)
{
    switch (direction) {
    case TimeScale::Direction::LeftToRight:
        return tr("Left to right", "time axis direction");
    case TimeScale::Direction::RightToLeft:
        return tr("Right to left", "time axis direction");
    }
    return {};
}

} // namespace Faultline
