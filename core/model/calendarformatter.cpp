#include "core/model/calendarformatter.h"

#include <QDate>

#include <atomic>

namespace Faultline {

namespace {

std::atomic<int> defaultCalendar{int(CalendarFormatter::System::Gregorian)};

QCalendar calendarFor(CalendarFormatter::System system)
{
    switch (system) {
    case CalendarFormatter::System::Gregorian:
        return QCalendar(QCalendar::System::Gregorian);
    case CalendarFormatter::System::SolarHijri:
        return QCalendar(QCalendar::System::Jalali);
    case CalendarFormatter::System::IslamicCivil:
        return QCalendar(QCalendar::System::IslamicCivil);
    }
    return QCalendar(QCalendar::System::Gregorian);
}

} // namespace

CalendarFormatter::CalendarFormatter()
    : CalendarFormatter(defaultSystem(), QLocale())
{}

CalendarFormatter::CalendarFormatter(System system, const QLocale &locale)
    : m_system(system)
    , m_locale(locale)
    , m_calendar(calendarFor(system))
{
    // Years are never grouped: "2020", not "2,020".
    m_locale.setNumberOptions(m_locale.numberOptions() | QLocale::OmitGroupSeparator);
}

CalendarFormatter::System CalendarFormatter::defaultSystem()
{
    return System(defaultCalendar.load());
}

void CalendarFormatter::setDefaultSystem(System system)
{
    defaultCalendar.store(int(system));
}

QList<CalendarFormatter::System> CalendarFormatter::systems()
{
    return {System::Gregorian, System::SolarHijri, System::IslamicCivil};
}

QString CalendarFormatter::systemKey(System system)
{
    switch (system) {
    case System::Gregorian:
        return QStringLiteral("gregorian");
    case System::SolarHijri:
        return QStringLiteral("solar-hijri");
    case System::IslamicCivil:
        return QStringLiteral("islamic-civil");
    }
    return QStringLiteral("gregorian");
}

std::optional<CalendarFormatter::System> CalendarFormatter::systemFromKey(QStringView key)
{
    for (System system : systems()) {
        if (key == systemKey(system))
            return system;
    }
    return std::nullopt;
}

QString CalendarFormatter::systemName(System system)
{
    switch (system) {
    case System::Gregorian:
        return tr("Gregorian");
    case System::SolarHijri:
        return tr("Solar Hijri (Persian)");
    case System::IslamicCivil:
        return tr("Islamic (civil)");
    }
    return {};
}

CalendarFormatter::Date CalendarFormatter::date(qint64 julianDay) const
{
    Date result;
    if (m_system == System::Gregorian) {
        DateSpan::toYearMonthDay(julianDay, &result.year, &result.month, &result.day);
        return result;
    }
    const QCalendar::YearMonthDay parts = m_calendar.partsFromDate(QDate::fromJulianDay(julianDay));
    if (!parts.isValid())
        return result;
    result.year = parts.year;
    if (!m_calendar.hasYearZero() && parts.year < 0)
        result.year = parts.year + 1;
    result.month = parts.month;
    result.day = parts.day;
    return result;
}

int CalendarFormatter::monthsInYear(qint64 year) const
{
    if (m_system == System::Gregorian)
        return 12;
    const qint64 y = !m_calendar.hasYearZero() && year <= 0 ? year - 1 : year;
    return std::max(1, m_calendar.monthsInYear(int(y)));
}

qint64 CalendarFormatter::julianDay(qint64 year, int month, int day) const
{
    while (month > monthsInYear(year)) {
        month -= monthsInYear(year);
        ++year;
    }
    while (month < 1) {
        --year;
        month += monthsInYear(year);
    }
    if (m_system == System::Gregorian)
        return DateSpan::julianDay(year, month, day);
    const qint64 y = !m_calendar.hasYearZero() && year <= 0 ? year - 1 : year;
    return m_calendar.dateFromParts(int(y), month, day).toJulianDay();
}

QString CalendarFormatter::monthName(int month, qint64 year, QLocale::FormatType format) const
{
    return m_calendar.monthName(m_locale, month, int(year), format);
}

QString CalendarFormatter::standaloneMonthName(int month,
                                               qint64 year,
                                               QLocale::FormatType format) const
{
    return m_calendar.standaloneMonthName(m_locale, month, int(year), format);
}

QString CalendarFormatter::number(qint64 value) const
{
    return m_locale.toString(value);
}

QString CalendarFormatter::yearText(qint64 year) const
{
    if (year >= 1)
        return number(year);
    if (m_system == System::Gregorian)
        return tr("%1 BCE").arg(number(1 - year));
    return tr("%1 BH", "a year before the Hijra").arg(number(1 - year));
}

QString CalendarFormatter::dayText(qint64 julianDay) const
{
    const Date d = date(julianDay);
    if (d.year >= 1 && d.year <= 9999)
        return m_locale.toString(QDate::fromJulianDay(julianDay), QLocale::LongFormat, m_calendar);
    return tr("%1 %2 %3", "day month year")
        .arg(number(d.day), monthName(d.month, d.year), yearText(d.year));
}

QString CalendarFormatter::monthYearText(const Date &date) const
{
    return tr("%1 %2", "month year")
        .arg(standaloneMonthName(date.month, date.year), yearText(date.year));
}

QString CalendarFormatter::format(const DateSpan &span) const
{
    if (!span.isValid())
        return tr("unresolved");
    const QString text = m_system == System::Gregorian ? gregorianText(span) : convertedText(span);
    switch (span.qualifier()) {
    case DateSpan::Qualifier::None:
        return text;
    case DateSpan::Qualifier::Approximate:
        return tr("about %1").arg(text);
    case DateSpan::Qualifier::Before:
        return tr("before %1").arg(text);
    case DateSpan::Qualifier::After:
        return tr("after %1").arg(text);
    }
    return text;
}

QString CalendarFormatter::compactText(const DateSpan &span) const
{
    if (span.isValid() && span.isPoint() && span.qualifier() == DateSpan::Qualifier::None) {
        const Date d = date(span.earliestDay());
        if (d.year >= 1 && d.year <= 9999)
            return m_locale.toString(QDate::fromJulianDay(span.earliestDay()),
                                     QLocale::ShortFormat,
                                     m_calendar);
    }
    return format(span);
}

QString CalendarFormatter::gregorianText(const DateSpan &span) const
{
    const Date first = date(span.earliestDay());
    switch (span.precision()) {
    case DateSpan::Precision::Day:
        if (span.isPoint())
            return dayText(span.earliestDay());
        return tr("%1 to %2").arg(dayText(span.earliestDay()), dayText(span.latestDay()));
    case DateSpan::Precision::Month:
        return monthYearText(first);
    case DateSpan::Precision::Season: {
        const Date last = date(span.latestDay());
        return tr("%1 to %2", "month range")
            .arg(standaloneMonthName(first.month, first.year, QLocale::ShortFormat) + u' '
                     + yearText(first.year),
                 standaloneMonthName(last.month, last.year, QLocale::ShortFormat) + u' '
                     + yearText(last.year));
    }
    case DateSpan::Precision::Year:
        return yearText(first.year);
    case DateSpan::Precision::Decade:
        return first.year >= 0 ? tr("the %1s").arg(number(first.year))
                               : tr("the decade from %1").arg(yearText(first.year));
    case DateSpan::Precision::Century:
        return first.year >= 0 ? tr("the %1s", "century").arg(number(first.year))
                               : tr("the century from %1").arg(yearText(first.year));
    }
    return {};
}

// A Gregorian month or year rarely matches one of another calendar: name the
// months or years of that calendar that the span touches.
QString CalendarFormatter::convertedText(const DateSpan &span) const
{
    const Date first = date(span.earliestDay());
    const Date last = date(span.latestDay());
    switch (span.precision()) {
    case DateSpan::Precision::Day:
        if (span.isPoint())
            return dayText(span.earliestDay());
        return tr("%1 to %2").arg(dayText(span.earliestDay()), dayText(span.latestDay()));
    case DateSpan::Precision::Month:
    case DateSpan::Precision::Season:
        if (first.year == last.year && first.month == last.month)
            return monthYearText(first);
        if (first.year == last.year)
            return tr("%1 – %2 %3", "two months of one year")
                .arg(standaloneMonthName(first.month, first.year),
                     standaloneMonthName(last.month, last.year),
                     yearText(first.year));
        return tr("%1 to %2", "month range").arg(monthYearText(first), monthYearText(last));
    case DateSpan::Precision::Year:
    case DateSpan::Precision::Decade:
    case DateSpan::Precision::Century:
        if (first.year == last.year)
            return yearText(first.year);
        return tr("%1–%2", "year range").arg(yearText(first.year), yearText(last.year));
    }
    return {};
}

} // namespace Faultline
