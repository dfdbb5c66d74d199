#pragma once

#include "core/extract/textspan.h"

#include <QList>
#include <QStringView>

namespace Faultline {

// Cuts a sentence into clauses at coordinating and temporal conjunctions
// ("..., but those talks collapsed when ..."), so one sentence can report
// several happenings. Offsets are relative to the text passed in.
class ClauseSplitter
{
public:
    static QList<TextSpan> split(QStringView sentence);
};

} // namespace Faultline
