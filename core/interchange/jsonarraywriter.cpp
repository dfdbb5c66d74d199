#include "core/interchange/jsonarraywriter.h"

#include <QIODevice>
#include <QJsonDocument>

namespace Faultline {

JsonArrayWriter::JsonArrayWriter(QIODevice *device)
    : m_device(device)
{}

bool JsonArrayWriter::add(const QJsonObject &object)
{
    QByteArray bytes = m_count == 0 ? QByteArrayLiteral("[\n") : QByteArrayLiteral(",\n");
    bytes += QJsonDocument(object).toJson(QJsonDocument::Compact);
    ++m_count;
    return write(bytes);
}

bool JsonArrayWriter::finish()
{
    return write(m_count == 0 ? QByteArrayLiteral("[]\n") : QByteArrayLiteral("\n]\n"));
}

bool JsonArrayWriter::write(const QByteArray &bytes)
{
    if (m_error)
        return false;
    if (!m_device || m_device->write(bytes) != bytes.size())
        m_error = true;
    return !m_error;
}

} // namespace Faultline
