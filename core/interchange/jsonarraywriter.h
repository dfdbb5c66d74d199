#pragma once

#include <QJsonObject>

class QIODevice;

namespace Faultline {

// Streams a JSON array of objects, one compact object per line, so a large export
// never has to exist twice in memory; an empty array is written as "[]".
class JsonArrayWriter
{
public:
    explicit JsonArrayWriter(QIODevice *device);

    bool add(const QJsonObject &object);
    bool finish(); // closes the array; call once
    bool hasError() const { return m_error; }

private:
    bool write(const QByteArray &bytes);

    QIODevice *m_device;
    qint64 m_count = 0;
    bool m_error = false;
};

} // namespace Faultline
