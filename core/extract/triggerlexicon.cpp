#include "core/extract/triggerlexicon.h"

#include "core/extract/lexicontokenizer.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSet>

namespace Faultline {

Q_LOGGING_CATEGORY(lcTriggers, "faultline.extract", QtInfoMsg)

namespace {

// Words after which an ambiguous form ("the release", "an attack") is a noun
bool isDeterminer(const QString &key)
{
    static const QSet<QString> words
        = {QStringLiteral("the"),     QStringLiteral("a"),       QStringLiteral("an"),
           QStringLiteral("its"),     QStringLiteral("their"),   QStringLiteral("his"),
           QStringLiteral("her"),     QStringLiteral("this"),    QStringLiteral("that"),
           QStringLiteral("these"),   QStringLiteral("those"),   QStringLiteral("new"),
           QStringLiteral("fresh"),   QStringLiteral("further"), QStringLiteral("'s"),
           QStringLiteral("any"),     QStringLiteral("no"),      QStringLiteral("every"),
           QStringLiteral("our"),     QStringLiteral("first"),   QStringLiteral("second"),
           QStringLiteral("latest"),  QStringLiteral("last"),    QStringLiteral("deadly"),
           QStringLiteral("major"),   QStringLiteral("recent"),  QStringLiteral("several"),
           QStringLiteral("massive"), QStringLiteral("of"),      QStringLiteral("for")};
    return words.contains(key);
}

// Words after which an ambiguous form ("they attack", "will release") is a verb
bool isVerbContext(const QString &key)
{
    static const QSet<QString> words
        = {QStringLiteral("to"),    QStringLiteral("will"), QStringLiteral("would"),
           QStringLiteral("could"), QStringLiteral("can"),  QStringLiteral("may"),
           QStringLiteral("might"), QStringLiteral("must"), QStringLiteral("should"),
           QStringLiteral("shall"), QStringLiteral("did"),  QStringLiteral("does"),
           QStringLiteral("do"),    QStringLiteral("not"),  QStringLiteral("never"),
           QStringLiteral("they"),  QStringLiteral("he"),   QStringLiteral("she"),
           QStringLiteral("it"),    QStringLiteral("we"),   QStringLiteral("i"),
           QStringLiteral("you"),   QStringLiteral("who"),  QStringLiteral("which"),
           QStringLiteral("also"),  QStringLiteral("then"), QStringLiteral("often"),
           QStringLiteral("and"),   QStringLiteral("or"),   QStringLiteral("that")};
    return words.contains(key);
}

} // namespace

const TriggerLexicon &TriggerLexicon::instance()
{
    static const TriggerLexicon lexicon;
    return lexicon;
}

TriggerLexicon::TriggerLexicon()
{
    load();
}

void TriggerLexicon::load()
{
    QFile file(QStringLiteral(":/extract/triggers.tsv"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcTriggers) << "cannot read the trigger lexicon";
        return;
    }
    const QString data = QString::fromUtf8(file.readAll());
    for (QStringView line : QStringView(data).split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QList<QStringView> fields = line.split(u'\t');
        if (fields.size() < 5) {
            qCWarning(lcTriggers) << "triggers.tsv: malformed line" << line;
            continue;
        }
        Entry entry;
        entry.lemma = fields.at(0).toString();
        entry.nominal = fields.at(1) == u"noun";
        bool ok = false;
        entry.cameoRoot = fields.at(2).toInt(&ok);
        if (!ok || entry.cameoRoot < 1 || entry.cameoRoot > 20) {
            qCWarning(lcTriggers) << "triggers.tsv: bad CAMEO root in" << line;
            continue;
        }
        entry.weight = fields.at(3).toDouble(&ok);
        if (!ok)
            entry.weight = 0.5;
        const int index = int(m_entries.size());
        m_entries.append(entry);
        for (QStringView form : fields.at(4).split(u'|', Qt::SkipEmptyParts)) {
            QStringList keys;
            for (const LexiconToken &token : LexiconTokenizer::tokenize(form.trimmed()))
                keys.append(token.key);
            m_trie.insert(0, keys, index);
        }
    }
}

QList<TriggerMatch> TriggerLexicon::find(QStringView text, qsizetype offset) const
{
    QList<TriggerMatch> matches;
    QList<LexiconToken> tokens = LexiconTokenizer::tokenize(text);
    m_trie.assignIds(&tokens);
    int path[LexiconTrie::MaxPhraseTokens];
    qsizetype firstWord = -1;
    for (qsizetype i = 0; i < tokens.size();) {
        const LexiconToken &token = tokens.at(i);
        if (!token.isWord()) {
            ++i;
            continue;
        }
        if (firstWord < 0)
            firstWord = i;
        // "March", "Talks" inside a name: a capitalised form counts only at the
        // start of the sentence or in text set in capitals
        if (token.upperInitial && token.hasLower && i != firstWord) {
            ++i;
            continue;
        }
        const int walked = m_trie.walk(0, tokens, i, tokens.size(), path);
        int length = walked;
        while (length > 0 && m_trie.values(path[length - 1]).isEmpty())
            --length;
        if (length == 0) {
            ++i;
            continue;
        }
        const QList<int> &values = m_trie.values(path[length - 1]);
        // a form that is both noun and verb: a determiner before it makes it a noun
        bool nounContext = false;
        if (i > 0) {
            const LexiconToken &prev = tokens.at(i - 1);
            nounContext = isDeterminer(prev.key)
                          || (prev.isWord() && !prev.upperInitial && !isVerbContext(prev.key)
                              && !prev.key.endsWith(u"ly") && !prev.key.endsWith(u"n't"));
        }
        int chosen = values.first();
        for (int value : values) {
            if (m_entries.at(value).nominal == nounContext) {
                chosen = value;
                break;
            }
        }
        const Entry &entry = m_entries.at(chosen);
        TriggerMatch match;
        match.begin = token.begin + offset;
        match.end = tokens.at(i + length - 1).end + offset;
        match.lemma = entry.lemma;
        match.cameoRoot = entry.cameoRoot;
        match.nominal = entry.nominal;
        match.weight = entry.weight;
        matches.append(match);
        i += length;
    }
    return matches;
}

} // namespace Faultline
