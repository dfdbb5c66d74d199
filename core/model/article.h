#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Faultline {

// A source document as stored in the workspace.
struct Article
{
    qint64 id = 0; // 0 until stored
    QString title;
    QString outlet; // "RFE/RL", "Reuters"
    QString url;
    QString sourcePath;                 // the file it was imported from, if any
    std::optional<qint64> publishedDay; // Julian day; nullopt when unknown
    QString text;                       // plain text; evidence offsets index into it
    QString contentHash;                // SHA-256 (hex) of the normalised text
    QDateTime importedAt;               // UTC

    // The hash that identifies the same article content across imports.
    static QString hashText(const QString &text);
};

} // namespace Faultline
