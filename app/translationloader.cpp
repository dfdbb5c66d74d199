#include "app/translationloader.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace Faultline {

void TranslationLoader::install(const QString &language)
{
    // The translators live as long as the application.
    auto *english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral(":/i18n/faultline_en.qm")))
        QCoreApplication::installTranslator(english);

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (locale.language() != QLocale::English
        && translator->load(locale,
                            QStringLiteral("faultline"),
                            QStringLiteral("_"),
                            QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
    } else {
        delete translator;
    }
}

} // namespace Faultline
