#pragma once

#include "core/ingest/document.h"

#include <QString>

namespace Faultline {

// Reads Markdown (already decoded): YAML front matter (title, date, source,
// url, author), headings, lists and quotes as blocks, inline markup stripped
// (links keep their text, images are dropped, code keeps its text).
class MarkdownReader
{
public:
    static Document read(const QString &text);
    // One line of Markdown inline markup as plain text.
    static QString stripInline(const QString &line);
};

} // namespace Faultline
