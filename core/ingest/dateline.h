#pragma once

#include <QString>

#include <optional>

namespace Faultline {

// A news dateline such as "KABUL, Sept. 14 (Reuters) -": place, agency and
// the date as far as it is written (month and day without a year are kept
// as such; the year is never guessed).
struct Dateline
{
    QString place;              // "KABUL", "Sanaa", "BOGOTA, Colombia"
    QString outlet;             // "Reuters", "AP"; empty when not given
    std::optional<qint64> year; // only when the dateline writes it
    int month = 0;              // 1..12, 0 when not given
    int day = 0;                // 1..31, 0 when not given
    qsizetype length = 0;       // UTF-16 units the dateline takes in its paragraph

    friend bool operator==(const Dateline &a, const Dateline &b) = default;
};

} // namespace Faultline
