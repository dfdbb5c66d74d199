#include "core/extract/lexicontrie.h"

namespace Faultline {

namespace {

quint64 edge(int node, int word)
{
    return (quint64(quint32(node)) << 32) | quint32(word);
}

} // namespace

LexiconTrie::LexiconTrie()
{
    addRoot();
}

int LexiconTrie::addRoot()
{
    m_roots.append(int(m_values.size()));
    m_values.append(QList<int>());
    return int(m_roots.size() - 1);
}

int LexiconTrie::child(int node, int word) const
{
    return m_children.value(edge(node, word), -1);
}

void LexiconTrie::insert(int root, const QStringList &keys, int value)
{
    if (keys.isEmpty() || keys.size() > MaxPhraseTokens || root < 0 || root >= m_roots.size())
        return;
    int node = m_roots.at(root);
    for (const QString &key : keys) {
        const int word = m_vocabulary.insert(key);
        int next = child(node, word);
        if (next < 0) {
            next = int(m_values.size());
            m_values.append(QList<int>());
            m_children.insert(edge(node, word), next);
        }
        node = next;
    }
    if (!m_values[node].contains(value))
        m_values[node].append(value);
}

void LexiconTrie::assignIds(QList<LexiconToken> *tokens) const
{
    for (LexiconToken &token : *tokens)
        token.id = m_vocabulary.find(token.key);
}

int LexiconTrie::walk(
    int root, const QList<LexiconToken> &tokens, qsizetype start, qsizetype end, int *path) const
{
    int node = m_roots.at(root);
    int n = 0;
    for (qsizetype i = start; i < end && n < MaxPhraseTokens; ++i) {
        const int word = tokens.at(i).id;
        if (word < 0)
            break;
        node = child(node, word);
        if (node < 0)
            break;
        path[n++] = node;
    }
    return n;
}

} // namespace Faultline
