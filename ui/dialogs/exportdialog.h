#pragma once

#include "ui/export/timelineexporter.h"
#include "ui/export/timelineexportoptions.h"

#include <QDialog>
#include <QPointF>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimer;
class QWidget;

namespace Faultline {

class ActorGraph;
class ActorGraphView;
class GraphExporter;
class TimelineView;
class Workspace;

// File > Export Timeline… and Export Graph…: format, scope, size or page,
// texts and a live preview painted by the exporter itself (TimelineExporter
// or GraphExporter); then a file name and the export.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Subject { Timeline, Graph };

    // viewOptions: what the timeline shows now (filter, lanes, visible range).
    ExportDialog(Workspace *workspace,
                 const TimelineExportOptions &viewOptions,
                 QWidget *parent = nullptr);
    // viewOptions: what the view of that subject shows now.
    ExportDialog(Subject subject,
                 Workspace *workspace,
                 const TimelineExportOptions &viewOptions,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    // The options of a timeline view as it is on screen: filter, lanes and
    // their order, the visible range; light palette, no selection.
    static TimelineExportOptions optionsFromView(const TimelineView &view);
    // The options of an actor graph view: its filter and time range.
    static TimelineExportOptions optionsFromView(const ActorGraphView &view);
    // A graph export of the visible scope shows the view's own graph and layout.
    void setShownGraph(const ActorGraphView &view);

    Subject subject() const { return m_subject; }
    TimelineExportOptions options() const; // as chosen in the dialog
    void setFormat(TimelineExportOptions::Format format);
    void setEverything(bool everything);
    // Exports to path (the suffix decides the format); false with *error.
    bool exportTo(const QString &path, QString *error);
    QLabel *previewLabel() const { return m_preview; }
    QString previewError() const { return m_previewError; }
    void updatePreview(); // now, not after the short delay of edits

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void chooseFileAndExport();
    void schedulePreview();
    void updateControls();
    QString suggestedFileName() const;
    // The exporter of the subject: options, size, preview and file.
    bool applyOptions(const TimelineExportOptions &options, QString *error);
    QSize pictureSize();
    QImage previewImage(const QSize &bounds, qreal ratio);
    bool writeFile(const QString &path, QString *error);

    Subject m_subject = Subject::Timeline;
    Workspace *m_workspace = nullptr;
    TimelineExportOptions m_viewOptions;
    TimelineExporter m_exporter; // the timeline, and the texts of both
    std::unique_ptr<GraphExporter> m_graphExporter;
    QString m_previewError;

    QComboBox *m_format = nullptr;
    QRadioButton *m_visible = nullptr;
    QRadioButton *m_everything = nullptr;
    QWidget *m_sizeBox = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_dpi = nullptr;
    QLabel *m_sizeNote = nullptr;
    QCheckBox *m_transparent = nullptr;
    QWidget *m_pageBox = nullptr;
    QComboBox *m_pageSize = nullptr;
    QComboBox *m_orientation = nullptr;
    QCheckBox *m_paged = nullptr;
    QSpinBox *m_pages = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_subtitle = nullptr;
    QCheckBox *m_dateRange = nullptr;
    QCheckBox *m_legend = nullptr;
    QCheckBox *m_sources = nullptr;
    QCheckBox *m_exportTime = nullptr;
    QLabel *m_preview = nullptr;
    QPushButton *m_exportButton = nullptr;
    QTimer *m_previewTimer = nullptr;
};

} // namespace Faultline
