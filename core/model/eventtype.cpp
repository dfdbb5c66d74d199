#include "core/model/eventtype.h"

namespace Faultline {

EventType::EventType(int cameoRoot)
    : m_root(cameoRoot >= FirstRoot && cameoRoot <= LastRoot ? cameoRoot : 0)
{}

std::optional<EventType> EventType::fromCode(QStringView code)
{
    code = code.trimmed();
    if (code.isEmpty() || code.size() > 4)
        return std::nullopt;
    for (QChar c : code) {
        if (!c.isDigit())
            return std::nullopt;
    }
    // CAMEO codes are written with a two-digit root: "04", "042", "0421".
    const int root = code.size() <= 2 ? code.toInt() : code.left(2).toInt();
    if (root < FirstRoot || root > LastRoot)
        return std::nullopt;
    return EventType(root);
}

QString EventType::code() const
{
    return isValid() ? QStringLiteral("%1").arg(m_root, 2, 10, QLatin1Char('0')) : QString();
}

QString EventType::name() const
{
    switch (m_root) {
    case 1:
        return tr("Make public statement");
    case 2:
        return tr("Appeal");
    case 3:
        return tr("Express intent to cooperate");
    case 4:
        return tr("Consult");
    case 5:
        return tr("Engage in diplomatic cooperation");
    case 6:
        return tr("Engage in material cooperation");
    case 7:
        return tr("Provide aid");
    case 8:
        return tr("Yield");
    case 9:
        return tr("Investigate");
    case 10:
        return tr("Demand");
    case 11:
        return tr("Disapprove");
    case 12:
        return tr("Reject");
    case 13:
        return tr("Threaten");
    case 14:
        return tr("Protest");
    case 15:
        return tr("Exhibit force posture");
    case 16:
        return tr("Reduce relations");
    case 17:
        return tr("Coerce");
    case 18:
        return tr("Assault");
    case 19:
        return tr("Fight");
    case 20:
        return tr("Use unconventional mass violence");
    default:
        return tr("Unknown type");
    }
}

EventType::QuadClass EventType::quadClass() const
{
    if (!isValid())
        return QuadClass::Unknown;
    if (m_root <= 5)
        return QuadClass::VerbalCooperation;
    if (m_root <= 8)
        return QuadClass::MaterialCooperation;
    if (m_root <= 13)
        return QuadClass::VerbalConflict;
    return QuadClass::MaterialConflict;
}

QString EventType::quadClassKey(QuadClass quadClass)
{
    switch (quadClass) {
    case QuadClass::VerbalCooperation:
        return QStringLiteral("verbal-cooperation");
    case QuadClass::MaterialCooperation:
        return QStringLiteral("material-cooperation");
    case QuadClass::VerbalConflict:
        return QStringLiteral("verbal-conflict");
    case QuadClass::MaterialConflict:
        return QStringLiteral("material-conflict");
    case QuadClass::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString EventType::quadClassName(QuadClass quadClass)
{
    switch (quadClass) {
    case QuadClass::VerbalCooperation:
        return tr("Verbal cooperation");
    case QuadClass::MaterialCooperation:
        return tr("Material cooperation");
    case QuadClass::VerbalConflict:
        return tr("Verbal conflict");
    case QuadClass::MaterialConflict:
        return tr("Material conflict");
    case QuadClass::Unknown:
        break;
    }
    return tr("Unknown");
}

} // namespace Faultline
