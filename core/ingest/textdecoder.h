#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Faultline {

// Turns bytes of unknown encoding into text: byte order marks, then a charset
// the document declares, then strict UTF-8, then uchardet's guess, then
// Windows-1252. Undecodable bytes become U+FFFD and add a warning.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::TextDecoder)

public:
    struct Result
    {
        QString text;
        QString encoding; // canonical name, e.g. "UTF-8", "UTF-16LE", "WINDOWS-1252"
        qsizetype bomLength = 0;
        QStringList warnings;
    };

    // declaredCharset: e.g. from an HTML <meta charset>; ignored when a BOM is present
    // or when the bytes are not valid in it.
    static Result decode(const QByteArray &data, const QByteArray &declaredCharset = {});

    // The charset an HTML document declares in its first 4 KB (<meta charset=...>
    // or http-equiv Content-Type), lower case; empty if none.
    static QByteArray htmlDeclaredCharset(const QByteArray &data);

    // True when data is well-formed UTF-8 (ASCII included).
    static bool isValidUtf8(const QByteArray &data);

private:
    static QString decodeLegacy(const QByteArray &data,
                                const QByteArray &charset,
                                bool *ok,
                                qsizetype *invalid);
};

} // namespace Faultline
