#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Faultline::Testing {

// Runs the built faultline executable headless, as a script would.
struct CliResult
{
    int exitCode = -1; // -1 when it crashed or timed out
    QByteArray out;
    QByteArray err;
};

CliResult runFaultline(const QStringList &arguments, int timeoutMs = 120000);
QByteArray sha256OfFile(const QString &path);

} // namespace Faultline::Testing
