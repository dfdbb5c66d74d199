#include "core/model/datespan.h"

#include "core/model/calendarformatter.h"

namespace Faultline {

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

qint64 floorTo(qint64 value, qint64 step)
{
    return floorDiv(value, step) * step;
}

} // namespace

DateSpan::DateSpan(qint64 earliestDay, qint64 latestDay, Precision precision, Qualifier qualifier)
    : m_earliest(earliestDay)
    , m_latest(std::max(earliestDay, latestDay))
    , m_precision(precision)
    , m_qualifier(qualifier)
    , m_valid(true)
{}

qint64 DateSpan::julianDay(qint64 year, int month, int day)
{
    // Fliegel & Van Flandern, with floor division so that it holds for any year.
    const qint64 a = (14 - month) / 12;
    const qint64 y = year + 4800 - a;
    const qint64 m = month + 12 * a - 3;
    return day + (153 * m + 2) / 5 + 365 * y + floorDiv(y, 4) - floorDiv(y, 100) + floorDiv(y, 400)
           - 32045;
}

void DateSpan::toYearMonthDay(qint64 jd, qint64 *year, int *month, int *day)
{
    const qint64 a = jd + 32044;
    const qint64 b = floorDiv(4 * a + 3, 146097);
    const qint64 c = a - floorDiv(146097 * b, 4);
    const qint64 d = floorDiv(4 * c + 3, 1461);
    const qint64 e = c - floorDiv(1461 * d, 4);
    const qint64 m = floorDiv(5 * e + 2, 153);
    if (day)
        *day = int(e - floorDiv(153 * m + 2, 5) + 1);
    if (month)
        *month = int(m + 3 - 12 * floorDiv(m, 10));
    if (year)
        *year = 100 * b + d - 4800 + floorDiv(m, 10);
}

