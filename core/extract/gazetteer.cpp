#include "core/extract/gazetteer.h"

#include "core/extract/lexicontokenizer.h"

#include <QFile>
#include <QLoggingCategory>

namespace Faultline {

Q_LOGGING_CATEGORY(lcGazetteer, "faultline.extract", QtInfoMsg)

namespace {

// Tab-separated lines of a resource, without comments and blank lines
QList<QStringList> readTable(const QString &path)
{
    QList<QStringList> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcGazetteer) << "cannot read gazetteer resource" << path;
        return rows;
    }
    const QString data = QString::fromUtf8(file.readAll());
    for (QStringView line : QStringView(data).split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList fields;
        for (QStringView field : line.split(u'\t'))
            fields.append(field.trimmed().toString());
        rows.append(fields);
    }
    return rows;
}

QStringList splitList(const QString &field)
{
    QStringList items;
    for (const QString &item : field.split(u'|', Qt::SkipEmptyParts)) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

QStringList tokenKeys(const QList<LexiconToken> &tokens)
{
    QStringList keys;
    keys.reserve(tokens.size());
    for (const LexiconToken &token : tokens)
        keys.append(token.key);
    return keys;
}

GazetteerTitle::Implies impliesFromKey(QStringView key)
{
    if (key == u"government")
        return GazetteerTitle::Implies::Government;
    if (key == u"military")
        return GazetteerTitle::Implies::Military;
    if (key == u"armed-group")
        return GazetteerTitle::Implies::ArmedGroup;
    if (key == u"organisation")
        return GazetteerTitle::Implies::Organisation;
    return GazetteerTitle::Implies::None;
}

} // namespace

const Gazetteer &Gazetteer::instance()
{
    static const Gazetteer gazetteer; // thread-safe initialisation (C++11 magic static)
    return gazetteer;
}

Gazetteer::Gazetteer()
{
    load();
}

QString Gazetteer::governmentName(const QString &stateName)
{
    return stateName + QStringLiteral(" (government)");
}

QString Gazetteer::militaryName(const QString &stateName)
{
    return stateName + QStringLiteral(" (military)");
}

void Gazetteer::load()
{
    loadCountries();
    loadCountryExtras();
    loadActors();
    loadTitles();
    buildTries();
    qCDebug(lcGazetteer) << "gazetteer:" << m_entries.size() << "actors," << m_titles.size()
                         << "titles";
}

void Gazetteer::loadCountries()
{
    for (const QStringList &row : readTable(QStringLiteral(":/extract/countries.tsv"))) {
        if (row.size() < 2 || row.at(0).size() != 3)
            continue;
        GazetteerEntry entry;
        entry.country = row.at(0);
        entry.canonicalName = row.at(1);
        entry.kind = Actor::Kind::State;
        if (row.size() > 2)
            entry.aliases = splitList(row.at(2));
        m_byCountry.insert(entry.country, int(m_entries.size()));
        m_entries.append(entry);
    }
}

void Gazetteer::loadCountryExtras()
{
    for (const QStringList &row : readTable(QStringLiteral(":/extract/countries-extra.tsv"))) {
        const int index = m_byCountry.value(row.value(0), -1);
        if (index < 0) {
            qCWarning(lcGazetteer) << "countries-extra.tsv: unknown country" << row.value(0);
            continue;
        }
        GazetteerEntry &entry = m_entries[index];
        const QString canonical = row.value(1);
        if (!canonical.isEmpty() && canonical != entry.canonicalName) {
            entry.aliases.prepend(entry.canonicalName);
            entry.aliases.removeAll(canonical);
            entry.canonicalName = canonical;
        }
        for (const QString &name : splitList(row.value(2))) {
            if (name.startsWith(u'-')) {
                entry.aliases.removeAll(name.mid(1));
                if (entry.canonicalName == name.mid(1))
                    m_unmatchedNames.insert(entry.canonicalName);
            } else if (!entry.aliases.contains(name) && name != entry.canonicalName) {
                entry.aliases.append(name);
            }
        }
        entry.demonyms = splitList(row.value(3));
        entry.capitals = splitList(row.value(4));
    }
    for (int i = 0; i < m_entries.size(); ++i)
        m_byName.insert(m_entries.at(i).canonicalName, i);
}

void Gazetteer::loadActors()
{
    for (const QStringList &row : readTable(QStringLiteral(":/extract/actors.tsv"))) {
        if (row.size() < 2 || row.at(0).isEmpty())
            continue;
        const auto kind = Actor::kindFromKey(row.at(1));
        if (!kind) {
            qCWarning(lcGazetteer) << "actors.tsv: unknown kind" << row.at(1) << "for" << row.at(0);
            continue;
        }
        GazetteerEntry entry;
        entry.canonicalName = row.at(0);
        entry.kind = *kind;
        entry.country = row.value(2);
        entry.affiliation = row.value(3);
        entry.aliases = splitList(row.value(4));
        if (m_byName.contains(entry.canonicalName)) {
            qCWarning(lcGazetteer) << "actors.tsv: duplicate" << entry.canonicalName;
            continue;
        }
        m_byName.insert(entry.canonicalName, int(m_entries.size()));
        m_entries.append(entry);
    }
}

