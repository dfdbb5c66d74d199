#pragma once

#include <QMainWindow>

namespace Faultline {

class Workspace;

// The application's main window: timeline in the centre, panels as docks.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) the workspace at path; shows a message and returns
    // false when it cannot be opened.
    bool openWorkspace(const QString &path);
    QString workspacePath() const;

private:
    QString m_workspacePath;
};

} // namespace Faultline
