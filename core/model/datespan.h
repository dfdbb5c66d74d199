#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace Faultline {

// A possibly imprecise date: the earliest and latest possible day as Julian day
// numbers (proleptic Gregorian, astronomical years: year 0 is 1 BCE), with a
// precision and a qualifier. An invalid DateSpan is an unresolved date.
class DateSpan
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::DateSpan)

public:
    enum class Precision { Day, Month, Season, Year, Decade, Century };
    enum class Qualifier { None, Approximate, Before, After };

    DateSpan() = default;
    DateSpan(qint64 earliestDay,
             qint64 latestDay,
             Precision precision,
             Qualifier qualifier = Qualifier::None);

    static DateSpan day(qint64 year, int month, int day);
    static DateSpan month(qint64 year, int month);
    // Months firstMonth..firstMonth+2 (a quarter, or a meteorological season;
    // winter starts in December of the year before).
    static DateSpan season(qint64 year, int firstMonth);
    static DateSpan year(qint64 year);
    static DateSpan decade(qint64 firstYear);
    static DateSpan century(qint64 firstYear);
    static DateSpan fromJulianDay(qint64 jd);

    // Accepts YYYY, YYYY-MM, YYYY-MM-DD, with an optional sign for years
    // outside 0..9999 ("-0500" is 501 BCE), and YYYY-Qn / YYYY-SP|SU|FA|WI.
    static std::optional<DateSpan> fromIso(QStringView text);
    // Start and end of a span as written in ISO at this span's precision
    // ("2015", "2015-02", "2015-02-14"), as used in exports.
    QString startIso() const;
    QString endIso() const;
    // The whole span in one ISO string: "2015", "2020-02", or "2015/2016".
    QString toIso() const;
    // A short human description in the user's locale and calendar, e.g. "February 2020"
    // (CalendarFormatter with the default calendar).
    QString toDisplayString() const;

    bool isValid() const { return m_valid; }
    qint64 earliestDay() const { return m_earliest; }
    qint64 latestDay() const { return m_latest; }
    qint64 lengthInDays() const { return m_valid ? m_latest - m_earliest + 1 : 0; }
    Precision precision() const { return m_precision; }
    Qualifier qualifier() const { return m_qualifier; }
    void setQualifier(Qualifier qualifier) { m_qualifier = qualifier; }
    bool isPoint() const { return m_valid && m_earliest == m_latest; }

    bool contains(qint64 jd) const { return m_valid && jd >= m_earliest && jd <= m_latest; }
    bool overlaps(const DateSpan &other) const;

    static QString precisionName(Precision precision); // "day", "month", ... (data keys)
    static std::optional<Precision> precisionFromName(QStringView name);
    static QString qualifierName(Qualifier qualifier); // "", "approximate", "before", "after"
    static std::optional<Qualifier> qualifierFromName(QStringView name);

    // Calendar arithmetic on Julian day numbers; all pure and time-zone free.
    static qint64 julianDay(qint64 year, int month, int day);
    static void toYearMonthDay(qint64 jd, qint64 *year, int *month, int *day);
    static bool isLeapYear(qint64 year);
    static int daysInMonth(qint64 year, int month);
    static bool isValidDate(qint64 year, int month, int day);
    static int dayOfWeek(qint64 jd); // 1 = Monday ... 7 = Sunday
    static QString isoYear(qint64 year);

    friend bool operator==(const DateSpan &a, const DateSpan &b) = default;
    // Sorting: earliest day first, then the shorter span, unresolved last.
    friend bool operator<(const DateSpan &a, const DateSpan &b);

private:
    QString isoAtPrecision(qint64 jd) const;

    qint64 m_earliest = 0;
    qint64 m_latest = 0;
    Precision m_precision = Precision::Day;
    Qualifier m_qualifier = Qualifier::None;
    bool m_valid = false;
};

} // namespace Faultline
