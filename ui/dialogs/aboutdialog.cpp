#include "ui/dialogs/aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace Faultline {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Faultline"));

    auto *icon = new QLabel(this);
    const int side = fontMetrics().height() * 5;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/faultline.svg"))
                        .pixmap(QSize(side, side), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);

    auto *name = new QLabel(tr("Faultline %1").arg(QCoreApplication::applicationVersion()), this);
    name->setObjectName(QStringLiteral("aboutName"));
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    name->setFont(nameFont);

    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setText(tr("Dated events and actors from conflict reporting, as a timeline and an "
                     "actor graph. Every event leads back to the sentence it was read in.\n\n"
                     "Licence: GNU General Public License, version 3 or later "
                     "(GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.\n\n"
                     "Built with Qt %1.")
                      .arg(QString::fromLatin1(qVersion())));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *textColumn = new QVBoxLayout;
    textColumn->addWidget(name);
    textColumn->addWidget(text);
    textColumn->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addLayout(textColumn, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 32);
}

} // namespace Faultline
