#pragma once

#include "core/extract/lexicontrie.h"
#include "core/extract/triggermatch.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Faultline {

// Verbs and nominalisations that report events, each mapped to a CAMEO root
// category (resources/extract/triggers.tsv). Matching is one hash lookup per
// token; multi-word forms ("called for", "cut ties") match token by token.
class TriggerLexicon
{
public:
    static const TriggerLexicon &instance();

    // Triggers in one sentence; offset is added to the reported positions.
    QList<TriggerMatch> find(QStringView text, qsizetype offset = 0) const;

    qsizetype size() const { return m_entries.size(); }

private:
    TriggerLexicon();
    struct Entry
    {
        QString lemma;
        int cameoRoot = 0;
        bool nominal = false;
        double weight = 0;
    };
    void load();

    QList<Entry> m_entries;
    LexiconTrie m_trie;
};

} // namespace Faultline