bool DateSpan::isLeapYear(qint64 year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int DateSpan::daysInMonth(qint64 year, int month)
{
    static constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    return month == 2 && isLeapYear(year) ? 29 : lengths[month - 1];
}

bool DateSpan::isValidDate(qint64 year, int month, int day)
{
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

int DateSpan::dayOfWeek(qint64 jd)
{
    return int(floorDiv(jd, 7) * -7 + jd) + 1; // jd mod 7: 0 is Monday
}

DateSpan DateSpan::day(qint64 year, int month, int day)
{
    if (!isValidDate(year, month, day))
        return {};
    const qint64 jd = julianDay(year, month, day);
    return DateSpan(jd, jd, Precision::Day);
}

DateSpan DateSpan::fromJulianDay(qint64 jd)
{
    return DateSpan(jd, jd, Precision::Day);
}

DateSpan DateSpan::month(qint64 year, int month)
{
    if (month < 1 || month > 12)
        return {};
    return DateSpan(julianDay(year, month, 1),
                    julianDay(year, month, daysInMonth(year, month)),
                    Precision::Month);
}

DateSpan DateSpan::season(qint64 year, int firstMonth)
{
    if (firstMonth < 1 || firstMonth > 12)
        return {};
    qint64 lastYear = year;
    int lastMonth = firstMonth + 2;
    if (lastMonth > 12) {
        lastMonth -= 12;
        ++lastYear;
    }
    return DateSpan(julianDay(year, firstMonth, 1),
                    julianDay(lastYear, lastMonth, daysInMonth(lastYear, lastMonth)),
                    Precision::Season);
}

DateSpan DateSpan::year(qint64 year)
{
    return DateSpan(julianDay(year, 1, 1), julianDay(year, 12, 31), Precision::Year);
}

DateSpan DateSpan::decade(qint64 firstYear)
{
    const qint64 start = floorTo(firstYear, 10);
    return DateSpan(julianDay(start, 1, 1), julianDay(start + 9, 12, 31), Precision::Decade);
}

DateSpan DateSpan::century(qint64 firstYear)
{
    const qint64 start = floorTo(firstYear, 100);
    return DateSpan(julianDay(start, 1, 1), julianDay(start + 99, 12, 31), Precision::Century);
}

bool DateSpan::overlaps(const DateSpan &other) const
{
    return m_valid && other.m_valid && m_earliest <= other.m_latest && other.m_earliest <= m_latest;
}

bool operator<(const DateSpan &a, const DateSpan &b)
{
    if (a.m_valid != b.m_valid)
        return a.m_valid;
    if (a.m_earliest != b.m_earliest)
        return a.m_earliest < b.m_earliest;
    return a.m_latest < b.m_latest;
}

std::optional<DateSpan> DateSpan::fromIso(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;

    // An ISO interval "A/B": earliest of A to latest of B, at the finer precision
    // of its ends, so that both are written back as they were read
    // ("2021-02-20/2121" starts "2021-02-20", ends "2121-12-31"). A season's ends
    // are months, so an interval is at most of month precision.
    const qsizetype slash = text.indexOf(u'/');
    if (slash > 0) {
        const auto from = fromIso(text.left(slash));
        const auto to = fromIso(text.mid(slash + 1));
        if (!from || !to || to->m_latest < from->m_earliest)
            return std::nullopt;
        Precision precision = std::min(from->m_precision, to->m_precision);
        if (precision == Precision::Season)
            precision = Precision::Month;
        return DateSpan(from->m_earliest, to->m_latest, precision);
    }

    qsizetype pos = 0;
    bool negative = false;
    if (text.front() == u'-' || text.front() == u'+') {
        negative = text.front() == u'-';
        ++pos;
    }
    qsizetype digits = 0;
    while (pos + digits < text.size() && text[pos + digits].isDigit())
        ++digits;
    if (digits < 4 || digits > 9 || (digits > 4 && pos == 0))
        return std::nullopt;
    bool ok = false;
    qint64 year = text.mid(pos, digits).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    if (negative)
        year = -year;
    pos += digits;
    if (pos == text.size())
        return DateSpan::year(year);
    if (text[pos] != u'-' || pos + 1 >= text.size())
        return std::nullopt;
    const QStringView rest = text.mid(pos + 1);

    if (rest.size() == 2 && rest[0] == u'Q' && rest[1] >= u'1' && rest[1] <= u'4')
        return DateSpan::season(year, (rest[1].unicode() - u'1') * 3 + 1);
    static constexpr struct
    {
        const char16_t *code;
        int firstMonth;
        int yearOffset;
    } seasons[] = {{u"SP", 3, 0}, {u"SU", 6, 0}, {u"FA", 9, 0}, {u"WI", 12, -1}};
    for (const auto &season : seasons) {
        if (rest == QStringView(season.code))
            return DateSpan::season(year + season.yearOffset, season.firstMonth);
    }

    if (rest.size() != 2 && !(rest.size() == 5 && rest[2] == u'-'))
        return std::nullopt;
    const int month = rest.left(2).toInt(&ok);
    if (!ok || month < 1 || month > 12)
        return std::nullopt;
    if (rest.size() == 2)
        return DateSpan::month(year, month);
    const int day = rest.mid(3, 2).toInt(&ok);
    if (!ok || !isValidDate(year, month, day))
        return std::nullopt;
    return DateSpan::day(year, month, day);
}

QString DateSpan::isoYear(qint64 year)
{
    if (year >= 0 && year <= 9999)
        return QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
    return (year < 0 ? QStringLiteral("-") : QStringLiteral("+"))
           + QStringLiteral("%1").arg(std::abs(year), 4, 10, QLatin1Char('0'));
}

QString DateSpan::isoAtPrecision(qint64 jd) const
{
    qint64 y = 0;
    int m = 0;
    int d = 0;
    toYearMonthDay(jd, &y, &m, &d);
    switch (m_precision) {
    case Precision::Day:
        return QStringLiteral("%1-%2-%3")
            .arg(isoYear(y))
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(d, 2, 10, QLatin1Char('0'));
    case Precision::Month:
    case Precision::Season:
        return QStringLiteral("%1-%2").arg(isoYear(y)).arg(m, 2, 10, QLatin1Char('0'));
    case Precision::Year:
    case Precision::Decade:
    case Precision::Century:
        return isoYear(y);
    }
    return {};
}

QString DateSpan::startIso() const
{
    return m_valid ? isoAtPrecision(m_earliest) : QString();
}

QString DateSpan::endIso() const
{
    return m_valid ? isoAtPrecision(m_latest) : QString();
}

QString DateSpan::toIso() const
{
    if (!m_valid)
        return {};
    const QString start = startIso();
    const QString end = endIso();
    return start == end ? start : start + u'/' + end;
}

QString DateSpan::toDisplayString() const
{
    // In the calendar and locale the user chose (Gregorian by default).
    return CalendarFormatter().format(*this);
}

QString DateSpan::precisionName(Precision precision)
{
    switch (precision) {
    case Precision::Day:
        return QStringLiteral("day");
    case Precision::Month:
        return QStringLiteral("month");
    case Precision::Season:
        return QStringLiteral("season");
    case Precision::Year:
        return QStringLiteral("year");
    case Precision::Decade:
        return QStringLiteral("decade");
    case Precision::Century:
        return QStringLiteral("century");
    }
    return {};
}

std::optional<DateSpan::Precision> DateSpan::precisionFromName(QStringView name)
{
    for (auto p : {Precision::Day,
                   Precision::Month,
                   Precision::Season,
                   Precision::Year,
                   Precision::Decade,
                   Precision::Century}) {
        if (name == precisionName(p))
            return p;
    }
    return std::nullopt;
}

QString DateSpan::qualifierName(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::None:
        return {};
    case Qualifier::Approximate:
        return QStringLiteral("approximate");
    case Qualifier::Before:
        return QStringLiteral("before");
    case Qualifier::After:
        return QStringLiteral("after");
    }
    return {};
}

std::optional<DateSpan::Qualifier> DateSpan::qualifierFromName(QStringView name)
{
    for (auto q : {Qualifier::None, Qualifier::Approximate, Qualifier::Before, Qualifier::After}) {
        if (name == qualifierName(q))
            return q;
    }
    return std::nullopt;
}

} // namespace Faultline
