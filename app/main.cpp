#include "ui/mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Faultline"));
    QApplication::setOrganizationName(QStringLiteral("Faultline"));
    QApplication::setApplicationVersion(QStringLiteral(FAULTLINE_VERSION));
    Faultline::MainWindow window;
    window.show();
    return app.exec();
}
