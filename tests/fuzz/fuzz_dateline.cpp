// Fuzz target: the first paragraph of an article -> DatelineParser and DateTextParser.
#include "core/ingest/datelineparser.h"
#include "core/ingest/datetextparser.h"
#include "core/model/datespan.h"
#include "tests/fuzz/fuzzcheck.h"

#include <cstddef>
#include <cstdint>

using namespace Faultline;

namespace {

void checkDate(const PartialDate &date)
{
    FUZZ_CHECK(date.month >= 0 && date.month <= 12);
    FUZZ_CHECK(date.day >= 0 && date.day <= 31);
    if (DateTextParser::julianDay(date)) {
        FUZZ_CHECK(date.isComplete());
        FUZZ_CHECK(DateSpan::isValidDate(*date.year, date.month, date.day));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const std::optional<Dateline> dateline = DatelineParser::parse(text)) {
        FUZZ_CHECK(dateline->length > 0 && dateline->length <= text.size());
        FUZZ_CHECK(dateline->month >= 0 && dateline->month <= 12);
        FUZZ_CHECK(dateline->day >= 0 && dateline->day <= 31);
    }
    qsizetype begin = -1;
    qsizetype end = -1;
    if (const std::optional<PartialDate> date = DateTextParser::find(text, &begin, &end)) {
        FUZZ_CHECK(begin >= 0 && begin <= end && end <= text.size());
        checkDate(*date);
    }
    if (const std::optional<PartialDate> date = DateTextParser::parseWhole(text))
        checkDate(*date);
    DateTextParser::monthFromName(text);
    return 0;
}
