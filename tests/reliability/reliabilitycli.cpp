#include "tests/reliability/reliabilitycli.h"

#include <QProcess>
#include <QRegularExpression>

#include <signal.h>
#include <sys/resource.h>

#if defined(__SANITIZE_ADDRESS__)
#define FAULTLINE_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FAULTLINE_SANITIZED 1
#endif
#endif

namespace Faultline::Testing {

QString faultlineExecutable()
{
    return QStringLiteral(FAULTLINE_EXECUTABLE);
}

QStringList headlessEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return environment.toStringList();
}

QList<QByteArray> messageLines(const QByteArray &err)
{
    static const QRegularExpression logLine(QStringLiteral("^faultline\\.[a-z.]+: "));
    QList<QByteArray> lines;
    for (const QByteArray &line : err.trimmed().split('\n')) {
        if (!line.isEmpty() && !logLine.match(QString::fromUtf8(line)).hasMatch())
            lines.append(line);
    }
    return lines;
}

LimitedRun runFaultlineLimited(const QStringList &arguments,
                               int timeoutMs,
                               qint64 memoryBytes,
                               qint64 fileSizeBytes)
{
    QProcess process;
    process.setProgram(faultlineExecutable());
    process.setArguments(arguments);
    process.setEnvironment(headlessEnvironment());
#ifdef FAULTLINE_SANITIZED
    memoryBytes = 0;
#endif
    if (memoryBytes > 0 || fileSizeBytes > 0) {
        // Runs in the child between fork and exec: only async-signal-safe calls.
        process.setChildProcessModifier([memoryBytes, fileSizeBytes] {
            if (memoryBytes > 0) {
                const rlimit bounds{rlim_t(memoryBytes), rlim_t(memoryBytes)};
                setrlimit(RLIMIT_AS, &bounds);
            }
            if (fileSizeBytes > 0) {
                // Ignored, SIGXFSZ turns into a failing write(); the disposition survives exec.
                signal(SIGXFSZ, SIG_IGN);
                const rlimit bounds{rlim_t(fileSizeBytes), rlim_t(fileSizeBytes)};
                setrlimit(RLIMIT_FSIZE, &bounds);
            }
        });
    }
    process.start();
    LimitedRun result;
    if (!process.waitForStarted(30000))
        return result;
    if (!process.waitForFinished(timeoutMs)) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = result.crashed ? -1 : process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace Faultline::Testing
