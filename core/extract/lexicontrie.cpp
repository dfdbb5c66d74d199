#include "core/extract/lexicontrie.h"

namespace Faultline {

LexiconTrie::LexiconTrie()
{
    m_nodes.append(Node());
}

void LexiconTrie::insert(const QStringList &keys, int value)
{
    if (keys.isEmpty() || keys.size() > MaxPhraseTokens)
        return;
    int node = 0;
    for (const QString &key : keys) {
        const auto it = m_nodes[node].children.constFind(key);
        if (it != m_nodes[node].children.constEnd()) {
            node = it.value();
        } else {
            const int child = int(m_nodes.size());
            m_nodes[node].children.insert(key, child);
            m_nodes.append(Node());
            node = child;
        }
    }
    if (!m_nodes[node].values.contains(value))
        m_nodes[node].values.append(value);
}

int LexiconTrie::walk(const QList<LexiconToken> &tokens, qsizetype start, qsizetype end,
                      QList<int> *path) const
{
    path->clear();
    int node = 0;
    for (qsizetype i = start; i < end && path->size() < MaxPhraseTokens; ++i) {
        const QHash<QString, int> &children = m_nodes.at(node).children;
        const auto it = children.constFind(tokens.at(i).key);
        if (it == children.constEnd())
            break;
        node = it.value();
        path->append(node);
    }
    return int(path->size());
}

} // namespace Faultline
