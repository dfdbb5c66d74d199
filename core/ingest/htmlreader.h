#pragma once

#include "core/ingest/document.h"

#include <QByteArray>
#include <QString>

namespace Faultline {

// Reads an HTML page (already decoded) with the gumbo HTML5 parser: keeps the
// article body (itemprop=articleBody, <article>, or the element with the
// densest paragraph text), drops scripts, navigation and page furniture, and
// takes the title, outlet, URL and publication date from the page metadata
// (Open Graph, JSON-LD, <time>, <meta name=date>).
class HtmlReader
{
public:
    // sourceOffsetBase: where the UTF-8 form of html starts in the original
    // file (the BOM length), or -1 when the file was not UTF-8 and offsets
    // into it are unknown.
    static Document read(const QString &html, qsizetype sourceOffsetBase = -1);

    // Elements nested deeper than this are unwrapped before parsing: no
    // article needs them, and the HTML5 algorithm's scope checks make
    // pathological nesting quadratic.
    static constexpr int kMaxNesting = 400;
    // Removes start and end tags nested deeper than maxDepth (their text
    // stays); changed tells whether anything was removed.
    static QByteArray limitNesting(const QByteArray &html, int maxDepth, bool *changed);
};

} // namespace Faultline
