#include "core/extract/temporaltagger.h"

#include "core/extract/lexiconfile.h"
#include "core/extract/temporallexicon.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Faultline {

namespace {

using Tense = TenseDetector::Tense;
using Precision = DateSpan::Precision;
using Qualifier = DateSpan::Qualifier;
using Type = TimeExpression::Type;

// ---------------------------------------------------------------------------
// What a rule found, before resolution.

enum class Kind {
    Absolute, // a calendar date with day and/or month, year optional
    Year,
    Decade,
    Century,
    Quarter,
    Half, // the first half of 2023
    Season,
    DayWord,      // today, yesterday, tomorrow
    RelativeUnit, // last week, next month, this year, earlier this year
    Weekend,
    Weekday,
    Ago,             // two weeks ago
    AnaphoricOffset, // two days later
    Anaphoric,       // the following year, that day
    Duration,
    Set,
    Clock,     // 3 p.m., at dawn
    Reference, // now, recently
};

enum class Unit {
    None,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century
};
enum class Mod { None, Start, Mid, End };

struct Parsed
{
    qsizetype begin = 0; // offsets into the sentence
    qsizetype end = 0;
    int rule = 0;
    Kind kind = Kind::Absolute;
    qint64 year = 0;
    bool hasYear = false;
    int month = 0;
    int day = 0;
    int endDay = 0;
    int weekday = 0;
    int number = 0; // quarter, season (0 winter .. 3 autumn), ordinal, day offset
    double amount = 1;
    bool vague = false; // "several years"
    Unit unit = Unit::None;
    int direction = 0; // -1 last/earlier, 0 this/same, +1 next/later
    bool hasRelation = false;
    int phase = 0; // -1 "earlier this year", +1 "later this year"
    Mod mod = Mod::None;
    QString timeSuffix; // "TMO", "T15:00"
    QString value;      // fixed values (sets, references, two-digit decades)
    QString timexMod;   // duration modifiers
    Qualifier qualifier = Qualifier::None;
};

// ---------------------------------------------------------------------------
// Text helpers.

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

// The white-space delimited token before pos, lower case, without a final
// period or leading brackets and quotes. Empty if punctuation such as a comma
// separates it from pos.
QString tokenBefore(QStringView s, qsizetype pos, qsizetype *start = nullptr)
{
    qsizetype e = pos;
    while (e > 0 && s[e - 1].isSpace())
        --e;
    qsizetype b = e;
    while (b > 0 && !s[b - 1].isSpace())
        --b;
    if (start)
        *start = b;
    QString token = s.mid(b, e - b).toString().toLower();
    if (token.isEmpty())
        return token;
    const QChar last = token.back();
    if (last == u',' || last == u';' || last == u':' || last == u')' || last == u'"'
        || last == u'\u201D')
        return {};
    if (last == u'.')
        token.chop(1);
    while (!token.isEmpty() && !token.front().isLetterOrNumber())
        token.remove(0, 1);
    return token;
}

// The word (letters, apostrophes and hyphens) right after pos and white space.
QStringView wordAfter(QStringView s, qsizetype pos)
{
    qsizetype b = pos;
    while (b < s.size() && s[b].isSpace())
        ++b;
    qsizetype e = b;
    while (e < s.size() && (s[e].isLetter() || ((isApostrophe(s[e]) || s[e] == u'-') && e > b)))
        ++e;
    return s.mid(b, e - b);
}

bool startsUpper(QStringView word)
{
    return !word.isEmpty() && word.front().isUpper();
}

// Whether the capitalised words after pos end in a name head: "the March 23
// Movement", "the Sunday Times".
bool followedByNameHead(QStringView s, qsizetype pos)
{
    const TemporalLexicon &lex = TemporalLexicon::instance();
    qsizetype next = pos;
    while (next < s.size() && s[next].isSpace())
        ++next;
    if (next < s.size() && s[next].isDigit()) {
        pos = next; // "April 6 Youth Movement"
        while (pos < s.size() && (s[pos].isDigit() || s[pos].isLower()))
            ++pos;
    }
    for (int words = 0; words < 3; ++words) {
        const QStringView word = wordAfter(s, pos);
        if (!startsUpper(word))
            return false;
        if (lex.isNameHead(word))
            return true;
        pos = word.data() - s.data() + word.size();
    }
    return false;
}

// The context word lists of the rules (resources/extract/temporalcues.txt).
const QSet<QString> &cueWords(const QString &list)
{
    static const QHash<QString, QSet<QString>> lists = [] {
        QHash<QString, QSet<QString>> result;
        for (const QString &line :
             LexiconFile::lines(QStringLiteral(":/extract/temporalcues.txt"))) {
            const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
            for (qsizetype i = 1; i < words.size(); ++i)
                result[words.constFirst()].insert(words[i]);
        }
        return result;
    }();
    static const QSet<QString> none;
    const auto it = lists.constFind(list);
    return it == lists.cend() ? none : *it;
}

const QSet<QString> &yearCues()
{
    static const QSet<QString> &words = cueWords(QStringLiteral("year"));
    return words;
}

const QSet<QString> &weakYearCues()
{
    static const QSet<QString> &words = cueWords(QStringLiteral("weakyear"));
    return words;
}

const QSet<QString> &monthCues()
{
    static const QSet<QString> &words = cueWords(QStringLiteral("month"));
    return words;
}

const QSet<QString> &seasonCues()
{
    static const QSet<QString> &words = cueWords(QStringLiteral("season"));
    return words;
}

const QSet<QString> &articleDurationCues()
{
    static const QSet<QString> &words = cueWords(QStringLiteral("articleduration"));
    return words;
}

const QSet<QString> &approximators()
{
    static const QSet<QString> &words = cueWords(QStringLiteral("approximator"));
    return words;
}

const QSet<QString> &clockCues()
{
    static const QSet<QString> &words = cueWords(QStringLiteral("clock"));
    return words;
}

Unit unitFromWord(QStringView word)
{
    const QString w = word.toString().toLower();
    if (w.startsWith(QLatin1String("minute")))
        return Unit::Minute;
    if (w.startsWith(QLatin1String("hour")))
        return Unit::Hour;
    if (w.startsWith(QLatin1String("weekend")))
        return Unit::Weekend;
    if (w.startsWith(QLatin1String("week")))
        return Unit::Week;
    if (w.startsWith(QLatin1String("fortnight")))
        return Unit::Fortnight;
    if (w.startsWith(QLatin1String("month")))
        return Unit::Month;
    if (w.startsWith(QLatin1String("quarter")))
        return Unit::Quarter;
    if (w.startsWith(QLatin1String("year")))
        return Unit::Year;
    if (w.startsWith(QLatin1String("decade")))
        return Unit::Decade;
    if (w.startsWith(QLatin1String("centur")))
        return Unit::Century;
    if (w.startsWith(QLatin1String("day")))
        return Unit::Day;
    return Unit::None;
}

QString partOfDayCode(QStringView word)
{
    const QString w = word.toString().toLower();
    if (w == QLatin1String("morning") || w == QLatin1String("dawn")
        || w == QLatin1String("daybreak") || w == QLatin1String("sunrise"))
        return QStringLiteral("TMO");
    if (w == QLatin1String("afternoon"))
        return QStringLiteral("TAF");
    if (w == QLatin1String("evening") || w == QLatin1String("dusk") || w == QLatin1String("sunset")
        || w == QLatin1String("nightfall"))
        return QStringLiteral("TEV");
    if (w == QLatin1String("night") || w == QLatin1String("tonight"))
        return QStringLiteral("TNI");
    return {};
}

Mod modFromWord(QStringView word)
{
    const QString w = word.toString().toLower();
    if (w.isEmpty())
        return Mod::None;
    if (w.startsWith(QLatin1String("early")) || w.contains(QLatin1String("beginning"))
        || w.contains(QLatin1String("start")))
        return Mod::Start;
    if (w.startsWith(QLatin1String("mid")) || w.contains(QLatin1String("middle")))
        return Mod::Mid;
    if (w.startsWith(QLatin1String("late")) || w.contains(QLatin1String("end")))
        return Mod::End;
    return Mod::None;
}

int relationFromWord(QStringView word)
{
    const QString w = word.toString().toLower().simplified();
    if (w == QLatin1String("last") || w == QLatin1String("past") || w == QLatin1String("previous")
        || w == QLatin1String("this past") || w == QLatin1String("preceding")
        || w == QLatin1String("prior") || w == QLatin1String("earlier"))
        return -1;
    if (w == QLatin1String("next") || w == QLatin1String("coming")
        || w == QLatin1String("following") || w == QLatin1String("later"))
        return 1;
    return 0;
}

// ---------------------------------------------------------------------------
// The rules.

// A rule's match: the main pattern, which starts at a distinctive token so
// that the regular expression engine can skip ahead quickly, and the words
// before it (modifiers, determiners, numbers) matched backwards from there.
class Match
{
public:
    Match(QStringView sentence, QRegularExpressionMatch main, QRegularExpressionMatch prefix)
        : m_sentence(sentence)
        , m_main(std::move(main))
        , m_prefix(std::move(prefix))
        , m_hasPrefix(m_prefix.hasMatch() && m_prefix.capturedLength() > 0)
    {}

    qsizetype capturedStart() const
    {
        return m_hasPrefix ? m_prefix.capturedStart() : m_main.capturedStart();
    }
    qsizetype capturedEnd() const { return m_main.capturedEnd(); }
    QStringView capturedView() const
    {
        return m_sentence.mid(capturedStart(), capturedEnd() - capturedStart());
    }
    bool hasCaptured(QStringView name) const
    {
        return m_main.hasCaptured(name) || (m_hasPrefix && m_prefix.hasCaptured(name));
    }
    QString captured(QStringView name) const { return holder(name).captured(name); }
    QStringView capturedView(QStringView name) const { return holder(name).capturedView(name); }
    qsizetype capturedStart(QStringView name) const { return holder(name).capturedStart(name); }
    qsizetype capturedEnd(QStringView name) const { return holder(name).capturedEnd(name); }

private:
    const QRegularExpressionMatch &holder(QStringView name) const
    {
        return (m_hasPrefix && !m_main.hasCaptured(name) && m_prefix.hasCaptured(name)) ? m_prefix
                                                                                        : m_main;
    }

