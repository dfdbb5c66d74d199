#pragma once

#include "core/extract/wordindex.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

namespace Faultline {

// Bit flags per word, for lexicons that ask several questions of one token:
// one look-up answers them all.
class WordFlagTable
{
public:
    void add(const QSet<QString> &words, quint32 flag);
    quint32 flagsOf(QStringView word) const; // 0 for an unknown word

private:
    WordIndex m_words;
    QList<quint32> m_flags; // by word id
};

} // namespace Faultline
