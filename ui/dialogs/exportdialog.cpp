#include "ui/dialogs/exportdialog.h"

#include "ui/export/graphexporter.h"
#include "ui/graph/actorgraphview.h"
#include "ui/timeline/timelineview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace Faultline {

namespace {

constexpr auto SettingsDirectory = "export/directory";
constexpr int PreviewDelayMs = 150;

QString suffixOf(TimelineExportOptions::Format format)
{
    switch (format) {
    case TimelineExportOptions::Format::Png:
        return QStringLiteral("png");
    case TimelineExportOptions::Format::Pdf:
        return QStringLiteral("pdf");
    case TimelineExportOptions::Format::Svg:
        return QStringLiteral("svg");
    }
    return QStringLiteral("png");
}

} // namespace

TimelineExportOptions ExportDialog::optionsFromView(const TimelineView &view)
{
    TimelineExportOptions options;
    options.filter = view.filter();
    options.laneMode = view.laneMode();
    options.laneOrder = view.laneOrder();
    for (qint64 key : std::as_const(options.laneOrder)) {
        if (view.isLaneCollapsed(key))
            options.collapsedLanes.insert(key);
    }
    options.fromDay = view.visibleFrom();
    options.toDay = view.visibleTo();
    return options;
}

TimelineExportOptions ExportDialog::optionsFromView(const ActorGraphView &view)
{
    TimelineExportOptions options;
    options.filter = view.filter();
    if (const std::optional<std::pair<double, double>> range = view.timeRange()) {
        options.fromDay = range->first;
        options.toDay = range->second;
    }
    return options;
}

ExportDialog::ExportDialog(Workspace *workspace,
                           const TimelineExportOptions &viewOptions,
                           QWidget *parent)
    : ExportDialog(Subject::Timeline, workspace, viewOptions, parent)
{}

ExportDialog::~ExportDialog() = default;

void ExportDialog::setShownGraph(const ActorGraphView &view)
{
    if (!m_graphExporter)
        return;
    std::vector<QPointF> positions;
    positions.reserve(view.graph().nodes().size());
    for (const ActorGraph::Node &node : view.graph().nodes())
        positions.push_back(view.positionOf(node.actorId).value_or(QPointF()));
    m_graphExporter->setShownGraph(view.effectiveFilter(), view.graph(), positions);
    updatePreview();
}

