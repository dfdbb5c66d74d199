#include "ui/undo/moveeventcommand.h"

#include "core/store/eventrepository.h"

#include <algorithm>

#include <cmath>

namespace Faultline {

namespace {

constexpr double DaysPerMonth = 365.2425 / 12;

int monthsPerUnit(DateSpan::Precision precision)
{
    switch (precision) {
    case DateSpan::Precision::Day:
        return 0;
    case DateSpan::Precision::Month:
        return 1;
    case DateSpan::Precision::Season:
        return 3;
    case DateSpan::Precision::Year:
        return 12;
    case DateSpan::Precision::Decade:
        return 120;
    case DateSpan::Precision::Century:
        return 1200;
    }
    return 0;
}

// The day moved by whole months; the last day of a month stays the last day.
qint64 addMonths(qint64 jd, qint64 months)
{
    qint64 year = 0;
    int month = 0;
    int day = 0;
    DateSpan::toYearMonthDay(jd, &year, &month, &day);
    const bool lastDay = day == DateSpan::daysInMonth(year, month);
    qint64 index = year * 12 + (month - 1) + months;
    const qint64 newYear = index >= 0 ? index / 12 : -((-index + 11) / 12);
    const int newMonth = int(index - newYear * 12) + 1;
    const int length = DateSpan::daysInMonth(newYear, newMonth);
    const int newDay = lastDay ? length : std::min(day, length);
    return DateSpan::julianDay(newYear, newMonth, newDay);
}

} // namespace

MoveEventCommand::MoveEventCommand(qint64 eventId, const QString &title, double dayDelta)
    : WorkspaceCommand(tr("Move “%1”").arg(title))
    , m_eventId(eventId)
    , m_dayDelta(dayDelta)
{}

DateSpan MoveEventCommand::shifted(const DateSpan &date, double dayDelta)
{
    if (!date.isValid())
        return date;
    const int unit = monthsPerUnit(date.precision());
    if (unit == 0) {
        const qint64 days = qint64(std::llround(dayDelta));
        return DateSpan(date.earliestDay() + days,
                        date.latestDay() + days,
                        date.precision(),
                        date.qualifier());
    }
    const qint64 months = qint64(std::llround(dayDelta / (DaysPerMonth * unit))) * unit;
    return DateSpan(addMonths(date.earliestDay(), months),
                    addMonths(date.latestDay(), months),
                    date.precision(),
                    date.qualifier());
}

bool MoveEventCommand::apply(Workspace &workspace, QString *error)
{
    EventRepository events(workspace);
    const std::optional<Event> event = events.find(m_eventId);
    if (!event) {
        if (error)
            *error = tr("There is no event with the id %1.").arg(m_eventId);
        return false;
    }
    if (!event->date.isValid()) {
        if (error)
            *error = tr("An event without a resolved date cannot be moved; edit its date instead.");
        return false;
    }
    m_newDate = shifted(event->date, m_dayDelta);
    if (m_newDate == event->date)
        return true; // less than one unit of its precision: stays
    return events.setDate(m_eventId, m_newDate, error);
}

} // namespace Faultline
