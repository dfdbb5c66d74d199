#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Faultline {

// Which files Faultline imports as articles, and the article files under a set
// of paths (folders searched recursively), shared by the command line and the GUI.
class ArticleFiles
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::ArticleFiles)

public:
    // Lower-case suffixes without the dot: "txt", "md", "html", "pdf", ...
    static QStringList suffixes();
    // Glob patterns for the suffixes: "*.txt", ...
    static QStringList nameFilters();
    // Whether the name (or path) has one of the suffixes; case-insensitive.
    static bool isArticleFile(const QString &fileName);

    // Files as given (whatever their suffix), folders searched recursively for
    // article files, each folder's files sorted; paths that do not exist go to *missing.
    static QStringList collect(const QStringList &paths, QStringList *missing);
};

} // namespace Faultline
