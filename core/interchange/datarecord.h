#pragma once

#include "core/model/actor.h"
#include "core/model/datespan.h"
#include "core/model/event.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QVarLengthArray>

#include <optional>

namespace Faultline {

// One row of a dataset mapped to Faultline's model, as UTF-8. Views point into
// the row being read (or into storage), valid until the next row.
struct DataRecord
{
    struct ActorRef
    {
        QByteArrayView name;
        Event::Role role = Event::Role::Participant;
        Actor::Kind kind = Actor::Kind::Other;
        int number = -1; // the distinct actor's number in the import (RecordNumbering)
    };

    QByteArray title;
    DateSpan date;
    QByteArrayView dateText;
    int cameoRoot = 0; // 0: unknown
    QByteArray location;
    QVarLengthArray<ActorRef, 8> actors;
    QByteArray evidence; // the row's own words: notes, headline and text, ...
    // The source the row was reported from; rows with the same one share an article.
    QByteArrayView outlet;
    QByteArrayView url;
    QByteArrayView sourceTitle;
    int sourceNumber = -1; // the distinct source's number in the import (RecordNumbering)
    std::optional<qint64> fatalities;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QByteArrayView externalId;

    void clear()
    {
        title.resize(0);
        date = DateSpan();
        dateText = {};
        cameoRoot = 0;
        location.resize(0);
        actors.clear();
        evidence.resize(0);
        outlet = {};
        url = {};
        sourceTitle = {};
        sourceNumber = -1;
        fatalities.reset();
        latitude.reset();
        longitude.reset();
        externalId = {};
    }
};

} // namespace Faultline
