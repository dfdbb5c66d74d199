#include "core/ingest/articlefiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace Faultline {

QStringList ArticleFiles::suffixes()
{
    return {QStringLiteral("txt"),
            QStringLiteral("text"),
            QStringLiteral("md"),
            QStringLiteral("markdown"),
            QStringLiteral("html"),
            QStringLiteral("htm"),
            QStringLiteral("xhtml"),
            QStringLiteral("pdf")};
}

QStringList ArticleFiles::nameFilters()
{
    QStringList filters;
    for (const QString &suffix : suffixes())
        filters.append(QStringLiteral("*.") + suffix);
    return filters;
}

bool ArticleFiles::isArticleFile(const QString &fileName)
{
    return suffixes().contains(QFileInfo(fileName).suffix().toLower());
}

QStringList ArticleFiles::collect(const QStringList &paths, QStringList *missing)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList inFolder;
            QDirIterator it(path,
                            nameFilters(),
                            QDir::Files | QDir::Readable,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                inFolder.append(it.next());
            inFolder.sort();
            files += inFolder;
        } else if (info.exists()) {
            files.append(path);
        } else if (missing) {
            missing->append(path);
        }
    }
    return files;
}

} // namespace Faultline
