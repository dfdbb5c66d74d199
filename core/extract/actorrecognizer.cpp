#include "core/extract/actorrecognizer.h"

#include "core/extract/gazetteer.h"
#include "core/extract/lexicontokenizer.h"

#include <QHash>
#include <QSet>

namespace Faultline {

namespace {

using Kind = Actor::Kind;

QSet<QString> wordSet(std::initializer_list<const char16_t *> words)
{
    QSet<QString> set;
    set.reserve(qsizetype(words.size()));
    for (const char16_t *word : words)
        set.insert(QString::fromUtf16(word));
    return set;
}

// Capitalised words that do not start or continue a name
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = wordSet(
        {u"the",      u"a",       u"an",        u"he",       u"she",       u"it",        u"they",
         u"we",       u"i",       u"you",       u"his",      u"her",       u"their",     u"its",
         u"our",      u"this",    u"that",      u"these",    u"those",     u"there",     u"here",
         u"in",       u"on",      u"at",        u"but",      u"and",       u"or",        u"as",
         u"for",      u"from",    u"with",      u"by",       u"after",     u"before",    u"since",
         u"when",     u"while",   u"if",        u"last",     u"next",      u"of",        u"to",
         u"who",      u"what",    u"where",     u"why",      u"how",       u"meanwhile", u"however",
         u"also",     u"both",    u"all",       u"some",     u"many",      u"most",      u"several",
         u"other",    u"another", u"such",      u"than",     u"then",      u"so",        u"yet",
         u"no",       u"not",     u"one",       u"two",      u"three",     u"during",    u"under",
         u"over",     u"about",   u"against",   u"between",  u"despite",   u"although",  u"though",
         u"because",  u"until",   u"according", u"earlier",  u"later",     u"today",     u"yesterday",
         u"tomorrow", u"breaking", u"news",     u"reuters",  u"afp",       u"ap",        u"monday",
         u"tuesday",  u"wednesday", u"thursday", u"friday",  u"saturday",  u"sunday",    u"january",
         u"february", u"march",   u"april",     u"may",      u"june",      u"july",      u"august",
         u"september", u"october", u"november", u"december", u"jan",       u"feb",       u"mar",
         u"apr",      u"jun",     u"jul",       u"aug",      u"sep",       u"sept",      u"oct",
         u"nov",      u"dec",     u"spring",    u"summer",   u"autumn",    u"winter",    u"fall",
         u"christmas", u"ramadan", u"eid",      u"easter",   u"new",       u"more",      u"only",
         u"even",     u"just",    u"every",     u"each",     u"any",       u"once",      u"now",
         u"still",    u"instead", u"unlike",    u"amid",     u"among",     u"through",   u"into",
         u"following", u"without", u"within",   u"will",     u"would",     u"could",     u"should",
         u"can",      u"must",    u"has",       u"have",     u"had",       u"was",       u"were",
         u"is",       u"are",     u"be",        u"do",       u"did",       u"said",      u"says",
         u"mr",       u"mrs",     u"ms",        u"dr",       u"read",      u"watch",     u"image",
         u"photo",    u"video",   u"share",     u"advertisement", u"related", u"subscribe"});
    return words;
}

// Name particles written in lower case inside names: "Abu Bakr al-Baghdadi"
const QSet<QString> &nameParticles()
{
    static const QSet<QString> words = wordSet({u"al", u"el", u"bin", u"bint", u"ibn", u"de", u"da",
                                                u"del", u"van", u"von", u"der", u"ul", u"ud", u"ben",
                                                u"la", u"le", u"dos", u"das", u"di"});
    return words;
}

const QSet<QString> &governmentHeads()
{
    static const QSet<QString> words = wordSet(
        {u"government", u"governments", u"administration", u"authorities", u"officials",
         u"official",   u"cabinet",     u"regime",         u"leadership",  u"ministry",
         u"delegation", u"negotiators", u"diplomats",      u"envoys",      u"parliament",
         u"junta",      u"team",        u"leaders",        u"lawmakers",   u"diplomat",
         u"negotiator", u"government's", u"interior",      u"embassy"});
    return words;
}

const QSet<QString> &militaryHeads()
{
    static const QSet<QString> words = wordSet(
        {u"army",       u"armies",   u"military",  u"militaries", u"troops",   u"forces",
         u"force",      u"soldiers", u"navy",      u"warplanes",  u"jets",     u"drones",
         u"artillery",  u"marines", u"commandos", u"paratroopers", u"soldier", u"commanders",
         u"gunboats",   u"tanks",    u"warships",  u"aircraft",   u"jet",      u"units"});
    return words;
}

// Words that may stand between a demonym and its head: "Afghan security forces"
const QSet<QString> &preHeadModifiers()
{
    static const QSet<QString> words = wordSet(
        {u"security", u"armed",   u"special",  u"government", u"federal", u"national",
         u"interim",  u"transitional", u"senior", u"top",     u"central", u"regional",
         u"local",    u"military", u"defence", u"defense",    u"naval",   u"ground",
         u"elite",    u"air",     u"army",     u"border",     u"coalition", u"allied",
         u"backed",   u"led",     u"foreign",  u"ministry",   u"state",   u"peace",
         u"royal",    u"combined", u"joint",   u"intelligence"});
    return words;
}

const QSet<QString> &militaryModifiers()
{
    static const QSet<QString> words = wordSet(
        {u"military", u"army", u"defence", u"defense", u"naval", u"air", u"armed"});
    return words;
}

// Words before a capital that make it a place, not a government
const QSet<QString> &capitalLocatives()
{
    static const QSet<QString> words = wordSet(
        {u"in",       u"at",       u"to",         u"from",      u"into",     u"near",
         u"outside",  u"inside",   u"around",     u"via",       u"across",   u"toward",
         u"towards",  u"through",  u"throughout", u"within",    u"of",       u"visited",
         u"visit",    u"visits",   u"visiting",   u"reached",   u"reach",    u"arrived",
         u"left",     u"leaving",  u"entered",    u"enter",     u"flew",     u"fly",
         u"flying",   u"travelled", u"traveled",  u"returned",  u"returning", u"based",
         u"outskirts", u"streets", u"downtown",   u"central",   u"northern", u"southern",
         u"eastern",  u"western",  u"besieged",   u"captured",  u"seized",   u"took",
         u"shelled",  u"bombed",   u"struck",     u"hit",       u"attacked", u"stormed",
         u"encircled", u"surrounded", u"held",    u"across",    u"over",     u"above",
         u"beyond",   u"moved",    u"evacuated",  u"relocated", u"fled",     u"entering",
         u"reaching", u"heading",  u"headed",     u"bound",     u"airport"});
    return words;
}

// Words before a country that make it a place: "in Afghanistan"
const QSet<QString> &stateLocatives()
{
    static const QSet<QString> words =
        wordSet({u"in", u"inside", u"across", u"throughout", u"within", u"near", u"outside",
                 u"into", u"around", u"northern", u"southern", u"eastern", u"western",
                 u"central", u"northeastern", u"northwestern", u"southeastern", u"southwestern"});
    return words;
}

// Nouns a capital modifies without being an actor: "the Doha talks"
const QSet<QString> &capitalModifiedNouns()
{
    static const QSet<QString> words = wordSet(
        {u"talks",    u"process",   u"agreement", u"accord",  u"accords",   u"summit",
         u"conference", u"meeting", u"declaration", u"format", u"airport",  u"office",
         u"embassy",  u"university", u"residents", u"province", u"city",    u"police",
         u"mayor",    u"municipality", u"bureau", u"correspondent", u"station", u"street",
         u"streets",  u"peace",     u"protocol",  u"deal",    u"negotiations", u"round",
         u"governor", u"region",    u"district",  u"valley",  u"hospital",  u"prison",
         u"stock",    u"times",     u"post",      u"based"});
    return words;
}

const QSet<QString> &reportingVerbs()
{
    static const QSet<QString> words = wordSet(
        {u"said",  u"says",     u"told",    u"added",     u"tweeted", u"wrote",   u"stated",
         u"announced", u"warned", u"insisted", u"claimed", u"argued", u"noted",   u"explained",
         u"replied", u"confirmed", u"denied", u"declared", u"urged",  u"stressed", u"posted",
         u"says",   u"tells",   u"adds",    u"writes",    u"warns",   u"insists", u"claims",
         u"accused", u"called", u"visited", u"met",       u"arrived", u"vowed",   u"pledged",
         u"promised", u"led",   u"leads",   u"ordered",   u"signed",  u"spoke",   u"speaks"});
    return words;
}

const QSet<QString> &orgConnectors()
{
    static const QSet<QString> words = wordSet(
        {u"of", u"for", u"the", u"and", u"al", u"el", u"de", u"du", u"des", u"la", u"le", u"del",
         u"in", u"wal", u"ul"});
    return words;
}

enum class Generic { None, ArmedGroup, Group, Movement, Organisation, Party, Government, Military, Junta };

Generic genericFor(const QString &key)
{
    static const QHash<QString, Generic> map = [] {
        QHash<QString, Generic> m;
        for (const char16_t *w : {u"militants", u"insurgents", u"rebels", u"jihadists", u"extremists",
                                  u"fighters", u"separatists", u"guerrillas", u"guerillas", u"islamists",
                                  u"insurgency", u"militia", u"militias", u"paramilitaries",
                                  u"paramilitary", u"terrorists", u"mujahideen", u"attackers",
                                  u"gunmen", u"militant", u"insurgent", u"rebel", u"jihadist"})
            m.insert(QString::fromUtf16(w), Generic::ArmedGroup);
        m.insert(QStringLiteral("group"), Generic::Group);
        m.insert(QStringLiteral("movement"), Generic::Movement);
        for (const char16_t *w : {u"organisation", u"organization", u"agency", u"alliance", u"bloc",
                                  u"body"})
            m.insert(QString::fromUtf16(w), Generic::Organisation);
        m.insert(QStringLiteral("party"), Generic::Party);
        for (const char16_t *w : {u"government", u"administration", u"regime", u"authorities",
                                  u"cabinet"})
            m.insert(QString::fromUtf16(w), Generic::Government);
        for (const char16_t *w : {u"army", u"military", u"troops", u"forces", u"soldiers"})
            m.insert(QString::fromUtf16(w), Generic::Military);
        m.insert(QStringLiteral("junta"), Generic::Junta);
        return m;
    }();
    return map.value(key, Generic::None);
}

// Head words of unlisted organisation names and the kind they give
std::optional<Kind> orgHeadKind(const QString &key)
{
    static const QHash<QString, Kind> map = [] {
        QHash<QString, Kind> m;
        for (const char16_t *w : {u"party", u"congress", u"league"})
            m.insert(QString::fromUtf16(w), Kind::PoliticalParty);
        for (const char16_t *w : {u"army", u"forces", u"force", u"brigade", u"brigades", u"militia", u"militias",
                                  u"battalion", u"battalions", u"front", u"guard", u"guards", u"corps",
                                  u"resistance", u"mujahideen", u"regiment", u"division", u"legion",
                                  u"rebels", u"fighters", u"jihad"})
            m.insert(QString::fromUtf16(w), Kind::ArmedGroup);
        m.insert(QStringLiteral("movement"), Kind::PoliticalParty); // refined by its words
        for (const char16_t *w : {u"government", u"administration", u"ministry"})
            m.insert(QString::fromUtf16(w), Kind::Government);
        for (const char16_t *w : {u"organisation", u"organization", u"commission", u"committee",
                                  u"court", u"agency", u"bank", u"fund", u"programme", u"program",
                                  u"mission", u"union", u"alliance", u"coalition", u"network",
                                  u"association", u"federation", u"assembly", u"parliament",
                                  u"authority", u"institute", u"foundation", u"council", u"group",
                                  u"tribunal", u"office"})
            m.insert(QString::fromUtf16(w), Kind::Other);
        return m;
    }();
    const auto it = map.constFind(key);
    if (it == map.constEnd())
        return std::nullopt;
    return it.value();
}

const QSet<QString> &armedMovementWords()
{
    static const QSet<QString> words =
        wordSet({u"liberation", u"revolutionary", u"resistance", u"armed", u"islamic", u"jihad",
                 u"justice", u"mujahideen", u"salvation", u"independence", u"insurgent"});
    return words;
}

const QSet<QString> &internationalWords()
{
    static const QSet<QString> words =
        wordSet({u"united", u"nations", u"international", u"world", u"african", u"european",
                 u"arab", u"regional", u"intergovernmental", u"global", u"asian"});
    return words;
}

const QSet<QString> &nationalMilitaryWords()
{
    static const QSet<QString> words =
        wordSet({u"national", u"armed", u"defence", u"defense", u"security", u"royal", u"army",
                 u"forces", u"force", u"air", u"navy", u"military", u"people's", u"'s",
                 u"people", u"land", u"ground", u"naval"});
    return words;
}

int strength(GazetteerTitle::Implies implies)
{
    switch (implies) {
    case GazetteerTitle::Implies::Military: return 4;
    case GazetteerTitle::Implies::Government: return 3;
    case GazetteerTitle::Implies::ArmedGroup: return 2;
    case GazetteerTitle::Implies::Organisation: return 1;
    case GazetteerTitle::Implies::None: break;
    }
    return 0;
}

// One recognition pass over one text
class Run
{
public:
    Run(const Gazetteer &gazetteer, const QString &text)
        : g(gazetteer)
        , m_text(text)
        , m_tokens(LexiconTokenizer::tokenize(text))
    {}

