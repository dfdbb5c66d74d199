#pragma once

namespace Faultline {

// The mapping between time and horizontal pixels: a visible time window
// [from, to] (Julian day numbers with a fraction for the time of day; day N
// covers [N, N + 1)) laid over a width in pixels. A plain value type.
class TimeScale
{
public:
    static const double MinDay;  // 1 January 5000 BCE
    static const double MaxDay;  // 1 January 2201
    static const double MinSpan; // two hours
    static const double MaxSpan; // about 8000 years

    TimeScale() = default;
    TimeScale(double from, double to, double width);

    double from() const { return m_from; }
    double to() const { return m_to; }
    double span() const { return m_to - m_from; }
    double width() const { return m_width; }
    double daysPerPixel() const { return span() / m_width; }
    double pixelsPerDay() const { return m_width / span(); }

    double x(double day) const { return (day - m_from) * m_width / (m_to - m_from); }
    double day(double x) const { return m_from + x * (m_to - m_from) / m_width; }

    // The width may change (widget resized); the time window stays.
    void setWidth(double width);
    // Shows [from, to], clamped to the allowed span and range.
    void setRange(double from, double to);
    // factor > 1 zooms in; the time under anchorX stays under anchorX unless
    // clamping at the edge of the allowed range forbids it.
    void zoom(double factor, double anchorX);
    // Moves the content by dx pixels: dx > 0 moves it right, showing earlier times.
    void pan(double dx);

    bool isValid() const { return m_width > 0 && m_to > m_from; }

    friend bool operator==(const TimeScale &, const TimeScale &) = default;

private:
    void clamp();

    double m_from = 0;
    double m_to = 1;
    double m_width = 1;
};

} // namespace Faultline
