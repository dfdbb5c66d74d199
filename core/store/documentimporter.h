#pragma once

#include "core/store/articleimporter.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Faultline {

class ExtractionPipeline;
class Workspace;
struct Document;

// Reads an article file, extracts its events and writes them to a workspace:
// the whole import of one article, as one transaction.
class DocumentImporter
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::DocumentImporter)

public:
    DocumentImporter(Workspace &workspace, const ExtractionPipeline &pipeline);

    // publishedDay, when given, overrides the publication day the file states.
    bool importFile(const QString &path,
                    std::optional<qint64> publishedDay,
                    ArticleImporter::Summary *summary,
                    QString *error);
    bool importDocument(const Document &document,
                        std::optional<qint64> publishedDay,
                        ArticleImporter::Summary *summary,
                        QString *error);

private:
    Workspace &m_workspace;
    const ExtractionPipeline &m_pipeline;
};

} // namespace Faultline
