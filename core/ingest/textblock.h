#pragma once

#include <QtGlobal>

namespace Faultline {

// One block of a Document's text: a span of it with its role on the page.
struct TextBlock
{
    enum class Kind { Title, Heading, Paragraph, ListItem, Caption, Dateline };

    qsizetype begin = 0;         // UTF-16 offset into Document::text
    qsizetype end = 0;           // one past the last UTF-16 unit
    qsizetype sourceOffset = -1; // offset in the original file when known, else -1
    Kind kind = Kind::Paragraph;

    qsizetype length() const { return end - begin; }
    friend bool operator==(const TextBlock &a, const TextBlock &b) = default;
};

} // namespace Faultline
