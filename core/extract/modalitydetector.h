#pragma once

#include "core/model/event.h"

#include <QString>
#include <QStringView>

namespace Faultline {

// Tells whether an event trigger is asserted, negated ("have not agreed"),
// hypothetical ("could see") or planned ("are expected to meet") from the cue
// words of its clause.
class ModalityDetector
{
public:
    // triggerPos is the trigger's offset inside sentence; triggerEnd, when
    // known, where a multi-word trigger ("peace deal") ends
    static Event::Modality detectModality(QStringView sentence,
                                          qsizetype triggerPos,
                                          qsizetype triggerEnd = -1);
};

} // namespace Faultline
