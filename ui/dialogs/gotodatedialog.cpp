#include "ui/dialogs/gotodatedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Faultline {

GoToDateDialog::GoToDateDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("goToDateDialog"));
    setWindowTitle(tr("Go to Date"));

    auto *prompt = new QLabel(tr("&Date (YYYY, YYYY-MM or YYYY-MM-DD; -0500 for 501 BCE):"), this);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("dateEdit"));
    m_edit->setPlaceholderText(tr("2020-09-14"));
    prompt->setBuddy(m_edit);
    m_feedback = new QLabel(this);
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->setObjectName(QStringLiteral("dateFeedback"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_edit);
    layout->addWidget(m_feedback);
    layout->addWidget(m_buttons);

    connect(m_edit, &QLineEdit::textChanged, this, &GoToDateDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void GoToDateDialog::setText(const QString &text)
{
    m_edit->setText(text);
    m_edit->selectAll();
}

std::optional<DateSpan> GoToDateDialog::date() const
{
    return DateSpan::fromIso(m_edit->text().trimmed());
}

void GoToDateDialog::validate()
{
    const std::optional<DateSpan> span = date();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(span.has_value());
    if (span)
        m_feedback->setText(span->toDisplayString());
    else if (m_edit->text().trimmed().isEmpty())
        m_feedback->setText(QString());
    else
        m_feedback->setText(tr("Not a date in ISO form"));
}

} // namespace Faultline
