#include "app/commandline.h"
#include "ui/mainwindow.h"
#include "ui/settings/appearance.h"
#include "ui/settings/preferences.h"
#include "ui/settings/translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QLoggingCategory>

#include <cstdio>

namespace {

void describe()
{
    QCoreApplication::setApplicationName(QStringLiteral("Faultline"));
    QCoreApplication::setOrganizationName(QStringLiteral("Faultline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FAULTLINE_VERSION));
}

QStringList rawArguments(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

// The language asked for with --lang CODE (or --lang=CODE), anywhere before a
// lone "--"; taken out of the arguments so that commands never see it.
struct LanguageOption
{
    bool given = false;
    bool missingValue = false;
    QString code;
};

LanguageOption takeLanguageOption(QStringList *arguments)
{
    LanguageOption option;
    for (qsizetype i = 1; i < arguments->size();) {
        const QString argument = arguments->at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == QLatin1String("--lang")) {
            option.given = true;
            if (i + 1 >= arguments->size() || arguments->at(i + 1).startsWith(u'-')) {
                option.missingValue = true;
                arguments->remove(i);
            } else {
                option.code = arguments->at(i + 1);
                arguments->remove(i, 2);
            }
            continue;
        }
        if (argument.startsWith(QLatin1String("--lang="))) {
            option.given = true;
            option.code = argument.mid(7);
            option.missingValue = option.code.isEmpty();
            arguments->remove(i);
            continue;
        }
        ++i;
    }
    return option;
}

void writeError(const QString &message)
{
    std::fprintf(stderr, "faultline: %s\n", message.toUtf8().constData());
}

// Installs the translations; a language Faultline does not ship falls back to
// English with a note on stderr (the output itself is unaffected).
void installLanguage(const LanguageOption &option, const QString &preferred)
{
    const QString language = option.given ? option.code : preferred;
    if (!Faultline::TranslationLoader::install(language) && option.given)
        writeError(QCoreApplication::translate("main",
                                               "No translation for '%1'; messages stay in "
                                               "English.")
                       .arg(language));
}

QtMessageHandler previousHandler = nullptr;

// While the offscreen platform starts, Qt notes on stderr that XDG_RUNTIME_DIR
// is not set (usual for scripts and services) and uses a default: chatter that
// would spoil the command's one-line output. Everything else passes.
void quietPlatformStart(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtFatalMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

int runCommandLine(const QStringList &arguments, const LanguageOption &language)
{
    describe();
    installLanguage(language, QString());
    // stdout and stderr are the command's output: no debug or progress chatter
    // ("faultline.import: importing ...") unless the user asks for it with
    // QT_LOGGING_RULES; warnings still show.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(
            QStringLiteral("faultline.*.debug=false\nfaultline.*.info=false"));
    return Faultline::CommandLine().run(arguments);
}

} // namespace

int main(int argc, char *argv[])
{
    // Sub-commands run headless: no display, no GUI platform plugin.
    QStringList arguments = rawArguments(argc, argv);
    const LanguageOption language = takeLanguageOption(&arguments);
    if (language.missingValue) {
        writeError(
            QCoreApplication::translate("main", "--lang needs a language code, such as fr or ar."));
        return 2;
    }
    if (Faultline::CommandLine::isHeadless(arguments)) {
        const auto command = Faultline::CommandLine::command(arguments.value(1));
        if (command && command->needsGuiApplication(arguments.mid(2))) {
            // Painting needs fonts and a GUI application, but still no display.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            previousHandler = qInstallMessageHandler(quietPlatformStart);
            QGuiApplication app(argc, argv);
            qInstallMessageHandler(previousHandler);
            return runCommandLine(arguments, language);
        }
        QCoreApplication app(argc, argv);
        return runCommandLine(arguments, language);
    }

    QApplication app(argc, argv);
    describe();
    // Lets desktops match the window to org.faultline.Faultline.desktop and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.faultline.Faultline"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/faultline.svg")));
    // The preferences, with --lang for this run only.
    const Faultline::Preferences preferences = Faultline::Preferences::load();
    Faultline::Appearance::applyTheme(preferences.theme);
    Faultline::Appearance::applyCalendar(preferences.calendar);
    installLanguage(language, preferences.language);
    QGuiApplication::setLayoutDirection(Faultline::Appearance::directionFor(QLocale()));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Dated events and actors from conflict reporting."));
    parser.addPositionalArgument(
        QStringLiteral("workspace"),
        QCoreApplication::translate("main", "The workspace to open (default: the last one)."),
        QStringLiteral("[WORKSPACE]"));
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "faultline: %s\n", parser.errorText().toUtf8().constData());
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        std::fprintf(stderr,
                     "faultline: %s\n",
                     QCoreApplication::translate("main", "Give at most one workspace.")
                         .toUtf8()
                         .constData());
        return 2;
    }

    Faultline::MainWindow window;
    // An empty path lets the window pick the last workspace or a default one.
    window.openWorkspace(positional.value(0));
    window.show();
    return app.exec();
}
