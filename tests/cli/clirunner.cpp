#include "tests/cli/clirunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>

namespace Faultline::Testing {

CliResult runFaultline(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProgram(QStringLiteral(FAULTLINE_EXECUTABLE));
    process.setArguments(arguments);
    // Headless commands must not need a display or a platform plugin.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(environment);
    process.start();
    CliResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QByteArray sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace Faultline::Testing
