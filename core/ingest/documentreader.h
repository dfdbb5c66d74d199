#pragma once

#include "core/ingest/document.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Faultline {

// Entry point of import: a file or dropped bytes -> Document. Detects the
// format from the content and the name, refuses empty, binary and oversized
// input with one short sentence (the caller prefixes the file name).
class DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::DocumentReader)

public:
    static constexpr qint64 kMaxBytes = 50 * 1024 * 1024;

    static std::optional<Document> readFile(const QString &path, QString *error);
    // nameOrMime: a file name ("a.html") or a MIME type ("text/html",
    // "text/plain", "text/markdown", "application/pdf").
    static std::optional<Document> readData(const QByteArray &data,
                                            const QString &nameOrMime,
                                            QString *error);

    // "text", "markdown", "html" or "pdf".
    static QString detectFormat(const QByteArray &data, const QString &nameOrMime);

private:
    static QString tooLargeMessage(qint64 bytes);
};

} // namespace Faultline
