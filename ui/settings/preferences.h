#pragma once

#include "core/model/calendarformatter.h"
#include "core/query/lanemode.h"
#include "core/query/timescale.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Faultline {

// The user's preferences as stored in QSettings: language, calendar, default
// lanes, theme and the direction time runs in. A value type; Appearance applies it to the application.
class Preferences
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::Preferences)

public:
    enum class Theme { System, Light, Dark };

    QString language; // empty: the system's
    CalendarFormatter::System calendar = CalendarFormatter::System::Gregorian;
    LaneMode laneMode = LaneMode::None;
    Theme theme = Theme::System;
    // Left to right stays the default, as in most right-to-left newsrooms' charts.
    TimeScale::Direction timeDirection = TimeScale::Direction::LeftToRight;

    static Preferences load();
    void save() const;

    // Settings keys; the lane mode is the one the main window restores.
    static const char LanguageKey[];
    static const char CalendarKey[];
    static const char LaneModeKey[];
    static const char ThemeKey[];
    static const char TimeDirectionKey[];

    static QString laneModeKey(LaneMode mode);
    static LaneMode laneModeFromKey(const QString &key); // None for an unknown key
    static QString laneModeName(LaneMode mode);          // translated, for menus
    static QString themeKey(Theme theme);
    static std::optional<Theme> themeFromKey(const QString &key);
    static QString themeName(Theme theme); // translated
    static QString timeDirectionKey(TimeScale::Direction direction);
    // LeftToRight for an unknown key
    static TimeScale::Direction timeDirectionFromKey(const QString &key);
    static QString timeDirectionName(TimeScale::Direction direction); // translated

    friend bool operator==(const Preferences &, const Preferences &) = default;
};

} // namespace Faultline