void Gazetteer::loadTitles()
{
    for (const QStringList &row : readTable(QStringLiteral(":/extract/titles.tsv"))) {
        if (row.size() < 2 || row.at(0).isEmpty())
            continue;
        GazetteerTitle title;
        title.phrase = row.at(0);
        if (row.at(1) == u"honorific")
            title.type = GazetteerTitle::Type::Honorific;
        else if (row.at(1) == u"modifier")
            title.type = GazetteerTitle::Type::Modifier;
        else
            title.type = GazetteerTitle::Type::Title;
        title.implies = impliesFromKey(row.value(2));
        m_titles.append(title);
    }
}

void Gazetteer::addName(int entry, Form form, const QString &name)
{
    const QList<LexiconToken> tokens = LexiconTokenizer::tokenize(name);
    if (tokens.isEmpty())
        return;
    Terminal terminal;
    terminal.entry = entry;
    terminal.form = form;
    bool hasUpper = false;
    bool hasLower = false;
    for (QChar c : name) {
        hasUpper = hasUpper || c.isUpper();
        hasLower = hasLower || c.isLower();
    }
    // "US", "IS", "U.S.", "M23": acronyms are only themselves in capitals
    terminal.caseSensitive = hasUpper && !hasLower;
    if (terminal.caseSensitive) {
        for (const LexiconToken &token : tokens)
            terminal.exact.append(name.mid(token.begin, token.end - token.begin));
    }
    const int value = int(m_terminals.size());
    m_terminals.append(terminal);
    m_trie.insert(0, tokenKeys(tokens), value);
}

void Gazetteer::buildTries()
{
    m_titleRoot = m_trie.addRoot();
    for (int i = 0; i < m_entries.size(); ++i) {
        const GazetteerEntry &entry = m_entries.at(i);
        if (!(entry.kind == Actor::Kind::State && m_unmatchedNames.contains(entry.canonicalName)))
            addName(i, Form::Name, entry.canonicalName);
        for (const QString &alias : entry.aliases)
            addName(i, Form::Name, alias);
    }
    // demonyms and capitals after all names: a name of the same length wins
    for (int i = 0; i < m_entries.size(); ++i) {
        for (const QString &demonym : m_entries.at(i).demonyms)
            addName(i, Form::Demonym, demonym);
    }
    for (int i = 0; i < m_entries.size(); ++i) {
        for (const QString &capital : m_entries.at(i).capitals)
            addName(i, Form::Capital, capital);
    }
    for (int i = 0; i < m_titles.size(); ++i) {
        const QList<LexiconToken> tokens = LexiconTokenizer::tokenize(m_titles.at(i).phrase);
        m_trie.insert(m_titleRoot, tokenKeys(tokens), i);
        if (m_titles.at(i).type == GazetteerTitle::Type::Modifier) {
            for (const LexiconToken &token : tokens)
                m_modifierWords.insert(token.key);
        }
    }
}

Gazetteer::Match Gazetteer::match(const QList<LexiconToken> &tokens,
                                  qsizetype start,
                                  qsizetype end,
                                  QStringView text) const
{
    Match result;
    if (start >= end || !tokens.at(start).isWord())
        return result;
    int path[LexiconTrie::MaxPhraseTokens];
    const int walked = m_trie.walk(0, tokens, start, end, path);
    for (int length = walked; length > 0; --length) {
        const QList<int> &values = m_trie.values(path[length - 1]);
        if (values.isEmpty())
            continue;
        // a name never ends inside a hyphenated compound or a dotted word
        const qsizetype last = start + length - 1;
        if (!tokens.at(last).isWord() && tokens.at(last).type != LexiconToken::Type::Punctuation)
            continue;
        bool capitalised = false;
        for (qsizetype t = start; t <= last; ++t)
            capitalised = capitalised || tokens.at(t).upperInitial;
        for (int value : values) {
            const Terminal &terminal = m_terminals.at(value);
            if (terminal.caseSensitive) {
                bool same = terminal.exact.size() == length;
                for (int t = 0; same && t < length; ++t) {
                    const LexiconToken &token = tokens.at(start + t);
                    same = text.mid(token.begin, token.end - token.begin) == terminal.exact.at(t);
                }
                if (!same)
                    continue;
            } else if (!capitalised) {
                continue;
            }
            result.entry = terminal.entry;
            result.form = terminal.form;
            result.length = length;
            return result;
        }
    }
    return result;
}

Gazetteer::TitleMatch Gazetteer::matchTitle(const QList<LexiconToken> &tokens,
                                            qsizetype start,
                                            qsizetype end) const
{
    TitleMatch result;
    if (start >= end || !tokens.at(start).isWord())
        return result;
    int path[LexiconTrie::MaxPhraseTokens];
    const int walked = m_trie.walk(m_titleRoot, tokens, start, end, path);
    for (int length = walked; length > 0; --length) {
        const QList<int> &values = m_trie.values(path[length - 1]);
        if (values.isEmpty())
            continue;
        result.title = values.first();
        result.length = length;
        return result;
    }
    return result;
}

} // namespace Faultline
