// Fuzz target: English text -> TemporalTagger, with and without a reference day.
#include "core/extract/temporaltagger.h"
#include "core/model/datespan.h"
#include "tests/fuzz/fuzzcheck.h"

#include <cstddef>
#include <cstdint>

using namespace Faultline;

namespace {

void checkExpressions(const QString &text, const QList<TimeExpression> &expressions)
{
    qsizetype previousBegin = 0;
    for (const TimeExpression &expression : expressions) {
        FUZZ_CHECK(expression.begin >= 0 && expression.begin < expression.end);
        FUZZ_CHECK(expression.end <= text.size());
        FUZZ_CHECK(expression.begin >= previousBegin);
        previousBegin = expression.begin;
        if (expression.span.isValid())
            FUZZ_CHECK(expression.span.earliestDay() <= expression.span.latestDay());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const TemporalTagger tagger;
    // The first two bytes choose the reference day: any day from 1900 to 2079.
    qint64 offset = 0;
    if (size >= 2) {
        offset = (qint64(data[0]) << 8 | data[1]) % (180 * 366);
        data += 2;
        size -= 2;
    }
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const qint64 reference = DateSpan::julianDay(1900, 1, 1) + offset;
    checkExpressions(text, tagger.tag(text, reference));
    checkExpressions(text, tagger.tag(text, std::nullopt));
    return 0;
}
