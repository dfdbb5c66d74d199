#pragma once

#include <QDialog>

namespace Faultline {

// Name, version, purpose and licence of the application.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace Faultline
