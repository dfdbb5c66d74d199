#include "core/query/timescale.h"

#include "core/model/datespan.h"

#include <algorithm>

namespace Faultline {

const double TimeScale::MinDay = double(DateSpan::julianDay(-4999, 1, 1));
const double TimeScale::MaxDay = double(DateSpan::julianDay(2201, 1, 1));
const double TimeScale::MinSpan = 2.0 / 24.0;
const double TimeScale::MaxSpan = 8000 * 365.2425;

TimeScale::TimeScale(double from, double to, double width, Direction direction)
    : m_width(width > 0 ? width : 1)
    , m_direction(direction)
{
    setRange(from, to);
}

TimeScale TimeScale::forward() const
{
    TimeScale scale = *this;
    scale.m_direction = Direction::LeftToRight;
    return scale;
}

void TimeScale::setWidth(double width)
{
    m_width = width > 0 ? width : 1;
}

void TimeScale::setRange(double from, double to)
{
    if (to < from)
        std::swap(from, to);
    m_from = from;
    m_to = to;
    clamp();
}

void TimeScale::zoom(double factor, double anchorX)
{
    if (!(factor > 0))
        return;
    const double anchor = day(anchorX);
    const double newSpan = std::clamp(span() / factor, MinSpan, std::min(MaxSpan, MaxDay - MinDay));
    // The anchor keeps its place: the same fraction of the span before it.
    const double fraction = (anchor - m_from) / span();
    m_from = anchor - fraction * newSpan;
    m_to = m_from + newSpan;
    clamp();
}

void TimeScale::pan(double dx)
{
    const double shift = daysForPixels(dx);
    m_from -= shift;
    m_to -= shift;
    clamp();
}

void TimeScale::clamp()
{
    double s = std::clamp(m_to - m_from, MinSpan, std::min(MaxSpan, MaxDay - MinDay));
    // Keep the centre when the span itself had to change.
    if (s != m_to - m_from) {
        const double centre = (m_from + m_to) / 2;
        m_from = centre - s / 2;
        m_to = centre + s / 2;
    }
    if (m_from < MinDay) {
        m_from = MinDay;
        m_to = MinDay + s;
    }
    if (m_to > MaxDay) {
        m_to = MaxDay;
        m_from = MaxDay - s;
    }
}

} // namespace Faultline
