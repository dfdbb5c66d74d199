#pragma once

#include "core/ingest/document.h"
#include "tests/fuzz/fuzzcheck.h"

namespace Faultline::Fuzz {

// What every reader promises about the Document it returns.
inline void checkDocument(const Document &document)
{
    qsizetype previousEnd = 0;
    for (const TextBlock &block : document.blocks) {
        FUZZ_CHECK(block.begin >= previousEnd);
        FUZZ_CHECK(block.begin <= block.end);
        FUZZ_CHECK(block.end <= document.text.size());
        previousEnd = block.end;
    }
    if (document.dateline) {
        FUZZ_CHECK(document.dateline->month >= 0 && document.dateline->month <= 12);
        FUZZ_CHECK(document.dateline->day >= 0 && document.dateline->day <= 31);
    }
}

} // namespace Faultline::Fuzz
