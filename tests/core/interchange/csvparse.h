#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Faultline::Testing {

// A strict RFC 4180 reader for checking written files: CRLF records, quoted fields with
// doubled quotes and line breaks. Returns nothing and sets *error on malformed input.
inline QList<QStringList> parseCsv(const QByteArray &bytes, QString *error)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted) {
                *error = QStringLiteral("quote inside an unquoted field at %1").arg(i);
                return {};
            }
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n')) {
                *error = QStringLiteral("bare CR at %1").arg(i);
                return {};
            }
            ++i;
            row << field;
            rows << row;
            row.clear();
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\n')) {
            *error = QStringLiteral("bare LF outside quotes at %1").arg(i);
            return {};
        } else {
            if (wasQuoted) {
                *error = QStringLiteral("text after a closing quote at %1").arg(i);
                return {};
            }
            field += c;
        }
    }
    if (quoted) {
        *error = QStringLiteral("unterminated quote");
        return {};
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        *error = QStringLiteral("last record without CRLF");
        return {};
    }
    return rows;
}

} // namespace Faultline::Testing
