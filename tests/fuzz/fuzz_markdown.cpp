// Fuzz target: Markdown text -> MarkdownReader.
#include "core/ingest/markdownreader.h"
#include "tests/fuzz/fuzzdocument.h"

#include <cstddef>
#include <cstdint>

using namespace Faultline;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    Fuzz::checkDocument(MarkdownReader::read(text));
    const qsizetype lineEnd = text.indexOf(u'\n');
    MarkdownReader::stripInline(lineEnd < 0 ? text : text.left(lineEnd));
    return 0;
}
