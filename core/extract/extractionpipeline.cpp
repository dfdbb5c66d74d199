#include "core/extract/extractionpipeline.h"

#include "core/extract/eventbuilder.h"
#include "core/ingest/document.h"

namespace Faultline {

ExtractionPipeline::ExtractionPipeline() = default;

ExtractionResult ExtractionPipeline::run(const Document &document,
                                         std::optional<qint64> publishedDay) const
{
    const std::optional<qint64> reference = publishedDay ? publishedDay : document.publishedDay;

    EventBuilder::Input input;
    input.text = document.text;
    input.publishedDay = reference;
    const QList<TextSpan> allSentences = m_splitter.split(document.text);

    // Headlines, captions and datelines repeat or frame the story: their
    // sentences feed coreference but never become events of their own.
    for (const TextSpan &sentence : allSentences) {
        bool body = document.blocks.isEmpty();
        for (const TextBlock &block : document.blocks) {
            if (block.begin < sentence.end && sentence.begin < block.end
                && (block.kind == TextBlock::Kind::Paragraph
                    || block.kind == TextBlock::Kind::ListItem)) {
                body = true;
                break;
            }
        }
        if (body)
            input.sentences.append(sentence);
    }

    input.times = m_tagger.tag(document.text, allSentences, reference);
    // The dateline's date ("KABUL, Sept. 14 (Reuters) -") says when the story
    // was filed, not when its lede happened.
    if (document.dateline && document.dateline->length > 0) {
        for (const TextBlock &block : document.blocks) {
            if (!QStringView(document.text)
                     .mid(block.begin, block.length())
                     .startsWith(document.dateline->place)) {
                continue;
            }
            const qsizetype end = block.begin + document.dateline->length;
            input.times.removeIf([&](const TimeExpression &time) {
                return time.begin >= block.begin && time.end <= end;
            });
            break;
        }
    }
    input.mentions = m_recognizer.recognize(document.text, allSentences);

    const EventBuilder builder(TriggerLexicon::instance(), m_tense);
    ExtractionResult result = builder.build(input);
    if (!reference) {
        const bool unresolved = std::any_of(result.events.begin(),
                                            result.events.end(),
                                            [](const EventCandidate &c) {
                                                return !c.event.date.isValid();
                                            });
        if (unresolved) {
            result.warnings.append(QCoreApplication::translate(
                "Faultline::ExtractionPipeline",
                "No publication date is known, so relative dates such as \"last month\" stay "
                "unresolved; give one with --published or in the review."));
        }
    }
    return result;
}

} // namespace Faultline