ExportDialog::ExportDialog(Subject subject,
                           Workspace *workspace,
                           const TimelineExportOptions &viewOptions,
                           QWidget *parent)
    : QDialog(parent)
    , m_subject(subject)
    , m_workspace(workspace)
    , m_viewOptions(viewOptions)
    , m_exporter(workspace)
{
    setObjectName(QStringLiteral("exportDialog"));
    const bool graph = subject == Subject::Graph;
    setWindowTitle(graph ? tr("Export Graph") : tr("Export Timeline"));
    if (graph)
        m_graphExporter = std::make_unique<GraphExporter>(workspace);

    // What the visible range is, in words, for the scope choice.
    QString visibleText = tr("&Visible range");
    if (m_viewOptions.fromDay && m_viewOptions.toDay) {
        QString error;
        if (m_exporter.setOptions(m_viewOptions, &error)) {
            const QString range = m_exporter.dateRangeText(*m_viewOptions.fromDay,
                                                           *m_viewOptions.toDay);
            if (!range.isEmpty())
                visibleText = tr("&Visible range (%1)").arg(range);
        }
    }

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("PNG image"), int(TimelineExportOptions::Format::Png));
    m_format->addItem(tr("PDF document"), int(TimelineExportOptions::Format::Pdf));
    m_format->addItem(tr("SVG drawing"), int(TimelineExportOptions::Format::Svg));

    m_visible = new QRadioButton(visibleText, this);
    m_visible->setObjectName(QStringLiteral("scopeVisible"));
    m_everything = new QRadioButton(tr("&Everything"), this);
    m_everything->setObjectName(QStringLiteral("scopeEverything"));
    m_visible->setChecked(true);
    auto *scopeLayout = new QVBoxLayout;
    scopeLayout->addWidget(m_visible);
    scopeLayout->addWidget(m_everything);

    m_sizeBox = new QWidget(this);
    m_width = new QSpinBox(m_sizeBox);
    m_width->setObjectName(QStringLiteral("widthSpin"));
    m_width->setRange(200, TimelineExporter::MaxSide);
    m_width->setSingleStep(100);
    m_width->setSuffix(tr(" px"));
    m_width->setValue(viewOptions.widthPx);
    m_dpi = new QSpinBox(m_sizeBox);
    m_dpi->setObjectName(QStringLiteral("dpiSpin"));
    m_dpi->setRange(TimelineExporter::MinDpi, 600);
    m_dpi->setSingleStep(24);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setValue(viewOptions.dpi);
    m_dpi->setToolTip(tr("Text and marks grow with the resolution: at 300 dpi, 9 point text is "
                         "37 pixels tall."));
    m_sizeNote = new QLabel(m_sizeBox);
    m_sizeNote->setTextFormat(Qt::PlainText);
    m_sizeNote->setObjectName(QStringLiteral("sizeNote"));
    m_transparent = new QCheckBox(tr("&Transparent background"), m_sizeBox);
    m_transparent->setObjectName(QStringLiteral("transparentCheck"));
    auto *sizeLayout = new QFormLayout(m_sizeBox);
    sizeLayout->setContentsMargins(0, 0, 0, 0);
    sizeLayout->addRow(tr("&Width:"), m_width);
    sizeLayout->addRow(tr("&Resolution:"), m_dpi);
    sizeLayout->addRow(QString(), m_sizeNote);
    sizeLayout->addRow(QString(), m_transparent);

    m_pageBox = new QWidget(this);
    m_pageSize = new QComboBox(m_pageBox);
    m_pageSize->setObjectName(QStringLiteral("pageSizeCombo"));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_pageSize->addItem(tr("A3"), int(QPageSize::A3));
    m_orientation = new QComboBox(m_pageBox);
    m_orientation->setObjectName(QStringLiteral("orientationCombo"));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    auto *pageLayout = new QFormLayout(m_pageBox);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addRow(tr("&Page size:"), m_pageSize);
    pageLayout->addRow(tr("&Orientation:"), m_orientation);
    // A long range split across pages, each with its axis and lanes.
    m_paged = new QCheckBox(tr("Split the range across"), m_pageBox);
    m_paged->setObjectName(QStringLiteral("pagedCheck"));
    m_pages = new QSpinBox(m_pageBox);
    m_pages->setObjectName(QStringLiteral("pagesSpin"));
    m_pages->setRange(2, TimelineExporter::MaxPages);
    m_pages->setValue(2);
    m_pages->setSuffix(tr(" pages"));
    m_pages->setEnabled(false);
    auto *pagedRow = new QHBoxLayout;
    pagedRow->addWidget(m_paged);
    pagedRow->addWidget(m_pages);
    pagedRow->addStretch();
    pageLayout->addRow(pagedRow);
    // A graph has no time axis to split: one page.
    m_paged->setVisible(!graph);
    m_pages->setVisible(!graph);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("Optional"));
    m_subtitle = new QLineEdit(this);
    m_subtitle->setObjectName(QStringLiteral("subtitleEdit"));
    m_subtitle->setPlaceholderText(tr("Optional"));
    m_dateRange = new QCheckBox(tr("&Date range"), this);
    m_dateRange->setChecked(viewOptions.showDateRange);
    m_legend = new QCheckBox(tr("&Legend"), this);
    m_legend->setObjectName(QStringLiteral("legendCheck"));
    m_legend->setChecked(viewOptions.showLegend);
    m_sources = new QCheckBox(tr("&Sources"), this);
    m_sources->setObjectName(QStringLiteral("sourcesCheck"));
    m_sources->setChecked(viewOptions.showSources);
    m_exportTime = new QCheckBox(tr("Time of e&xport"), this);
    m_exportTime->setChecked(viewOptions.showExportTime);
    auto *checks = new QHBoxLayout;
    checks->addWidget(m_dateRange);
    checks->addWidget(m_legend);
    checks->addWidget(m_sources);
    checks->addWidget(m_exportTime);
    checks->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("Scope:"), scopeLayout);
    form->addRow(m_sizeBox);
    form->addRow(m_pageBox);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("S&ubtitle:"), m_subtitle);
    form->addRow(tr("Show:"), checks);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(480, 300);
    m_preview->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setAccessibleName(tr("Preview"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::chooseFileAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 0);
    columns->addWidget(m_preview, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(PreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);

    auto changed = [this] {
        updateControls();
        schedulePreview();
    };
    connect(m_format, &QComboBox::currentIndexChanged, this, changed);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, changed);
    connect(m_orientation, &QComboBox::currentIndexChanged, this, changed);
    connect(m_paged, &QCheckBox::toggled, m_pages, &QWidget::setEnabled);
    connect(m_paged, &QCheckBox::toggled, this, changed);
    connect(m_pages, &QSpinBox::valueChanged, this, changed);
    connect(m_visible, &QRadioButton::toggled, this, changed);
    connect(m_width, &QSpinBox::valueChanged, this, changed);
    connect(m_dpi, &QSpinBox::valueChanged, this, changed);
    for (QCheckBox *box : {m_transparent, m_dateRange, m_legend, m_sources, m_exportTime})
        connect(box, &QCheckBox::toggled, this, changed);
    connect(m_title, &QLineEdit::textChanged, this, changed);
    connect(m_subtitle, &QLineEdit::textChanged, this, changed);

    resize(980, 560);
    updateControls();
    updatePreview();
}

