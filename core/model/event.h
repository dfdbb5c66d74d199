#pragma once

#include "core/model/datespan.h"
#include "core/model/eventtype.h"
#include "core/model/evidence.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Faultline {

// A dated happening, its participants and where it was read.
struct Event
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::Event)

public:
    enum class Role { Source, Target, Participant };
    enum class Modality { Asserted, Negated, Hypothetical, Planned };
    enum class ReviewStatus { Unreviewed, Accepted, Rejected };

    struct Participant
    {
        qint64 actorId = 0;
        Role role = Role::Participant;
        bool inferred = false; // resolved from a generic mention ("the militants")

        friend bool operator==(const Participant &, const Participant &) = default;
    };

    qint64 id = 0; // 0 until stored
    QString title;
    EventType type;
    DateSpan date;    // invalid when the date could not be resolved
    QString dateText; // the date as written in the source, "last month"
    QString location;
    QList<Participant> participants;
    QList<Evidence> evidence;
    double confidence = 0.5; // 0..1
    Modality modality = Modality::Asserted;
    ReviewStatus reviewStatus = ReviewStatus::Unreviewed;
    QString notes;
    // What a dataset (ACLED, UCDP, GDELT) told beyond the model, or entered by hand.
    std::optional<qint64> fatalities;
    std::optional<double> latitude;  // -90..90; set together with longitude
    std::optional<double> longitude; // -180..180
    QString externalId;              // the dataset's own event id, "LBY1234"

    bool hasCoordinates() const { return latitude.has_value() && longitude.has_value(); }
    static bool isValidLatitude(double degrees) { return degrees >= -90.0 && degrees <= 90.0; }
    static bool isValidLongitude(double degrees) { return degrees >= -180.0 && degrees <= 180.0; }

    static QString roleKey(Role role); // "source", "target", "participant"
    static std::optional<Role> roleFromKey(QStringView key);
    static QString roleName(Role role);            // translated
    static QString modalityKey(Modality modality); // "asserted", "negated", ...
    static std::optional<Modality> modalityFromKey(QStringView key);
    static QString reviewStatusKey(ReviewStatus status);
    static std::optional<ReviewStatus> reviewStatusFromKey(QStringView key);
};

} // namespace Faultline
