#pragma once

#include "core/extract/extractionresult.h"
#include "core/model/article.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Faultline {

class Workspace;

// Writes one article and what was extracted from it into a workspace, in one
// transaction: the article, its actors (matched to known ones by name or
// alias), its events (merged into a known event when another article already
// reported the same happening) and the evidence. Either all of it is written
// or nothing.
class ArticleImporter
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::ArticleImporter)

public:
    struct Summary
    {
        qint64 articleId = 0;
        bool duplicate = false; // the same text was already in the workspace
        int eventsAdded = 0;
        int eventsMerged = 0; // evidence added to events already known
        int actorsAdded = 0;
        int actorsMatched = 0;
        QStringList warnings;
    };

    explicit ArticleImporter(Workspace &workspace);

    // article.text must be the text the extraction ran on. Returns false with
    // *error set when nothing was written because of a failure; a duplicate
    // article is not a failure (summary->duplicate is set).
    bool import(Article article,
                const ExtractionResult &extraction,
                Summary *summary,
                QString *error);

private:
    Workspace &m_workspace;
};

} // namespace Faultline
