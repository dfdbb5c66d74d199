#pragma once

#include <QString>

namespace Faultline {

// Where an event was read: an article and the span of the sentence in its text
// (UTF-16 offsets into Article::text, end exclusive).
struct Evidence
{
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 begin = 0;
    qint64 end = 0;
    QString sentence; // the text of the span, kept for search and display

    qint64 length() const { return end - begin; }
};

} // namespace Faultline
