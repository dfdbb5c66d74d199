#include "core/interchange/dataformat.h"

namespace Faultline {

QString DataFormat::key(Kind kind)
{
    switch (kind) {
    case Kind::Unknown:
        return QStringLiteral("unknown");
    case Kind::Acled:
        return QStringLiteral("acled");
    case Kind::UcdpGed:
        return QStringLiteral("ucdp-ged");
    case Kind::Gdelt1:
        return QStringLiteral("gdelt1");
    case Kind::Gdelt2:
        return QStringLiteral("gdelt2");
    case Kind::TimelineJsCsv:
        return QStringLiteral("timelinejs-csv");
    case Kind::TimelineJsJson:
        return QStringLiteral("timelinejs");
    case Kind::VisTimelineJson:
        return QStringLiteral("vis-timeline");
    case Kind::GenericCsv:
        return QStringLiteral("csv");
    }
    return QString();
}

QString DataFormat::name(Kind kind)
{
    switch (kind) {
    case Kind::Unknown:
        return tr("unknown format");
    case Kind::Acled:
        return QStringLiteral("ACLED");
    case Kind::UcdpGed:
        return QStringLiteral("UCDP GED");
    case Kind::Gdelt1:
        return QStringLiteral("GDELT 1.0");
    case Kind::Gdelt2:
        return QStringLiteral("GDELT 2.0");
    case Kind::TimelineJsCsv:
        return tr("TimelineJS spreadsheet");
    case Kind::TimelineJsJson:
        return QStringLiteral("TimelineJS JSON");
    case Kind::VisTimelineJson:
        return QStringLiteral("vis-timeline JSON");
    case Kind::GenericCsv:
        return tr("CSV with a column mapping");
    }
    return QString();
}

DataFormat::Kind DataFormat::fromKey(QStringView key)
{
    for (Kind kind : {Kind::Acled,
                      Kind::UcdpGed,
                      Kind::Gdelt1,
                      Kind::Gdelt2,
                      Kind::TimelineJsCsv,
                      Kind::TimelineJsJson,
                      Kind::VisTimelineJson,
                      Kind::GenericCsv}) {
        if (key.compare(DataFormat::key(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return Kind::Unknown;
}

} // namespace Faultline
