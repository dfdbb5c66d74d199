#pragma once

#include "core/model/datespan.h"

#include <QByteArrayView>

#include <optional>

namespace Faultline {

// Dates as datasets write them, parsed from UTF-8 bytes without allocating:
// ISO (2020-09-14, 2020-09, 2020, with a time after it), compact 20200914,
// 2020/09/14, day-first numeric (14/09/2020, 14.09.2020), and English month
// names (14 September 2020, 14-Sep-2020, September 14, 2020, September 2020).
class DataDates
{
public:
    enum class Order { DayFirst, MonthFirst };

    // The span at the precision written; nullopt when it is no date.
    static std::optional<DateSpan> parse(QByteArrayView text, Order order = Order::DayFirst);
    // 1..12 for an English month name or its three-letter abbreviation, else 0.
    static int monthFromName(QByteArrayView word);
};

} // namespace Faultline
