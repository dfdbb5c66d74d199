#include "core/model/event.h"

namespace Faultline {

QString Event::roleKey(Role role)
{
    switch (role) {
    case Role::Source:
        return QStringLiteral("source");
    case Role::Target:
        return QStringLiteral("target");
    case Role::Participant:
        break;
    }
    return QStringLiteral("participant");
}

std::optional<Event::Role> Event::roleFromKey(QStringView key)
{
    for (auto role : {Role::Source, Role::Target, Role::Participant}) {
        if (key == roleKey(role))
            return role;
    }
    return std::nullopt;
}

QString Event::roleName(Role role)
{
    switch (role) {
    case Role::Source:
        return tr("Source");
    case Role::Target:
        return tr("Target");
    case Role::Participant:
        break;
    }
    return tr("Participant");
}

QString Event::modalityKey(Modality modality)
{
    switch (modality) {
    case Modality::Asserted:
        return QStringLiteral("asserted");
    case Modality::Negated:
        return QStringLiteral("negated");
    case Modality::Hypothetical:
        return QStringLiteral("hypothetical");
    case Modality::Planned:
        return QStringLiteral("planned");
    }
    return {};
}

std::optional<Event::Modality> Event::modalityFromKey(QStringView key)
{
    for (auto m :
         {Modality::Asserted, Modality::Negated, Modality::Hypothetical, Modality::Planned}) {
        if (key == modalityKey(m))
            return m;
    }
    return std::nullopt;
}

QString Event::reviewStatusKey(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Unreviewed:
        return QStringLiteral("unreviewed");
    case ReviewStatus::Accepted:
        return QStringLiteral("accepted");
    case ReviewStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<Event::ReviewStatus> Event::reviewStatusFromKey(QStringView key)
{
    for (auto s : {ReviewStatus::Unreviewed, ReviewStatus::Accepted, ReviewStatus::Rejected}) {
        if (key == reviewStatusKey(s))
            return s;
    }
    return std::nullopt;
}

} // namespace Faultline
