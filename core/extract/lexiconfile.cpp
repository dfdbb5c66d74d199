#include "core/extract/lexiconfile.h"

#include <QFile>
#include <QLoggingCategory>

namespace Faultline {

namespace {
Q_LOGGING_CATEGORY(lcLexicon, "faultline.extract")
} // namespace

QStringList LexiconFile::lines(const QString &resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qCWarning(lcLexicon) << "cannot open word list" << resourcePath << file.errorString();
        return {};
    }
    QStringList result;
    const QString content = QString::fromUtf8(file.readAll());
    for (QStringView line : QStringView(content).split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        result.append(line.toString());
    }
    return result;
}

} // namespace Faultline