    QStringView m_sentence;
    QRegularExpressionMatch m_main;
    QRegularExpressionMatch m_prefix;
    bool m_hasPrefix;
};

using Interpreter = std::optional<Parsed> (*)(const Match &, QStringView);

struct Rule
{
    QRegularExpression re;
    unsigned anyOf = 0; // the sentence needs one of these keyword families...
    unsigned allOf = 0; // ...and all of these
    Interpreter interpret = nullptr;
    // Matched backwards from the start of re, ending with '$'; optional unless required.
    QRegularExpression prefix = {};
    bool prefixRequired = false;
};

Parsed parsedFor(const Match &m, Kind kind)
{
    Parsed p;
    p.begin = m.capturedStart();
    p.end = m.capturedEnd();
    p.kind = kind;
    // A possessive is not part of the expression: "Monday's attack" -> "Monday"
    const QStringView text = m.capturedView();
    if (text.size() > 2 && (text.endsWith(u"'s") || text.endsWith(u"\u2019s")))
        p.end -= 2;
    return p;
}

bool monthCapitalized(const Match &m, const char16_t *group)
{
    return startsUpper(m.capturedView(QStringView(group)));
}

std::optional<Parsed> interpretIso(const Match &m, QStringView)
{
    Parsed p = parsedFor(m, Kind::Absolute);
    p.year = m.captured(u"y").toLongLong();
    p.hasYear = true;
    p.month = m.captured(u"m").toInt();
    p.day = m.captured(u"d").toInt();
    if (!DateSpan::isValidDate(p.year, p.month, p.day))
        return std::nullopt;
    return p;
}

std::optional<Parsed> interpretNumeric(const Match &m, QStringView)
{
    Parsed p = parsedFor(m, Kind::Absolute);
    const int a = m.captured(u"a").toInt();
    const int b = m.captured(u"b").toInt();
    p.year = m.captured(u"y").toLongLong();
    p.hasYear = true;
    if (a > 12 && b >= 1 && b <= 12) {
        p.day = a;
        p.month = b;
    } else if (b > 12 && a >= 1 && a <= 12) {
        p.day = b;
        p.month = a;
    } else {
        return std::nullopt; // 03/04/2020: day and month cannot be told apart
    }
    if (!DateSpan::isValidDate(p.year, p.month, p.day))
        return std::nullopt;
    return p;
}

bool fillDayMonthYear(const Match &m, Parsed *p)
{
    const TemporalLexicon &lex = TemporalLexicon::instance();
    if (!monthCapitalized(m, u"m"))
        return false;
    p->month = lex.month(m.capturedView(u"m"));
    p->day = m.captured(u"d").toInt();
    if (m.hasCaptured(u"d2"))
        p->endDay = m.captured(u"d2").toInt();
    if (m.hasCaptured(u"y")) {
        p->year = m.captured(u"y").toLongLong();
        p->hasYear = true;
    }
    if (m.hasCaptured(u"wd"))
        p->weekday = lex.weekday(m.capturedView(u"wd"));
    if (p->month == 0 || p->day < 1 || p->day > 31)
        return false;
    if (p->endDay && (p->endDay <= p->day || p->endDay > 31))
        p->endDay = 0;
    if (p->hasYear && !DateSpan::isValidDate(p->year, p->month, p->day))
        return false;
    if (!p->hasYear && p->day > DateSpan::daysInMonth(2000, p->month))
        return false;
    return true;
}

std::optional<Parsed> interpretDayMonth(const Match &m, QStringView s)
{
    Parsed p = parsedFor(m, Kind::Absolute);
    if (!fillDayMonthYear(m, &p) || followedByNameHead(s, p.end))
        return std::nullopt;
    return p;
}

std::optional<Parsed> interpretMonthName(const Match &m, QStringView s)
{
    const TemporalLexicon &lex = TemporalLexicon::instance();
    if (!monthCapitalized(m, u"m"))
        return std::nullopt;
    Parsed p = parsedFor(m, Kind::Absolute);
    const QStringView name = m.capturedView(u"m");
    p.month = lex.month(name);
    if (p.month == 0)
        return std::nullopt;
    p.mod = modFromWord(m.capturedView(u"mod"));
    if (m.hasCaptured(u"rel")) {
        p.hasRelation = true;
        p.direction = relationFromWord(m.capturedView(u"rel"));
    }
    if (m.hasCaptured(u"y")) {
        p.year = m.captured(u"y").toLongLong();
        p.hasYear = true;
        return p;
    }
    if (followedByNameHead(s, p.end))
        return std::nullopt;
    if (p.hasRelation || p.mod != Mod::None)
        return p;
    // A bare month name: abbreviations and "May"/"March" need a preposition.
    const QString lower = name.toString().toLower();
    const bool ambiguous = lower.startsWith(QLatin1String("may"))
                           || lower.startsWith(QLatin1String("march"))
                           || !(lower.size() > 4 || lower == QLatin1String("june")
                                || lower == QLatin1String("july"));
    if (ambiguous && !monthCues().contains(tokenBefore(s, p.begin)))
        return std::nullopt;
    // "June Carter", "August Rush": a name, unless a cue says otherwise
    const QStringView next = wordAfter(s, p.end);
    if (startsUpper(next) && !monthCues().contains(tokenBefore(s, p.begin)) && !lex.month(next)
        && !lex.weekday(next))
        return std::nullopt;
    return p;
}

std::optional<Parsed> interpretYear(const Match &m, QStringView s)
{
    const TemporalLexicon &lex = TemporalLexicon::instance();
    Parsed p = parsedFor(m, Kind::Year);
    p.year = m.captured(u"y").toLongLong();
    p.hasYear = true;
    p.mod = modFromWord(m.capturedView(u"mod"));
    const qsizetype yearStart = m.capturedStart(u"y");
    if (yearStart > 0) {
        const QChar before = s[yearStart - 1];
        if (before == u'-' && p.mod == Mod::None) {
            // "2014-2016" is a range of years; "F-2015", "555-2015" are not years
            if (!(yearStart >= 5 && s.mid(yearStart - 5, 4).toString().toInt() >= 1000
                  && s[yearStart - 5].isDigit()
                  && (yearStart == 5 || !s[yearStart - 6].isLetterOrNumber())))
                return std::nullopt;
        } else if (before.isLetterOrNumber() || before == u'.' || before == u',' || before == u'$'
                   || before == u'#' || before == u'/' || before == u'+' || before == u'\u20AC'
                   || before == u'\u00A3' || before == u':') {
            return std::nullopt;
        } else if (before.isSpace() && yearStart >= 2 && s[yearStart - 2].isDigit()) {
            return std::nullopt; // "+93 20 2015 1234": digit groups of a phone number
        }
    }
    if (p.end < s.size() - 1 && s[p.end].isSpace() && s[p.end + 1].isDigit())
        return std::nullopt;
    const QString previous = tokenBefore(s, m.capturedStart(u"y"));
    if (p.mod == Mod::None && (lex.isYearBlocker(previous) || lex.month(previous) > 0))
        return std::nullopt; // "Resolution 2015"; months take the year themselves
    const QStringView next = wordAfter(s, p.end);
    const QString nextLower = next.toString().toLower();
    if (lex.isCountNoun(nextLower))
        return std::nullopt;
    const bool possessive = m.hasCaptured(u"poss");
    const bool strongCue = p.mod != Mod::None
                           || (yearCues().contains(previous) && !weakYearCues().contains(previous));
    const bool weakCue = weakYearCues().contains(previous);
    const bool nextIsPlural = !next.isEmpty() && next.front().isLower() && nextLower.size() > 3
                              && nextLower.endsWith(u's')
                              && !nextLower.endsWith(QLatin1String("ss"))
                              && !nextLower.endsWith(QLatin1String("us"))
                              && nextLower != QLatin1String("was")
                              && nextLower != QLatin1String("has")
                              && nextLower != QLatin1String("does")
                              && nextLower != QLatin1String("is");
    if (strongCue)
        return (p.year >= 1000 && p.year <= 2199) ? std::optional<Parsed>(p) : std::nullopt;
    if (p.year < 1900 || p.year > 2100)
        return std::nullopt;
    if (possessive)
        return p;
    if (weakCue && !next.isEmpty() && next.front().isLower())
        return std::nullopt; // "about 2015 people"
    if (nextIsPlural)
        return std::nullopt; // "2015 soldiers"
    // Sentence-initial "2015 was", or a year before punctuation; a
    // capitalised word before it makes it a label ("Vision 2030").
    qsizetype prevStart = 0;
    tokenBefore(s, m.capturedStart(u"y"), &prevStart);
    if (!previous.isEmpty() && s[prevStart].isUpper() && !yearCues().contains(previous)
        && !previous.endsWith(QLatin1String("'s")) && !previous.endsWith(QStringView(u"\u2019s")))
        return std::nullopt;
    return p;
}

std::optional<Parsed> interpretDecade(const Match &m, QStringView)
{
    Parsed p = parsedFor(m, Kind::Decade);
    QString digits = m.captured(u"dec");
    const bool apostrophe = !digits.isEmpty() && isApostrophe(digits.front());
    if (apostrophe)
        digits.remove(0, 1);
    const bool withThe = m.capturedView().startsWith(QLatin1String("the"), Qt::CaseInsensitive);
    p.mod = modFromWord(m.capturedView(u"mod"));
    if (digits.size() == 2) {
        if (!apostrophe && !withThe && p.mod == Mod::None)
            return std::nullopt;   // "in their 20s" is an age
        p.number = digits.toInt(); // resolved with the reference century
        p.value = QStringLiteral("two-digit");
        return p;
    }
    p.year = digits.toLongLong();
    p.hasYear = true;
    if (p.year % 100 == 0 && p.year < 2000) {
        p.kind = Kind::Century; // "the 1800s"
        p.number = int(p.year / 100) + 1;
    }
    return p;
}

std::optional<Parsed> interpretCentury(const Match &m, QStringView)
{
    Parsed p = parsedFor(m, Kind::Century);
    p.number = TemporalLexicon::instance().ordinal(m.capturedView(u"n"));
    p.mod = modFromWord(m.capturedView(u"mod"));
    if (p.number < 1 || p.number > 30)
        return std::nullopt;
    return p;
}

std::optional<Parsed> interpretQuarter(const Match &m, QStringView)
{
    Parsed p = parsedFor(m, Kind::Quarter);
    if (m.hasCaptured(u"q")) {
        const QString q = m.captured(u"q").toLower();
        p.number = q == QLatin1String("final") ? 4 : TemporalLexicon::instance().ordinal(q);
    } else {
        p.number = m.hasCaptured(u"q1") ? m.captured(u"q1").toInt() : m.captured(u"q2").toInt();
    }
    if (p.number < 1 || p.number > 4)
        return std::nullopt;
    for (const char16_t *group : {u"y", u"y1", u"y2"}) {
        if (m.hasCaptured(QStringView(group))) {
            p.year = m.captured(QStringView(group)).toLongLong();
            p.hasYear = true;
        }
    }
    if (m.hasCaptured(u"rel")) {
        p.hasRelation = true;
        p.direction = relationFromWord(m.capturedView(u"rel"));
    }
    return p;
}

std::optional<Parsed> interpretHalf(const Match &m, QStringView)
{
    Parsed p = parsedFor(m, Kind::Half);
    const QString half = m.captured(u"h").toLower();
    p.number = (half == QLatin1String("first") || half == QLatin1String("1st")) ? 1 : 2;
    p.year = m.captured(u"y").toLongLong();
    p.hasYear = true;
    return p;
}

std::optional<Parsed> interpretSeason(const Match &m, QStringView s)
{
    Parsed p = parsedFor(m, Kind::Season);
    const QString name = m.captured(u"s").toLower();
    p.number = name == QLatin1String("winter")   ? 0
               : name == QLatin1String("spring") ? 1
               : name == QLatin1String("summer") ? 2
                                                 : 3;
    p.mod = modFromWord(m.hasCaptured(u"mod") ? m.capturedView(u"mod") : m.capturedView(u"mod2"));
    if (m.hasCaptured(u"rel")) {
        p.hasRelation = true;
        p.direction = relationFromWord(m.capturedView(u"rel"));
    }
    if (m.hasCaptured(u"y")) {
        p.year = m.captured(u"y").toLongLong();
        p.hasYear = true;
    }
    if (startsUpper(m.capturedView(u"s")) && m.capturedStart(u"s") > 0 && !p.hasYear)
        return std::nullopt; // "the Arab Spring"
    if (name == QLatin1String("fall") && !p.hasYear && !p.hasRelation)
        return std::nullopt; // "the fall of Kabul"
    if (!p.hasYear && !p.hasRelation && p.mod == Mod::None
        && !seasonCues().contains(tokenBefore(s, p.begin)))
        return std::nullopt; // "the spring offensive"
    if (!p.hasYear && !p.hasRelation && p.mod == Mod::None) {
        const QStringView next = wordAfter(s, m.capturedEnd(u"s"));
        if (!next.isEmpty() && next.front().isLower() && next != QLatin1String("and")
            && next != QLatin1String("or") && next != QLatin1String("when"))
            return std::nullopt; // "in the summer offensive"
    }
    return p;
}

std::optional<Parsed> interpretDayWord(const Match &m, QStringView)
{
    Parsed p = parsedFor(m, Kind::DayWord);
    if (m.hasCaptured(u"ba")) {
        p.number = m.captured(u"ba").startsWith(QLatin1String("before"), Qt::CaseInsensitive) ? -2
                                                                                              : 2;
        return p;
    }
    const QString w = m.captured(u"w").toLower();
    p.number = w == QLatin1String("yesterday") ? -1 : w == QLatin1String("tomorrow") ? 1 : 0;
    if (w == QLatin1String("tonight"))
        p.timeSuffix = QStringLiteral("TNI");
    if (m.hasCaptured(u"pod"))
        p.timeSuffix = partOfDayCode(m.capturedView(u"pod"));
    return p;
}

std::optional<Parsed> interpretPartOfDay(const Match &m, QStringView)
{
    if (m.hasCaptured(u"pod2")) {
        Parsed p = parsedFor(m, Kind::Clock);
        p.begin = m.capturedStart(u"pod2");
        p.timeSuffix = partOfDayCode(m.capturedView(u"pod2"));
        return p;
    }
    Parsed p = parsedFor(m, Kind::DayWord);
    const QString rel = m.captured(u"rel").toLower();
    p.timeSuffix = partOfDayCode(m.capturedView(u"pod"));
    p.number = rel == QLatin1String("last") ? -1 : 0;
    if (rel == QLatin1String("last") && p.timeSuffix != QLatin1String("TNI"))
        return std::nullopt; // "last morning" is not idiomatic
    return p;
}

std::optional<Parsed> interpretRelativeUnit(const Match &m, QStringView s)
{
    Parsed p = parsedFor(m, Kind::RelativeUnit);
    p.unit = unitFromWord(m.capturedView(u"u"));
    p.mod = modFromWord(m.capturedView(u"mod"));
    const QString rel = m.captured(u"rel").toLower().simplified();
    if (rel == QLatin1String("the")) {
        if (p.mod == Mod::None)
            return std::nullopt;
        p.direction = 0; // "the end of the year"
    } else {
        p.direction = rel.contains(QLatin1String("current")) ? 0 : relationFromWord(rel);
    }
    qsizetype theStart = 0;
    if (rel == QLatin1String("past") && tokenBefore(s, p.begin, &theStart) == QLatin1String("the")
        && p.mod == Mod::None) {
        p.kind = Kind::Duration; // "over the past year"
        p.amount = 1;
        p.begin = theStart;
    }
    return p;
}

std::optional<Parsed> interpretEarlierLater(const Match &m, QStringView)
{
    Parsed p = parsedFor(m, Kind::RelativeUnit);
    if (m.hasCaptured(u"u2")) {
        p.kind = Kind::Anaphoric;
        p.unit = unitFromWord(m.capturedView(u"u2"));
        p.phase = relationFromWord(m.capturedView(u"ph2"));
    } else {
        p.unit = unitFromWord(m.capturedView(u"u"));
        p.phase = relationFromWord(m.capturedView(u"ph"));
    }
    p.direction = 0;
    return p;
}

std::optional<Parsed> interpretWeekend(const Match &m, QStringView)
{
    Parsed p = parsedFor(m, Kind::Weekend);
    const QString rel = m.captured(u"rel").toLower().simplified();
    p.hasRelation = rel != QLatin1String("the") && rel != QLatin1String("this");
    p.direction = rel == QLatin1String("this") ? 0 : relationFromWord(rel);
    if (rel == QLatin1String("this"))
        p.hasRelation = true;
    return p;
}

std::optional<Parsed> interpretWeekday(const Match &m, QStringView s)
{
    const TemporalLexicon &lex = TemporalLexicon::instance();
    if (!startsUpper(m.capturedView(u"wd")))
        return std::nullopt;
    Parsed p = parsedFor(m, Kind::Weekday);
    p.weekday = lex.weekday(m.capturedView(u"wd"));
    if (p.weekday == 0)
        return std::nullopt;
    if (m.hasCaptured(u"pl")) {
        p.kind = Kind::Set; // "on Fridays"
        p.value = QStringLiteral("XXXX-WXX-%1").arg(p.weekday);
        return p;
    }
    if (m.hasCaptured(u"rel")) {
        p.hasRelation = true;
        p.direction = relationFromWord(m.capturedView(u"rel"));
    }
    if (m.hasCaptured(u"pod"))
        p.timeSuffix = partOfDayCode(m.capturedView(u"pod"));
    if (followedByNameHead(s, p.end))
        return std::nullopt; // "the Sunday Times"
    if (!p.hasRelation) {
        // "Bloody Sunday", "Black Friday": a capitalised word before it
        qsizetype start = 0;
        const QString previous = tokenBefore(s, p.begin, &start);
        if (!previous.isEmpty() && s[start].isUpper() && !monthCues().contains(previous)
            && !lex.month(previous) && !previous.endsWith(QLatin1String("'s")))
            return std::nullopt;
    }
    return p;
}

bool fillAmount(const Match &m, Parsed *p)
{
    if (!m.hasCaptured(u"n")) {
        p->vague = true;
        return true;
    }
    const auto amount = TemporalLexicon::instance().number(m.capturedView(u"n"));
    if (amount) {
        p->amount = *amount;
        if (p->amount <= 0 || p->amount > 10000)
            return false;
    } else {
        p->vague = true;
    }
    return true;
}

std::optional<Parsed> interpretAgo(const Match &m, QStringView)
{
    Parsed p = parsedFor(m, Kind::Ago);
    p.unit = unitFromWord(m.capturedView(u"u"));
    if (!fillAmount(m, &p))
        return std::nullopt;
    return p;
}

std::optional<Parsed> interpretAnaphoricOffset(const Match &m, QStringView)
{
    Parsed p = parsedFor(m, Kind::AnaphoricOffset);
    p.unit = unitFromWord(m.capturedView(u"u"));
    if (!fillAmount(m, &p) || p.vague)
        return std::nullopt;
    p.direction = m.captured(u"dir").toLower() == QLatin1String("earlier") ? -1 : 1;
    return p;
}

std::optional<Parsed> interpretAnaphoric(const Match &m, QStringView)
{
    Parsed p = parsedFor(m, Kind::Anaphoric);
    QStringView unitWord = m.capturedView(u"u");
    if (m.hasCaptured(u"u2")) {
        unitWord = m.capturedView(u"u2");
        p.direction = m.captured(u"ba").toLower() == QLatin1String("before") ? -1 : 1;
    } else if (m.hasCaptured(u"a")) {
        p.direction = relationFromWord(m.capturedView(u"a"));
    } else if (m.hasCaptured(u"a2")) {
        p.direction = 1;
    }
    p.unit = unitFromWord(unitWord);
    if (p.unit == Unit::None) {
        p.unit = Unit::Day; // "that morning", "the following night"
        p.timeSuffix = partOfDayCode(unitWord);
    }
    return p;
}

std::optional<Parsed> interpretDuration(const Match &m, QStringView s)
{
    if (m.hasCaptured(u"old"))
        return std::nullopt; // "a 19-year-old"
    Parsed p = parsedFor(m, Kind::Duration);
    p.unit = unitFromWord(m.capturedView(u"u"));
    if (!fillAmount(m, &p))
        return std::nullopt;
    const QString n = m.captured(u"n").toLower();
    const QString after = wordAfter(s, p.end).toString().toLower();
    if (after == QLatin1String("old") || after == QLatin1String("ago"))
        return std::nullopt;
    if (after == QLatin1String("later") || after == QLatin1String("earlier")) {
        // "six months later than planned" is a duration; "six months later" is not
        const qsizetype afterStart = s.indexOf(after, p.end, Qt::CaseInsensitive);
        if (wordAfter(s, afterStart + after.size())
                .compare(QLatin1String("than"), Qt::CaseInsensitive)
            != 0)
            return std::nullopt;
    }
    if (m.hasCaptured(u"pre")) {
        p.begin = m.capturedStart(u"pre");
    } else if (m.hasCaptured(u"q")) {
        const QString q = m.captured(u"q").toLower().simplified();
        if (q == QLatin1String("more than") || q == QLatin1String("over"))
            p.timexMod = QStringLiteral("MORE_THAN");
        else if (q == QLatin1String("at least"))
            p.timexMod = QStringLiteral("EQUAL_OR_MORE");
        else if (q == QLatin1String("less than") || q == QLatin1String("under"))
            p.timexMod = QStringLiteral("LESS_THAN");
        else if (q == QLatin1String("up to"))
            p.timexMod = QStringLiteral("EQUAL_OR_LESS");
        else {
            p.timexMod = QStringLiteral("APPROX");
            p.qualifier = Qualifier::Approximate;
        }
    } else if (n == QLatin1String("a") || n == QLatin1String("an")) {
        if (!articleDurationCues().contains(tokenBefore(s, p.begin)))
            return std::nullopt; // "a day of mourning" without a cue stays out
    }
    if (n == QLatin1String("many") || n == QLatin1String("few"))
        p.vague = true;
    return p;
}

struct Holiday
{
    QRegularExpression name;
    int month = 0;
    int day = 0;
};

// Fixed-date holidays ("Christmas Day") from resources/extract/holidays.txt.
const QList<Holiday> &holidays()
{
    static const QList<Holiday> list = [] {
        QList<Holiday> result;
        for (const QString &line : LexiconFile::lines(QStringLiteral(":/extract/holidays.txt"))) {
            const QStringList parts = line.split(u' ', Qt::SkipEmptyParts);
            if (parts.size() != 3)
                continue;
            Holiday holiday;
            holiday.month = parts[0].toInt();
            holiday.day = parts[1].toInt();
            holiday.name = QRegularExpression(QStringLiteral("^(?:") + parts[2]
                                                  + QStringLiteral(")$"),
                                              QRegularExpression::CaseInsensitiveOption);
            result.append(holiday);
        }
        return result;
    }();
    return list;
}

// In file order: the more specific name first ("Christmas Eve" before "Christmas").
QString holidayPattern()
{
    QStringList names;
    for (const Holiday &holiday : holidays())
        names.append(holiday.name.pattern().mid(4).chopped(2)); // without ^(?: and )$
    return names.join(u'|');
}

std::optional<Parsed> interpretHoliday(const Match &m, QStringView)
{
    Parsed p = parsedFor(m, Kind::Absolute);
    const QString name = m.captured(u"hol");
    if (!startsUpper(name))
        return std::nullopt;
    for (const Holiday &holiday : holidays()) {
        if (holiday.name.match(name).hasMatch()) {
            p.month = holiday.month;
            p.day = holiday.day;
            break;
        }
    }
    if (p.month == 0)
        return std::nullopt;
    if (m.hasCaptured(u"y")) {
        p.year = m.captured(u"y").toLongLong();
        p.hasYear = true;
    }
    return p;
}

std::optional<Parsed> interpretLong(const Match &m, QStringView)
{
    Parsed p = parsedFor(m, Kind::Duration);
    p.unit = unitFromWord(m.capturedView(u"u"));
    p.vague = m.hasCaptured(u"pl");
    return p;
}

QString setValue(Unit unit, double amount, bool vague)
{
    const QString n = vague ? QStringLiteral("X") : QString::number(amount);
    switch (unit) {
    case Unit::Minute:
        return QStringLiteral("PT%1M").arg(n);
    case Unit::Hour:
        return QStringLiteral("PT%1H").arg(n);
    case Unit::Day:
        return QStringLiteral("P%1D").arg(n);
    case Unit::Week:
        return QStringLiteral("P%1W").arg(n);
    case Unit::Weekend:
        return QStringLiteral("P%1WE").arg(n);
    case Unit::Fortnight:
        return QStringLiteral("P%1W").arg(vague ? n : QString::number(2 * amount));
    case Unit::Month:
        return QStringLiteral("P%1M").arg(n);
    case Unit::Quarter:
        return QStringLiteral("P%1M").arg(vague ? n : QString::number(3 * amount));
    case Unit::Year:
        return QStringLiteral("P%1Y").arg(n);
    case Unit::Decade:
        return QStringLiteral("P%1DE").arg(n);
    case Unit::Century:
        return QStringLiteral("P%1CE").arg(n);
    case Unit::None:
        break;
    }
    return {};
}

std::optional<Parsed> interpretSet(const Match &m, QStringView)
{
    const TemporalLexicon &lex = TemporalLexicon::instance();
    Parsed p = parsedFor(m, Kind::Set);
    if (m.hasCaptured(u"adv")) {
        const QStringView adv = m.capturedView(u"adv");
        if (startsUpper(adv) && p.begin > 0)
            return std::nullopt; // "the Daily Mail"
        const QString a = adv.toString().toLower();
        static const QHash<QString, QString> values
            = {{QStringLiteral("daily"), QStringLiteral("P1D")},
               {QStringLiteral("weekly"), QStringLiteral("P1W")},
               {QStringLiteral("monthly"), QStringLiteral("P1M")},
               {QStringLiteral("annually"), QStringLiteral("P1Y")},
               {QStringLiteral("yearly"), QStringLiteral("P1Y")},
               {QStringLiteral("hourly"), QStringLiteral("PT1H")},
               {QStringLiteral("nightly"), QStringLiteral("XXXX-XX-XXTNI")},
               {QStringLiteral("fortnightly"), QStringLiteral("P2W")},
               {QStringLiteral("quarterly"), QStringLiteral("P3M")}};
        p.value = values.value(a);
        return p;
    }
    const QStringView unitWord = m.hasCaptured(u"u") ? m.capturedView(u"u") : m.capturedView(u"u2");
    if (const int wd = lex.weekday(unitWord)) {
        p.value = QStringLiteral("XXXX-WXX-%1").arg(wd);
        return p;
    }
    const QString pod = partOfDayCode(unitWord);
    if (!pod.isEmpty()) {
        p.value = QStringLiteral("XXXX-XX-XX") + pod;
        return p;
    }
    const Unit unit = unitFromWord(unitWord);
    double amount = 1;
    if (m.hasCaptured(u"n")) {
        const QString n = m.captured(u"n").toLower();
        if (n == QLatin1String("other"))
            amount = 2;
        else if (const auto value = lex.number(n))
            amount = *value;
        else
            return std::nullopt;
    }
    if (unit == Unit::Weekend) {
        p.value = QStringLiteral("XXXX-WXX-WE");
        return p;
    }
    p.value = setValue(unit, amount, false);
    return p.value.isEmpty() ? std::nullopt : std::optional<Parsed>(p);
}

std::optional<Parsed> interpretClock(const Match &m, QStringView s)
{
    Parsed p = parsedFor(m, Kind::Clock);
    int hour = -1;
    int minute = 0;
    if (m.hasCaptured(u"ap")) {
        hour = m.captured(u"h").toInt();
        minute = m.hasCaptured(u"min") ? m.captured(u"min").toInt() : 0;
        if (hour < 1 || hour > 12)
            return std::nullopt;
        const bool pm = m.captured(u"ap").toLower() == QLatin1String("p");
        hour = pm ? hour % 12 + 12 : hour % 12;
    } else if (m.hasCaptured(u"h2")) {
        hour = m.captured(u"h2").toInt();
        minute = m.captured(u"min2").toInt();
        if (!m.hasCaptured(u"tz") && !clockCues().contains(tokenBefore(s, p.begin)))
            return std::nullopt; // "John 3:16", a score
    } else if (m.hasCaptured(u"hhmm")) {
        const QString hhmm = m.captured(u"hhmm");
        hour = hhmm.left(2).toInt();
        minute = hhmm.mid(2).toInt();
    } else if (m.hasCaptured(u"word")) {
        const QString w = m.captured(u"word").toLower();
        p.timeSuffix = w == QLatin1String("midnight") ? QStringLiteral("T24:00")
                                                      : QStringLiteral("T12:00");
        return p;
    }
    if (hour < 0 || hour > 24 || minute > 59)
        return std::nullopt;
    p.timeSuffix = QStringLiteral("T%1:%2")
                       .arg(hour, 2, 10, QLatin1Char('0'))
                       .arg(minute, 2, 10, QLatin1Char('0'));
    return p;
}

std::optional<Parsed> interpretReference(const Match &m, QStringView s)
{
    Parsed p = parsedFor(m, Kind::Reference);
    QString w;
    if (m.hasCaptured(u"w2")) {
        p.begin = m.capturedStart(u"w2");
        w = m.captured(u"w2").toLower().simplified();
    } else {
        w = m.captured(u"w").toLower().simplified();
    }
    if (w == QLatin1String("soon") && tokenBefore(s, p.begin) == QLatin1String("as"))
        return std::nullopt; // "as soon as"
    if (w.endsWith(QLatin1String("now")) || w == QLatin1String("currently")
        || w == QLatin1String("nowadays") || w == QLatin1String("present"))
        p.value = QStringLiteral("PRESENT_REF");
    else if (w == QLatin1String("soon") || w.endsWith(QLatin1String("future"))
             || w.endsWith(QLatin1String("coming")))
        p.value = QStringLiteral("FUTURE_REF");
    else
        p.value = QStringLiteral("PAST_REF");
    return p;
}

QRegularExpression compile(const QString &pattern)
{
    QRegularExpression re(pattern,
                          QRegularExpression::CaseInsensitiveOption
                              | QRegularExpression::UseUnicodePropertiesOption);
    re.optimize();
    Q_ASSERT_X(re.isValid(), "TemporalTagger", qPrintable(re.errorString() + u' ' + pattern));
    return re;
}

const QList<Rule> &rules()
{
    static const QList<Rule> list = [] {
        using L = TemporalLexicon;
        const L &lex = L::instance();
        const auto S = [](const char *text) { return QString::fromUtf8(text); };
        const QString M = lex.monthPattern() + S("(?![\\w])");
        const QString WDF = lex.weekdayPattern();
        const QString WDA = lex.weekdayAnyPattern();
        const QString NUM = lex.numberPattern();
        const QString ORD = lex.ordinalPattern();
        const QString MODS = S(
            "early|mid|late|(?:the\\s+)?(?:very\\s+)?(?:end|beginning|start|middle)\\s+of");
        const QString YEAR = S("(?<y>\\d{4})(?!\\d|[.,]\\d)");
        const QString POSS = S("(?:['\u2019]s)?");
        QList<Rule> r;
        const auto add = [&r, S](const QString &pattern,
                                 unsigned anyOf,
                                 unsigned allOf,
                                 Interpreter interpret,
                                 const QString &prefix = {},
                                 bool required = false) {
            Rule rule;
            rule.re = compile(pattern);
            rule.anyOf = anyOf;
            rule.allOf = allOf;
            rule.interpret = interpret;
            if (!prefix.isEmpty())
                rule.prefix = compile(S("(?<![\\w])(?:") + prefix + S(")$"));
            rule.prefixRequired = required;
            r.append(rule);
        };

        // "2020-09-14", "2020/09/14", also inside a timestamp "2020-09-14T10:00Z"
        add(S("(?<![\\w./-])(?<y>\\d{4})(?<sep>[-/])(?<m>\\d{2})\\k<sep>(?<d>\\d{2})(?![\\d]|[./"
              "-]\\d|[a-su-z])"),
            L::Digit,
            0,
            interpretIso);
        add(S("(?<![\\w./-])(?<a>\\d{1,2})(?<sep>[/"
              ".])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4})(?![\\w]|[./-]\\d)"),
            L::Digit,
            0,
            interpretNumeric);
        add(S("(?:(?<wd>") + WDA
                + S("),?\\s+)?(?:the\\s+(?=[0-3]?\\d(?:st|nd|rd|th)?\\s+of\\s))?(?<![\\w.,-])(?<d>["
                    "0-3]?\\d)"
                    "(?:st|nd|rd|th)?"
                    "(?:\\s*(?:-|\u2013|to|and)\\s*(?<d2>[0-3]?\\d)(?:st|nd|rd|th)?)?(?:\\s+of)?"
                    "\\s+(?<m>")
                + M + S(")(?:,?\\s+") + YEAR + S(")?"),
            0,
            L::Digit | L::Month,
            interpretDayMonth);
        add(S("(?:(?<wd>") + WDA + S("),?\\s+)?(?<m>") + M
                + S(")\\s+(?<d>[0-3]?\\d)(?:st|nd|rd|th)?(?!\\d|[.,]\\d)(?:\\s*(?:-|\u2013)\\s*(?<"
                    "d2>[0-3]?\\d)"
                    "(?!\\d))?(?:,?\\s+")
                + YEAR + S(")?"),
            0,
            L::Digit | L::Month,
            interpretDayMonth);
        add(S("(?<![\\w])(?<m>") + M + S(")(?:,?\\s+(?:of\\s+)?") + YEAR + S(")?") + POSS,
            L::Month,
            0,
            interpretMonthName,
            S("(?:(?<mod>") + MODS + S(")[\\s-]+)?(?:(?<rel>last|next|this|coming|past)\\s+)?"));
        add(YEAR + S("(?!%|-(?:year|old|strong|member|page|seat|km|mile))(?<poss>['\u2019]s)?"),
            L::Digit,
            0,
            interpretYear,
            S("(?<mod>") + MODS + S(")[\\s-]+"));
        add(S("(?<![\\w])(?<dec>\\d{3}0|['\u2019]\\d0|\\d0)['\u2019]?s(?![\\w])"),
            L::Digit,
            0,
            interpretDecade,
            S("(?:the\\s+)?(?:(?<mod>early|mid|late)[\\s-]+)?"));
        add(S("century(?![\\w])"),
            L::Century,
            0,
            interpretCentury,
            S("(?:the\\s+)?(?:(?<mod>early|mid|late)[\\s-]+)?(?<n>") + ORD + S(")[\\s-]+"),
            true);
        add(S("quarter(?:\\s+of)?(?:\\s+(?:(?<rel>this|last|next)\\s+year|") + YEAR + S("))?"),
            L::Quarter,
            0,
            interpretQuarter,
            S("(?:the\\s+)?(?<q>first|second|third|fourth|final|1st|2nd|3rd|4th)\\s+"),
            true);
        add(S("half(?:\\s+of)?\\s+") + YEAR,
            L::Half,
            L::Digit,
            interpretHalf,
            S("(?:the\\s+)?(?<h>first|second|1st|2nd)\\s+"),
            true);
        add(S("(?<![\\w])(?:Q(?<q1>[1-4])[\\s-]+(?<y1>\\d{4})|(?<y2>\\d{4})[\\s-]Q(?<q2>[1-4]))(?!["
              "\\w])"),
            L::Digit,
            0,
            interpretQuarter);
        add(S("(?<![\\w])(?<s>spring|summer|autumn|fall|winter)(?![\\w])(?:,?\\s+(?:of\\s+)?")
                + YEAR + S(")?") + POSS,
            L::Season,
            0,
            interpretSeason,
            S("(?:(?<mod>early|mid|late)[\\s-]+)?(?:the\\s+)?(?:(?<mod2>early|late)\\s+)?(?:(?<rel>"
              "this\\s+"
              "past|last|next|this|past|coming|previous)\\s+)?"));
        add(S("(?<![\\w])(?<w>today|yesterday|tomorrow|tonight)(?![\\w])") + POSS
                + S("(?:\\s+(?<pod>morning|afternoon|evening|night)(?![\\w]))?"),
            L::DayWord,
            0,
            interpretDayWord,
            S("the\\s+day\\s+(?<ba>before|after)\\s+"));
        add(S("(?<![\\w])(?<pod>morning|afternoon|evening|night)(?![\\w])"),
            L::PartOfDay,
            0,
            interpretPartOfDay,
            S("(?<rel>this|last)\\s+"),
            true);
        add(S("(?<![\\w])(?<pod2>dawn|dusk|daybreak|nightfall|sunrise|sunset)(?![\\w])"),
            L::TimeOfDay,
            0,
            interpretPartOfDay,
            S("(?:at|before|after|by|around|until|since|from)\\s+"),
            true);
        add(S("(?<![\\w])(?<u>week|month|year|decade|century|quarter)(?![\\w])") + POSS,
            0,
            L::RelativeWord | L::Unit,
            interpretRelativeUnit,
            S("(?:(?<mod>") + MODS
                + S(")[\\s-]+)?(?<rel>this\\s+past|last|next|this|past|coming|previous|"
                    "(?:the\\s+)?current|the)\\s+"),
            true);
        add(S("(?<![\\w])(?:(?<ph>earlier|later)\\s+(?:this|in\\s+the)\\s+(?<u>week|month|year)|(?<"
              "ph2>earlier|"
              "later)\\s+(?:that|the\\s+same)\\s+(?<u2>day|week|month|year))(?![\\w])"),
            L::Later,
            0,
            interpretEarlierLater);
        add(S("weekend(?![\\w])") + POSS,
            L::Weekend,
            0,
            interpretWeekend,
            S("(?<rel>this\\s+past|last|next|this|coming|the)\\s+"),
            true);
        add(S("(?:(?<rel>last|next|this|coming|past)\\s+)?(?<![\\w])(?<wd>") + WDF
                + S(")(?:(?<pl>s)|['\u2019]s)?(?![\\w])(?:\\s+(?<pod>morning|afternoon|evening|"
                    "night)(?![\\w]))?"),
            L::Weekday,
            0,
            interpretWeekday);
        add(S("ago(?![\\w])"),
            L::Ago,
            0,
            interpretAgo,
            S("(?:(?<n>") + NUM
                + S(")[\\s-]+)?(?<u>minute|hour|day|week|fortnight|month|year|decade|"
                    "centur(?:y|ie))s?\\s+"),
            true);
        const QString offsetPrefix
            = S("(?<n>") + NUM + S(")[\\s-]+(?<u>day|week|fortnight|month|year|decade)s?\\s+");
        add(S("(?<![\\w])(?<dir>later|earlier|afterwards?)(?![\\w])(?!\\s+than)"),
            L::Later,
            0,
            interpretAnaphoricOffset,
            offsetPrefix,
            true);
        add(S("(?<![\\w])(?<dir>on)(?=\\s*(?:[,.;:]|$))"),
            0,
            L::Unit,
            interpretAnaphoricOffset,
            offsetPrefix,
            true); // "two years on,"
        add(S("(?<![\\w])(?<u>day|week|weekend|month|year|morning|afternoon|evening|night)(?![\\w-]"
              ")"),
            0,
            L::Anaphor | L::Unit,
            interpretAnaphoric,
            S("(?:(?:the\\s+)?(?<a>following|previous|preceding|same|prior)|the\\s+(?<a2>next)|"
              "that)\\s+"),
            true);
        add(S("(?<![\\w])(?<u2>day|week|month|year)\\s+(?<ba>before|after)(?=\\s*(?:[,.;:)]|$))"),
            0,
            L::Anaphor | L::Unit,
            interpretAnaphoric,
            S("the\\s+"),
            true);
        add(S("(?<![\\w.:])(?<h>[01]?\\d)(?:[:.](?<min>[0-5]\\d))?\\s*(?<ap>[ap])\\.?\\s?m\\.?(?!["
              "\\w])|(?<![\\w.:])"
              "(?<h2>[0-2]?\\d)[:h](?<min2>[0-5]\\d)(?![\\w:])(?<tz>\\s*(?:GMT|UTC|local\\s+time|"
              "hours|hrs)"
              "(?![\\w]))?|(?<![\\w.:,])(?<hhmm>[0-2]\\d[0-5]\\d)\\s*(?:GMT|UTC|hours|hrs|local\\s+"
              "time)"
              "(?![\\w])|(?<![\\w])(?<word>noon|midday|midnight)(?![\\w])"),
            L::Digit | L::TimeOfDay,
            0,
            interpretClock);
        add(S("(?<![\\w])(?<u>minute|hour|day|week|fortnight|month|year|decade|centur(?:y|ie))s?(?!"
              "[\\w])"
              "(?<old>-old)?"),
            L::Unit,
            0,
            interpretDuration,
            S("(?:(?<q>about|around|approximately|roughly|nearly|almost|more\\s+than|over|less\\s+"
              "than|under|"
              "at\\s+least|up\\s+to|some)\\s+)?(?:(?<pre>the\\s+(?:past|last|next|coming|first|"
              "final))\\s+)?"
              "(?<n>")
                + NUM + S(")[\\s-]+"),
            true);
        add(S("(?<![\\w-])(?<u>day|week|month|year|decade)(?<pl>s)?-long(?![\\w])"),
            L::Unit,
            0,
            interpretLong); // "a week-long truce", "years-long"
        add(S("(?<![\\w])(?<hol>") + holidayPattern() + S(")(?![\\w])(?:,?\\s+") + YEAR + S(")?")
                + POSS,
            L::Holiday,
            0,
            interpretHoliday);
        add(S("(?<![\\w])(?:(?:every|each)\\s+(?:(?<n>other|") + NUM
                + S(")\\s+)?(?<u>day|week|fortnight|month|year|morning|evening|night|weekend|") + WDF
                + S(")s?|(?<adv>daily|weekly|monthly|annually|yearly|nightly|hourly|fortnightly|"
                    "quarterly)|"
                    "(?:once|twice|(?:")
                + NUM
                + S(")\\s+times)\\s+(?:a|per|every|each)\\s+(?<u2>day|week|month|year))(?![\\w])"),
            L::Set,
            0,
            interpretSet);
        add(S("(?<![\\w-])(?<w>right\\s+now|now|currently|nowadays|recently|lately|soon)(?![\\w-]"
              ")"),
            L::Reference,
            0,
            interpretReference);
        add(S("(?<![\\w])(?<w2>present|the\\s+past|the\\s+future)(?![\\w])"),
            L::Reference,
            0,
            interpretReference,
            S("(?:in|at)\\s+"),
            true);
        add(S("(?<![\\w])(?<w>(?:the\\s+)?coming|recent)\\s+(?:days|weeks|months|years)(?![\\w])"),
            0,
            L::Unit | L::Reference,
            interpretReference);
        return r;
    }();
    return list;
}

// ---------------------------------------------------------------------------
// Calendar helpers.

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

struct Ymd
{
    qint64 y = 0;
    int m = 0;
    int d = 0;
};

Ymd ymd(qint64 jd)
{
    Ymd r;
    DateSpan::toYearMonthDay(jd, &r.y, &r.m, &r.d);
    return r;
}

QString two(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

QString dayValue(qint64 jd)
{
    const Ymd d = ymd(jd);
    return DateSpan::isoYear(d.y) + u'-' + two(d.m) + u'-' + two(d.d);
}

QString monthValue(qint64 y, int m)
{
    return DateSpan::isoYear(y) + u'-' + two(m);
}

void shiftMonth(qint64 *y, int *m, qint64 delta)
{
    const qint64 index = *y * 12 + (*m - 1) + delta;
    *y = floorDiv(index, 12);
    *m = int(index - *y * 12) + 1;
}

qint64 mondayOf(qint64 jd)
{
    return jd - (DateSpan::dayOfWeek(jd) - 1);
}

QString weekValue(qint64 jd)
{
    const qint64 thursday = mondayOf(jd) + 3;
    const Ymd t = ymd(thursday);
    const qint64 week = (thursday - DateSpan::julianDay(t.y, 1, 1)) / 7 + 1;
    return DateSpan::isoYear(t.y) + QStringLiteral("-W") + two(int(week));
}

DateSpan weekSpan(qint64 jd)
{
    const qint64 monday = mondayOf(jd);
    return DateSpan(monday, monday + 6, Precision::Day);
}

QString seasonCode(int season)
{
    static const char *codes[] = {"WI", "SP", "SU", "FA"};
    return QString::fromLatin1(codes[season]);
}

// Seasons counted in order: winter Y (Dec Y-1 to Feb Y), spring, summer, autumn Y.
qint64 seasonIndexOf(qint64 jd)
{
    const Ymd d = ymd(jd);
    if (d.m == 12)
        return (d.y + 1) * 4;
    if (d.m <= 2)
        return d.y * 4;
    return d.y * 4 + (d.m - 3) / 3 + 1;
}

DateSpan seasonSpan(qint64 index)
{
    const qint64 year = floorDiv(index, 4);
    const int season = int(index - year * 4);
    if (season == 0)
        return DateSpan::season(year - 1, 12);
    return DateSpan::season(year, season * 3);
}

DateSpan applyMod(const DateSpan &span, Mod mod)
{
    if (!span.isValid() || mod == Mod::None)
        return span;
    const int third = mod == Mod::Start ? 0 : mod == Mod::Mid ? 1 : 2;
    const Ymd first = ymd(span.earliestDay());
    switch (span.precision()) {
    case Precision::Year: {
        const int from = 1 + 4 * third;
        return DateSpan(DateSpan::julianDay(first.y, from, 1),
                        DateSpan::julianDay(first.y,
                                            from + 3,
                                            DateSpan::daysInMonth(first.y, from + 3)),
                        Precision::Season);
    }
    case Precision::Season: {
        qint64 y = first.y;
        int m = first.m;
        shiftMonth(&y, &m, third);
        return DateSpan::month(y, m);
    }
    case Precision::Month: {
        const int from = 1 + 10 * third;
        const int to = third == 2 ? DateSpan::daysInMonth(first.y, first.m) : from + 9;
        return DateSpan(DateSpan::julianDay(first.y, first.m, from),
                        DateSpan::julianDay(first.y, first.m, to),
                        Precision::Day);
    }
    case Precision::Decade: {
        static constexpr int from[] = {0, 4, 7};
        static constexpr int to[] = {3, 6, 9};
        return DateSpan(DateSpan::julianDay(first.y + from[third], 1, 1),
                        DateSpan::julianDay(first.y + to[third], 12, 31),
                        Precision::Year);
    }
    case Precision::Century: {
        static constexpr int from[] = {0, 33, 67};
        static constexpr int to[] = {32, 66, 99};
        return DateSpan(DateSpan::julianDay(first.y + from[third], 1, 1),
                        DateSpan::julianDay(first.y + to[third], 12, 31),
                        Precision::Decade);
    }
    case Precision::Day: {
        const qint64 length = span.lengthInDays();
        if (length < 3)
            return span;
        const qint64 part = length / 3;
        const qint64 from = span.earliestDay() + part * third;
        const qint64 to = third == 2 ? span.latestDay() : from + part - 1;
        return DateSpan(from, to, Precision::Day);
    }
    }
    return span;
}

QString modName(Mod mod)
{
    switch (mod) {
    case Mod::None:
        return {};
    case Mod::Start:
        return QStringLiteral("START");
    case Mod::Mid:
        return QStringLiteral("MID");
    case Mod::End:
        return QStringLiteral("END");
    }
    return {};
}

// The unspecified value of a unit, e.g. "XXXX-XX" for a month.
QString unknownValue(Unit unit)
{
    switch (unit) {
    case Unit::Minute:
    case Unit::Hour:
    case Unit::Day:
        return QStringLiteral("XXXX-XX-XX");
    case Unit::Week:
    case Unit::Fortnight:
        return QStringLiteral("XXXX-WXX");
    case Unit::Weekend:
        return QStringLiteral("XXXX-WXX-WE");
    case Unit::Month:
        return QStringLiteral("XXXX-XX");
    case Unit::Quarter:
        return QStringLiteral("XXXX-QX");
    case Unit::Year:
        return QStringLiteral("XXXX");
    case Unit::Decade:
        return QStringLiteral("XXX");
    case Unit::Century:
        return QStringLiteral("XX");
    case Unit::None:
        break;
    }
    return QStringLiteral("XXXX");
}

// ---------------------------------------------------------------------------
// Resolution.

struct Resolved
{
    Type type = Type::Date;
    QString value;
    DateSpan span;
    bool relative = false;
    QString mod;
};

class Resolver
{
public:
    Resolver(QStringView sentence,
             std::optional<qint64> reference,
             DateSpan *anchor,
             const TenseDetector &detector)
        : m_sentence(sentence)
        , m_reference(reference)
        , m_anchor(anchor)
        , m_detector(detector)
    {}

    std::optional<Resolved> resolve(const Parsed &p);

private:
    Tense tenseAt(const Parsed &p)
    {
        if (!m_markersReady) {
            m_markers = m_detector.markers(m_sentence);
            m_markersReady = true;
        }
        return TenseDetector::tenseNear(m_markers, m_sentence, p.begin, p.end);
    }
    Ymd ref() const { return ymd(*m_reference); }

    std::optional<Resolved> absolute(const Parsed &p);
    Resolved year(const Parsed &p);
    Resolved decade(const Parsed &p);
    Resolved century(const Parsed &p);
    Resolved quarter(const Parsed &p);
    Resolved season(const Parsed &p);
    Resolved dayWord(const Parsed &p);
    Resolved relativeUnit(const Parsed &p);
    Resolved weekend(const Parsed &p);
    Resolved weekday(const Parsed &p);
    Resolved ago(const Parsed &p);
    Resolved anaphoric(const Parsed &p, int amount);
    Resolved duration(const Parsed &p);

    QStringView m_sentence;
    std::optional<qint64> m_reference;
    DateSpan *m_anchor;
    const TenseDetector &m_detector;
    QList<TenseDetector::Marker> m_markers;
    bool m_markersReady = false;
};

std::optional<Resolved> Resolver::resolve(const Parsed &p)
{
    switch (p.kind) {
    case Kind::Absolute:
        return absolute(p);
    case Kind::Year:
        return year(p);
    case Kind::Decade:
        return decade(p);
    case Kind::Century:
        return century(p);
    case Kind::Quarter:
        return quarter(p);
    case Kind::Half: {
        Resolved r;
        r.value = DateSpan::isoYear(p.year) + QStringLiteral("-H") + QString::number(p.number);
        const int first = p.number == 1 ? 1 : 7;
        r.span = DateSpan(DateSpan::julianDay(p.year, first, 1),
                          DateSpan::julianDay(p.year,
                                              first + 5,
                                              DateSpan::daysInMonth(p.year, first + 5)),
                          Precision::Season);
        return r;
    }
    case Kind::Season:
        return season(p);
    case Kind::DayWord:
        return dayWord(p);
    case Kind::RelativeUnit:
        return relativeUnit(p);
    case Kind::Weekend:
        return weekend(p);
    case Kind::Weekday:
        return weekday(p);
    case Kind::Ago:
        return ago(p);
    case Kind::AnaphoricOffset:
        return anaphoric(p, int(p.amount) * p.direction);
    case Kind::Anaphoric:
        return anaphoric(p, p.direction);
    case Kind::Duration:
        return duration(p);
    case Kind::Set: {
        Resolved r;
        r.type = Type::Set;
        r.value = p.value;
        return r;
    }
    case Kind::Reference: {
        Resolved r;
        r.value = p.value;
        r.relative = true;
        return r;
    }
    case Kind::Clock:
        break; // resolved after the dates of its sentence
    }
    return std::nullopt;
}

std::optional<Resolved> Resolver::absolute(const Parsed &p)
{
    Resolved r;
    r.mod = modName(p.mod);
    qint64 year = p.year;
    if (!p.hasYear) {
        r.relative = true;
        if (!m_reference) {
            r.value = p.day ? QStringLiteral("XXXX-") + two(p.month) + u'-' + two(p.day)
                            : QStringLiteral("XXXX-") + two(p.month);
            return r;
        }
        const Ymd now = ref();
        const Tense tense = p.hasRelation ? Tense::Unknown : tenseAt(p);
        year = now.y;
        if (p.day) {
            const auto jdIn = [&](qint64 y) {
                return DateSpan::isValidDate(y, p.month, p.day)
                           ? DateSpan::julianDay(y, p.month, p.day)
                           : DateSpan::julianDay(y, p.month, 28);
            };
            if ((tense == Tense::Past || tense == Tense::Unknown) && jdIn(year) > *m_reference)
                --year;
            else if (tense == Tense::Future && jdIn(year) < *m_reference)
                ++year;
            if (p.weekday && DateSpan::dayOfWeek(jdIn(year)) != p.weekday) {
                // "Monday, Sept. 14": the nearest year in which it is a Monday
                for (qint64 y : {now.y, now.y - 1, now.y + 1}) {
                    if (DateSpan::isValidDate(y, p.month, p.day)
                        && DateSpan::dayOfWeek(jdIn(y)) == p.weekday) {
                        year = y;
                        break;
                    }
                }
            }
        } else if (p.hasRelation) {
            if (p.direction < 0 && p.month >= now.m)
                --year;
            else if (p.direction > 0 && p.month <= now.m)
                ++year;
        } else if ((tense == Tense::Past || tense == Tense::Unknown) && p.month > now.m) {
            --year;
        } else if (tense == Tense::Future && p.month < now.m) {
            ++year;
        }
    }
    if (p.day) {
        if (!DateSpan::isValidDate(year, p.month, p.day))
            return std::nullopt;
        const qint64 jd = DateSpan::julianDay(year, p.month, p.day);
        r.value = dayValue(jd);
        r.span = DateSpan::fromJulianDay(jd);
        if (p.endDay && DateSpan::isValidDate(year, p.month, p.endDay))
            r.span = DateSpan(jd, DateSpan::julianDay(year, p.month, p.endDay), Precision::Day);
    } else {
        r.value = monthValue(year, p.month);
        r.span = applyMod(DateSpan::month(year, p.month), p.mod);
    }
    return r;
}

Resolved Resolver::year(const Parsed &p)
{
    Resolved r;
    r.value = DateSpan::isoYear(p.year);
    r.mod = modName(p.mod);
    r.span = applyMod(DateSpan::year(p.year), p.mod);
    return r;
}

Resolved Resolver::decade(const Parsed &p)
{
    Resolved r;
    r.mod = modName(p.mod);
    qint64 first = p.year;
    if (p.value == QLatin1String("two-digit")) {
        // "the '90s": the twentieth century unless that decade is still to come
        first = 1900 + p.number;
        if (p.number < 30) {
            r.relative = true;
            if (!m_reference) {
                r.value = QStringLiteral("XX") + QString::number(p.number / 10);
                return r;
            }
            if (2000 + p.number <= ref().y)
                first = 2000 + p.number;
        }
    }
    r.value = QString::number(first / 10);
    r.span = applyMod(DateSpan::decade(first), p.mod);
    return r;
}

Resolved Resolver::century(const Parsed &p)
{
    Resolved r;
    r.mod = modName(p.mod);
    r.value = two(p.number - 1);
    r.span = applyMod(DateSpan::century((p.number - 1) * 100), p.mod);
    return r;
}

Resolved Resolver::quarter(const Parsed &p)
{
    Resolved r;
    qint64 year = p.year;
    if (!p.hasYear) {
        r.relative = true;
        if (!m_reference) {
            r.value = QStringLiteral("XXXX-Q") + QString::number(p.number);
            return r;
        }
        const Ymd now = ref();
        const int current = (now.m - 1) / 3 + 1;
        year = now.y + (p.hasRelation ? p.direction : 0);
        if (!p.hasRelation) {
            const Tense tense = tenseAt(p);
            if ((tense == Tense::Past || tense == Tense::Unknown) && p.number > current)
                --year;
            else if (tense == Tense::Future && p.number < current)
                ++year;
        }
    }
    r.value = DateSpan::isoYear(year) + QStringLiteral("-Q") + QString::number(p.number);
    r.span = DateSpan::season(year, (p.number - 1) * 3 + 1);
    return r;
}

Resolved Resolver::season(const Parsed &p)
{
    Resolved r;
    r.mod = modName(p.mod);
    qint64 index = 0;
    if (p.hasYear) {
        index = p.year * 4 + p.number;
    } else {
        r.relative = true;
        if (!m_reference) {
            r.value = QStringLiteral("XXXX-") + seasonCode(p.number);
            return r;
        }
        const qint64 now = seasonIndexOf(*m_reference);
        const qint64 sameYear = floorDiv(now, 4) * 4 + p.number;
        // the occurrences of this season just before and just after the reference
        const qint64 before = sameYear <= now ? sameYear : sameYear - 4;
        const qint64 after = sameYear >= now ? sameYear : sameYear + 4;
        if (p.hasRelation && p.direction < 0)
            index = before == now ? before - 4 : before;
        else if (p.hasRelation && p.direction > 0)
            index = after == now ? after + 4 : after;
        else if (p.hasRelation)
            index = (now - before) < (after - now) ? before : after;
        else {
            const Tense tense = tenseAt(p);
            // without a tense, news reports the past
            index = tense == Tense::Future ? after : tense == Tense::Present ? sameYear : before;
        }
    }
    const qint64 year = floorDiv(index, 4);
    const int season = int(index - year * 4);
    r.value = DateSpan::isoYear(year) + u'-' + seasonCode(season);
    r.span = applyMod(seasonSpan(index), p.mod);
    return r;
}

Resolved Resolver::dayWord(const Parsed &p)
{
    Resolved r;
    r.relative = true;
    r.type = p.timeSuffix.isEmpty() ? Type::Date : Type::Time;
    if (!m_reference) {
        r.value = (p.number == 0 && r.type == Type::Date)
                      ? QStringLiteral("PRESENT_REF")
                      : QStringLiteral("XXXX-XX-XX") + p.timeSuffix;
        return r;
    }
    const qint64 jd = *m_reference + p.number;
    r.value = dayValue(jd) + p.timeSuffix;
    r.span = DateSpan::fromJulianDay(jd);
    return r;
}

Resolved Resolver::relativeUnit(const Parsed &p)
{
    Resolved r;
    r.relative = true;
    r.mod = modName(p.mod);
    if (!m_reference) {
        r.value = unknownValue(p.unit);
        return r;
    }
    const Ymd now = ref();
    const int step = p.direction;
    switch (p.unit) {
    case Unit::Week: {
        const qint64 jd = *m_reference + 7 * step;
        r.value = weekValue(jd);
        r.span = weekSpan(jd);
        break;
    }
    case Unit::Month: {
        qint64 y = now.y;
        int m = now.m;
        shiftMonth(&y, &m, step);
        r.value = monthValue(y, m);
        r.span = DateSpan::month(y, m);
        break;
    }
    case Unit::Quarter: {
        qint64 y = now.y;
        int m = ((now.m - 1) / 3) * 3 + 1;
        shiftMonth(&y, &m, 3 * step);
        r.value = DateSpan::isoYear(y) + QStringLiteral("-Q") + QString::number((m - 1) / 3 + 1);
        r.span = DateSpan::season(y, m);
        break;
    }
    case Unit::Decade: {
        const qint64 first = floorDiv(now.y, 10) * 10 + 10 * step;
        r.value = QString::number(first / 10);
        r.span = DateSpan::decade(first);
        break;
    }
    case Unit::Century: {
        const qint64 first = floorDiv(now.y, 100) * 100 + 100 * step;
        r.value = two(int(first / 100));
        r.span = DateSpan::century(first);
        break;
    }
    default: {
        const qint64 y = now.y + step;
        r.value = DateSpan::isoYear(y);
        r.span = DateSpan::year(y);
        break;
    }
    }
    r.span = applyMod(r.span, p.mod);
    if (p.phase < 0 && r.span.earliestDay() < *m_reference)
        r.span = DateSpan(r.span.earliestDay(), *m_reference, r.span.precision());
    else if (p.phase > 0 && r.span.latestDay() > *m_reference)
        r.span = DateSpan(*m_reference, r.span.latestDay(), r.span.precision());
    return r;
}

Resolved Resolver::weekend(const Parsed &p)
{
    Resolved r;
    r.relative = true;
    if (!m_reference) {
        r.value = QStringLiteral("XXXX-WXX-WE");
        return r;
    }
    const qint64 reference = *m_reference;
    const qint64 saturdayThisWeek = mondayOf(reference) + 5;
    // the last weekend that has begun by the reference day, and the next one
    const qint64 lastBegun = saturdayThisWeek <= reference ? saturdayThisWeek
                                                           : saturdayThisWeek - 7;
    const qint64 nextToCome = lastBegun + 1 >= reference ? lastBegun : lastBegun + 7;
    qint64 saturday = lastBegun;
    if (p.hasRelation && p.direction < 0) {
        saturday = lastBegun + 1 < reference ? lastBegun : lastBegun - 7;
    } else if (p.hasRelation && p.direction > 0) {
        saturday = lastBegun + 7;
    } else if (p.hasRelation) {
        saturday = saturdayThisWeek;
    } else {
        const Tense tense = tenseAt(p);
        saturday = tense == Tense::Future ? nextToCome : lastBegun;
    }
    r.value = weekValue(saturday) + QStringLiteral("-WE");
    r.span = DateSpan(saturday, saturday + 1, Precision::Day);
    return r;
}

Resolved Resolver::weekday(const Parsed &p)
{
    Resolved r;
    r.relative = true;
    r.type = p.timeSuffix.isEmpty() ? Type::Date : Type::Time;
    if (!m_reference) {
        r.value = QStringLiteral("XXXX-WXX-") + QString::number(p.weekday) + p.timeSuffix;
        return r;
    }
    const qint64 reference = *m_reference;
    const int today = DateSpan::dayOfWeek(reference);
    const int back = (today - p.weekday + 7) % 7; // days since the latest such weekday
    const int ahead = (p.weekday - today + 7) % 7;
    qint64 jd = reference - back;
    if (p.hasRelation && p.direction < 0) {
        jd = reference - (back == 0 ? 7 : back);
    } else if (p.hasRelation && p.direction > 0) {
        jd = reference + (ahead == 0 ? 7 : ahead);
    } else if (p.hasRelation) {
        jd = mondayOf(reference) + p.weekday - 1;
    } else {
        switch (tenseAt(p)) {
        case Tense::Future:
            jd = reference + (ahead == 0 ? 7 : ahead);
            break;
        case Tense::Present:
            jd = back <= ahead ? reference - back : reference + ahead;
            break;
        case Tense::Past:
        case Tense::Unknown:
            jd = reference - back;
            break;
        }
    }
    r.value = dayValue(jd) + p.timeSuffix;
    r.span = DateSpan::fromJulianDay(jd);
    return r;
}

Resolved Resolver::ago(const Parsed &p)
{
    Resolved r;
    r.relative = true;
    const bool whole = std::floor(p.amount) == p.amount;
    if (!m_reference || p.vague || !whole || p.unit == Unit::Minute || p.unit == Unit::Hour) {
        r.value = QStringLiteral("PAST_REF");
        return r;
    }
    const qint64 n = qint64(p.amount);
    const Ymd now = ref();
    switch (p.unit) {
    case Unit::Day: {
        const qint64 jd = *m_reference - n;
        r.value = dayValue(jd);
        r.span = DateSpan::fromJulianDay(jd);
        break;
    }
    case Unit::Week:
    case Unit::Fortnight: {
        const qint64 jd = *m_reference - (p.unit == Unit::Week ? 7 : 14) * n;
        r.value = weekValue(jd);
        r.span = weekSpan(jd);
        break;
    }
    case Unit::Month: {
        qint64 y = now.y;
        int m = now.m;
        shiftMonth(&y, &m, -n);
        r.value = monthValue(y, m);
        r.span = DateSpan::month(y, m);
        break;
    }
    default: {
        const qint64 years = p.unit == Unit::Decade    ? 10 * n
                             : p.unit == Unit::Century ? 100 * n
                                                       : n;
        r.value = DateSpan::isoYear(now.y - years);
        r.span = DateSpan::year(now.y - years);
        break;
    }
    }
    return r;
}

Resolved Resolver::anaphoric(const Parsed &p, int amount)
{
    Resolved r;
    r.relative = true;
    r.type = p.timeSuffix.isEmpty() ? Type::Date : Type::Time;
    const DateSpan anchor = *m_anchor;
    const bool hasAnchor = anchor.isValid();
    const Precision precision = anchor.precision();
    switch (p.unit) {
    case Unit::Day:
        if (hasAnchor && anchor.isPoint()) {
            const qint64 jd = anchor.earliestDay() + amount;
            r.value = dayValue(jd) + p.timeSuffix;
            r.span = DateSpan::fromJulianDay(jd);
            return r;
        }
        break;
    case Unit::Week:
    case Unit::Fortnight:
        if (hasAnchor && precision == Precision::Day) {
            const qint64 jd = anchor.earliestDay() + (p.unit == Unit::Week ? 7 : 14) * amount;
            r.value = weekValue(jd);
            r.span = weekSpan(jd);
            if (p.phase > 0 && anchor.latestDay() < r.span.latestDay())
                r.span = DateSpan(anchor.latestDay() + 1, r.span.latestDay(), Precision::Day);
            return r;
        }
        break;
    case Unit::Weekend:
        if (hasAnchor && precision == Precision::Day) {
            const qint64 saturday = mondayOf(anchor.earliestDay()) + 5 + 7 * amount;
            r.value = weekValue(saturday) + QStringLiteral("-WE");
            r.span = DateSpan(saturday, saturday + 1, Precision::Day);
            return r;
        }
        break;
    case Unit::Month:
        if (hasAnchor && (precision == Precision::Day || precision == Precision::Month)) {
            Ymd a = ymd(anchor.earliestDay());
            shiftMonth(&a.y, &a.m, amount);
            r.value = monthValue(a.y, a.m);
            r.span = DateSpan::month(a.y, a.m);
            if (amount == 0 && p.phase > 0 && anchor.latestDay() < r.span.latestDay())
                r.span = DateSpan(anchor.latestDay() + 1, r.span.latestDay(), Precision::Month);
            else if (amount == 0 && p.phase < 0 && anchor.earliestDay() > r.span.earliestDay())
                r.span = DateSpan(r.span.earliestDay(), anchor.earliestDay() - 1, Precision::Month);
            return r;
        }
        break;
    case Unit::Year:
    case Unit::Decade:
        if (hasAnchor && precision <= Precision::Year) {
            const qint64 y = ymd(anchor.earliestDay()).y
                             + amount * (p.unit == Unit::Decade ? 10 : 1);
            r.value = DateSpan::isoYear(y);
            r.span = DateSpan::year(y);
            if (amount == 0 && p.phase > 0 && anchor.latestDay() < r.span.latestDay())
                r.span = DateSpan(anchor.latestDay() + 1, r.span.latestDay(), Precision::Year);
            else if (amount == 0 && p.phase < 0 && anchor.earliestDay() > r.span.earliestDay())
                r.span = DateSpan(r.span.earliestDay(), anchor.earliestDay() - 1, Precision::Year);
            return r;
        }
        break;
    default:
        break;
    }
    r.value = unknownValue(p.unit) + p.timeSuffix;
    return r;
}

Resolved Resolver::duration(const Parsed &p)
{
    Resolved r;
    r.type = Type::Duration;
    r.value = setValue(p.unit, p.amount, p.vague);
    r.mod = p.timexMod;
    return r;
}

// "before 2015", "since 2001", "by March": a qualifier of the date, not part of it.
Qualifier signalBefore(QStringView s, qsizetype begin)
{
    qsizetype start = 0;
    const QString word = tokenBefore(s, begin, &start);
    if (word.isEmpty())
        return Qualifier::None;
    if (word == QLatin1String("before") || word == QLatin1String("by")
        || word == QLatin1String("until") || word == QLatin1String("till")
        || word == QLatin1String("pre"))
        return Qualifier::Before;
    if (word == QLatin1String("after") || word == QLatin1String("since"))
        return Qualifier::After;
    if (word == QLatin1String("to") || word == QLatin1String("than")) {
        const QString previous = tokenBefore(s, start);
        if (previous == QLatin1String("prior")
            || (word == QLatin1String("than") && previous == QLatin1String("later")))
            return Qualifier::Before;
        if (word == QLatin1String("than") && previous == QLatin1String("earlier"))
            return Qualifier::After;
    }
    return Qualifier::None;
}

} // namespace

TemporalTagger::TemporalTagger()
{
    rules(); // compile the rules and load the word lists up front
}

QList<TimeExpression> TemporalTagger::tag(const QString &text,
                                          std::optional<qint64> referenceDay) const
{
    return tag(text, m_splitter.split(text), referenceDay);
}

QList<TimeExpression> TemporalTagger::tag(const QString &text,
                                          const QList<TextSpan> &sentences,
                                          std::optional<qint64> referenceDay) const
{
    QList<TimeExpression> result;
    DateSpan anchor;
    const QStringView view(text);
    for (const TextSpan &sentence : sentences) {
        // A run-on "sentence" (a file without punctuation) is tagged in pieces
        // cut at white space, which keeps the work per piece bounded.
        constexpr qsizetype kMaxPiece = 2000;
        qsizetype begin = sentence.begin;
        while (begin < sentence.end) {
            qsizetype end = sentence.end;
            if (end - begin > kMaxPiece) {
                end = begin + kMaxPiece;
                while (end > begin + kMaxPiece / 2 && !view[end].isSpace())
                    --end;
            }
            result += tagSentence(view.mid(begin, end - begin), begin, referenceDay, &anchor);
            begin = end;
        }
    }
    return result;
}

QList<TimeExpression> TemporalTagger::tagSentence(QStringView sentence,
                                                  qsizetype offset,
                                                  std::optional<qint64> referenceDay,
                                                  DateSpan *anchor) const
{
    const unsigned families = TemporalLexicon::instance().families(sentence);
    if (families == 0)
        return {};

    // Pass 1: every rule whose keywords occur proposes candidates.
    QList<Parsed> candidates;
    const QList<Rule> &ruleList = rules();
    for (int i = 0; i < ruleList.size(); ++i) {
        const Rule &rule = ruleList[i];
        if ((rule.anyOf && !(families & rule.anyOf)) || (families & rule.allOf) != rule.allOf)
            continue;
        auto it = rule.re.globalMatch(sentence);
        while (it.hasNext()) {
            QRegularExpressionMatch main = it.next();
            QRegularExpressionMatch prefix;
            if (!rule.prefix.pattern().isEmpty()) {
                const qsizetype start = main.capturedStart();
                prefix = rule.prefix.match(sentence.left(start), std::max<qsizetype>(0, start - 64));
                if (rule.prefixRequired && !(prefix.hasMatch() && prefix.capturedLength() > 0))
                    continue;
            }
            const Match match(sentence, std::move(main), std::move(prefix));
            if (auto parsed = rule.interpret(match, sentence)) {
                parsed->rule = i;
                candidates.append(*parsed);
            }
        }
    }
    if (candidates.isEmpty())
        return {};

    // The longest candidate wins an overlap; on a tie the earlier rule.
    std::stable_sort(candidates.begin(), candidates.end(), [](const Parsed &a, const Parsed &b) {
        const qsizetype la = a.end - a.begin;
        const qsizetype lb = b.end - b.begin;
        if (la != lb)
            return la > lb;
        if (a.begin != b.begin)
            return a.begin < b.begin;
        return a.rule < b.rule;
    });
    QList<Parsed> chosen;
    for (const Parsed &candidate : std::as_const(candidates)) {
        const bool overlaps = std::any_of(chosen.cbegin(), chosen.cend(), [&](const Parsed &c) {
            return candidate.begin < c.end && c.begin < candidate.end;
        });
        if (!overlaps)
            chosen.append(candidate);
    }
    std::sort(chosen.begin(), chosen.end(), [](const Parsed &a, const Parsed &b) {
        return a.begin < b.begin;
    });

    // Pass 2: resolve in text order, so that anaphora see the dates before them.
    Resolver resolver(sentence, referenceDay, anchor, m_tenseDetector);
    QList<TimeExpression> result;
    QList<qsizetype> clocks;
    for (const Parsed &p : std::as_const(chosen)) {
        TimeExpression e;
        e.begin = p.begin;
        e.end = p.end;
        e.qualifier = p.qualifier;
        if (p.kind == Kind::Clock) {
            e.type = Type::Time;
            e.value = p.timeSuffix; // the date part comes below
            clocks.append(result.size());
            result.append(e);
            continue;
        }
        const auto resolved = resolver.resolve(p);
        if (!resolved)
            continue;
        e.type = resolved->type;
        e.value = resolved->value;
        e.span = resolved->span;
        e.relative = resolved->relative;
        e.mod = resolved->mod;
        if (e.type == Type::Duration && !p.timexMod.isEmpty())
            e.mod = p.timexMod;
        result.append(e);
        if ((e.type == Type::Date || e.type == Type::Time) && e.span.isValid()
            && e.span.precision() <= Precision::Year)
            *anchor = e.span;
    }

    // A clock time belongs to the nearest day named in its sentence, else to
    // the reference day.
    for (const qsizetype index : std::as_const(clocks)) {
        TimeExpression &e = result[index];
        const TimeExpression *nearest = nullptr;
        qsizetype best = std::numeric_limits<qsizetype>::max();
        for (const TimeExpression &other : std::as_const(result)) {
            if (&other == &e || !other.span.isPoint() || other.type == Type::Time)
                continue;
            const qsizetype distance = other.begin >= e.end ? other.begin - e.end
                                                            : e.begin - other.end;
            if (distance < best) {
                best = distance;
                nearest = &other;
            }
        }
        e.relative = true;
        if (nearest) {
            e.span = nearest->span;
            e.value = dayValue(nearest->span.earliestDay()) + e.value;
        } else if (referenceDay) {
            e.span = DateSpan::fromJulianDay(*referenceDay);
            e.value = dayValue(*referenceDay) + e.value;
        } else {
            e.value = QStringLiteral("XXXX-XX-XX") + e.value;
        }
    }

    // Approximators join the expression; prepositions qualify it. The
    // expressions are in text order here.
    for (qsizetype i = 0; i < result.size(); ++i) {
        TimeExpression &e = result[i];
        if (e.type != Type::Date && e.type != Type::Time)
            continue;
        qsizetype start = 0;
        const QString before = tokenBefore(sentence, e.begin, &start);
        if (approximators().contains(before) && (i == 0 || result[i - 1].end <= start)) {
            e.begin = start;
            e.qualifier = Qualifier::Approximate;
            if (e.mod.isEmpty())
                e.mod = QStringLiteral("APPROX");
        } else {
            const Qualifier q = signalBefore(sentence, e.begin);
            if (q != Qualifier::None)
                e.qualifier = q;
        }
        if (e.span.isValid())
            e.span.setQualifier(e.qualifier);
    }

    std::sort(result.begin(), result.end(), [](const TimeExpression &a, const TimeExpression &b) {
        return a.begin < b.begin;
    });
    for (TimeExpression &e : result) {
        e.text = sentence.mid(e.begin, e.end - e.begin).toString();
        e.begin += offset;
        e.end += offset;
    }
    return result;
}

} // namespace Faultline
