#pragma once

namespace Faultline {

// The mapping between time and horizontal pixels: a visible time window
// [from, to] (Julian day numbers with a fraction for the time of day; day N
// covers [N, N + 1)) laid over a width in pixels, time running left to right
// (from at x = 0) or right to left (from at x = width). A plain value type.
class TimeScale
{
public:
    // Which way time runs across the width: earlier times on the left (the
    // default, also under right-to-left layouts) or on the right.
    enum class Direction { LeftToRight, RightToLeft };

    static const double MinDay;  // 1 January 5000 BCE
    static const double MaxDay;  // 1 January 2201
    static const double MinSpan; // two hours
    static const double MaxSpan; // about 8000 years

    TimeScale() = default;
    TimeScale(double from, double to, double width, Direction direction = Direction::LeftToRight);

    double from() const { return m_from; }
    double to() const { return m_to; }
    double span() const { return m_to - m_from; }
    double width() const { return m_width; }
    double daysPerPixel() const { return span() / m_width; }
    double pixelsPerDay() const { return m_width / span(); }

    Direction direction() const { return m_direction; }
    void setDirection(Direction direction) { m_direction = direction; }
    bool isRightToLeft() const { return m_direction == Direction::RightToLeft; }
    // The same window with time running left to right: x measured from the
    // side where time starts (the offset of a day along the time direction).
    TimeScale forward() const;

    // The only place where the direction turns into pixels: x from the left.
    double x(double day) const
    {
        const double offset = (day - m_from) * m_width / (m_to - m_from);
        return isRightToLeft() ? m_width - offset : offset;
    }
    double day(double x) const
    {
        const double offset = isRightToLeft() ? m_width - x : x;
        return m_from + offset * (m_to - m_from) / m_width;
    }
    // Days that dx pixels to the right add to a date (negative for right to left).
    double daysForPixels(double dx) const { return (isRightToLeft() ? -dx : dx) * daysPerPixel(); }

    // The width may change (widget resized); the time window stays.
    void setWidth(double width);
    // Shows [from, to], clamped to the allowed span and range.
    void setRange(double from, double to);
    // factor > 1 zooms in; the time under anchorX stays under anchorX unless
    // clamping at the edge of the allowed range forbids it.
    void zoom(double factor, double anchorX);
    // Moves the content by dx pixels: dx > 0 moves it right, showing earlier
    // times when time runs left to right and later ones when it runs right to left.
    void pan(double dx);

    bool isValid() const { return m_width > 0 && m_to > m_from; }

    friend bool operator==(const TimeScale &, const TimeScale &) = default;

private:
    void clamp();

    double m_from = 0;
    double m_to = 1;
    double m_width = 1;
    Direction m_direction = Direction::LeftToRight;
};

} // namespace Faultline
