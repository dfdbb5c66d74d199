#pragma once

#include <QString>

namespace Faultline {

// Installs Faultline's translations into the running application: the
// English plural forms as a base ("1 event", "2 events"), then the user's
// language on top when Faultline ships it.
class TranslationLoader
{
public:
    static void install(const QString &language = QString()); // empty: the system's
};

} // namespace Faultline
