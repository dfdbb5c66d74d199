#pragma once

#include "core/ingest/document.h"
#include "core/ingest/sourceblock.h"

#include <QList>
#include <QString>

namespace Faultline {

// Reads plain text (already decoded): normalises line ends, joins hard-wrapped
// lines into paragraphs, and hands the paragraphs to the ArticleAssembler for
// clutter removal, title, dateline and publication date.
class PlainTextReader
{
public:
    enum class Wrapping {
        Text, // plain text: hyphens at line ends are real ("cease-\nfire")
        Pdf,  // extracted PDF lines: "negoti-\nations" is one word
    };

    static Document read(const QString &text);

    // The paragraphs of text; sourceOffset is the UTF-16 offset of each in
    // text, or -1 for every block when trackOffsets is false.
    static QList<SourceBlock> paragraphs(const QString &text,
                                         Wrapping wrapping,
                                         bool trackOffsets = true);
};

} // namespace Faultline
