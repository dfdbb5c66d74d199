#include "core/interchange/csvwriter.h"

#include <QIODevice>

namespace Faultline {

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{}

QString CsvWriter::field(const QString &value)
{
    const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
                             || value.contains(QLatin1Char('\n'))
                             || value.contains(QLatin1Char('\r'))
                             || (!value.isEmpty()
                                 && (value.front().isSpace() || value.back().isSpace()));
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    if (m_error)
        return false;
    QStringList line;
    line.reserve(fields.size());
    for (const QString &value : fields)
        line << field(value);
    const QByteArray bytes = (line.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
    if (!m_device || m_device->write(bytes) != bytes.size())
        m_error = true;
    return !m_error;
}

} // namespace Faultline
