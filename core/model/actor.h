#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Faultline {

// Someone who takes part in events: a state, an armed group, a person, ...
struct Actor
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::Actor)

public:
    enum class Kind {
        State,
        Government,
        Military,
        ArmedGroup,
        PoliticalParty,
        InternationalOrganisation,
        Person,
        Other
    };

    qint64 id = 0; // 0 until stored
    QString name;  // canonical name
    Kind kind = Kind::Other;
    QString country;                     // ISO 3166-1 alpha-3 code when known, e.g. "AFG"
    QStringList aliases;                 // other names met in articles
    std::optional<qint64> affiliationId; // the actor this one belongs to

    static QString kindKey(Kind kind); // "state", "armed-group", ... (data keys)
    static std::optional<Kind> kindFromKey(QStringView key);
    static QString kindName(Kind kind); // translated
    static constexpr int KindCount = 8;
};

} // namespace Faultline
