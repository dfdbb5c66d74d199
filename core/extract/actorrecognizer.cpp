#include "core/extract/actorrecognizer.h"

#include "core/extract/gazetteer.h"
#include "core/extract/lexiconfile.h"
#include "core/extract/lexicontokenizer.h"
#include "core/extract/wordflagtable.h"

#include <QHash>
#include <QSet>

namespace Faultline {

namespace {

using Kind = Actor::Kind;

// Capitalised words that do not start or continue a name
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = LexiconFile::wordSet(
        u"the a an he she it they we i you his her their its our this that these "
        u"those there here in on at but and or as for from with by after before "
        u"since when while if last next of to who what where why how meanwhile "
        u"however also both all some many most several other another such than "
        u"then so yet no not one two three during under over about against "
        u"between despite although though because until according earlier later "
        u"today yesterday tomorrow breaking news reuters afp ap monday tuesday "
        u"wednesday thursday friday saturday sunday january february march april "
        u"may june july august september october november december jan feb mar "
        u"apr jun jul aug sep sept oct nov dec spring summer autumn winter fall "
        u"christmas ramadan eid easter new more only even just every each any "
        u"once now still instead unlike amid among through into following "
        u"without within will would could should can must has have had was were "
        u"is are be do did said says mr mrs ms dr read watch image photo video "
        u"share advertisement related subscribe");
    return words;
}

// Name particles written in lower case inside names: "Abu Bakr al-Baghdadi"
const QSet<QString> &nameParticles()
{
    static const QSet<QString> words = LexiconFile::wordSet(
        u"al el bin bint ibn de da del van von der ul ud ben la le dos das di");
    return words;
}

const QSet<QString> &governmentHeads()
{
    static const QSet<QString> words = LexiconFile::wordSet(
        u"government governments administration authorities officials official "
        u"cabinet regime leadership ministry delegation negotiators diplomats "
        u"envoys parliament junta team leaders lawmakers diplomat negotiator "
        u"government's interior embassy mediators mediator spokesman spokeswoman "
        u"spokesperson presidency");
    return words;
}

const QSet<QString> &militaryHeads()
{
    static const QSet<QString> words = LexiconFile::wordSet(
        u"army armies military militaries troops forces force soldiers navy "
        u"warplanes jets drones artillery marines commandos paratroopers soldier "
        u"commanders gunboats tanks warships aircraft jet units airstrikes "
        u"airstrike strikes shelling bombardment raids battalions brigades "
        u"police policemen gendarmes sailors");
    return words;
}

// Words that may stand between a demonym and its head: "Afghan security forces"
const QSet<QString> &preHeadModifiers()
{
    static const QSet<QString> words = LexiconFile::wordSet(
        u"security armed special government federal national interim "
        u"transitional senior top central regional local military defence "
        u"defense naval ground elite air army border coalition allied backed led "
        u"foreign ministry state peace royal combined joint intelligence");
    return words;
}

const QSet<QString> &militaryModifiers()
{
    static const QSet<QString> words = LexiconFile::wordSet(
        u"military army defence defense naval air armed");
    return words;
}

// Words before a capital that make it a place, not a government
const QSet<QString> &capitalLocatives()
{
    static const QSet<QString> words = LexiconFile::wordSet(
        u"in at to from into near outside inside around via across toward "
        u"towards through throughout within of visited visit visits visiting "
        u"reached reach arrived left leaving entered enter flew fly flying "
        u"travelled traveled returned returning based outskirts streets downtown "
        u"central northern southern eastern western besieged captured seized "
        u"took shelled bombed struck hit attacked stormed encircled surrounded "
        u"held across over above beyond moved evacuated relocated fled entering "
        u"reaching heading headed bound airport control controls controlled controlling "
        u"retook retake recaptured overran");
    return words;
}

// Words before a country that make it a place: "in Afghanistan"
const QSet<QString> &stateLocatives()
{
    static const QSet<QString> words = LexiconFile::wordSet(
        u"in inside across throughout within near outside into around northern "
        u"southern eastern western central northeastern northwestern "
        u"southeastern southwestern");
    return words;
}

// Nouns a capital modifies without being an actor: "the Doha talks"
const QSet<QString> &capitalModifiedNouns()
{
    static const QSet<QString> words = LexiconFile::wordSet(
        u"talks process agreement accord accords summit conference meeting "
        u"declaration format airport office embassy university residents "
        u"province city police mayor municipality bureau correspondent station "
        u"street streets peace protocol deal negotiations round governor region "
        u"district valley hospital prison stock times post based");
    return words;
}

const QSet<QString> &reportingVerbs()
{
    static const QSet<QString> words = LexiconFile::wordSet(
        u"said says told added tweeted wrote stated announced warned insisted "
        u"claimed argued noted explained replied confirmed denied declared urged "
        u"stressed posted says tells adds writes warns insists claims accused "
        u"called visited met arrived vowed pledged promised led leads ordered "
        u"signed spoke speaks");
    return words;
}

const QSet<QString> &orgConnectors()
{
    static const QSet<QString> words = LexiconFile::wordSet(
        u"of for the and al el de du des la le del in wal ul");
    return words;
}

// Word classes, looked up once per token
enum WordFlag : quint32 {
    Stop = 1u << 0,
    Particle = 1u << 1,
    GovernmentHead = 1u << 2,
    MilitaryHead = 1u << 3,
    PreHeadModifier = 1u << 4,
    MilitaryModifier = 1u << 5,
    CapitalLocative = 1u << 6,
    StateLocative = 1u << 7,
    CapitalModified = 1u << 8,
    Reporting = 1u << 9,
    OrgConnector = 1u << 10,
    ArmedMovement = 1u << 11,
    International = 1u << 12,
    NationalMilitary = 1u << 13,
    OrgHead = 1u << 14,
};

enum class Generic {
    None,
    ArmedGroup,
    Group,
    Movement,
    Organisation,
    Party,
    Government,
    Military,
    Junta
};

Generic genericFor(const QString &key)
{
    static const QHash<QString, Generic> map = [] {
        QHash<QString, Generic> m;
        for (const QString &w : LexiconFile::splitWords(
                 u"militants insurgents rebels jihadists extremists fighters separatists "
                 u"guerrillas guerillas islamists insurgency militia militias "
                 u"paramilitaries paramilitary terrorists mujahideen attackers gunmen "
                 u"militant insurgent rebel jihadist"))
            m.insert(w, Generic::ArmedGroup);
        m.insert(QStringLiteral("group"), Generic::Group);
        m.insert(QStringLiteral("movement"), Generic::Movement);
        for (const QString &w :
             LexiconFile::splitWords(u"organisation organization agency alliance bloc body"))
            m.insert(w, Generic::Organisation);
        m.insert(QStringLiteral("party"), Generic::Party);
        for (const QString &w :
             LexiconFile::splitWords(u"government administration regime authorities cabinet"))
            m.insert(w, Generic::Government);
        for (const QString &w : LexiconFile::splitWords(u"army military troops forces soldiers"))
            m.insert(w, Generic::Military);
        m.insert(QStringLiteral("junta"), Generic::Junta);
        return m;
    }();
    return map.value(key, Generic::None);
}

// Head words of unlisted organisation names and the kind they give
const QHash<QString, Kind> &orgHeads()
{
    static const QHash<QString, Kind> map = [] {
        QHash<QString, Kind> m;
        for (const QString &w : LexiconFile::splitWords(u"party congress league"))
            m.insert(w, Kind::PoliticalParty);
        for (const QString &w : LexiconFile::splitWords(
                 u"army forces force brigade brigades militia militias battalion "
                 u"battalions front guard guards corps resistance mujahideen regiment "
                 u"division legion rebels fighters jihad"))
            m.insert(w, Kind::ArmedGroup);
        m.insert(QStringLiteral("movement"), Kind::PoliticalParty); // refined by its words
        for (const QString &w : LexiconFile::splitWords(u"government administration ministry"))
            m.insert(w, Kind::Government);
        for (const QString &w : LexiconFile::splitWords(
                 u"organisation organization commission committee court agency bank fund "
                 u"programme program mission union alliance coalition network association "
                 u"federation assembly parliament authority institute foundation council "
                 u"group tribunal office"))
            m.insert(w, Kind::Other);
        return m;
    }();
    return map;
}

std::optional<Kind> orgHeadKind(const QString &key)
{
    const auto it = orgHeads().constFind(key);
    if (it == orgHeads().constEnd())
        return std::nullopt;
    return it.value();
}

const QSet<QString> &armedMovementWords()
{
    static const QSet<QString> words = LexiconFile::wordSet(
        u"liberation revolutionary resistance armed islamic jihad justice "
        u"mujahideen salvation independence insurgent");
    return words;
}

const QSet<QString> &internationalWords()
{
    static const QSet<QString> words = LexiconFile::wordSet(
        u"united nations international world african european arab regional "
        u"intergovernmental global asian");
    return words;
}

const QSet<QString> &nationalMilitaryWords()
{
    static const QSet<QString> words = LexiconFile::wordSet(
        u"national armed defence defense security royal army forces force air "
        u"navy military people's 's people land ground naval");
    return words;
}

// Every class word with its WordFlag bits
const WordFlagTable &wordFlags()
{
    static const WordFlagTable table = [] {
        WordFlagTable t;
        const auto add = [&t](const QSet<QString> &words, quint32 flag) { t.add(words, flag); };
        add(stopWords(), Stop);
        add(nameParticles(), Particle);
        add(governmentHeads(), GovernmentHead);
        add(militaryHeads(), MilitaryHead);
        add(preHeadModifiers(), PreHeadModifier);
        add(militaryModifiers(), MilitaryModifier);
        add(capitalLocatives(), CapitalLocative);
        add(stateLocatives(), StateLocative);
        add(capitalModifiedNouns(), CapitalModified);
        add(reportingVerbs(), Reporting);
        add(orgConnectors(), OrgConnector);
        add(armedMovementWords(), ArmedMovement);
        add(internationalWords(), International);
        add(nationalMilitaryWords(), NationalMilitary);
        const QList<QString> heads = orgHeads().keys();
        add(QSet<QString>(heads.begin(), heads.end()), OrgHead);
        return t;
    }();
    return table;
}

int strength(GazetteerTitle::Implies implies)
{
    switch (implies) {
    case GazetteerTitle::Implies::Military:
        return 4;
    case GazetteerTitle::Implies::Government:
        return 3;
    case GazetteerTitle::Implies::ArmedGroup:
        return 2;
    case GazetteerTitle::Implies::Organisation:
        return 1;
    case GazetteerTitle::Implies::None:
        break;
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
    {
        g.assignIds(&m_tokens);
        m_flags.resize(m_tokens.size());
        const WordFlagTable &table = wordFlags();
        for (qsizetype i = 0; i < m_tokens.size(); ++i) {
            if (m_tokens.at(i).isWord())
                m_flags[i] = table.flagsOf(m_tokens.at(i).key);
        }
        m_matches.resize(m_tokens.size());
        m_titles.resize(m_tokens.size());
    }

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
    std::optional<Kind> sharedHead(qsizetype e) const;
    Owner ownerBefore(qsizetype pos) const;
    Affiliation affiliationOf(const Owner &owner, GazetteerTitle::Implies implies) const;
    qsizetype checkAcronym(qsizetype e);
    qsizetype skipDateline(qsizetype i) const;
    qsizetype emitPerson(qsizetype nameBegin,
                         qsizetype nameEnd,
                         const Affiliation &affiliation,
                         qsizetype bareBegin = -1);

    int addMention(qsizetype tokBegin,
                   qsizetype tokEnd,
                   const QString &canonical,
                   Kind kind,
                   const QString &country,
                   const QString &affiliation,
                   bool inferred);
    int emitEntry(qsizetype tokBegin, qsizetype tokEnd, int entry);
    int emitDerived(qsizetype tokBegin, qsizetype tokEnd, int state, Kind kind, bool inferred);
    QString textOf(qsizetype tokBegin, qsizetype tokEnd) const; // tokEnd exclusive
    // cached look-ups up to the end of the current sentence
    Gazetteer::Match gaz(qsizetype i) const
    {
        if (i >= m_end)
            return Gazetteer::Match();
        std::optional<Gazetteer::Match> &cached = m_matches[i];
        if (!cached)
            cached = g.match(m_tokens, i, m_end, m_text);
        return *cached;
    }
    Gazetteer::TitleMatch title(qsizetype i) const
    {
        if (i >= m_end)
            return Gazetteer::TitleMatch();
        std::optional<Gazetteer::TitleMatch> &cached = m_titles[i];
        if (!cached)
            cached = g.matchTitle(m_tokens, i, m_end);
        return *cached;
    }
    bool isStop(qsizetype i) const { return has(i, Stop); }
    bool has(qsizetype i, quint32 flag) const
    {
        return i >= 0 && i < m_flags.size() && (m_flags.at(i) & flag) != 0;
    }
    bool is(qsizetype i, QStringView key) const
    {
        return i >= m_begin && i < m_end && m_tokens.at(i).key == key;
    }

    const Gazetteer &g;
    const QString &m_text;
    QList<LexiconToken> m_tokens;
    mutable QList<std::optional<Gazetteer::Match>> m_matches;
    mutable QList<std::optional<Gazetteer::TitleMatch>> m_titles;
    QList<quint32> m_flags; // WordFlag bits per token
    QList<Mention> m_out;
    QHash<QString, int> m_surnames; // folded last name -> person mention
    QHash<QString, int> m_acronyms; // acronym as written -> mention defining it
    Owner m_owner;
    qsizetype m_locativeCapitalEnd = -1; // last token of a capital used as a place
    qsizetype m_begin = 0;               // token range of the current sentence
    qsizetype m_end = 0;
    int m_sentence = 0;
    bool m_headline = false; // the current sentence is in title case
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
        // A headline in title case ("Rebels Seize Key Army Base") capitalises
        // common words: only known names count there
        int words = 0;
        int capitalised = 0;
        for (qsizetype i = m_begin; i < m_end; ++i) {
            if (m_tokens.at(i).isWord() && m_tokens.at(i).hasLower && !isStop(i)) {
                ++words;
                capitalised += m_tokens.at(i).upperInitial ? 1 : 0;
            }
        }
        m_headline = words >= 6 && capitalised * 100 >= words * 85;
        for (qsizetype i = skipDateline(m_begin); i < m_end;)
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

int Run::addMention(qsizetype tokBegin,
                    qsizetype tokEnd,
                    const QString &canonical,
                    Kind kind,
                    const QString &country,
                    const QString &affiliation,
                    bool inferred)
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

    // "General Assembly" is a name, "General Bajwa" a title and a name
    const Gazetteer::Match known = gaz(i);
    if (!known.isValid() || known.length < title(i).length) {
        if (const qsizetype next = tryTitledPerson(i); next > i)
            return next;
    }
    if (token.key == u"the") {
        if (const qsizetype next = tryGeneric(i); next > i)
            return next;
    }

    const Gazetteer::Match &match = known;
    const qsizetype orgEnd = orgPatternEnd(i);
    if (match.isValid() && match.length >= orgEnd - i)
        return handleGazetteer(i, match);
    if (orgEnd > i)
        return handleOrg(i, orgEnd);

    if (!token.hasLower && token.upperInitial) {
        const auto it = m_acronyms.constFind(m_text.mid(token.begin, token.end - token.begin));
        if (it != m_acronyms.constEnd()) {
            const ActorMention source = m_out.at(it.value()).m;
            addMention(i,
                       i,
                       source.canonicalName,
                       source.kind,
                       source.country,
                       source.affiliation,
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
            const bool afterParticle = k > i
                                       && (m_tokens.at(k - 1).type == LexiconToken::Type::Hyphen
                                           || has(k - 1, Particle));
            if (k > i && !afterParticle && gaz(k).isValid())
                break;
            if (k > i) {
                // "Vice President" after "First": a title starts a new phrase
                const Gazetteer::TitleMatch tm = title(k);
                if (tm.isValid() && g.titles().at(tm.title).type != GazetteerTitle::Type::Modifier
                    && tm.length + k < m_end && m_tokens.at(k + tm.length).isCapitalised())
                    break;
            }
            ++words;
            ++k;
            lastGood = k;
        } else if (t.isWord() && has(k, Particle) && k + 1 < m_end
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
        const Gazetteer::TitleMatch tm = title(k);
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

qsizetype Run::emitPerson(qsizetype nameBegin,
                          qsizetype nameEnd,
                          const Affiliation &affiliation,
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
            addMention(nameBegin,
                       last,
                       full.canonicalName,
                       Kind::Person,
                       country,
                       affiliationName,
                       false);
            if (nameKey.size() > fullKey.size()) {
                m_out.last().m.canonicalName = name;
                m_surnames.insert(surname, int(m_out.size() - 1));
            }
            return nameEnd;
        }
    }
    const int index = addMention(nameBegin,
                                 last,
                                 name,
                                 Kind::Person,
                                 affiliation.country,
                                 affiliation.name,
                                 false);
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
    if (j < m_end && (is(j, u"for") || is(j, u"of") || is(j, u"to") || is(j, u"on"))) {
        const Gazetteer::Match scope = gaz(j + 1);
        if (scope.isValid() && j + 1 + scope.length < m_end
            && m_tokens.at(j + 1 + scope.length).isCapitalised()) {
            if (g.entries().at(scope.entry).kind == Kind::State)
                scopeState = scope.entry;
            j += 1 + scope.length;
        }
    }
    // "army chief, General Qamar Javed Bajwa"
    const bool appositive = is(j, u",");
    if (appositive) {
        qsizetype honorific2 = -1;
        const qsizetype k = titleChain(j + 1, &implies, &honorific2);
        if (honorific2 >= 0)
            honorific = honorific2;
        j = k;
    }
    if (j >= m_end || !m_tokens.at(j).isCapitalised() || isStop(j))
        return i;
    const qsizetype nameEnd = parseName(j);
    if (nameEnd == j)
        return i;
    // a name never starts with a known actor, except inside an apposition
    // closed by a comma: "Israel's defense minister, Israel Katz, said"
    if (gaz(j).isValid() && !(appositive && nameEnd - j >= 2 && is(nameEnd, u",")))
        return i;
    const bool keepsHonorific = honorific >= 0 && honorific < j
                                && title(honorific).length == j - honorific;
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
        const bool gov = has(k, GovernmentHead);
        const bool mil = has(k, MilitaryHead);
        if (gov || mil) {
            // "Afghan official Mohammad Naeem": the head is a title of the person named
            const bool named = k + 1 < m_end && m_tokens.at(k + 1).isCapitalised() && !isStop(k + 1)
                               && title(k).isValid();
            if (named)
                return std::nullopt;
            const qsizetype after = k + 1;
            // "army troops", "military officials"; but in "military spokesman Maj.
            // Gen. X" the second noun is the person's title
            if (mil && after < m_end && has(after, MilitaryHead))
                return Head{after + 1, Kind::Military};
            if (mil && after < m_end && has(after, GovernmentHead) && !title(after).isValid())
                return Head{after + 1, Kind::Military};
            // "government forces": the forces of that government
            if (gov && after < m_end && has(after, MilitaryHead))
                return Head{after + 1, Kind::Military};
            if (gov && after < m_end && has(after, GovernmentHead)
                && m_tokens.at(after).key != u"team" && m_tokens.at(after).key != u"official")
                return Head{after + 1, militaryModifier ? Kind::Military : Kind::Government};
            return Head{k + 1, mil || militaryModifier ? Kind::Military : Kind::Government};
        }
        if (!has(k, PreHeadModifier))
            return std::nullopt;
        militaryModifier = militaryModifier || has(k, MilitaryModifier);
        ++k;
    }
    return std::nullopt;
}

// "Egyptian and Qatari mediators": a demonym or country coordinated with one
// that heads a government or military phrase shares that head
std::optional<Kind> Run::sharedHead(qsizetype e) const
{
    if (!(is(e, u"and") || is(e, u"or") || is(e, u",")))
        return std::nullopt;
    const Gazetteer::Match next = gaz(e + 1);
    if (!next.isValid() || next.form == Gazetteer::Form::Capital
        || g.entries().at(next.entry).kind != Kind::State)
        return std::nullopt;
    const qsizetype after = e + 1 + next.length;
    if (const auto head = headNoun(after, next.form == Gazetteer::Form::Name))
        return head->kind;
    // "Egyptian, Qatari and U.S. mediators"
    if (const auto chained = sharedHead(after))
        return chained;
    return std::nullopt;
}

bool Run::capitalIsActor(qsizetype i, qsizetype e) const
{
    if (i > m_begin) {
        const LexiconToken &prev = m_tokens.at(i - 1);
        if (has(i - 1, CapitalLocative) || prev.key == u"the")
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
        if (has(e, CapitalModified))
            return false;
        // a dateline: "KABUL, Sept. 14 (Reuters) -"
        if (i == m_begin
            && (!m_tokens.at(i).hasLower || next.key == u"(" || next.key == u"," || next.key == u"-"
                || next.key == u"\u2014" || next.key == u"\u2013"))
            return false;
    } else if (i == m_begin) {
        return false; // a capital standing alone is a heading or a dateline
    }
    return true;
}

// "KABUL, Sept. 14 (Reuters) -", "PORT SUDAN, Sudan (AP) —": the place a story
// was filed from names no actor
qsizetype Run::skipDateline(qsizetype i) const
{
    if (i >= m_end || !m_tokens.at(i).isWord() || m_tokens.at(i).hasLower)
        return i;
    for (qsizetype k = i + 1; k < m_end && k - i <= 12; ++k) {
        const LexiconToken &t = m_tokens.at(k);
        if (t.type == LexiconToken::Type::Punctuation
            && (t.key == u"\u2014" || t.key == u"\u2013" || t.key == u"-") && k > i + 1
            && (is(k - 1, u")") || m_tokens.at(k - 1).upperInitial))
            return k + 1;
        if (t.isWord() && t.hasLower && !t.upperInitial)
            return i; // a lower-case word: running text, not a dateline
    }
    return i;
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
    // "(AP)", "(AFP)" after a place: the news agency, not an acronym
    static const QSet<QString> agencies = {QStringLiteral("ap"),
                                           QStringLiteral("afp"),
                                           QStringLiteral("upi"),
                                           QStringLiteral("dpa"),
                                           QStringLiteral("ani"),
                                           QStringLiteral("efe"),
                                           QStringLiteral("ansa"),
                                           QStringLiteral("tass"),
                                           QStringLiteral("ians"),
                                           QStringLiteral("cnn"),
                                           QStringLiteral("bbc"),
                                           QStringLiteral("rfe"),
                                           QStringLiteral("rl"),
                                           QStringLiteral("voa")};
    if (agencies.contains(m_tokens.at(e + 1).key))
        return e;
    const int source = int(m_out.size() - 1);
    const ActorMention definition = m_out.at(source).m;
    const QString acronym = m_text.mid(m_tokens.at(e + 1).begin,
                                       m_tokens.at(k - 1).end - m_tokens.at(e + 1).begin);
    m_acronyms.insert(acronym, source);
    addMention(e + 1,
               k - 1,
               definition.canonicalName,
               definition.kind,
               definition.country,
               definition.affiliation,
               false);
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
            // "the U.S. and Afghan officials": the head is shared
            if (const auto shared = sharedHead(e)) {
                emitDerived(i, e - 1, stateIndex, *shared, false);
                return e;
            }
            // "Iran-aligned", "U.S.-backed": the country qualifies what follows
            if (e + 1 < m_end && m_tokens.at(e).type == LexiconToken::Type::Hyphen
                && m_tokens.at(e + 1).isWord() && !m_tokens.at(e + 1).upperInitial) {
                m_owner = Owner{e - 1, -1, stateIndex};
                return e;
            }
            // "the Qatar negotiations": a country name after "the" that does not
            // take the article itself only qualifies the noun after it
            const LexiconToken &last = m_tokens.at(e - 1);
            const bool takesArticle = match.length > 1 || !last.hasLower || last.key.endsWith(u's');
            if (i > m_begin && is(i - 1, u"the") && !takesArticle && e < m_end
                && m_tokens.at(e).isWord() && !m_tokens.at(e).upperInitial) {
                m_owner = Owner{e - 1, -1, stateIndex};
                return e;
            }
            if (i > m_begin && has(i - 1, StateLocative)) {
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
        if (const auto shared = sharedHead(e)) {
            emitDerived(i, e - 1, match.entry, *shared, false);
            return e;
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
    if (m_headline)
        return i;
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
            if (t.upperInitial && has(k, OrgHead))
                lastHead = k;
            ++k;
        } else if (t.isWord() && has(k, OrgConnector) && next
                   && (m_tokens.at(k + 1).isCapitalised()
                       || m_tokens.at(k + 1).type == LexiconToken::Type::Hyphen)) {
            // "Hamas and Islamic Jihad" are two actors, not one name
            if (t.key == u"and" && (gaz(k + 1).isValid() || gaz(i).length == k - i))
                break;
            ++k;
        } else if ((t.type == LexiconToken::Type::Possessive || t.type == LexiconToken::Type::Hyphen)
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
        && !gaz(lastHead + 2).isValid()) {
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
        if (m_tokens.at(t).upperInitial && has(t, OrgHead)) {
            head = m_tokens.at(t).key;
            break;
        }
    }
    Kind kind = orgHeadKind(head).value_or(Kind::Other);
    bool armedWords = false;
    bool international = false;
    bool nationalMilitary = true;
    for (qsizetype t = i; t < end; ++t) {
        armedWords = armedWords || has(t, ArmedMovement);
        international = international || has(t, International);
        if (t > i)
            nationalMilitary = nationalMilitary && has(t, NationalMilitary);
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
    // "the internationally recognised government", "the Iran-backed rebels":
    // adjectives may stand between the article and the noun
    for (int skipped = 0; k < m_end && skipped < 4; ++skipped) {
        const LexiconToken &t = m_tokens.at(k);
        if (genericFor(t.key) != Generic::None)
            break;
        const bool compound = k + 1 < m_end
                              && m_tokens.at(k + 1).type == LexiconToken::Type::Hyphen;
        const QString &key = t.key;
        const bool adjective = t.isWord() && !t.upperInitial && !isStop(k) && key.size() > 3
                               && (key.endsWith(u"ed") || key.endsWith(u"ist")
                                   || key.endsWith(u"al") || key.endsWith(u"ic")
                                   || key.endsWith(u"ly") || key.endsWith(u"ary"));
        if (t.type == LexiconToken::Type::Hyphen || (t.isWord() && compound) || adjective) {
            ++k;
            continue;
        }
        break;
    }
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
    // "The Group to Support Islam and Muslims": a capitalised noun that goes on
    // into a name is the name's first word, not a generic mention.
    if (m_tokens.at(nounEnd - 1).upperInitial && nounEnd + 1 < m_end) {
        const QString &link = m_tokens.at(nounEnd).key;
        if ((link == u"to" || link == u"for" || link == u"of" || link == u"in")
            && m_tokens.at(nounEnd + 1).upperInitial)
            return i;
    }
    // "the government of Pakistan"
    if ((generic == Generic::Government || generic == Generic::Military) && is(nounEnd, u"of")) {
        const Gazetteer::Match of = gaz(nounEnd + 1);
        if (of.isValid() && g.entries().at(of.entry).kind == Kind::State) {
            emitDerived(i,
                        nounEnd + of.length,
                        of.entry,
                        generic == Generic::Military ? Kind::Military : Kind::Government,
                        false);
            return nounEnd + 1 + of.length;
        }
    }
    if (nounEnd < m_end && m_tokens.at(nounEnd).isCapitalised() && !isStop(nounEnd))
        return i; // "the group Human Rights Watch": the name follows

    QList<Kind> kinds;
    bool fromState = false;
    Kind derive = Kind::Government;
    switch (generic) {
    case Generic::ArmedGroup:
        kinds = {Kind::ArmedGroup};
        break;
    case Generic::Group:
        kinds = {Kind::ArmedGroup,
                 Kind::PoliticalParty,
                 Kind::Other,
                 Kind::InternationalOrganisation};
        break;
    case Generic::Movement:
        kinds = {Kind::ArmedGroup, Kind::PoliticalParty};
        break;
    case Generic::Organisation:
        kinds = {Kind::InternationalOrganisation, Kind::Other};
        break;
    case Generic::Party:
        kinds = {Kind::PoliticalParty};
        break;
    case Generic::Government:
        kinds = {Kind::Government};
        fromState = true;
        break;
    case Generic::Military:
        kinds = {Kind::Military};
        fromState = true;
        derive = Kind::Military;
        break;
    case Generic::Junta:
        kinds = {Kind::Government, Kind::Military};
        break;
    case Generic::None:
        break;
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
        // "Ethiopia declared ... The government said": the state's own government,
        // when no government was named after the state
        if (fromState && mention.m.kind == Kind::State) {
            state = g.stateIndex(mention.m.country);
            break;
        }
    }
    if (found >= 0) {
        const ActorMention source = m_out.at(found).m;
        addMention(i,
                   nounEnd - 1,
                   source.canonicalName,
                   source.kind,
                   source.country,
                   source.affiliation,
                   true);
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
    addMention(i,
               nameEnd - 1,
               full.canonicalName,
               Kind::Person,
               full.country,
               full.affiliation,
               false);
    return nameEnd;
}

qsizetype Run::tryNamedPerson(qsizetype i, qsizetype nameEnd)
{
    if (m_headline)
        return i;
    int words = 0;
    for (qsizetype t = i; t < nameEnd; ++t) {
        words += m_tokens.at(t).isCapitalised() ? 1 : 0;
        // "Local Officials said": a common noun is no part of a person's name
        if (has(t, GovernmentHead | MilitaryHead) || genericFor(m_tokens.at(t).key) != Generic::None)
            return i;
    }
    if (words < 2)
        return i;
    // "Zalmay Khalilzad, the U.S. special envoy, said"
    if (is(nameEnd, u",")) {
        qsizetype k = nameEnd + 1;
        if (is(k, u"the") || is(k, u"a") || is(k, u"an") || is(k, u"his") || is(k, u"her")
            || is(k, u"its") || is(k, u"their"))
            ++k;
        // "a senior TPLF official": words may come before the actor too
        for (int skipped = 0; skipped < 2 && k < m_end; ++skipped) {
            const LexiconToken &t = m_tokens.at(k);
            if (!t.isWord() || t.upperInitial || isStop(k) || gaz(k).isValid())
                break;
            const Gazetteer::TitleMatch tm = title(k);
            if (tm.isValid() && g.titles().at(tm.title).type != GazetteerTitle::Type::Modifier)
                break;
            ++k;
        }
        Owner owner;
        int ownerEntry = -1;
        qsizetype ownerBegin = k;
        const Gazetteer::Match match = gaz(k);
        if (match.isValid()) {
            ownerEntry = match.entry;
            owner = Owner{k + match.length - 1, -1, -1};
            if (g.entries().at(match.entry).kind == Kind::State)
                owner.state = match.entry;
            k += match.length;
        }
        // "the ousted civilian leader": a few lower-case words before the title
        for (int skipped = 0; k < m_end && skipped < 4; ++skipped) {
            const LexiconToken &t = m_tokens.at(k);
            const bool possessive = t.type == LexiconToken::Type::Possessive;
            const Gazetteer::TitleMatch tm = title(k);
            const bool isTitle = tm.isValid()
                                 && g.titles().at(tm.title).type != GazetteerTitle::Type::Modifier;
            const bool word = t.isWord() && !t.upperInitial && !isTitle && !isStop(k)
                              && !has(k, Reporting);
            if (!possessive && !word)
                break;
            ++k;
        }
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
    bool reported = after < m_end && has(after, Reporting);
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
