// Fuzz target: delimited text -> CsvReader (the ACLED/UCDP/GDELT/generic CSV importers' reader).
#include "core/interchange/csvreader.h"
#include "core/interchange/csvrow.h"
#include "tests/fuzz/fuzzcheck.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

using namespace Faultline;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    CsvReader reader(&device);
    // Small limits, so the fuzzer reaches them with small inputs.
    reader.setLimits({4096, 64});
    QString error;
    if (!reader.start(&error)) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    CsvRow row;
    qint64 previousLine = 0;
    while (reader.readRow(&row)) {
        FUZZ_CHECK(row.size() >= 1 && row.size() <= 64);
        FUZZ_CHECK(row.line() > previousLine);
        previousLine = row.line();
        for (int i = 0; i < row.size(); ++i) {
            FUZZ_CHECK(row.field(i).size() <= 4096);
            // Bytes after a UTF-8 BOM pass through as they are (invalid ones become
            // U+FFFD in text()); only the conversion must be safe.
            row.text(i);
        }
    }
    FUZZ_CHECK(reader.bytesRead() <= bytes.size());
    return 0;
}
