#pragma once

#include "core/extract/lexicontoken.h"
#include "core/extract/wordindex.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Faultline {

// A trie over token keys: phrases of one or more tokens map to lists of
// values. Words are interned once (assignIds); walking then costs one integer
// hash lookup per token, so a lexicon of any size is matched in time linear in
// the text. Several independent phrase sets can share one vocabulary as roots.
class LexiconTrie
{
public:
    LexiconTrie();

    static constexpr int MaxPhraseTokens = 24;

    int addRoot();                                             // the first root, 0, always exists
    void insert(int root, const QStringList &keys, int value); // keys: LexiconToken::key values

    // Sets LexiconToken::id for this trie's vocabulary (-1: a word no phrase uses)
    void assignIds(QList<LexiconToken> *tokens) const;

    // Walks tokens (with ids assigned) from start, not beyond end, and fills
    // path[0..n) with the nodes reached after 1..n tokens. Returns n.
    int walk(int root,
             const QList<LexiconToken> &tokens,
             qsizetype start,
             qsizetype end,
             int *path) const;
    const QList<int> &values(int node) const { return m_values.at(node); }

private:
    int child(int node, int word) const;

    WordIndex m_vocabulary;
    QHash<quint64, int> m_children; // (node << 32 | word) -> node
    QList<QList<int>> m_values;     // per node
    QList<int> m_roots;
};

} // namespace Faultline
