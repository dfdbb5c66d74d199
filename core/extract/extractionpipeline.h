#pragma once

#include "core/extract/actorrecognizer.h"
#include "core/extract/extractionresult.h"
#include "core/extract/sentencesplitter.h"
#include "core/extract/temporaltagger.h"
#include "core/extract/tensedetector.h"
#include "core/extract/triggerlexicon.h"

#include <optional>

namespace Faultline {

struct Document;

// From a document to events and actors: sentences, time expressions resolved
// against the publication day, actor mentions, triggers, then assembly.
// Const and free of shared mutable state, so one instance serves many threads.
class ExtractionPipeline
{
public:
    ExtractionPipeline();

    // publishedDay overrides the document's own publication day when given.
    ExtractionResult run(const Document &document,
                         std::optional<qint64> publishedDay = std::nullopt) const;

private:
    SentenceSplitter m_splitter;
    TemporalTagger m_tagger;
    ActorRecognizer m_recognizer;
    TenseDetector m_tense;
};

} // namespace Faultline
