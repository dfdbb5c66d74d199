#pragma once

#include <QString>
#include <QStringView>

namespace Faultline {

// Tells whether an event trigger is asserted, negated ("have not agreed"),
// hypothetical ("could see") or planned ("are expected to meet") from the cue
// words of its clause.
class ModalityDetector
{
public:
    enum class Modality { Asserted, Negated, Hypothetical, Planned };

    // triggerPos is the trigger's offset inside sentence; triggerEnd, when
    // known, where a multi-word trigger ("peace deal") ends
    static Modality detectModality(QStringView sentence,
                                   qsizetype triggerPos,
                                   qsizetype triggerEnd = -1);

    static QString modalityKey(Modality modality); // "asserted", "negated", ... (data keys)
};

} // namespace Faultline