TimelineExportOptions ExportDialog::options() const
{
    TimelineExportOptions options = m_viewOptions;
    options.format = TimelineExportOptions::Format(m_format->currentData().toInt());
    if (m_everything->isChecked()) {
        options.fromDay.reset();
        options.toDay.reset();
    }
    options.widthPx = m_width->value();
    options.dpi = m_dpi->value();
    options.transparentBackground = m_transparent->isChecked()
                                    && options.format != TimelineExportOptions::Format::Pdf;
    options.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    options.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    options.pages = m_paged->isChecked() ? m_pages->value() : 1;
    options.title = m_title->text();
    options.subtitle = m_subtitle->text();
    options.showDateRange = m_dateRange->isChecked();
    options.showLegend = m_legend->isChecked();
    options.showSources = m_sources->isChecked();
    options.showExportTime = m_exportTime->isChecked();
    return options;
}

void ExportDialog::setFormat(TimelineExportOptions::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDialog::setEverything(bool everything)
{
    (everything ? m_everything : m_visible)->setChecked(true);
}

void ExportDialog::updateControls()
{
    const auto format = TimelineExportOptions::Format(m_format->currentData().toInt());
    const bool paged = format == TimelineExportOptions::Format::Pdf;
    const bool png = format == TimelineExportOptions::Format::Png;
    m_sizeBox->setVisible(!paged);
    m_pageBox->setVisible(paged);
    m_dpi->setEnabled(png);
    m_visible->setEnabled(m_viewOptions.fromDay && m_viewOptions.toDay);
}

void ExportDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    schedulePreview(); // the preview follows the size of its label
}

void ExportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ExportDialog::updatePreview()
{
    m_previewTimer->stop();
    const TimelineExportOptions chosen = options();
    m_previewError.clear();
    if (!applyOptions(chosen, &m_previewError)) {
        m_preview->setPixmap(QPixmap());
        m_preview->setText(m_previewError);
        m_exportButton->setEnabled(false);
        return;
    }
    m_exportButton->setEnabled(true);
    const QLocale locale;
    if (chosen.format == TimelineExportOptions::Format::Png) {
        const QSize pixels = pictureSize();
        const double cmPerPixel = 2.54 / chosen.dpi;
        m_sizeNote->setText(tr("%1 × %2 pixels, %3 × %4 cm at %5 dpi")
                                .arg(locale.toString(pixels.width()),
                                     locale.toString(pixels.height()),
                                     locale.toString(pixels.width() * cmPerPixel, 'f', 1),
                                     locale.toString(pixels.height() * cmPerPixel, 'f', 1))
                                .arg(chosen.dpi));
        QString sizeError;
        if (!TimelineExporter::checkImageSize(pixels, &sizeError))
            m_sizeNote->setText(sizeError);
    } else if (chosen.format == TimelineExportOptions::Format::Svg) {
        const QSize pixels = pictureSize();
        m_sizeNote->setText(
            tr("%1 × %2 pixels")
                .arg(locale.toString(pixels.width()), locale.toString(pixels.height())));
    }
    const qreal ratio = devicePixelRatioF();
    const QImage image = previewImage(m_preview->size() - QSize(8, 8), ratio);
    m_preview->setPixmap(QPixmap::fromImage(image));
}

QString ExportDialog::suggestedFileName() const
{
    const TimelineExportOptions chosen = options();
    QString base = chosen.title.simplified();
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    if (base.isEmpty())
        base = m_subject == Subject::Graph ? tr("actor-graph") : tr("timeline");
    QSettings settings;
    QString directory = settings.value(QLatin1String(SettingsDirectory)).toString();
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(directory).filePath(base + u'.' + suffixOf(chosen.format));
}

bool ExportDialog::exportTo(const QString &path, QString *error)
{
    TimelineExportOptions chosen = options();
    if (const auto format = TimelineExporter::formatForPath(path))
        chosen.format = *format;
    if (!applyOptions(chosen, error))
        return false;
    return writeFile(path, error);
}

bool ExportDialog::applyOptions(const TimelineExportOptions &options, QString *error)
{
    if (m_graphExporter)
        return m_graphExporter->setOptions(options, error);
    return m_exporter.setOptions(options, error);
}

QSize ExportDialog::pictureSize()
{
    return m_graphExporter ? m_graphExporter->imagePixelSize() : m_exporter.imagePixelSize();
}

QImage ExportDialog::previewImage(const QSize &bounds, qreal ratio)
{
    return m_graphExporter ? m_graphExporter->preview(bounds, ratio)
                           : m_exporter.preview(bounds, ratio);
}

bool ExportDialog::writeFile(const QString &path, QString *error)
{
    return m_graphExporter ? m_graphExporter->exportToFile(path, error)
                           : m_exporter.exportToFile(path, error);
}

void ExportDialog::chooseFileAndExport()
{
    const auto format = TimelineExportOptions::Format(m_format->currentData().toInt());
    const QString png = tr("PNG image (*.png)");
    const QString pdf = tr("PDF document (*.pdf)");
    const QString svg = tr("SVG drawing (*.svg)");
    QString selected = format == TimelineExportOptions::Format::Pdf   ? pdf
                       : format == TimelineExportOptions::Format::Svg ? svg
                                                                      : png;
    QString path = QFileDialog::getSaveFileName(this,
                                                windowTitle(),
                                                suggestedFileName(),
                                                QStringList{png, pdf, svg}.join(
                                                    QStringLiteral(";;")),
                                                &selected);
    if (path.isEmpty())
        return;
    if (!TimelineExporter::formatForPath(path)) {
        // No suffix we know: the one of the chosen filter.
        const QString suffix = selected == pdf   ? QStringLiteral("pdf")
                               : selected == svg ? QStringLiteral("svg")
                                                 : QStringLiteral("png");
        path += u'.' + suffix;
    }
    QString error;
    if (!exportTo(path, &error)) {
        // The message names a file: plain text, never markup.
        QMessageBox box(QMessageBox::Warning, tr("Export Failed"), error, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    QSettings().setValue(QLatin1String(SettingsDirectory), QFileInfo(path).absolutePath());
    accept();
}

} // namespace Faultline
