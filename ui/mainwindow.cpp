#include "ui/mainwindow.h"

#include <QFileInfo>
#include <QLabel>

namespace Faultline {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Faultline"));
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openWorkspace(const QString &path)
{
    m_workspacePath = path;
    setWindowTitle(tr("%1 - Faultline").arg(QFileInfo(path).fileName()));
    return true;
}

QString MainWindow::workspacePath() const
{
    return m_workspacePath;
}

} // namespace Faultline
