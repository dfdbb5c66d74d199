#pragma once

#include "core/interchange/columnmapping.h"

#include <QDialog>
#include <QStringList>

#include <array>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace Faultline {

// Asks which column of a CSV holds the date, end date, title, actors, type,
// location and source. It starts from the mapping last used for the same
// header (kept in QSettings, keyed by the header), or one guessed from the
// column names, and remembers the one accepted.
class ColumnMappingDialog : public QDialog
{
    Q_OBJECT

public:
    ColumnMappingDialog(const QString &fileName,
                        const QStringList &header,
                        QWidget *parent = nullptr);

    ColumnMapping mapping() const;
    void setMapping(const ColumnMapping &mapping);
    QComboBox *comboBox(ColumnMapping::Field field) const { return m_boxes[size_t(field)]; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    // The mapping remembered for this header, else the guessed one.
    static ColumnMapping storedMapping(const QStringList &header);
    static void storeMapping(const QStringList &header, const ColumnMapping &mapping);

    void accept() override;

private:
    void validate();

    QStringList m_header;
    std::array<QComboBox *, ColumnMapping::FieldCount> m_boxes{};
    QLabel *m_feedback = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Faultline