    QList<ActorMention> run(const QList<TextSpan> &sentences);

private:
    struct Mention
    {
        ActorMention m;
        qsizetype tokBegin = 0;
        qsizetype tokEnd = 0; // last token, inclusive
        int sentence = 0;
    };
    // The last thing that can own a title that follows it: a mention, or a
    // country named only as a demonym ("Afghan presidential spokesman")
    struct Owner
    {
        qsizetype tokEnd = -1;
        int mention = -1;
        int state = -1;
    };
    struct Affiliation
    {
        QString name;
        QString country;
        bool fromState = false;
    };
    struct Head
    {
        qsizetype end = 0; // exclusive token index
        Kind kind = Kind::Government;
    };

    qsizetype step(qsizetype i);
    qsizetype tryTitledPerson(qsizetype i);
    qsizetype tryGeneric(qsizetype i);
    qsizetype tryKnownName(qsizetype i, qsizetype nameEnd);
    qsizetype tryNamedPerson(qsizetype i, qsizetype nameEnd);
    qsizetype handleGazetteer(qsizetype i, const Gazetteer::Match &match);
    qsizetype handleOrg(qsizetype i, qsizetype end);
    qsizetype orgPatternEnd(qsizetype i) const;
    qsizetype parseName(qsizetype i) const;
    qsizetype titleChain(qsizetype j, GazetteerTitle::Implies *implies, qsizetype *honorific) const;
    std::optional<Head> headNoun(qsizetype e, bool allowPossessive) const;
    bool capitalIsActor(qsizetype i, qsizetype e) const;
    Owner ownerBefore(qsizetype pos) const;
    Affiliation affiliationOf(const Owner &owner, GazetteerTitle::Implies implies) const;
    qsizetype checkAcronym(qsizetype e);
    qsizetype emitPerson(qsizetype nameBegin, qsizetype nameEnd, const Affiliation &affiliation,
                         qsizetype bareBegin = -1);

