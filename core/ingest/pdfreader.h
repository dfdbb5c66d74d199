#pragma once

#include "core/ingest/document.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Faultline {

// Reads the text of a PDF with poppler-cpp: page by page in reading order,
// without running headers, footers and page numbers, lines joined into
// paragraphs and line-break hyphens undone. The PDF's title is used; its
// creation date is not taken as the publication date.
class PdfReader
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::PdfReader)

public:
    static std::optional<Document> read(const QByteArray &data, QString *error);
    static bool looksLikePdf(const QByteArray &data);

    // Lines repeated at the top or bottom of most pages, and page numbers,
    // removed from pages (each page a list of lines).
    static void removeRunningLines(QList<QStringList> &pages);
};

} // namespace Faultline
