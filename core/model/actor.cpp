#include "core/model/actor.h"

namespace Faultline {

QString Actor::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::State:
        return QStringLiteral("state");
    case Kind::Government:
        return QStringLiteral("government");
    case Kind::Military:
        return QStringLiteral("military");
    case Kind::ArmedGroup:
        return QStringLiteral("armed-group");
    case Kind::PoliticalParty:
        return QStringLiteral("political-party");
    case Kind::InternationalOrganisation:
        return QStringLiteral("international-organisation");
    case Kind::Person:
        return QStringLiteral("person");
    case Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<Actor::Kind> Actor::kindFromKey(QStringView key)
{
    for (int i = 0; i < KindCount; ++i) {
        const auto kind = Kind(i);
        if (key == kindKey(kind))
            return kind;
    }
    return std::nullopt;
}

QString Actor::kindName(Kind kind)
{
    switch (kind) {
    case Kind::State:
        return tr("State");
    case Kind::Government:
        return tr("Government");
    case Kind::Military:
        return tr("Military");
    case Kind::ArmedGroup:
        return tr("Armed group");
    case Kind::PoliticalParty:
        return tr("Political party");
    case Kind::InternationalOrganisation:
        return tr("International organisation");
    case Kind::Person:
        return tr("Person");
    case Kind::Other:
        break;
    }
    return tr("Other");
}

} // namespace Faultline
