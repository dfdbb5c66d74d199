#include "app/commandline.h"
#include "app/translationloader.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
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

} // namespace

int main(int argc, char *argv[])
{
    // Sub-commands run headless: no display, no GUI platform plugin.
    if (Faultline::CommandLine::isHeadless(rawArguments(argc, argv))) {
        QCoreApplication app(argc, argv);
        describe();
        Faultline::TranslationLoader::install();
        // stdout and stderr are the command's output: no debug chatter unless
        // the user asks for it with QT_LOGGING_RULES.
        if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
            QLoggingCategory::setFilterRules(QStringLiteral("faultline.*.debug=false"));
        return Faultline::CommandLine().run(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    describe();
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
