#pragma once

#include "ui/settings/preferences.h"

#include <QLocale>
#include <QPalette>

namespace Faultline {

// Applies preferences to the running application: the language (translations,
// default QLocale and, for Arabic and Persian, a right-to-left layout), the
// calendar of every date shown, and the light or dark palette. Widgets learn of
// it through QEvent::LanguageChange, LocaleChange, LayoutDirectionChange and
// PaletteChange, so the open workspace, filters and selection stay as they are.
class Appearance
{
public:
    static void apply(const Preferences &preferences);

    // False when Faultline ships no translation for the language (English then).
    // The .qm files are looked up in directory (the embedded ones by default).
    static bool applyLanguage(const QString &language, const QString &directory = QString());
    static void applyCalendar(CalendarFormatter::System calendar);
    static void applyTheme(Preferences::Theme theme);

    // Right to left for the languages written that way (ar, fa, he, ...).
    static Qt::LayoutDirection directionFor(const QLocale &locale);
    // Whether a palette is a dark one (light text on a dark window).
    static bool isDark(const QPalette &palette);
    static QPalette lightPalette();
    static QPalette darkPalette();

    // Tells every widget that dates and numbers must be written anew.
    static void notifyLocaleChange();
};

} // namespace Faultline
