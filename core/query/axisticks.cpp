#include "core/query/axisticks.h"

#include "core/model/datespan.h"

#include <cmath>

namespace Faultline {

namespace {

constexpr int MaxTicks = 20000; // a guard; a sane step never comes close

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

int yearsPerStep(AxisTicks::Step step)
{
    switch (step.unit) {
    case AxisTicks::Unit::Year:
        return step.multiple;
    case AxisTicks::Unit::Decade:
        return 10 * step.multiple;
    case AxisTicks::Unit::Century:
        return 100 * step.multiple;
    case AxisTicks::Unit::Millennium:
        return 1000 * step.multiple;
    default:
        return 0;
    }
}

AxisTicks::Tick tickAtDay(const CalendarFormatter &calendar, qint64 jd, int hour = 0)
{
    AxisTicks::Tick tick;
    const CalendarFormatter::Date date = calendar.date(jd);
    tick.year = date.year;
    tick.month = date.month;
    tick.dayOfMonth = date.day;
    tick.hour = hour;
    tick.day = double(jd) + hour / 24.0;
    return tick;
}

} // namespace

double AxisTicks::Step::approximateDays() const
{
    switch (unit) {
    case Unit::Hour:
        return multiple / 24.0;
    case Unit::SixHours:
        return multiple * 0.25;
    case Unit::Day:
        return multiple;
    case Unit::Week:
        return 7.0 * multiple;
    case Unit::Month:
        return 30.436875 * multiple;
    case Unit::Quarter:
        return 91.310625 * multiple;
    default:
        return 365.2425 * yearsPerStep(*this);
    }
}

QList<AxisTicks::Step> AxisTicks::steps()
{
    return {{Unit::Hour, 1},
            {Unit::SixHours, 1},
            {Unit::Day, 1},
            {Unit::Week, 1},
            {Unit::Month, 1},
            {Unit::Quarter, 1},
            {Unit::Year, 1},
            {Unit::Year, 2},
            {Unit::Year, 5},
            {Unit::Decade, 1},
            {Unit::Decade, 2},
            {Unit::Decade, 5},
            {Unit::Century, 1},
            {Unit::Century, 2},
            {Unit::Century, 5},
            {Unit::Millennium, 1}};
}

AxisTicks::Step AxisTicks::chooseStep(const TimeScale &scale,
                                      const std::function<double(Unit)> &labelWidth)
{
    const QList<Step> all = steps();
    for (const Step &step : all) {
        if (step.approximateDays() * scale.pixelsPerDay() >= labelWidth(step.unit))
            return step;
    }
    return all.last();
}

AxisTicks::Step AxisTicks::majorStepFor(Step minor)
{
    switch (minor.unit) {
    case Unit::Hour:
    case Unit::SixHours:
        return {Unit::Day, 1};
    case Unit::Day:
    case Unit::Week:
        return {Unit::Month, 1};
    case Unit::Month:
    case Unit::Quarter:
        return {Unit::Year, 1};
    case Unit::Year:
        return {Unit::Decade, 1};
    case Unit::Decade:
        return {Unit::Century, 1};
    case Unit::Century:
    case Unit::Millennium:
        break;
    }
    return {Unit::Millennium, minor.unit == Unit::Millennium ? 5 : 1};
}

QList<AxisTicks::Tick> AxisTicks::ticks(Step step,
                                        double from,
                                        double to,
                                        CalendarFormatter::System system)
{
    QList<Tick> result;
    if (!(to > from))
        return result;
    const CalendarFormatter calendar(system, QLocale::c());
    auto tickAtDay = [&calendar](qint64 jd, int hour = 0) {
        return ::Faultline::tickAtDay(calendar, jd, hour);
    };
    const qint64 firstDay = qint64(std::floor(from));
    switch (step.unit) {
    case Unit::Hour:
    case Unit::SixHours: {
        const int hours = step.unit == Unit::Hour ? step.multiple : 6 * step.multiple;
        qint64 h = floorDiv(qint64(std::floor(from * 24)), hours) * hours;
        for (; double(h) / 24.0 <= to && result.size() < MaxTicks; h += hours)
            result.append(tickAtDay(floorDiv(h, 24), int(h - floorDiv(h, 24) * 24)));
        break;
    }
    case Unit::Day:
        for (qint64 d = firstDay; double(d) <= to && result.size() < MaxTicks; d += step.multiple)
            result.append(tickAtDay(d));
        break;
    case Unit::Week: {
        // ISO weeks start on Monday.
        qint64 d = firstDay - (DateSpan::dayOfWeek(firstDay) - 1);
        for (; double(d) <= to && result.size() < MaxTicks; d += 7 * step.multiple)
            result.append(tickAtDay(d));
        break;
    }
    case Unit::Month:
    case Unit::Quarter: {
        // Months of the calendar; quarters start at its months 1, 4, 7 and 10.
        const int months = (step.unit == Unit::Month ? 1 : 3) * step.multiple;
        const CalendarFormatter::Date first = calendar.date(firstDay);
        qint64 year = first.year;
        int month = int(floorDiv(first.month - 1, months) * months) + 1;
        while (result.size() < MaxTicks) {
            const qint64 d = calendar.julianDay(year, month, 1);
            if (double(d) > to)
                break;
            result.append(tickAtDay(d));
            month += months;
            if (month > calendar.monthsInYear(year)) {
                month -= calendar.monthsInYear(year);
                ++year;
            }
        }
        break;
    }
    case Unit::Year:
    case Unit::Decade:
    case Unit::Century:
    case Unit::Millennium: {
        const int years = yearsPerStep(step);
        const qint64 year = calendar.date(firstDay).year;
        for (qint64 y = floorDiv(year, years) * years; result.size() < MaxTicks; y += years) {
            const qint64 d = calendar.julianDay(y, 1, 1);
            if (double(d) > to)
                break;
            result.append(tickAtDay(d));
        }
        break;
    }
    }
    return result;
}

AxisTicks::AxisTicks(const TimeScale &scale,
                     const std::function<double(Unit)> &labelWidth,
                     CalendarFormatter::System calendar)
    : m_calendar(calendar)
    , m_minor(chooseStep(scale, labelWidth))
{
    build(scale);
}

AxisTicks::AxisTicks(const TimeScale &scale,
                     double minLabelSpacing,
                     CalendarFormatter::System calendar)
    : m_calendar(calendar)
    , m_minor(chooseStep(scale, [minLabelSpacing](Unit) { return minLabelSpacing; }))
{
    build(scale);
}

void AxisTicks::build(const TimeScale &scale)
{
    m_major = majorStepFor(m_minor);
    m_minorTicks = ticks(m_minor, scale.from(), scale.to(), m_calendar);
    // Drop the minor boundary before the visible start; majors keep theirs.
    while (!m_minorTicks.isEmpty() && m_minorTicks.first().day < scale.from())
        m_minorTicks.removeFirst();
    m_majorTicks = ticks(m_major, scale.from(), scale.to(), m_calendar);
}

} // namespace Faultline
