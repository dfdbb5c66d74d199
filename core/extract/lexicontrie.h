#pragma once

#include "core/extract/lexicontoken.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Faultline {

// A trie over folded token keys: phrases of one or more tokens map to lists
// of values. Matching costs one hash lookup per token walked, so a lexicon of
// any size is matched in time linear in the text.
class LexiconTrie
{
public:
    LexiconTrie();

    // keys are LexiconToken::key values of the phrase's tokens
    void insert(const QStringList &keys, int value);
    bool isEmpty() const { return m_nodes.size() <= 1; }

    // Walks tokens from start (not beyond end) and fills path with the nodes
    // reached after 1, 2, ... tokens. Returns the number of tokens walked.
    int walk(const QList<LexiconToken> &tokens, qsizetype start, qsizetype end, QList<int> *path) const;
    const QList<int> &values(int node) const { return m_nodes.at(node).values; }

    static constexpr int MaxPhraseTokens = 24;

private:
    struct Node
    {
        QHash<QString, int> children;
        QList<int> values;
    };
    QList<Node> m_nodes;
};

} // namespace Faultline
