#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace Faultline {

// Installs Faultline's translations into the running application: the English
// plural forms as a base ("1 event", "2 events"), then the chosen language on
// top when Faultline ships it. A later call replaces what an earlier one
// installed, so the language can change while the application runs (widgets
// get QEvent::LanguageChange). QtCore only: the command line uses it too.
class TranslationLoader
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::TranslationLoader)

public:
    static QString defaultDirectory() { return QStringLiteral(":/i18n"); }

    // language: empty follows the system locale, else a code such as "ar",
    // "fa" or "fr" (or "fa_AF"). Also makes that language's QLocale the
    // default, so dates and numbers follow. Returns false when Faultline has
    // no translation for a language asked for by name (English is used then).
    static bool install(const QString &language = QString(),
                        const QString &directory = defaultDirectory());
    // The language last installed ("" for the system's).
    static QString currentLanguage();
    // The locale a language setting stands for.
    static QLocale localeFor(const QString &language);
    // Codes of the languages Faultline ships (English first), from the .qm
    // files in directory.
    static QStringList availableLanguages(const QString &directory = defaultDirectory());
    // Whether a language code names a locale Qt knows ("ar", "fa_AF"; not "xx").
    static bool isKnownLanguage(const QString &language);
};

} // namespace Faultline
