#include "core/model/eventtype.h"

#include <iterator>

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

namespace {

// The CAMEO root names, index = root; translated in the context of EventType.
constexpr const char *RootNames[] = {
    QT_TRANSLATE_NOOP("Faultline::EventType", "Unknown type"),
    QT_TRANSLATE_NOOP("Faultline::EventType", "Make public statement"),
    QT_TRANSLATE_NOOP("Faultline::EventType", "Appeal"),
    QT_TRANSLATE_NOOP("Faultline::EventType", "Express intent to cooperate"),
    QT_TRANSLATE_NOOP("Faultline::EventType", "Consult"),
    QT_TRANSLATE_NOOP("Faultline::EventType", "Engage in diplomatic cooperation"),
    QT_TRANSLATE_NOOP("Faultline::EventType", "Engage in material cooperation"),
    QT_TRANSLATE_NOOP("Faultline::EventType", "Provide aid"),
    QT_TRANSLATE_NOOP("Faultline::EventType", "Yield"),
    QT_TRANSLATE_NOOP("Faultline::EventType", "Investigate"),
    QT_TRANSLATE_NOOP("Faultline::EventType", "Demand"),
    QT_TRANSLATE_NOOP("Faultline::EventType", "Disapprove"),
    QT_TRANSLATE_NOOP("Faultline::EventType", "Reject"),
    QT_TRANSLATE_NOOP("Faultline::EventType", "Threaten"),
    QT_TRANSLATE_NOOP("Faultline::EventType", "Protest"),
    QT_TRANSLATE_NOOP("Faultline::EventType", "Exhibit force posture"),
    QT_TRANSLATE_NOOP("Faultline::EventType", "Reduce relations"),
    QT_TRANSLATE_NOOP("Faultline::EventType", "Coerce"),
    QT_TRANSLATE_NOOP("Faultline::EventType", "Assault"),
    QT_TRANSLATE_NOOP("Faultline::EventType", "Fight"),
    QT_TRANSLATE_NOOP("Faultline::EventType", "Use unconventional mass violence"),
};
static_assert(std::size(RootNames) == EventType::LastRoot + 1);

bool sameName(QStringView text, const QString &name)
{
    return text.compare(name, Qt::CaseInsensitive) == 0;
}

} // namespace

QString EventType::name() const
{
    return QCoreApplication::translate("Faultline::EventType", RootNames[m_root]);
}

QString EventType::englishName() const
{
    return QString::fromLatin1(RootNames[m_root]);
}

std::optional<EventType> EventType::fromName(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // "04 Consult", as the event table writes a type: the code must match the name.
    QStringView name = text;
    int codeRoot = 0;
    if (text.size() > 3 && text.at(0).isDigit() && text.at(1).isDigit() && text.at(2).isSpace()) {
        codeRoot = text.first(2).toInt();
        name = text.sliced(3).trimmed();
    }
    for (int root = FirstRoot; root <= LastRoot; ++root) {
        if (codeRoot != 0 && codeRoot != root)
            continue;
        const EventType type(root);
        if (sameName(name, type.englishName()) || sameName(name, type.name()))
            return type;
    }
    return std::nullopt;
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
