// Fuzz target: bytes of unknown encoding -> TextDecoder -> PlainTextReader.
#include "core/ingest/plaintextreader.h"
#include "core/ingest/textdecoder.h"
#include "tests/fuzz/fuzzdocument.h"

#include <cstddef>
#include <cstdint>

using namespace Faultline;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     qsizetype(size));
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    FUZZ_CHECK(decoded.bomLength >= 0 && decoded.bomLength <= bytes.size());
    FUZZ_CHECK(!decoded.encoding.isEmpty() || bytes.isEmpty());
    Fuzz::checkDocument(PlainTextReader::read(decoded.text));
    // PDF line joining takes the other branch of the paragraph builder.
    const QList<SourceBlock> blocks = PlainTextReader::paragraphs(decoded.text,
                                                                  PlainTextReader::Wrapping::Pdf);
    for (const SourceBlock &block : blocks)
        FUZZ_CHECK(block.sourceOffset >= -1 && block.sourceOffset <= decoded.text.size());
    return 0;
}
