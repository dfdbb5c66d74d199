#pragma once

#include "core/interchange/namelookup.h"
#include "core/model/event.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

class QIODevice;

namespace Faultline {

// Events as the JSON of the command-line contract: one array of objects with the keys
// id, title, type, start, end, precision, qualifier, location, actors [{name, kind, role}],
// evidence [{article, sentence}], confidence, date_text, modality, status, fatalities,
// latitude, longitude, external_id (null when unknown).
class EventJsonWriter
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::EventJsonWriter)

public:
    explicit EventJsonWriter(const NameLookup &names);

    QJsonObject toJson(const Event &event) const;
    bool write(QIODevice *device, const QList<Event> &events, QString *error) const;

private:
    const NameLookup &m_names;
};

} // namespace Faultline
