#include "core/store/documentimporter.h"

#include "core/extract/extractionpipeline.h"
#include "core/ingest/document.h"
#include "core/ingest/documentreader.h"

#include <QDateTime>

namespace Faultline {

DocumentImporter::DocumentImporter(Workspace &workspace, const ExtractionPipeline &pipeline)
    : m_workspace(workspace)
    , m_pipeline(pipeline)
{}

bool DocumentImporter::importFile(const QString &path,
                                  std::optional<qint64> publishedDay,
                                  ArticleImporter::Summary *summary,
                                  QString *error)
{
    const std::optional<Document> document = DocumentReader::readFile(path, error);
    if (!document)
        return false;
    return importDocument(*document, publishedDay, summary, error);
}

bool DocumentImporter::importDocument(const Document &document,
                                      std::optional<qint64> publishedDay,
                                      ArticleImporter::Summary *summary,
                                      QString *error)
{
    if (document.text.trimmed().isEmpty()) {
        if (error)
            *error = tr("holds no article text");
        return false;
    }
    Article article;
    article.title = document.title;
    article.outlet = document.outlet;
    article.url = document.url;
    article.sourcePath = document.sourcePath;
    article.publishedDay = publishedDay ? publishedDay : document.publishedDay;
    article.text = document.text;
    article.contentHash = Article::hashText(document.text);
    article.importedAt = QDateTime::currentDateTimeUtc();

    ExtractionResult extraction = m_pipeline.run(document, publishedDay);
    extraction.warnings = document.warnings + extraction.warnings;
    ArticleImporter importer(m_workspace);
    return importer.import(article, extraction, summary, error);
}

} // namespace Faultline
