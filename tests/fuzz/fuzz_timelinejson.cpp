// Fuzz target: JSON -> TimelineJsonReader (TimelineJS and vis-timeline files).
#include "core/interchange/csvrow.h"
#include "core/interchange/timelinejsonreader.h"
#include "tests/fuzz/fuzzcheck.h"

#include <cstddef>
#include <cstdint>

using namespace Faultline;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    TimelineJsonReader::looksLikeJson(bytes);
    TimelineJsonReader reader;
    QString error;
    if (!reader.read(bytes, &error)) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    for (const CsvRow &row : reader.rows())
        FUZZ_CHECK(row.size() <= reader.header().size() || reader.header().isEmpty());
    return 0;
}