    int addMention(qsizetype tokBegin, qsizetype tokEnd, const QString &canonical, Kind kind,
             const QString &country, const QString &affiliation, bool inferred);
    int emitEntry(qsizetype tokBegin, qsizetype tokEnd, int entry);
    int emitDerived(qsizetype tokBegin, qsizetype tokEnd, int state, Kind kind, bool inferred);
    QString textOf(qsizetype tokBegin, qsizetype tokEnd) const; // tokEnd exclusive
    bool isStop(qsizetype i) const { return stopWords().contains(m_tokens.at(i).key); }
    bool is(qsizetype i, QStringView key) const
    {
        return i >= m_begin && i < m_end && m_tokens.at(i).key == key;
    }

    const Gazetteer &g;
    const QString &m_text;
    QList<LexiconToken> m_tokens;
    QList<Mention> m_out;
    QHash<QString, int> m_surnames; // folded last name -> person mention
    QHash<QString, int> m_acronyms; // acronym as written -> mention defining it
    Owner m_owner;
    qsizetype m_locativeCapitalEnd = -1; // last token of a capital used as a place
    qsizetype m_begin = 0;            // token range of the current sentence
    qsizetype m_end = 0;
    int m_sentence = 0;
};

QList<ActorMention> Run::run(const QList<TextSpan> &sentences)
{
    QList<TextSpan> spans = sentences;
    if (spans.isEmpty())
        spans.append(TextSpan{0, m_text.size()});
    qsizetype t = 0;
    for (const TextSpan &span : std::as_const(spans)) {
        while (t < m_tokens.size() && m_tokens.at(t).begin < span.begin)
            ++t;
        m_begin = t;
        while (t < m_tokens.size() && m_tokens.at(t).end <= span.end)
            ++t;
        m_end = t;
        m_owner = Owner();
        for (qsizetype i = m_begin; i < m_end;)
            i = step(i);
        ++m_sentence;
    }
    QList<ActorMention> result;
    result.reserve(m_out.size());
    for (const Mention &mention : std::as_const(m_out))
        result.append(mention.m);
    return result;
}

QString Run::textOf(qsizetype tokBegin, qsizetype tokEnd) const
{
    QString text;
    for (qsizetype t = tokBegin; t < tokEnd; ++t) {
        const LexiconToken &token = m_tokens.at(t);
        if (t > tokBegin && token.spaceBefore)
            text.append(u' ');
        text.append(QStringView(m_text).mid(token.begin, token.end - token.begin));
    }
    return text;
}

int Run::addMention(qsizetype tokBegin, qsizetype tokEnd, const QString &canonical, Kind kind,
              const QString &country, const QString &affiliation, bool inferred)
{
    Mention mention;
    mention.tokBegin = tokBegin;
    mention.tokEnd = tokEnd;
    mention.sentence = m_sentence;
    mention.m.begin = m_tokens.at(tokBegin).begin;
    mention.m.end = m_tokens.at(tokEnd).end;
    mention.m.surface = m_text.mid(mention.m.begin, mention.m.end - mention.m.begin);
    mention.m.canonicalName = canonical;
    mention.m.kind = kind;
    mention.m.country = country;
    mention.m.affiliation = affiliation;
    mention.m.inferred = inferred;
    m_out.append(mention);
    const int index = int(m_out.size() - 1);
    m_owner = Owner{tokEnd, index, -1};
    return index;
}

int Run::emitEntry(qsizetype tokBegin, qsizetype tokEnd, int entry)
{
    const GazetteerEntry &e = g.entries().at(entry);
    return addMention(tokBegin, tokEnd, e.canonicalName, e.kind, e.country, e.affiliation, false);
}

int Run::emitDerived(qsizetype tokBegin, qsizetype tokEnd, int state, Kind kind, bool inferred)
{
    const GazetteerEntry &e = g.entries().at(state);
    const QString name = kind == Kind::Military ? Gazetteer::militaryName(e.canonicalName)
                                                : Gazetteer::governmentName(e.canonicalName);
    return addMention(tokBegin, tokEnd, name, kind, e.country, e.canonicalName, inferred);
}

qsizetype Run::step(qsizetype i)
{
    const LexiconToken &token = m_tokens.at(i);
    if (!token.isWord())
        return i + 1;

    if (const qsizetype next = tryTitledPerson(i); next > i)
        return next;
    if (token.key == u"the") {
        if (const qsizetype next = tryGeneric(i); next > i)
            return next;
    }

    const Gazetteer::Match match = g.match(m_tokens, i, m_end, m_text);
    const qsizetype orgEnd = orgPatternEnd(i);
    if (match.isValid() && match.length >= orgEnd - i)
        return handleGazetteer(i, match);
    if (orgEnd > i)
        return handleOrg(i, orgEnd);

    if (!token.hasLower && token.upperInitial) {
        const auto it = m_acronyms.constFind(m_text.mid(token.begin, token.end - token.begin));
        if (it != m_acronyms.constEnd()) {
            const ActorMention source = m_out.at(it.value()).m;
            addMention(i, i, source.canonicalName, source.kind, source.country, source.affiliation,
                 false);
            return i + 1;
        }
    }
    if (token.isCapitalised() && token.hasLower && !isStop(i)) {
        const qsizetype nameEnd = parseName(i);
        if (nameEnd > i) {
            if (const qsizetype next = tryKnownName(i, nameEnd); next > i)
                return next;
            if (const qsizetype next = tryNamedPerson(i, nameEnd); next > i)
                return next;
            // skip the rest of an unknown name so that its parts are not read as names
            return nameEnd;
        }
    }
    return i + 1;
}

// A name: capitalised words with lower-case particles and hyphens between them
qsizetype Run::parseName(qsizetype i) const
{
    qsizetype k = i;
    qsizetype lastGood = i;
    int words = 0;
    while (k < m_end && words < 6) {
        const LexiconToken &t = m_tokens.at(k);
        if (t.isWord() && t.upperInitial && (t.hasLower || t.end - t.begin <= 2) && !isStop(k)) {
            if (k > i && g.match(m_tokens, k, m_end, m_text).isValid())
                break;
            if (k > i) {
                // "Vice President" after "First": a title starts a new phrase
                const Gazetteer::TitleMatch tm = g.matchTitle(m_tokens, k, m_end);
                if (tm.isValid() && g.titles().at(tm.title).type != GazetteerTitle::Type::Modifier
                    && tm.length + k < m_end && m_tokens.at(k + tm.length).isCapitalised())
                    break;
            }
            ++words;
            ++k;
            lastGood = k;
        } else if (t.isWord() && nameParticles().contains(t.key) && k + 1 < m_end
                   && (m_tokens.at(k + 1).type == LexiconToken::Type::Hyphen
                       || m_tokens.at(k + 1).isCapitalised())) {
            ++k;
        } else if (t.type == LexiconToken::Type::Hyphen && words > 0 && k + 1 < m_end
                   && m_tokens.at(k + 1).isWord()) {
            ++k;
        } else {
            break;
        }
    }
    return words > 0 ? lastGood : i;
}

qsizetype Run::titleChain(qsizetype j, GazetteerTitle::Implies *implies, qsizetype *honorific) const
{
    qsizetype k = j;
    bool hasTitle = false;
    while (k < m_end) {
        const Gazetteer::TitleMatch tm = g.matchTitle(m_tokens, k, m_end);
        if (!tm.isValid())
            break;
        const GazetteerTitle &title = g.titles().at(tm.title);
        if (title.type == GazetteerTitle::Type::Modifier) {
            if (!hasTitle && k == j)
                return j; // a chain starts with a title, not a modifier
            k += tm.length;
            continue;
        }
        hasTitle = true;
        *honorific = title.type == GazetteerTitle::Type::Honorific ? k : -1;
        if (strength(title.implies) > strength(*implies))
            *implies = title.implies;
        k += tm.length;
    }
    return hasTitle ? k : j;
}

Run::Owner Run::ownerBefore(qsizetype pos) const
{
    qsizetype k = pos - 1;
    for (int steps = 0; steps < 5 && k >= m_begin; ++steps) {
        if (m_owner.tokEnd == k)
            return m_owner;
        const LexiconToken &t = m_tokens.at(k);
        if (t.type == LexiconToken::Type::Possessive || t.type == LexiconToken::Type::Hyphen
            || (t.isWord() && !t.upperInitial && g.isModifierWord(t.key))) {
            --k;
            continue;
        }
        break;
    }
    return Owner();
}

Run::Affiliation Run::affiliationOf(const Owner &owner, GazetteerTitle::Implies implies) const
{
    Affiliation result;
    int state = owner.state;
    if (owner.mention >= 0) {
        const ActorMention &m = m_out.at(owner.mention).m;
        if (m.kind == Kind::State)
            state = g.stateIndex(m.country);
        if (state < 0) {
            result.name = m.canonicalName;
            result.country = m.country;
            return result;
        }
    }
    if (state < 0)
        return result;
    const GazetteerEntry &e = g.entries().at(state);
    result.country = e.country;
    result.fromState = true;
    if (implies == GazetteerTitle::Implies::Military)
        result.name = Gazetteer::militaryName(e.canonicalName);
    else if (implies != GazetteerTitle::Implies::ArmedGroup)
        result.name = Gazetteer::governmentName(e.canonicalName);
    return result;
}

qsizetype Run::emitPerson(qsizetype nameBegin, qsizetype nameEnd, const Affiliation &affiliation,
                          qsizetype bareBegin)
{
    if (bareBegin < 0)
        bareBegin = nameBegin;
    const qsizetype last = nameEnd - 1;
    const QString surname = m_tokens.at(last).key;
    const QString name = textOf(nameBegin, nameEnd);
    // "General Bajwa" after "General Qamar Javed Bajwa": the same person
    const auto known = m_surnames.constFind(surname);
    if (known != m_surnames.constEnd()) {
        const ActorMention &full = m_out.at(known.value()).m;
        const QString nameKey = LexiconTokenizer::foldKey(textOf(bareBegin, nameEnd));
        const QString fullKey = LexiconTokenizer::foldKey(full.canonicalName);
        if (fullKey.endsWith(nameKey) || nameKey.endsWith(fullKey)) {
            QString affiliationName = full.affiliation;
            if (affiliationName.isEmpty())
                affiliationName = affiliation.name;
            const QString country = full.country.isEmpty() ? affiliation.country : full.country;
            addMention(nameBegin, last, full.canonicalName, Kind::Person, country, affiliationName, false);
            if (nameKey.size() > fullKey.size()) {
                m_out.last().m.canonicalName = name;
                m_surnames.insert(surname, int(m_out.size() - 1));
            }
            return nameEnd;
        }
    }
    const int index =
        addMention(nameBegin, last, name, Kind::Person, affiliation.country, affiliation.name, false);
    m_surnames.insert(surname, index);
    return nameEnd;
}

qsizetype Run::tryTitledPerson(qsizetype i)
{
    auto implies = GazetteerTitle::Implies::None;
    qsizetype honorific = -1;
    qsizetype j = titleChain(i, &implies, &honorific);
    if (j == i)
        return i;
    // "envoy for Afghanistan Zalmay Khalilzad", "Emir of Qatar Sheikh Tamim"
    int scopeState = -1;
    if (j < m_end
        && (is(j, u"for") || is(j, u"of") || is(j, u"to") || is(j, u"on"))) {
        const Gazetteer::Match scope = g.match(m_tokens, j + 1, m_end, m_text);
        if (scope.isValid() && j + 1 + scope.length < m_end
            && m_tokens.at(j + 1 + scope.length).isCapitalised()) {
            if (g.entries().at(scope.entry).kind == Kind::State)
                scopeState = scope.entry;
            j += 1 + scope.length;
        }
    }
    // "army chief, General Qamar Javed Bajwa"
    if (is(j, u",")) {
        qsizetype k = j + 1;
        qsizetype honorific2 = -1;
        k = titleChain(k, &implies, &honorific2);
        if (honorific2 >= 0)
            honorific = honorific2;
        else if (k > j + 1)
            honorific = -1;
        const qsizetype nameEnd = k < m_end && m_tokens.at(k).isCapitalised() && !isStop(k)
                                      ? parseName(k)
                                      : k;
        if (nameEnd == k)
            return i;
        // an apposition is closed by a comma, a full stop, a bracket or a verb
        j = k;
    }
    if (j >= m_end || !m_tokens.at(j).isCapitalised() || isStop(j))
        return i;
    if (g.match(m_tokens, j, m_end, m_text).isValid())
        return i;
    const qsizetype nameEnd = parseName(j);
    if (nameEnd == j)
        return i;
    const bool keepsHonorific = honorific >= 0 && honorific < j
                                && g.matchTitle(m_tokens, honorific, m_end).length
                                       == j - honorific;
    const qsizetype nameBegin = keepsHonorific ? honorific : j;

    Owner owner = ownerBefore(i);
    Affiliation affiliation = affiliationOf(owner, implies);
    if (affiliation.name.isEmpty() && scopeState >= 0
        && implies == GazetteerTitle::Implies::Government)
        affiliation = affiliationOf(Owner{-1, -1, scopeState}, implies);
    // a country that only qualifies the title is not an actor of its own here
    if (owner.mention >= 0 && owner.mention == m_out.size() - 1
        && m_out.last().m.kind == Kind::State) {
        m_out.removeLast();
    }
    return emitPerson(nameBegin, nameEnd, affiliation, j);
}

std::optional<Run::Head> Run::headNoun(qsizetype e, bool allowPossessive) const
{
    qsizetype k = e;
    if (allowPossessive && k < m_end && m_tokens.at(k).type == LexiconToken::Type::Possessive)
        ++k;
    bool militaryModifier = false;
    for (int n = 0; n < 3 && k < m_end; ++n) {
        const LexiconToken &t = m_tokens.at(k);
        if (t.type == LexiconToken::Type::Hyphen) {
            ++k;
            continue;
        }
        if (!t.isWord())
            return std::nullopt;
        const bool gov = governmentHeads().contains(t.key);
        const bool mil = militaryHeads().contains(t.key);
        if (gov || mil) {
            // "Afghan official Mohammad Naeem": the head is a title of the person named
            const bool named = k + 1 < m_end && m_tokens.at(k + 1).isCapitalised()
                               && !isStop(k + 1) && g.matchTitle(m_tokens, k, m_end).isValid();
            // "army chief": the noun heads a title, the army is still the owner
            const qsizetype after = k + 1;
            if (named)
                return std::nullopt;
            if (mil && after < m_end && militaryHeads().contains(m_tokens.at(after).key))
                return Head{after + 1, Kind::Military};
            if (mil && after < m_end && governmentHeads().contains(m_tokens.at(after).key)
                && !g.matchTitle(m_tokens, after, m_end).isValid())
                return Head{after + 1, Kind::Military};
            // "government forces": the forces of that government
            if (gov && after < m_end && militaryHeads().contains(m_tokens.at(after).key))
                return Head{after + 1, Kind::Military};
            if (gov && after < m_end && governmentHeads().contains(m_tokens.at(after).key)
                && m_tokens.at(after).key != u"team" && m_tokens.at(after).key != u"official")
                return Head{after + 1, militaryModifier ? Kind::Military : Kind::Government};
            return Head{k + 1, mil || militaryModifier ? Kind::Military : Kind::Government};
        }
        if (!preHeadModifiers().contains(t.key))
            return std::nullopt;
        militaryModifier = militaryModifier || militaryModifiers().contains(t.key);
        ++k;
    }
    return std::nullopt;
}

bool Run::capitalIsActor(qsizetype i, qsizetype e) const
{
    if (i > m_begin) {
        const LexiconToken &prev = m_tokens.at(i - 1);
        if (capitalLocatives().contains(prev.key) || prev.key == u"the")
            return false;
        // "in Kabul and Islamabad"
        if ((prev.key == u"and" || prev.key == u"or" || prev.key == u",")
            && m_locativeCapitalEnd == i - 2)
            return false;
    }
    if (e < m_end) {
        const LexiconToken &next = m_tokens.at(e);
        if (next.type == LexiconToken::Type::Hyphen)
            return false; // "Kabul-based"
        if (next.isCapitalised())
            return false; // "Kabul University"
        if (capitalModifiedNouns().contains(next.key))
            return false;
        // a dateline: "KABUL, Sept. 14 (Reuters) -"
        if (i == m_begin
            && (!m_tokens.at(i).hasLower || next.key == u"(" || next.key == u","
                || next.key == u"-" || next.key == u"\u2014" || next.key == u"\u2013"))
            return false;
    } else if (i == m_begin) {
        return false; // a capital standing alone is a heading or a dateline
    }
    return true;
}

qsizetype Run::checkAcronym(qsizetype e)
{
    // "the Islamic State (IS)": the acronym names the same actor from now on
    if (!is(e, u"("))
        return e;
    qsizetype k = e + 1;
    while (k < m_end && k - e <= 4 && !is(k, u")")) {
        const LexiconToken &t = m_tokens.at(k);
        if (t.hasLower || t.type == LexiconToken::Type::Punctuation)
            return e;
        ++k;
    }
    if (k >= m_end || !is(k, u")") || k == e + 1)
        return e;
    const int source = int(m_out.size() - 1);
    const ActorMention definition = m_out.at(source).m;
    const QString acronym = m_text.mid(m_tokens.at(e + 1).begin,
                                       m_tokens.at(k - 1).end - m_tokens.at(e + 1).begin);
    m_acronyms.insert(acronym, source);
    addMention(e + 1, k - 1, definition.canonicalName, definition.kind, definition.country,
         definition.affiliation, false);
    return k + 1;
}

qsizetype Run::handleGazetteer(qsizetype i, const Gazetteer::Match &match)
{
    const GazetteerEntry &entry = g.entries().at(match.entry);
    const qsizetype e = i + match.length;
    const int stateIndex = entry.kind == Kind::State ? match.entry : -1;
    switch (match.form) {
    case Gazetteer::Form::Name:
        if (stateIndex >= 0) {
            if (const auto head = headNoun(e, true)) {
                emitDerived(i, head->end - 1, stateIndex, head->kind, false);
                return checkAcronym(head->end);
            }
            if (i > m_begin && stateLocatives().contains(m_tokens.at(i - 1).key)) {
                m_owner = Owner{e - 1, -1, stateIndex};
                return e;
            }
        }
        emitEntry(i, e - 1, match.entry);
        return checkAcronym(e);
    case Gazetteer::Form::Demonym:
        if (const auto head = headNoun(e, false)) {
            emitDerived(i, head->end - 1, match.entry, head->kind, false);
            return checkAcronym(head->end);
        }
        m_owner = Owner{e - 1, -1, match.entry};
        return e;
    case Gazetteer::Form::Capital:
        if (const auto head = headNoun(e, true)) {
            emitDerived(i, head->end - 1, match.entry, head->kind, false);
            return head->end;
        }
        if (capitalIsActor(i, e)) {
            emitDerived(i, e - 1, match.entry, Kind::Government, true);
            return e;
        }
        m_locativeCapitalEnd = e - 1;
        m_owner = Owner{e - 1, -1, match.entry};
        return e;
    }
    return e;
}

qsizetype Run::orgPatternEnd(qsizetype i) const
{
    const LexiconToken &first = m_tokens.at(i);
    if (!first.isCapitalised() || isStop(i))
        return i;
    qsizetype k = i;
    qsizetype lastHead = -1;
    int capitals = 0;
    while (k < m_end && k - i < 12) {
        const LexiconToken &t = m_tokens.at(k);
        const bool next = k + 1 < m_end;
        if (t.isWord() && (t.upperInitial || (!t.hasLower && k > i))) {
            if (isStop(k) && k > i)
                break;
            ++capitals;
            if (t.upperInitial && orgHeadKind(t.key))
                lastHead = k;
            ++k;
        } else if (t.isWord() && orgConnectors().contains(t.key) && next
                   && (m_tokens.at(k + 1).isCapitalised()
                       || m_tokens.at(k + 1).type == LexiconToken::Type::Hyphen)) {
            // "Hamas and Islamic Jihad" are two actors, not one name
            if (t.key == u"and"
                && (g.match(m_tokens, k + 1, m_end, m_text).isValid()
                    || g.match(m_tokens, i, m_end, m_text).length == k - i))
                break;
            ++k;
        } else if ((t.type == LexiconToken::Type::Possessive
                    || t.type == LexiconToken::Type::Hyphen)
                   && !t.spaceBefore && next && m_tokens.at(k + 1).isWord()) {
            ++k;
        } else {
            break;
        }
    }
    if (lastHead < 0)
        return i;
    // "Movement for Democratic Change", "Forces for Freedom and Change"
    if (lastHead == i && i + 2 < k
        && (m_tokens.at(i + 1).key == u"for" || m_tokens.at(i + 1).key == u"of")) {
        qsizetype last = k - 1;
        while (last > i && !m_tokens.at(last).isCapitalised())
            --last;
        if (last > i + 1)
            return last + 1;
    }
    // "International Commission of Inquiry": the name goes on after its head
    if (lastHead + 2 < k
        && (m_tokens.at(lastHead + 1).key == u"of" || m_tokens.at(lastHead + 1).key == u"for"
            || m_tokens.at(lastHead + 1).key == u"on")
        && !g.match(m_tokens, lastHead + 2, m_end, m_text).isValid()) {
        qsizetype last = k - 1;
        while (last > lastHead && !m_tokens.at(last).isCapitalised())
            --last;
        lastHead = last;
    }
    int words = 0;
    for (qsizetype t = i; t <= lastHead; ++t)
        words += m_tokens.at(t).isCapitalised() ? 1 : 0;
    return words >= 2 ? lastHead + 1 : i;
}

qsizetype Run::handleOrg(qsizetype i, qsizetype end)
{
    // the last head word: "Commission" in "International Commission of Inquiry",
    // "Movement" in "Movement for Democratic Change"
    QString head = m_tokens.at(end - 1).key;
    for (qsizetype t = end - 1; t >= i; --t) {
        if (m_tokens.at(t).upperInitial && orgHeadKind(m_tokens.at(t).key)) {
            head = m_tokens.at(t).key;
            break;
        }
    }
    Kind kind = orgHeadKind(head).value_or(Kind::Other);
    bool armedWords = false;
    bool international = false;
    bool nationalMilitary = true;
    for (qsizetype t = i; t < end; ++t) {
        const QString &key = m_tokens.at(t).key;
        armedWords = armedWords || armedMovementWords().contains(key);
        international = international || internationalWords().contains(key);
        if (t > i)
            nationalMilitary = nationalMilitary && nationalMilitaryWords().contains(key);
    }
    // "Nigerian Army", "Ukrainian Air Force": a country's own armed forces
    const Gazetteer::Match first = g.match(m_tokens, i, end, m_text);
    const bool firstIsState = first.isValid() && first.length == 1
                              && g.entries().at(first.entry).kind == Kind::State;
    if (firstIsState && nationalMilitary && militaryHeads().contains(head)) {
        emitDerived(i, end - 1, first.entry, Kind::Military, false);
        return checkAcronym(end);
    }
    if (head == u"movement")
        kind = armedWords ? Kind::ArmedGroup : Kind::PoliticalParty;
    if (kind == Kind::Other && international)
        kind = Kind::InternationalOrganisation;
    QString country;
    if (firstIsState)
        country = g.entries().at(first.entry).country;
    addMention(i, end - 1, textOf(i, end), kind, country, QString(), false);
    return checkAcronym(end);
}

qsizetype Run::tryGeneric(qsizetype i)
{
    qsizetype k = i + 1;
    if (k >= m_end)
        return i;
    // "the armed group", "the rebel movement", "the security forces"
    Generic generic = Generic::None;
    qsizetype nounEnd = k;
    if (k + 1 < m_end) {
        const QString &first = m_tokens.at(k).key;
        const Generic second = genericFor(m_tokens.at(k + 1).key);
        if (second != Generic::None
            && (first == u"armed" || first == u"rebel" || first == u"militant"
                || first == u"insurgent" || first == u"terrorist" || first == u"jihadist"
                || first == u"islamist" || first == u"security" || first == u"ruling"
                || first == u"military" || first == u"extremist" || first == u"separatist")) {
            generic = (first == u"security" || first == u"military") && second != Generic::Junta
                          ? Generic::Military
                          : second;
            if (second == Generic::Group || second == Generic::Movement)
                generic = Generic::ArmedGroup;
            nounEnd = k + 2;
        }
    }
    if (generic == Generic::None) {
        generic = genericFor(m_tokens.at(k).key);
        nounEnd = k + 1;
    }
    if (generic == Generic::None)
        return i;
    // "the government of Pakistan"
    if ((generic == Generic::Government || generic == Generic::Military) && is(nounEnd, u"of")) {
        const Gazetteer::Match of = g.match(m_tokens, nounEnd + 1, m_end, m_text);
        if (of.isValid() && g.entries().at(of.entry).kind == Kind::State) {
            emitDerived(i, nounEnd + of.length, of.entry,
                        generic == Generic::Military ? Kind::Military : Kind::Government, false);
            return nounEnd + 1 + of.length;
        }
    }
    if (nounEnd < m_end && m_tokens.at(nounEnd).isCapitalised() && !isStop(nounEnd))
        return i; // "the group Human Rights Watch": the name follows

    QList<Kind> kinds;
    bool fromState = false;
    Kind derive = Kind::Government;
    switch (generic) {
    case Generic::ArmedGroup: kinds = {Kind::ArmedGroup}; break;
    case Generic::Group:
        kinds = {Kind::ArmedGroup, Kind::PoliticalParty, Kind::Other,
                 Kind::InternationalOrganisation};
        break;
    case Generic::Movement: kinds = {Kind::ArmedGroup, Kind::PoliticalParty}; break;
    case Generic::Organisation: kinds = {Kind::InternationalOrganisation, Kind::Other}; break;
    case Generic::Party: kinds = {Kind::PoliticalParty}; break;
    case Generic::Government:
        kinds = {Kind::Government};
        fromState = true;
        break;
    case Generic::Military:
        kinds = {Kind::Military};
        fromState = true;
        derive = Kind::Military;
        break;
    case Generic::Junta: kinds = {Kind::Government, Kind::Military}; break;
    case Generic::None: break;
    }
    // the most recent matching actor within the last few sentences
    constexpr int Window = 6;
    int found = -1;
    int state = -1;
    for (qsizetype m = m_out.size() - 1; m >= 0; --m) {
        const Mention &mention = m_out.at(m);
        if (m_sentence - mention.sentence > Window)
            break;
        if (kinds.contains(mention.m.kind)) {
            found = int(m);
            break;
        }
        if (fromState && state < 0 && mention.m.kind == Kind::State)
            state = g.stateIndex(mention.m.country);
    }
    if (found >= 0) {
        const ActorMention source = m_out.at(found).m;
        addMention(i, nounEnd - 1, source.canonicalName, source.kind, source.country,
             source.affiliation, true);
        return nounEnd;
    }
    if (state >= 0) {
        emitDerived(i, nounEnd - 1, state, derive, true);
        return nounEnd;
    }
    return i;
}

qsizetype Run::tryKnownName(qsizetype i, qsizetype nameEnd)
{
    // a later "Baradar" or "Zalmay Khalilzad" for a person named before
    const auto known = m_surnames.constFind(m_tokens.at(nameEnd - 1).key);
    if (known == m_surnames.constEnd())
        return i;
    const ActorMention full = m_out.at(known.value()).m;
    const QString nameKey = LexiconTokenizer::foldKey(textOf(i, nameEnd));
    if (!LexiconTokenizer::foldKey(full.canonicalName).endsWith(nameKey))
        return i;
    addMention(i, nameEnd - 1, full.canonicalName, Kind::Person, full.country, full.affiliation, false);
    return nameEnd;
}

qsizetype Run::tryNamedPerson(qsizetype i, qsizetype nameEnd)
{
    int words = 0;
    for (qsizetype t = i; t < nameEnd; ++t)
        words += m_tokens.at(t).isCapitalised() ? 1 : 0;
    if (words < 2)
        return i;
    // "Zalmay Khalilzad, the U.S. special envoy, said"
    if (is(nameEnd, u",")) {
        qsizetype k = nameEnd + 1;
        if (is(k, u"the") || is(k, u"a") || is(k, u"an") || is(k, u"his") || is(k, u"her")
            || is(k, u"its") || is(k, u"their"))
            ++k;
        Owner owner;
        int ownerEntry = -1;
        qsizetype ownerBegin = k;
        const Gazetteer::Match match = g.match(m_tokens, k, m_end, m_text);
        if (match.isValid()) {
            ownerEntry = match.entry;
            owner = Owner{k + match.length - 1, -1, -1};
            if (g.entries().at(match.entry).kind == Kind::State)
                owner.state = match.entry;
            k += match.length;
        }
        while (k < m_end
               && (m_tokens.at(k).type == LexiconToken::Type::Possessive
                   || (m_tokens.at(k).isWord() && !m_tokens.at(k).upperInitial
                       && g.isModifierWord(m_tokens.at(k).key)
                       && !g.matchTitle(m_tokens, k, m_end).isValid())))
            ++k;
        auto implies = GazetteerTitle::Implies::None;
        qsizetype honorific = -1;
        const qsizetype titleEnd = titleChain(k, &implies, &honorific);
        if (titleEnd > k) {
            Affiliation affiliation;
            const bool ownerIsActor = ownerEntry >= 0 && owner.state < 0;
            if (ownerIsActor) {
                const GazetteerEntry &entry = g.entries().at(ownerEntry);
                affiliation.name = entry.canonicalName;
                affiliation.country = entry.country;
            } else if (owner.state >= 0) {
                affiliation = affiliationOf(owner, implies);
            }
            emitPerson(i, nameEnd, affiliation);
            // a group or organisation in the apposition is an actor of its own too
            if (ownerIsActor)
                emitEntry(ownerBegin, owner.tokEnd, ownerEntry);
            return titleEnd;
        }
    }
    qsizetype after = nameEnd;
    if (is(after, u","))
        ++after;
    bool reported = after < m_end && reportingVerbs().contains(m_tokens.at(after).key);
    if (!reported && i - 1 >= m_begin) {
        const QString &prev = m_tokens.at(i - 1).key;
        reported = prev == u"said" || prev == u"says" || prev == u"told"
                   || (prev == u"to" && i - 2 >= m_begin && m_tokens.at(i - 2).key == u"according")
                   || prev == u"by" || prev == u"with";
    }
    if (!reported)
        return i;
    return emitPerson(i, nameEnd, Affiliation());
}

} // namespace

ActorRecognizer::ActorRecognizer()
    : m_gazetteer(Gazetteer::instance())
{}

QList<ActorMention> ActorRecognizer::recognize(const QString &text,
                                               const QList<TextSpan> &sentences) const
{
    Run run(m_gazetteer, text);
    return run.run(sentences);
}

} // namespace Faultline
