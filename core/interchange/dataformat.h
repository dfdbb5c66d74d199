#pragma once

#include <QCoreApplication>
#include <QString>

namespace Faultline {

// The structured data formats the importer reads.
class DataFormat
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::DataFormat)

public:
    enum class Kind {
        Unknown,
        Acled,           // ACLED CSV export, current or older columns
        UcdpGed,         // UCDP Georeferenced Event Dataset CSV
        Gdelt1,          // GDELT 1.0 event file: tab-separated, 57 or 58 columns, no header
        Gdelt2,          // GDELT 2.0 event file: tab-separated, 61 columns, no header
        TimelineJsCsv,   // the TimelineJS Google Sheets template, as CSV
        TimelineJsJson,  // TimelineJS JSON: {"events": [...]}
        VisTimelineJson, // vis-timeline items: [{"start": ..., "content": ...}]
        GenericCsv,      // any CSV with a column mapping
    };

    static QString key(Kind kind);  // "acled", "ucdp-ged", ... (data keys, --format)
    static QString name(Kind kind); // "ACLED", "UCDP GED", ... for people
    static Kind fromKey(QStringView key);
};

} // namespace Faultline
