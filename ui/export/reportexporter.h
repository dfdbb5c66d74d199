#pragma once

#include "core/query/eventfilter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPageSize>
#include <QString>

#include <optional>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace Faultline {

class Workspace;

// Writes a briefing report of a workspace as PDF: a title page, the timeline
// (through TimelineExporter, on its own page), the actor graph (through
// GraphExporter, on the next page), the events in date order with
// their actors and every evidence sentence with its source, and the list of
// articles. Article text goes into the document as plain text only, never as
// markup. The file is written atomically.
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::ReportExporter)

public:
    struct Options
    {
        QString title;
        QString subtitle;
        EventFilter filter;
        // The time window in Julian days (day N covers [N, N + 1)); unset: everything.
        std::optional<double> fromDay;
        std::optional<double> toDay;
        QPageSize::PageSizeId pageSize = QPageSize::A4;
        QDateTime exportTime; // invalid: the time of the export
    };

    explicit ReportExporter(Workspace *workspace);

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    // Writes the report to path; nothing is left behind on failure.
    bool exportToFile(const QString &path, QString *error);

private:
    bool render(QPagedPaintDevice *device, QString *error);
    // The event list and the article list, plain text built with a cursor.
    bool buildBody(QTextDocument *document, QString *error);
    void buildTitlePage(QTextDocument *document, int events, int actors, int articles) const;

    Workspace *m_workspace = nullptr;
    Options m_options;
};

} // namespace Faultline
