#pragma once

#include "core/model/calendarformatter.h"
#include "core/query/timescale.h"

#include <QList>

#include <functional>

namespace Faultline {

// Calendar ticks for a time axis: picks the finest calendar unit whose labels
// do not overlap at the current scale and lists the ticks at calendar boundaries
// (months and years of the chosen calendar system; Gregorian by default).
class AxisTicks
{
public:
    enum class Unit {
        Hour,
        SixHours,
        Day,
        Week,
        Month,
        Quarter,
        Year,
        Decade,
        Century,
        Millennium
    };

    // A unit and how many of it one step covers (years, decades and centuries
    // step by 1, 2 or 5).
    struct Step
    {
        Unit unit = Unit::Year;
        int multiple = 1;

        double approximateDays() const;
        friend bool operator==(const Step &, const Step &) = default;
    };

    // One tick; the label key is the calendar position, formatted by the UI.
    struct Tick
    {
        double day = 0;  // Julian day of the boundary
        qint64 year = 0; // in the ticks' calendar, astronomical (0 is 1 BCE in Gregorian)
        int month = 1;
        int dayOfMonth = 1;
        int hour = 0;
    };

    // labelWidth(unit) is the width in pixels a label of that unit needs
    // including its padding; the finest step whose spacing fits it wins.
    AxisTicks(const TimeScale &scale,
              const std::function<double(Unit)> &labelWidth,
              CalendarFormatter::System calendar = CalendarFormatter::System::Gregorian);
    AxisTicks(const TimeScale &scale,
              double minLabelSpacing,
              CalendarFormatter::System calendar = CalendarFormatter::System::Gregorian);

    Step minorStep() const { return m_minor; }
    Step majorStep() const { return m_major; }
    // Boundaries of the minor step within the visible range.
    const QList<Tick> &minorTicks() const { return m_minorTicks; }
    // Boundaries of the major step; the first is at or before the visible
    // start, so the UI can keep its label at the left edge.
    const QList<Tick> &majorTicks() const { return m_majorTicks; }

    static QList<Step> steps(); // finest first
    static Step chooseStep(const TimeScale &scale, const std::function<double(Unit)> &labelWidth);
    static Step majorStepFor(Step minor);
    // Ticks of a step from the boundary at or before `from` up to `to`.
    static QList<Tick> ticks(
        Step step,
        double from,
        double to,
        CalendarFormatter::System calendar = CalendarFormatter::System::Gregorian);
    CalendarFormatter::System calendar() const { return m_calendar; }

private:
    void build(const TimeScale &scale);

    CalendarFormatter::System m_calendar = CalendarFormatter::System::Gregorian;
    Step m_minor;
    Step m_major;
    QList<Tick> m_minorTicks;
    QList<Tick> m_majorTicks;
};

} // namespace Faultline
