// Fuzz target: bytes -> PdfReader (poppler-cpp).
#include "core/ingest/pdfreader.h"
#include "tests/fuzz/fuzzdocument.h"

#include <cstddef>
#include <cstdint>

using namespace Faultline;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<Document> document = PdfReader::read(bytes, &error);
    if (document)
        Fuzz::checkDocument(*document);
    else
        FUZZ_CHECK(!error.isEmpty());
    return 0;
}
