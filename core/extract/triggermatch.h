#pragma once

#include <QString>
#include <QtGlobal>

namespace Faultline {

// A word or phrase that reports an event, with the CAMEO root it points to.
struct TriggerMatch
{
    qsizetype begin = 0; // UTF-16 offsets in the text given to TriggerLexicon::find
    qsizetype end = 0;
    QString lemma;        // "talks", "release", "call for"
    int cameoRoot = 0;    // 1-20
    bool nominal = false; // a noun ("the release") rather than a verb ("released")
    double weight = 0;    // 0-1: how surely the word reports an event
};

} // namespace Faultline
