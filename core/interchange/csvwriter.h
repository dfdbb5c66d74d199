#pragma once

#include <QStringList>

class QIODevice;

namespace Faultline {

// Writes RFC 4180 CSV: UTF-8, CRLF line ends, fields quoted when they need it.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device);

    bool writeRow(const QStringList &fields);
    bool hasError() const { return m_error; }

    // One field as it appears in the file: quoted, with quotes doubled, when it holds
    // a comma, a quote, a line break or leading/trailing spaces.
    static QString field(const QString &value);

private:
    QIODevice *m_device;
    bool m_error = false;
};

} // namespace Faultline
