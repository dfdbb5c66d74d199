#pragma once

#include "core/extract/gazetteerentry.h"
#include "core/extract/gazetteertitle.h"
#include "core/extract/lexicontoken.h"
#include "core/extract/lexicontrie.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Faultline {

// The actors, titles and roles Faultline knows by name, loaded once from the
// resources under :/extract (countries from iso-codes, hand-kept lists for
// demonyms, capitals, organisations, armed groups and titles).
class Gazetteer
{
public:
    enum class Form { Name, Demonym, Capital };

    struct Match
    {
        int entry = -1; // index into entries()
        Form form = Form::Name;
        int length = 0; // tokens
        bool isValid() const { return entry >= 0; }
    };

    struct TitleMatch
    {
        int title = -1; // index into titles()
        int length = 0;
        bool isValid() const { return title >= 0; }
    };

    static const Gazetteer &instance();

    const QList<GazetteerEntry> &entries() const { return m_entries; }
    const QList<GazetteerTitle> &titles() const { return m_titles; }
    bool isLoaded() const { return !m_entries.isEmpty(); }

    int indexOf(const QString &canonicalName) const { return m_byName.value(canonicalName, -1); }
    int stateIndex(const QString &alpha3) const { return m_byCountry.value(alpha3, -1); }

    // "Afghanistan (government)", "Pakistan (military)": the names under
    // which a state's government and armed forces are kept
    static QString governmentName(const QString &stateName);
    static QString militaryName(const QString &stateName);

    // Numbers the tokens' words for match() and matchTitle(); call once per text
    void assignIds(QList<LexiconToken> *tokens) const { m_trie.assignIds(tokens); }

    // Longest gazetteer name, demonym or capital starting at token start.
    // Acronyms match case-sensitively, other names case-insensitively but with
    // at least one capitalised word, so "chad" or "turkey" never match.
    Match match(const QList<LexiconToken> &tokens,
                qsizetype start,
                qsizetype end,
                QStringView text) const;
    // Longest title, honorific or modifier starting at token start
    TitleMatch matchTitle(const QList<LexiconToken> &tokens, qsizetype start, qsizetype end) const;
    // Whether a single folded word is a role modifier ("presidential", "senior")
    bool isModifierWord(const QString &key) const { return m_modifierWords.contains(key); }

private:
    Gazetteer();
    struct Terminal
    {
        int entry = -1;
        Form form = Form::Name;
        bool caseSensitive = false;
        QStringList exact; // token texts, for case-sensitive terminals
    };

    void load();
    void loadCountries();
    void loadCountryExtras();
    void loadActors();
    void loadTitles();
    void buildTries();
    void addName(int entry, Form form, const QString &name);

    QList<GazetteerEntry> m_entries;
    QList<GazetteerTitle> m_titles;
    QHash<QString, int> m_byName;
    QHash<QString, int> m_byCountry;
    QSet<QString> m_modifierWords;
    QSet<QString> m_unmatchedNames; // canonical names too ambiguous to match ("Congo")
    QList<Terminal> m_terminals;
    LexiconTrie m_trie; // names and titles, as two roots of one vocabulary
    int m_titleRoot = 0;
};

} // namespace Faultline
