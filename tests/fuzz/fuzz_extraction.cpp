// Fuzz target: an article's bytes -> DocumentReader (format detection, decoding,
// the reader) -> ExtractionPipeline (sentences, time expressions, actors,
// triggers, event assembly), with and without a publication day.
#include "core/extract/extractionpipeline.h"
#include "core/ingest/documentreader.h"
#include "core/model/datespan.h"
#include "tests/fuzz/fuzzdocument.h"

#include <cstddef>
#include <cstdint>

using namespace Faultline;

namespace {

void checkResult(const Document &document, const ExtractionResult &result)
{
    for (const ActorCandidate &candidate : result.actors)
        FUZZ_CHECK(!candidate.actor.name.isEmpty());
    for (const EventCandidate &candidate : result.events) {
        const Event &event = candidate.event;
        if (event.date.isValid())
            FUZZ_CHECK(event.date.earliestDay() <= event.date.latestDay());
        for (const EventCandidate::Participant &participant : candidate.participants)
            FUZZ_CHECK(participant.actor >= 0 && participant.actor < result.actors.size());
        // Evidence is a sentence of the text, at its offsets.
        for (const Evidence &evidence : event.evidence) {
            FUZZ_CHECK(evidence.begin >= 0 && evidence.begin <= evidence.end);
            FUZZ_CHECK(evidence.end <= document.text.size());
            FUZZ_CHECK(evidence.sentence.size() <= evidence.length());
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ExtractionPipeline pipeline;
    // The first byte chooses how the file is named (the format comes from the
    // content and the name), the next two the publication day: 1990 to 2079.
    static const QString names[] = {QStringLiteral("article"),
                                    QStringLiteral("article.txt"),
                                    QStringLiteral("article.md"),
                                    QStringLiteral("article.html")};
    if (size < 3)
        return 0;
    const QString &name = names[data[0] % 4];
    const qint64 published = DateSpan::julianDay(1990, 1, 1)
                             + (qint64(data[1]) << 8 | data[2]) % (90 * 366);
    const QByteArray bytes(reinterpret_cast<const char *>(data + 3), qsizetype(size - 3));
    QString error;
    const std::optional<Document> document = DocumentReader::readData(bytes, name, &error);
    if (!document) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    Fuzz::checkDocument(*document);
    checkResult(*document, pipeline.run(*document, published));
    checkResult(*document, pipeline.run(*document));
    return 0;
}
