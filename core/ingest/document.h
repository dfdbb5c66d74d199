#pragma once

#include "core/ingest/dateline.h"
#include "core/ingest/textblock.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Faultline {

// An imported article before extraction: its plain text (paragraphs separated
// by "\n\n"; the title, when known, is the first block) with block offsets,
// and the metadata the file states.
struct Document
{
    QString text;
    QString title;
    QString outlet;
    QString url;
    QString sourcePath;
    std::optional<qint64> publishedDay; // Julian day (DateSpan::julianDay); only when stated
    QString format;                     // "text", "markdown", "html", "pdf"
    QString encoding;                   // the character encoding the bytes were read as
    QList<TextBlock> blocks;            // in text order, not overlapping
    std::optional<Dateline> dateline;
    QStringList credits;  // "With reporting by AFP, AP" -> {"AFP", "AP"}; not part of text
    QStringList authors;  // from a byline or metadata
    QStringList warnings; // short sentences for the user, e.g. undecodable bytes
};

} // namespace Faultline
