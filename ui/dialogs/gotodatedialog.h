#pragma once

#include "core/model/datespan.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Faultline {

// Asks for a date in ISO form (YYYY, YYYY-MM or YYYY-MM-DD) to move the timeline to.
class GoToDateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GoToDateDialog(QWidget *parent = nullptr);

    void setText(const QString &text);
    QLineEdit *dateEdit() const { return m_edit; }
    // The date typed, when it parses.
    std::optional<DateSpan> date() const;

private:
    void validate();

    QLineEdit *m_edit = nullptr;
    QLabel *m_feedback = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Faultline
