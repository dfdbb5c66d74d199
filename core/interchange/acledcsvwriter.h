#pragma once

#include "core/interchange/articlesourcelookup.h"
#include "core/interchange/namelookup.h"
#include "core/model/event.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

class QIODevice;

namespace Faultline {

// Events as CSV in the current ACLED column set (31 columns, event_id_cnty ... timestamp).
// What Faultline knows is filled in: date and ACLED time precision, event types derived
// from the CAMEO root, actors by role with their ACLED actor types, location, coordinates,
// fatalities, the dataset's event id, sources and the evidence as notes; the rest stays empty.
class AcledCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::AcledCsvWriter)

public:
    AcledCsvWriter(const NameLookup &names, const ArticleSourceLookup &sources);

    static QStringList header();
    // ACLED's time_precision: 1 a day, 2 a few days, 3 a month or longer.
    static int timePrecision(const DateSpan &date);
    // ACLED's disorder_type, event_type and sub_event_type for a CAMEO root, chosen so
    // that an ACLED import reads the same root back where ACLED has a match.
    static QString disorderType(const EventType &type);
    static QString eventType(const EventType &type);
    static QString subEventType(const EventType &type);
    // ACLED's inter1/inter2 actor type for an actor kind ("" when it has none).
    static QString actorType(Actor::Kind kind);

    // Empty for an event with an unresolved date (ACLED needs a day). The event's
    // dataset id (or else its own id), fatalities and coordinates are written as well.
    QStringList row(const Event &event) const;
    bool write(QIODevice *device, const QList<Event> &events, QString *error) const;

private:
    const NameLookup &m_names;
    const ArticleSourceLookup &m_sources;
};

} // namespace Faultline
