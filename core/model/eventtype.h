#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Faultline {

// An event's type: a CAMEO root category (01-20) and the quad class it falls in.
class EventType
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::EventType)

public:
    enum class QuadClass {
        Unknown,
        VerbalCooperation,
        MaterialCooperation,
        VerbalConflict,
        MaterialConflict
    };

    EventType() = default; // unknown type
    explicit EventType(int cameoRoot);

    static std::optional<EventType> fromCode(QStringView code); // "04", "4", "042" (root taken)
    // The type a name stands for, case-insensitive: the English name or the translated one
    // ("Consult"), alone or after its code ("04 Consult"). nullopt for any other text.
    static std::optional<EventType> fromName(QStringView text);

    bool isValid() const { return m_root >= 1 && m_root <= 20; }
    int cameoRoot() const { return m_root; }
    QString code() const;        // two digits, "04"; empty when unknown
    QString name() const;        // translated, "Consult"
    QString englishName() const; // untranslated, for data files read in any language
    QuadClass quadClass() const;
    static QString quadClassKey(QuadClass quadClass);  // "verbal-cooperation", data key
    static QString quadClassName(QuadClass quadClass); // translated
    static constexpr int FirstRoot = 1;
    static constexpr int LastRoot = 20;

    friend bool operator==(const EventType &, const EventType &) = default;

private:
    int m_root = 0;
};

} // namespace Faultline
