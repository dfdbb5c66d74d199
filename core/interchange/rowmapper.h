#pragma once

#include "core/interchange/csvrow.h"
#include "core/interchange/dataformat.h"
#include "core/interchange/datarecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace Faultline {

// Turns the rows of one dataset format into DataRecords. setHeader() binds the
// columns by name (case-insensitive); map() fills a record or says why the row
// is bad (a missing required value, a date it cannot read).
class RowMapper
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::RowMapper)

public:
    virtual ~RowMapper() = default;

    virtual DataFormat::Kind format() const = 0;
    // false when the file has no header row and the first row is data.
    virtual bool hasHeader() const { return true; }
    // Binds columns; false with *error naming a required column that is missing.
    virtual bool setHeader(const CsvRow &header, QString *error) = 0;
    // false with *reason for a bad row; true with *skip set for a row that is
    // not an event (a TimelineJS title slide).
    virtual bool map(const CsvRow &row, DataRecord *record, bool *skip, QString *reason) = 0;

    int columnCount() const { return m_columns; }

    // Header names, trimmed and lower-cased, to their index.
    using HeaderIndex = QHash<QByteArray, int>;
    static HeaderIndex indexHeader(const CsvRow &header);
    // The first of the names present, or -1.
    static int column(const HeaderIndex &index, std::initializer_list<const char *> names);

    static std::optional<qint64> toInt(QByteArrayView text);
    static std::optional<double> toDouble(QByteArrayView text);
    // Both coordinates when both read as degrees in range (latitude -90..90,
    // longitude -180..180); neither otherwise: a half or impossible position is unknown.
    static void setCoordinates(DataRecord *record,
                               QByteArrayView latitude,
                               QByteArrayView longitude);
    // Appends part after a separator when both are non-empty.
    static void join(QByteArray &out, QByteArrayView part, QByteArrayView separator);
    // Plain text of an HTML fragment: tags dropped, common entities decoded.
    static QByteArray plainText(QByteArrayView html);
    // The host of a URL without "www.": the outlet of a web source.
    static QByteArrayView hostOf(QByteArrayView url);

protected:
    // Checks the field count against the header's.
    bool checkWidth(const CsvRow &row, QString *reason) const;
    static QString missingColumn(DataFormat::Kind format, const char *name);
    static QString missingValue(const char *column);
    static QString badDate(const char *column, QByteArrayView value);

    int m_columns = 0;
};

} // namespace Faultline
