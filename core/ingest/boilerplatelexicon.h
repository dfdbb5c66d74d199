#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Faultline {

// The phrase lists that recognise page clutter (navigation, sharing widgets,
// site notices, outlet self-descriptions, credit lines), loaded once from the
// resource :/ingest/boilerplate.txt.
class BoilerplateLexicon
{
public:
    static const BoilerplateLexicon &instance();

    bool isLoaded() const { return m_loaded; }
    // line: lower-case, punctuation and bullets stripped, single spaces
    bool isUiLine(const QString &line) const { return m_uiLines.contains(line); }
    bool isUiWord(const QString &word) const { return m_uiWords.contains(word); }
    bool isMediaWord(const QString &word) const { return m_mediaWords.contains(word); }
    bool isHtmlToken(const QString &token) const { return m_htmlTokens.contains(token); }
    bool isOutletVoiceWord(const QString &word) const { return m_outletVoiceWords.contains(word); }
    // "topics" for "Topics: Syria, United Nations"; label: lower case
    bool isLabelPrefix(const QString &label) const { return m_labelPrefixes.contains(label); }
    // lower: the paragraph in lower case
    bool containsNoticePhrase(const QString &lower) const;
    bool containsOutletPhrase(const QString &lower) const;
    // The credit prefix a lower-case line starts with ("with reporting by"), or empty.
    QString creditPrefix(const QString &lower) const;

    // Parses the resource format; public so tests can feed their own lists.
    static BoilerplateLexicon fromText(const QString &text);

private:
    QSet<QString> m_uiLines;
    QSet<QString> m_uiWords;
    QSet<QString> m_mediaWords;
    QSet<QString> m_htmlTokens;
    QSet<QString> m_labelPrefixes;
    QSet<QString> m_outletVoiceWords;
    QStringList m_noticePhrases;
    QStringList m_outletPhrases;
    QStringList m_creditPrefixes; // longest first
    bool m_loaded = false;
};

} // namespace Faultline
