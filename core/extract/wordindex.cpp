#include "core/extract/wordindex.h"

namespace Faultline {

quint32 WordIndex::hash(QStringView word)
{
    quint32 h = 2166136261u;
    for (QChar c : word) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

int WordIndex::find(QStringView word) const
{
    if (m_slots.isEmpty())
        return -1;
    const quint32 h = hash(word);
    const qsizetype mask = m_slots.size() - 1;
    for (qsizetype slot = h & mask;; slot = (slot + 1) & mask) {
        const int id = m_slots.at(slot);
        if (id < 0)
            return -1;
        if (m_hashes.at(id) == h && m_words.at(id) == word)
            return id;
    }
}

int WordIndex::insert(QStringView word)
{
    const int existing = find(word);
    if (existing >= 0)
        return existing;
    if ((m_words.size() + 1) * 2 > m_slots.size())
        grow();
    const int id = int(m_words.size());
    const quint32 h = hash(word);
    m_words.append(word.toString());
    m_hashes.append(h);
    const qsizetype mask = m_slots.size() - 1;
    qsizetype slot = h & mask;
    while (m_slots.at(slot) >= 0)
        slot = (slot + 1) & mask;
    m_slots[slot] = id;
    return id;
}

void WordIndex::grow()
{
    const qsizetype size = m_slots.isEmpty() ? 64 : m_slots.size() * 2;
    m_slots = QList<int>(size, -1);
    const qsizetype mask = size - 1;
    for (int id = 0; id < m_words.size(); ++id) {
        qsizetype slot = m_hashes.at(id) & mask;
        while (m_slots.at(slot) >= 0)
            slot = (slot + 1) & mask;
        m_slots[slot] = id;
    }
}

} // namespace Faultline
