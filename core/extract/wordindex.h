#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Faultline {

// Numbers words: an open-addressing hash table from a word to a dense id.
// Looking a token up costs one short FNV-1a hash and usually one comparison,
// cheaper than QHash<QString, int> on the hot path of the lexicons.
class WordIndex
{
public:
    int insert(QStringView word);     // the word's id, new or existing
    int find(QStringView word) const; // -1 when absent
    qsizetype size() const { return m_words.size(); }
    const QString &word(int id) const { return m_words.at(id); }

private:
    static quint32 hash(QStringView word);
    void grow();

    QList<QString> m_words;
    QList<quint32> m_hashes;
    QList<int> m_slots; // power-of-two size, -1 when empty
};

} // namespace Faultline
