#pragma once

#include <QString>

namespace Faultline {

// A title, honorific or role modifier of the gazetteer ("General", "Mullah",
// "presidential") and the kind of affiliation it implies for the person named.
struct GazetteerTitle
{
    enum class Type { Title, Honorific, Modifier };
    enum class Implies { None, Government, Military, ArmedGroup, Organisation };

    QString phrase;
    Type type = Type::Title;
    Implies implies = Implies::None;
};

} // namespace Faultline
