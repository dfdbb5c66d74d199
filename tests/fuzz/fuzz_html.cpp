// Fuzz target: HTML bytes -> declared charset -> TextDecoder -> HtmlReader.
#include "core/ingest/htmlreader.h"
#include "core/ingest/textdecoder.h"
#include "tests/fuzz/fuzzdocument.h"

#include <cstddef>
#include <cstdint>

using namespace Faultline;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     qsizetype(size));
    const TextDecoder::Result decoded = TextDecoder::decode(bytes,
                                                            TextDecoder::htmlDeclaredCharset(bytes));
    const qsizetype base = decoded.encoding == QLatin1String("UTF-8") ? decoded.bomLength : -1;
    const Document document = HtmlReader::read(decoded.text, base);
    Fuzz::checkDocument(document);
    for (const TextBlock &block : document.blocks)
        FUZZ_CHECK(block.sourceOffset >= -1);
    bool changed = false;
    const QByteArray limited = HtmlReader::limitNesting(bytes, 8, &changed);
    FUZZ_CHECK(limited.size() <= bytes.size());
    FUZZ_CHECK(changed || limited == bytes);
    return 0;
}
