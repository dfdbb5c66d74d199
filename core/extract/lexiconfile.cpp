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

QStringList LexiconFile::splitWords(QStringView words)
{
    QStringList list;
    for (QStringView word : words.split(u' ', Qt::SkipEmptyParts))
        list.append(word.toString());
    return list;
}

QSet<QString> LexiconFile::wordSet(QStringView words)
{
    const QStringList list = splitWords(words);
    return QSet<QString>(list.begin(), list.end());
}

} // namespace Faultline
