#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Faultline::Testing {

// The result of running the faultline executable under limits.
struct LimitedRun
{
    int exitCode = -1;     // -1 when it crashed, was killed or timed out
    bool crashed = false;  // killed by a signal (including the memory limit)
    bool timedOut = false; // still running after the time limit, then killed
    QByteArray out;
    QByteArray err;
};

// Runs faultline headless with its address space limited to memoryBytes
// (0: unlimited; ignored in sanitizer builds, whose shadow memory needs more)
// and, when fileSizeBytes > 0, every file it writes limited to that size: a
// write past it fails (EFBIG) as on a full disk.
LimitedRun runFaultlineLimited(const QStringList &arguments,
                               int timeoutMs,
                               qint64 memoryBytes = 0,
                               qint64 fileSizeBytes = 0);

// The lines of stderr meant for the user: log lines of the faultline.*
// categories ("faultline.store: ...") left out.
QList<QByteArray> messageLines(const QByteArray &err);

// The faultline executable under test.
QString faultlineExecutable();

// The environment a headless faultline process runs in: no display.
QStringList headlessEnvironment();

} // namespace Faultline::Testing
