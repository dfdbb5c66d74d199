#include "core/extract/wordflagtable.h"

namespace Faultline {

void WordFlagTable::add(const QSet<QString> &words, quint32 flag)
{
    for (const QString &word : words) {
        const int id = m_words.insert(word);
        if (id >= m_flags.size())
            m_flags.resize(id + 1, 0);
        m_flags[id] |= flag;
    }
}

quint32 WordFlagTable::flagsOf(QStringView word) const
{
    const int id = m_words.find(word);
    return id >= 0 ? m_flags.at(id) : 0;
}

} // namespace Faultline
