#include "core/interchange/csvreader.h"

#include <QCryptographicHash>
#include <QIODevice>

#include <cstring>

namespace Faultline {

namespace {

constexpr qint64 ChunkBytes = 1 << 20;
constexpr qsizetype SniffBytes = 64 * 1024;

} // namespace

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
{}

bool CsvReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool CsvReader::isValidUtf8(QByteArrayView bytes, bool allowTruncatedEnd)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int more = 0;
        if ((c & 0xe0) == 0xc0 && c >= 0xc2)
            more = 1;
        else if ((c & 0xf0) == 0xe0)
            more = 2;
        else if ((c & 0xf8) == 0xf0 && c <= 0xf4)
            more = 3;
        else
            return false;
        if (end - p <= more) {
            if (!allowTruncatedEnd)
                return false;
            for (const unsigned char *q = p + 1; q < end; ++q) {
                if ((*q & 0xc0) != 0x80)
                    return false;
            }
            return true;
        }
        for (int i = 1; i <= more; ++i) {
            if ((p[i] & 0xc0) != 0x80)
                return false;
        }
        p += more + 1;
    }
    return true;
}

char CsvReader::detectDelimiter(QByteArrayView text)
{
    static constexpr char Candidates[] = {',', '\t', ';', '|'};
    int counts[4] = {0, 0, 0, 0};
    bool quoted = false;
    for (const char c : text) {
        if (c == '"') {
            quoted = !quoted;
            continue;
        }
        if (quoted)
            continue;
        if (c == '\n' || c == '\r')
            break;
        for (int i = 0; i < 4; ++i) {
            if (c == Candidates[i])
                ++counts[i];
        }
    }
    int best = 0;
    for (int i = 1; i < 4; ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return Candidates[best];
}

bool CsvReader::fill()
{
    if (m_deviceAtEnd || !m_device)
        return false;
    // Keep the unread tail only: the buffer never holds more than a chunk and a record.
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype before = m_buffer.size();
    while (m_buffer.size() == before) {
        m_raw.resize(ChunkBytes);
        const qint64 got = m_device->read(m_raw.data(), ChunkBytes);
        if (got < 0)
            return fail(tr("The file cannot be read: %1").arg(m_device->errorString()));
        if (got == 0) {
            m_deviceAtEnd = true;
            if (m_encoding != Encoding::Utf8) {
                const QString rest = m_decoder.decode(QByteArrayView());
                m_buffer.append(rest.toUtf8());
            }
            return m_buffer.size() > before;
        }
        m_raw.resize(got);
        m_rawRead += got;
        if (m_hash)
            m_hash->addData(m_raw);
        if (m_encoding == Encoding::Utf8)
            m_buffer.append(m_raw);
        else
            m_buffer.append(QString(m_decoder.decode(m_raw)).toUtf8());
    }
    return true;
}

bool CsvReader::start(QString *error)
{
    // Raw sniffing: the BOM and the encoding are decided on the first block.
    m_raw.resize(SniffBytes);
    const qint64 got = m_device ? m_device->read(m_raw.data(), SniffBytes) : -1;
    if (got < 0) {
        fail(tr("The file cannot be read: %1").arg(m_device ? m_device->errorString() : QString()));
        if (error)
            *error = m_error;
        return false;
    }
    m_raw.resize(got);
    m_rawRead = got;
    if (m_hash)
        m_hash->addData(m_raw);
    QByteArrayView head(m_raw);
    if (head.startsWith("\xef\xbb\xbf")) {
        m_buffer = m_raw.mid(3);
    } else if (head.startsWith("\xff\xfe") || head.startsWith("\xfe\xff")) {
        const bool little = head.startsWith("\xff\xfe");
        m_encoding = little ? Encoding::Utf16LittleEndian : Encoding::Utf16BigEndian;
        m_decoder = QStringDecoder(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        m_buffer = QString(m_decoder.decode(head.sliced(2))).toUtf8();
    } else if (!isValidUtf8(head, got == SniffBytes)) {
        m_encoding = Encoding::Latin1;
        m_decoder = QStringDecoder(QStringDecoder::Latin1);
        m_buffer = QString(m_decoder.decode(head)).toUtf8();
    } else {
        m_buffer = m_raw;
    }
    if (got < SniffBytes)
        m_deviceAtEnd = m_device->atEnd();
    if (m_delimiter == 0)
        m_delimiter = detectDelimiter(QByteArrayView(m_buffer));
    return true;
}

QByteArrayView CsvReader::peek() const
{
    return QByteArrayView(m_buffer).sliced(qMin(m_pos, m_buffer.size()));
}

bool CsvReader::readRow(CsvRow *row)
{
    if (hasError())
        return false;
    if (m_delimiter == 0)
        m_delimiter = ',';
    const char delimiter = m_delimiter;
    const bool quoting = m_quoting;
    for (;;) {
        row->clear();
        row->setLine(m_line);
        bool quoted = false;      // inside a quoted field
        bool fieldQuoted = false; // the current field began with a quote
        bool any = false;         // something other than a line break was read
        for (;;) {
            if (m_pos >= m_buffer.size() && !fill()) {
                if (hasError())
                    return false;
                if (quoted)
                    return fail(tr("Line %1: a quoted field is not closed before the end of "
                                   "the file.")
                                    .arg(row->line()));
                if (!any)
                    return false;
                row->endField();
                return true;
            }
            const char *data = m_buffer.constData();
            const qsizetype size = m_buffer.size();
            if (quoted) {
                const char *start = data + m_pos;
                const void *hit = std::memchr(start, '"', size_t(size - m_pos));
                const qsizetype runEnd = hit ? static_cast<const char *>(hit) - data : size;
                for (const char *p = start; p < data + runEnd; ++p) {
                    if (*p == '\n')
                        ++m_line;
                }
                row->append(QByteArrayView(start, runEnd - m_pos));
                m_pos = runEnd;
                if (row->currentFieldSize() > m_limits.maxFieldBytes)
                    return fail(tr("Line %1: a field is longer than %2 bytes; a quote may be "
                                   "missing.")
                                    .arg(row->line())
                                    .arg(m_limits.maxFieldBytes));
                if (!hit)
                    continue;
                // A quote: doubled means a literal quote, otherwise the field's end.
                if (m_pos + 1 >= m_buffer.size()) {
                    if (!fill() && hasError())
                        return false;
                    data = m_buffer.constData();
                }
                if (m_pos + 1 < m_buffer.size() && m_buffer.at(m_pos + 1) == '"') {
                    row->append('"');
                    m_pos += 2;
                } else {
                    quoted = false;
                    ++m_pos;
                }
                continue;
            }
            // Unquoted: copy the run up to the next special character.
            qsizetype p = m_pos;
            while (p < size) {
                const char c = data[p];
                if (c == delimiter || c == '\n' || c == '\r' || (c == '"' && quoting))
                    break;
                ++p;
            }
            if (p > m_pos) {
                row->append(QByteArrayView(data + m_pos, p - m_pos));
                any = true;
                m_pos = p;
                if (row->currentFieldSize() > m_limits.maxFieldBytes)
                    return fail(tr("Line %1: a field is longer than %2 bytes.")
                                    .arg(row->line())
                                    .arg(m_limits.maxFieldBytes));
            }
            if (p >= size)
                continue;
            const char c = data[p];
            if (c == '"') {
                any = true;
                ++m_pos;
                if (row->currentFieldSize() == 0 && !fieldQuoted) {
                    quoted = true;
                    fieldQuoted = true;
                } else {
                    row->append('"'); // a stray quote inside an unquoted field is text
                }
            } else if (c == delimiter) {
                any = true;
                ++m_pos;
                row->endField();
                fieldQuoted = false;
                if (row->size() >= m_limits.maxColumns)
                    return fail(tr("Line %1: more than %2 columns.")
                                    .arg(row->line())
                                    .arg(m_limits.maxColumns));
            } else {
                // A line break ends the record; CRLF and a lone CR count as one.
                ++m_pos;
                if (c == '\r') {
                    if (m_pos >= m_buffer.size())
                        fill();
                    if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '\n')
                        ++m_pos;
                }
                ++m_line;
                if (!any)
                    break; // a blank line: read the next record
                row->endField();
                return true;
            }
        }
    }
}

} // namespace Faultline
