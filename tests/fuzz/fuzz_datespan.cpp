// Fuzz target: DateSpan::fromIso and the Julian-day calendar arithmetic.
#include "core/model/datespan.h"
#include "tests/fuzz/fuzzcheck.h"

#include <cstddef>
#include <cstdint>
#include <cstring>

using namespace Faultline;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const std::optional<DateSpan> span = DateSpan::fromIso(text)) {
        FUZZ_CHECK(span->isValid());
        FUZZ_CHECK(span->earliestDay() <= span->latestDay());
        span->toIso();
        span->endIso();
        span->toDisplayString();
        // What is written at the span's precision reads back as the same start;
        // for an interval "A/B" too, which takes the finer precision of its ends.
        const std::optional<DateSpan> again = DateSpan::fromIso(span->startIso());
        FUZZ_CHECK(again && again->earliestDay() == span->earliestDay());
        // Seasons are written as their first month, decades and centuries as
        // their first year.
        DateSpan::Precision written = span->precision();
        if (written == DateSpan::Precision::Season)
            written = DateSpan::Precision::Month;
        else if (written == DateSpan::Precision::Decade || written == DateSpan::Precision::Century)
            written = DateSpan::Precision::Year;
        FUZZ_CHECK(again->precision() == written);
        // The end reads back as the same last day, and the whole span as itself.
        const std::optional<DateSpan> end = DateSpan::fromIso(span->endIso());
        FUZZ_CHECK(end && end->latestDay() == span->latestDay());
        const std::optional<DateSpan> whole = DateSpan::fromIso(span->toIso());
        FUZZ_CHECK(whole && whole->earliestDay() == span->earliestDay()
                   && whole->latestDay() == span->latestDay());
        if (text.contains(u'/'))
            FUZZ_CHECK(*whole == *span);
    }
    DateSpan::precisionFromName(text);
    DateSpan::qualifierFromName(text);

    // Day numbers of years up to about +-30 million round-trip through the calendar.
    if (size >= sizeof(qint64)) {
        qint64 raw = 0;
        std::memcpy(&raw, data, sizeof raw);
        const qint64 jd = raw % (qint64(1) << 43);
        qint64 year = 0;
        int month = 0;
        int day = 0;
        DateSpan::toYearMonthDay(jd, &year, &month, &day);
        FUZZ_CHECK(month >= 1 && month <= 12);
        FUZZ_CHECK(day >= 1 && day <= DateSpan::daysInMonth(year, month));
        FUZZ_CHECK(DateSpan::julianDay(year, month, day) == jd);
        const int weekday = DateSpan::dayOfWeek(jd);
        FUZZ_CHECK(weekday >= 1 && weekday <= 7);
        const DateSpan point = DateSpan::fromJulianDay(jd);
        FUZZ_CHECK(point.isPoint() && point.earliestDay() == jd);
        point.toIso();
    }
    return 0;
}
