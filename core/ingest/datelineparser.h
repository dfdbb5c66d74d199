#pragma once

#include "core/ingest/dateline.h"

#include <QStringView>

#include <optional>

namespace Faultline {

// Recognises a news dateline at the start of a paragraph: "KABUL, Sept. 14
// (Reuters) -", "GENEVA (AP) —", "Sanaa, 3 March 2021 (AFP) -",
// "BOGOTÁ, Colombia —", "(CNN) —". The dateline may be the whole paragraph.
class DatelineParser
{
public:
    static std::optional<Dateline> parse(QStringView paragraph);
};

} // namespace Faultline
