#pragma once

#include <QByteArray>
#include <QFileInfo>
#include <QString>

namespace Faultline {

// One thing to import: a file, or bytes dropped or pasted with their MIME type.
struct ImportSource
{
    QString path;     // the file; empty for data
    QByteArray data;  // the bytes when there is no file
    QString mimeType; // of data: "text/plain", "text/html"
    QString label;    // for the user when there is no file: "Dropped text"

    static ImportSource fromFile(const QString &path) { return {path, {}, {}, {}}; }
    static ImportSource fromData(const QByteArray &data,
                                 const QString &mimeType,
                                 const QString &label)
    {
        return {{}, data, mimeType, label};
    }
    bool isFile() const { return !path.isEmpty(); }
    // What the user knows it by: the file name, or the label.
    QString displayName() const { return isFile() ? QFileInfo(path).fileName() : label; }
};

} // namespace Faultline
