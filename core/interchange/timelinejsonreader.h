#pragma once

#include "core/interchange/csvrow.h"
#include "core/interchange/dataformat.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Faultline {

// Reads TimelineJS JSON ({"events": [...]}) and vis-timeline item JSON
// ([{"start": ..., "content": ...}] or {"items": [...]}) into rows with a
// header, so the row mappers read them like their spreadsheet forms:
// TimelineJS events become rows of the TimelineJS template's columns,
// vis-timeline items rows of id, start, end, content, group.
class TimelineJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::TimelineJsonReader)

public:
    // The largest JSON file read (it is parsed whole).
    static constexpr qint64 MaxBytes = 256 * 1024 * 1024;

    bool read(const QByteArray &json, QString *error);

    DataFormat::Kind format() const { return m_format; }
    const CsvRow &header() const { return m_header; }
    const QList<CsvRow> &rows() const { return m_rows; } // line() = item number, from 1

    // Whether the bytes (after a BOM and white space) start a JSON value.
    static bool looksLikeJson(QByteArrayView head);

private:
    DataFormat::Kind m_format = DataFormat::Kind::Unknown;
    CsvRow m_header;
    QList<CsvRow> m_rows;
};

} // namespace Faultline
