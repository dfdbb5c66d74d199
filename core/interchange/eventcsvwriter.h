#pragma once

#include "core/interchange/namelookup.h"
#include "core/model/event.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QIODevice;

namespace Faultline {

// Events as CSV: a header row, then one row per event with the JSON keys as columns;
// actors become "name (role)" joined by "; ", evidence one "article: sentence" per line.
class EventCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::EventCsvWriter)

public:
    explicit EventCsvWriter(const NameLookup &names);

    static QStringList header();
    QStringList row(const Event &event) const;
    bool write(QIODevice *device, const QList<Event> &events, QString *error) const;

private:
    const NameLookup &m_names;
};

} // namespace Faultline
