#include "core/ingest/datetextparser.h"

#include "core/model/datespan.h"

#include <QLocale>
#include <QRegularExpression>

namespace Faultline {

namespace {

const QString kMonth = QStringLiteral(
    "(january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?");

const QRegularExpression &isoPattern()
{
    static const QRegularExpression re(
        QStringLiteral("(?<![\\d])(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d])"));
    return re;
}

const QRegularExpression &monthFirstPattern()
{
    static const QRegularExpression
        re(QStringLiteral("\\b") + kMonth
               + QStringLiteral("\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?"),
           QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &dayFirstPattern()
{
    static const QRegularExpression re(QStringLiteral(
                                           "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?")
                                           + kMonth + QStringLiteral("(?:,?\\s+(\\d{4})\\b)?"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &numericDayFirstPattern()
{
    static const QRegularExpression re(
        QStringLiteral("(?<![\\d])(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?![\\d])"));
    return re;
}

const QRegularExpression &monthYearPattern()
{
    static const QRegularExpression re(QStringLiteral("\\b") + kMonth
                                           + QStringLiteral(",?\\s+(\\d{4})\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// What may surround a date on a "date line": weekdays, times, zones, words
// like "at" or "updated".
const QRegularExpression &dateLineNoise()
{
    static const QRegularExpression re(
        QStringLiteral(
            "\\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?"
            "\\b\\.?|\\b\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?|\\b\\d{1,2}\\s*[ap]\\."
            "?m\\.?"
            "|\\b(?:gmt|utc|bst|cet|cest|eet|eest|est|edt|cst|cdt|pst|pdt|ist|pkt|ast|eat|msk|et|"
            "pt|local time|at|on|updated|published|posted|last|first)\\b"
            "|[+-]\\d{2}:?\\d{2}\\b|[\\s,|·•/()\\-–—:.]"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

std::optional<qint64> yearOf(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 year = text.toLongLong(&ok);
    if (!ok || year < 1000 || year > 9999)
        return std::nullopt;
    return year;
}

bool plausible(const PartialDate &date)
{
    if (date.month < 1 || date.month > 12)
        return false;
    if (date.day == 0)
        return true;
    if (date.year)
        return DateSpan::isValidDate(*date.year, date.month, date.day);
    // Without a year, allow 29 February.
    return DateSpan::isValidDate(2000, date.month, date.day);
}

} // namespace

int DateTextParser::monthFromName(QStringView name)
{
    QString n = name.toString().toLower();
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    if (n == QLatin1String("sept"))
        return 9;
    const QLocale c = QLocale::c();
    for (int m = 1; m <= 12; ++m) {
        const QString full = c.monthName(m, QLocale::LongFormat).toLower();
        if (n == full || (n.size() == 3 && full.startsWith(n)))
            return m;
    }
    return 0;
}

std::optional<PartialDate> DateTextParser::find(QStringView text,
                                                qsizetype *matchBegin,
                                                qsizetype *matchEnd)
{
    struct Candidate
    {
        PartialDate date;
        qsizetype begin = -1;
        qsizetype end = -1;
    };
    std::optional<Candidate> best;
    auto consider = [&best](const PartialDate &date, const QRegularExpressionMatch &m) {
        if (!plausible(date))
            return;
        if (!best || m.capturedStart(0) < best->begin
            || (m.capturedStart(0) == best->begin && m.capturedEnd(0) > best->end))
            best = Candidate{date, m.capturedStart(0), m.capturedEnd(0)};
    };

    for (auto it = isoPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        consider({yearOf(m.capturedView(1)), m.capturedView(2).toInt(), m.capturedView(3).toInt()},
                 m);
        break;
    }
    for (auto it = monthFirstPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        PartialDate d{yearOf(m.capturedView(3)),
                      monthFromName(m.capturedView(1)),
                      m.capturedView(2).toInt()};
        if (plausible(d)) {
            consider(d, m);
            break;
        }
    }
    for (auto it = dayFirstPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        PartialDate d{yearOf(m.capturedView(3)),
                      monthFromName(m.capturedView(2)),
                      m.capturedView(1).toInt()};
        if (plausible(d)) {
            consider(d, m);
            break;
        }
    }
    for (auto it = numericDayFirstPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int a = m.capturedView(1).toInt();
        const int b = m.capturedView(2).toInt();
        // Only unambiguous: 25/12/2020 or 12/25/2020.
        if (a > 12 && b <= 12)
            consider({yearOf(m.capturedView(3)), b, a}, m);
        else if (b > 12 && a <= 12)
            consider({yearOf(m.capturedView(3)), a, b}, m);
        else if (a == b)
            consider({yearOf(m.capturedView(3)), a, b}, m);
    }
    if (!best) {
        const QRegularExpressionMatch m = monthYearPattern().match(text);
        if (m.hasMatch())
            consider({yearOf(m.capturedView(2)), monthFromName(m.capturedView(1)), 0}, m);
    }
    if (!best)
        return std::nullopt;
    if (matchBegin)
        *matchBegin = best->begin;
    if (matchEnd)
        *matchEnd = best->end;
    return best->date;
}

std::optional<PartialDate> DateTextParser::parseWhole(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = 0;
    const std::optional<PartialDate> date = find(text, &begin, &end);
    if (!date)
        return std::nullopt;
    // ISO date-times: "T10:00:00Z" after the date.
    static const QRegularExpression isoTime(
        QStringLiteral("^T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?"));
    QString rest = text.left(begin).toString() + QLatin1Char(' ')
                   + text.mid(end).toString().remove(isoTime);
    rest.remove(dateLineNoise());
    if (!rest.isEmpty())
        return std::nullopt;
    return date;
}

std::optional<qint64> DateTextParser::julianDay(const PartialDate &date)
{
    if (!date.isComplete() || !DateSpan::isValidDate(*date.year, date.month, date.day))
        return std::nullopt;
    return DateSpan::julianDay(*date.year, date.month, date.day);
}

} // namespace Faultline
