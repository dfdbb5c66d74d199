#include "app/commandline.h"
#include "app/translationloader.h"
#include "ui/mainwindow.h"

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

int runCommandLine()
{
    describe();
    Faultline::TranslationLoader::install();
    // stdout and stderr are the command's output: no debug chatter unless
    // the user asks for it with QT_LOGGING_RULES.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("faultline.*.debug=false"));
    return Faultline::CommandLine().run(QCoreApplication::arguments());
}

} // namespace

int main(int argc, char *argv[])
{
    // Sub-commands run headless: no display, no GUI platform plugin.
    const QStringList arguments = rawArguments(argc, argv);
    if (Faultline::CommandLine::isHeadless(arguments)) {
        const auto command = Faultline::CommandLine::command(arguments.value(1));
        if (command && command->needsGuiApplication()) {
            // Painting needs fonts and a GUI application, but still no display.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            previousHandler = qInstallMessageHandler(quietPlatformStart);
            QGuiApplication app(argc, argv);
            qInstallMessageHandler(previousHandler);
            return runCommandLine();
        }
        QCoreApplication app(argc, argv);
        return runCommandLine();
    }

    QApplication app(argc, argv);
    describe();
    // Lets desktops match the window to org.faultline.Faultline.desktop and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.faultline.Faultline"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/faultline.svg")));
    Faultline::TranslationLoader::install();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Dated events and actors from conflict reporting."));
    parser.addPositionalArgument(
        QStringLiteral("workspace"),
        QCoreApplication::translate("main", "The workspace to open (default: the last one)."),
        QStringLiteral("[WORKSPACE]"));
    if (!parser.parse(QCoreApplication::arguments())) {
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
