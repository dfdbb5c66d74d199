#pragma once

#include "core/interchange/columnmapping.h"
#include "core/interchange/dataformat.h"
#include "core/store/bulkwriter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace Faultline {

class Workspace;

// Imports one structured data file (ACLED, UCDP GED, GDELT, TimelineJS, vis-
// timeline, or a CSV with a column mapping) into a workspace, streaming, as
// one transaction: either every good row is written or nothing is. Each row
// becomes an event with its actors; its source (outlet, URL) becomes an
// article shared by the rows it reported, and the row's own words (notes,
// headline) the evidence. Bad rows are reported with their line numbers and
// either skipped or the whole file refused, as the caller chooses.
class DataImporter
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::DataImporter)

public:
    struct BadRow
    {
        qint64 line = 0; // the line the row starts on; the item number in JSON
        QString reason;
    };

    struct Options
    {
        bool skipBadRows = false;
        std::optional<ColumnMapping> mapping; // for a generic CSV; guessed when unset
        // Called now and then with the bytes read and the file size.
        std::function<void(qint64 done, qint64 total)> progress;
        const std::atomic<bool> *cancel = nullptr;
        int maxReportedBadRows = 100;
        // Whether to drop and rebuild indexes; decided by size when unset.
        std::optional<bool> deferIndexes;
    };

    struct Summary
    {
        DataFormat::Kind format = DataFormat::Kind::Unknown;
        bool json = false;   // lines are item numbers
        qint64 rowsRead = 0; // data rows, not counting the header
        qint64 eventsAdded = 0;
        qint64 badRowCount = 0; // skipped, or the reason for refusing
        QList<BadRow> badRows;  // the first Options::maxReportedBadRows of them
        int actorsAdded = 0;
        int articlesAdded = 0;
        bool cancelled = false;
        bool refused = false;   // bad rows and skipBadRows not set: nothing written
        bool duplicate = false; // the same file was imported before: nothing written
        BulkWriter::Timing timing;
        RowFootprint footprint; // what was written, for undo

        // "line 4: ...; line 9: ..." (or "item 4: ...") for messages.
        QString badRowText(int limit = 5) const;
    };

    // What the first rows say about a file, without writing anything.
    struct Preview
    {
        DataFormat::Kind format = DataFormat::Kind::Unknown;
        QStringList header; // column names, for a generic CSV
        char delimiter = ',';
        QString error;
    };

    explicit DataImporter(Workspace &workspace);

    // False with *error when nothing was written: unreadable or unknown file,
    // refused for bad rows, cancelled, already imported, or a write failure.
    bool importFile(const QString &path, const Options &options, Summary *summary, QString *error);

    static Preview preview(const QString &path);
    // Whether Faultline reads the file as data rather than as an article (by suffix).
    static bool isDataFile(const QString &path);
    static QStringList suffixes(); // "csv", "tsv", "json"
    // The error for a file in no known format; columns: its header, if any.
    static QString unknownFormatMessage(const QStringList &columns);

private:
    Workspace &m_workspace;
};

} // namespace Faultline
