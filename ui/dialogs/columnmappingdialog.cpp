#include "ui/dialogs/columnmappingdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Faultline {

namespace {

QString settingsKey(const QStringList &header)
{
    return QStringLiteral("import/columnMappings/") + ColumnMapping::headerKey(header);
}

} // namespace

ColumnMappingDialog::ColumnMappingDialog(const QString &fileName,
                                         const QStringList &header,
                                         QWidget *parent)
    : QDialog(parent)
    , m_header(header)
{
    setObjectName(QStringLiteral("columnMappingDialog"));
    setWindowTitle(tr("Columns of %1").arg(fileName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose the columns that hold each part of an event. A date and "
                                "a title are needed; the whole row is kept as evidence."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    for (int f = 0; f < ColumnMapping::FieldCount; ++f) {
        const auto field = ColumnMapping::Field(f);
        auto *box = new QComboBox(this);
        box->setObjectName(QStringLiteral("column_") + ColumnMapping::fieldKey(field));
        box->addItem(ColumnMapping::isRequired(field) ? tr("(choose a column)") : tr("(none)"),
                     QString());
        for (const QString &name : header)
            box->addItem(name, name);
        connect(box, &QComboBox::currentIndexChanged, this, &ColumnMappingDialog::validate);
        m_boxes[size_t(f)] = box;
        form->addRow(ColumnMapping::fieldName(field), box);
    }
    layout->addLayout(form);
    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("mappingFeedback"));
    m_feedback->setTextFormat(Qt::PlainText);
    layout->addWidget(m_feedback);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ColumnMappingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ColumnMappingDialog::reject);
    layout->addWidget(m_buttons);
    setMapping(storedMapping(header));
}

ColumnMapping ColumnMappingDialog::mapping() const
{
    ColumnMapping mapping;
    for (int f = 0; f < ColumnMapping::FieldCount; ++f)
        mapping.setColumn(ColumnMapping::Field(f), m_boxes[size_t(f)]->currentData().toString());
    return mapping;
}

void ColumnMappingDialog::setMapping(const ColumnMapping &mapping)
{
    for (int f = 0; f < ColumnMapping::FieldCount; ++f) {
        QComboBox *box = m_boxes[size_t(f)];
        const int index = box->findData(mapping.column(ColumnMapping::Field(f)));
        box->setCurrentIndex(index < 0 ? 0 : index);
    }
    validate();
}

void ColumnMappingDialog::validate()
{
    const bool complete = mapping().isComplete();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
    m_feedback->setText(complete ? QString() : tr("Choose a column for the date and the title."));
}

void ColumnMappingDialog::accept()
{
    if (!mapping().isComplete())
        return;
    storeMapping(m_header, mapping());
    QDialog::accept();
}

ColumnMapping ColumnMappingDialog::storedMapping(const QStringList &header)
{
    const QString stored = QSettings().value(settingsKey(header)).toString();
    if (!stored.isEmpty())
        return ColumnMapping::fromString(stored);
    return ColumnMapping::guess(header);
}

void ColumnMappingDialog::storeMapping(const QStringList &header, const ColumnMapping &mapping)
{
    QSettings().setValue(settingsKey(header), mapping.toString());
}

} // namespace Faultline
