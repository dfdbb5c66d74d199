#pragma once

#include "core/ingest/textblock.h"

#include <QString>

namespace Faultline {

// A block of text found by a reader, before clutter removal and assembly into
// a Document.
struct SourceBlock
{
    QString text; // whitespace-normalised, one line
    TextBlock::Kind kind = TextBlock::Kind::Paragraph;
    qsizetype sourceOffset = -1; // offset in the original file, -1 when unknown
};

} // namespace Faultline
