#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace Faultline {

// One record of a delimited text file: its fields as UTF-8 bytes, unquoted,
// and the line it starts on (1-based).
class CsvRow
{
public:
    int size() const { return int(m_ends.size()); }
    bool isEmpty() const { return m_ends.empty(); }
    QByteArrayView field(int index) const
    {
        if (index < 0 || index >= size())
            return {};
        const qsizetype begin = index == 0 ? 0 : m_ends[size_t(index - 1)];
        return QByteArrayView(m_data.constData() + begin, m_ends[size_t(index)] - begin);
    }
    QString text(int index) const { return QString::fromUtf8(field(index)); }
    qint64 line() const { return m_line; }

    void clear()
    {
        m_data.resize(0);
        m_ends.clear();
        m_line = 0;
    }
    void setLine(qint64 line) { m_line = line; }
    void append(QByteArrayView bytes) { m_data.append(bytes); }
    void append(char c) { m_data.append(c); }
    void endField() { m_ends.push_back(m_data.size()); }
    qsizetype currentFieldSize() const
    {
        return m_data.size() - (m_ends.empty() ? 0 : m_ends.back());
    }
    // For rows built by hand (tests, JSON).
    void appendField(QByteArrayView bytes)
    {
        append(bytes);
        endField();
    }

private:
    QByteArray m_data;
    std::vector<qsizetype> m_ends;
    qint64 m_line = 0;
};

} // namespace Faultline
