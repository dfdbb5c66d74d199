#pragma once

#include "core/interchange/csvrow.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>

#include <optional>

class QCryptographicHash;
class QIODevice;

namespace Faultline {

// Streams records from delimited text (RFC 4180): quoted fields with doubled
// quotes and embedded line breaks, CRLF or LF, a UTF-8 BOM skipped, UTF-16
// (with BOM) and Latin-1 (invalid UTF-8) transcoded to UTF-8. The delimiter
// is detected among , ; tab | from the first record unless set. Memory is
// bounded by the buffer and the field and column limits.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::CsvReader)

public:
    enum class Encoding { Utf8, Utf16LittleEndian, Utf16BigEndian, Latin1 };

    struct Limits
    {
        qsizetype maxFieldBytes = 1024 * 1024;
        int maxColumns = 1000;
    };

    explicit CsvReader(QIODevice *device);

    void setLimits(const Limits &limits) { m_limits = limits; }
    void setDelimiter(char delimiter) { m_delimiter = delimiter; }
    // Without quoting a quote is text (GDELT's tab-separated files never quote).
    void setQuoting(bool quoting) { m_quoting = quoting; }
    // Raw bytes read from the device are also added to this hash (may be null).
    void setHash(QCryptographicHash *hash) { m_hash = hash; }

    // Reads the first block: BOM, encoding and (unless set) the delimiter.
    bool start(QString *error);
    // The next non-blank record; false at the end or on an error (see errorString()).
    bool readRow(CsvRow *row);
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    char delimiter() const { return m_delimiter; }
    Encoding encoding() const { return m_encoding; }
    qint64 bytesRead() const { return m_rawRead; } // of the device, for progress
    // The first bytes after the BOM, as UTF-8 (for format sniffing).
    QByteArrayView peek() const;

    // The most frequent of , ; tab | outside quotes in the first line of text;
    // ',' when none occurs.
    static char detectDelimiter(QByteArrayView text);
    static bool isValidUtf8(QByteArrayView bytes, bool allowTruncatedEnd);

private:
    bool fill(); // appends at least one byte to m_buffer, or false at the end
    bool fail(const QString &message);

    QIODevice *m_device = nullptr;
    QCryptographicHash *m_hash = nullptr;
    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    QByteArray m_raw;
    QStringDecoder m_decoder;
    Encoding m_encoding = Encoding::Utf8;
    char m_delimiter = 0;
    qint64 m_line = 1;
    qint64 m_rawRead = 0;
    bool m_deviceAtEnd = false;
    bool m_quoting = true;
    QString m_error;
};

} // namespace Faultline
