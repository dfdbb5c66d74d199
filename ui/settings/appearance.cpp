#include "ui/settings/appearance.h"

#include "ui/settings/translationloader.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QWidget>

namespace Faultline {

namespace {

// Qt tells widgets of a new palette or translator only while the event loop
// runs (and posts the latter); sending it here makes the change complete on
// return, also before exec() and in tests. Receiving it twice is harmless.
void sendToWidgets(QEvent::Type type, bool topLevelOnly)
{
    // A widget may rebuild its children on the event (the details panel
    // does): only widgets still alive get it.
    QList<QPointer<QWidget>> widgets;
    const QWidgetList all = topLevelOnly ? QApplication::topLevelWidgets()
                                         : QApplication::allWidgets();
    for (QWidget *widget : all)
        widgets.append(widget);
    for (const QPointer<QWidget> &widget : std::as_const(widgets)) {
        if (!widget)
            continue;
        QEvent event(type);
        QCoreApplication::sendEvent(widget, &event);
    }
}

} // namespace

void Appearance::apply(const Preferences &preferences)
{
    applyTheme(preferences.theme);
    applyCalendar(preferences.calendar);
    applyLanguage(preferences.language);
}

Qt::LayoutDirection Appearance::directionFor(const QLocale &locale)
{
    return locale.textDirection() == Qt::RightToLeft ? Qt::RightToLeft : Qt::LeftToRight;
}

bool Appearance::applyLanguage(const QString &language, const QString &directory)
{
    const bool ok = TranslationLoader::install(language,
                                               directory.isEmpty()
                                                   ? TranslationLoader::defaultDirectory()
                                                   : directory);
    // Mirror docks, toolbars, tables and dialogs; the timeline keeps time
    // running left to right (it paints in its own coordinates).
    QGuiApplication::setLayoutDirection(directionFor(QLocale()));
    // Top-level widgets pass it on to their children.
    sendToWidgets(QEvent::LanguageChange, true);
    notifyLocaleChange();
    return ok;
}

void Appearance::applyCalendar(CalendarFormatter::System calendar)
{
    if (CalendarFormatter::defaultSystem() == calendar)
        return;
    CalendarFormatter::setDefaultSystem(calendar);
    notifyLocaleChange();
}

void Appearance::notifyLocaleChange()
{
    sendToWidgets(QEvent::LocaleChange, false);
}

bool Appearance::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

void Appearance::applyTheme(Preferences::Theme theme)
{
    switch (theme) {
    case Preferences::Theme::System:
        // A palette with nothing set resolves to the platform's own, which on
        // Qt 6.5+ follows the desktop's colour scheme; the views derive light or
        // dark from its lightness.
        QApplication::setPalette(QPalette());
        break;
    case Preferences::Theme::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Preferences::Theme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
    sendToWidgets(QEvent::ApplicationPaletteChange, false);
}

QPalette Appearance::lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf5, 0xf3));
    p.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Button, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::ButtonText, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::BrightText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Light, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Midlight, QColor(0xe3, 0xe3, 0xe3));
    p.setColor(QPalette::Mid, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Dark, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Shadow, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Highlight, QColor(0x00, 0x72, 0xb2));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x00, 0x5a, 0x8c));
    p.setColor(QPalette::LinkVisited, QColor(0x6a, 0x3d, 0x9a));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe8));
    p.setColor(QPalette::ToolTipText, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::PlaceholderText, QColor(0x75, 0x75, 0x75));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x9a, 0x9a, 0x9a));
    return p;
}

QPalette Appearance::darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe6));
    p.setColor(QPalette::BrightText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x3e));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, QColor(0x00, 0x00, 0x00));
    // Okabe-Ito sky blue: the blue of the light palette is too dark on black.
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x7f, 0xb8));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x56, 0xb4, 0xe9));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9a, 0xe0));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x98));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7a, 0x78));
    return p;
}

} // namespace Faultline
