#include "ui/settings/translationloader.h"

#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace Faultline {

namespace {

QPointer<QTranslator> &englishTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator> &languageTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

// Qt's own strings (standard buttons, the command-line parser, dialogs).
QPointer<QTranslator> &qtTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QString &installedLanguage()
{
    static QString language;
    return language;
}

void remove(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}

} // namespace

QLocale TranslationLoader::localeFor(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

bool TranslationLoader::isKnownLanguage(const QString &language)
{
    return !language.isEmpty() && QLocale(language).language() != QLocale::C;
}

QString TranslationLoader::currentLanguage()
{
    return installedLanguage();
}

bool TranslationLoader::install(const QString &language, const QString &directory)
{
    remove(languageTranslator());
    remove(englishTranslator());
    remove(qtTranslator());
    installedLanguage() = language;

    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);

    // The translators live as long as the application, or until the next call.
    auto *english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral("faultline_en"), directory)) {
        QCoreApplication::installTranslator(english);
        englishTranslator() = english;
    } else {
        delete english;
    }

    if (!language.isEmpty() && !isKnownLanguage(language))
        return false; // not a language at all ("xx"): English
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, QStringLiteral("faultline"), QStringLiteral("_"), directory)) {
        QCoreApplication::installTranslator(translator);
        languageTranslator() = translator;
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(locale,
                     QStringLiteral("qtbase"),
                     QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            qtTranslator() = qt;
        } else {
            delete qt; // qt6-translations-l10n is not installed: Qt's strings stay English
        }
        return true;
    }
    delete translator;
    // The system's language may simply not be translated yet: only a language
    // asked for by name is a failure.
    return language.isEmpty();
}

QStringList TranslationLoader::availableLanguages(const QString &directory)
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files = QDir(directory).entryList({QStringLiteral("faultline_*.qm")},
                                                        QDir::Files,
                                                        QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(10, file.size() - 13); // faultline_XX.qm
        if (!code.isEmpty() && !languages.contains(code))
            languages.append(code);
    }
    return languages;
}

} // namespace Faultline
