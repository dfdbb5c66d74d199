#pragma once

#include <QtGlobal>

namespace Faultline {

// One block of a Document's text: a span of it with its role on the page.
struct TextBlock
{
    enum class Kind { Title, Heading, Paragraph, ListItem, Caption, Dateline };

    qsizetype begin = 0; // UTF-16 offset into Document::text
    qsizetype end = 0;   // one past the last UTF-16 unit
    // Where the block starts in the original file, -1 when unknown: for text
    // and Markdown the UTF-16 offset into the decoded file, for HTML the byte
    // offset into a UTF-8 file; PDF blocks have none.
    qsizetype sourceOffset = -1;
    Kind kind = Kind::Paragraph;

    qsizetype length() const { return end - begin; }
    friend bool operator==(const TextBlock &a, const TextBlock &b) = default;
};

} // namespace Faultline
