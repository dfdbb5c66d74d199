#pragma once

#include "core/ingest/partialdate.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace Faultline {

// Reads the calendar dates that pages and datelines write: ISO 8601
// ("2020-09-14T10:00:00+04:30"), "September 14, 2020", "Sept. 14",
// "14 September 2020", "Mon 14 Sep 2020 10:32 GMT", "2020/09/14".
class DateTextParser
{
public:
    // The first date in text, or nullopt. Numeric day/month orders other than
    // year first are read only when unambiguous (a day above 12).
    static std::optional<PartialDate> find(QStringView text,
                                           qsizetype *matchBegin = nullptr,
                                           qsizetype *matchEnd = nullptr);
    // Like find(), but the text must hold nothing else than the date and
    // clock-time, weekday, time-zone and separator words around it.
    static std::optional<PartialDate> parseWhole(QStringView text);
    // 1..12 for an English month name or abbreviation ("Sept", "sep."), else 0.
    static int monthFromName(QStringView name);
    // A valid Julian day, or nullopt when incomplete or not a real date.
    static std::optional<qint64> julianDay(const PartialDate &date);
};

} // namespace Faultline
