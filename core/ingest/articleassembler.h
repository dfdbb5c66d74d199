#pragma once

#include "core/ingest/document.h"
#include "core/ingest/sourceblock.h"

#include <QCoreApplication>
#include <QList>

namespace Faultline {

// The last step shared by every reader: removes clutter, takes "Published:"
// lines and date lines as the publication date, finds the title and the
// dateline, and lays the blocks out as the Document's text and TextBlocks.
class ArticleAssembler
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::ArticleAssembler)

public:
    struct Options
    {
        bool detectTitle = true; // take a short first line as the title
        bool titleFromFirstHeading = false;
    };

    static void assemble(Document &document, QList<SourceBlock> blocks, const Options &options);
    static void assemble(Document &document, QList<SourceBlock> blocks)
    {
        assemble(document, std::move(blocks), Options());
    }

    // A short line that reads as a headline rather than a sentence.
    static bool looksLikeTitle(const QString &text);
};

} // namespace Faultline
