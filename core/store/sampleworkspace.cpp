#include "core/store/sampleworkspace.h"

#include "core/extract/extractionpipeline.h"
#include "core/ingest/documentreader.h"
#include "core/model/datespan.h"
#include "core/store/documentimporter.h"
#include "core/store/workspace.h"

#include <QFile>

namespace Faultline {

QString SampleWorkspace::articleResource()
{
    return QStringLiteral(":/samples/afghan-peace-process.txt");
}

bool SampleWorkspace::populate(Workspace &workspace, QString *error)
{
    QFile file(articleResource());
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The sample article is missing from this build.");
        return false;
    }
    std::optional<Document> document = DocumentReader::readData(file.readAll(),
                                                                QStringLiteral("text/plain"),
                                                                error);
    if (!document)
        return false;
    document->title = tr("The long road to the Doha talks");
    document->outlet = tr("Faultline sample");
    const ExtractionPipeline pipeline;
    DocumentImporter importer(workspace, pipeline);
    ArticleImporter::Summary summary;
    // The sample says when it was written; relative dates resolve against that day.
    return importer.importDocument(*document, DateSpan::julianDay(2020, 9, 20), &summary, error);
}

} // namespace Faultline
