#pragma once

#include <QCoreApplication>
#include <QString>

namespace Faultline {

class Workspace;

// Fills a new workspace with the sample article that ships with Faultline, so
// a first launch shows a populated timeline.
class SampleWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::SampleWorkspace)

public:
    static QString articleResource(); // ":/samples/afghan-peace-process.txt"
    static bool populate(Workspace &workspace, QString *error);
};

} // namespace Faultline
