#pragma once

#include <QtGlobal>

#include <optional>

namespace Faultline {

// A calendar date as far as a text states it: a day and month may come
// without a year ("Sept. 14"), never the other way round.
struct PartialDate
{
    std::optional<qint64> year;
    int month = 0; // 0 when not stated
    int day = 0;   // 0 when not stated

    bool isComplete() const { return year.has_value() && month > 0 && day > 0; }
    friend bool operator==(const PartialDate &a, const PartialDate &b) = default;
};

} // namespace Faultline
