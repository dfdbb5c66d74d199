#include "core/interchange/eventcsvwriter.h"

#include "core/interchange/csvwriter.h"

#include <QIODevice>

namespace Faultline {

EventCsvWriter::EventCsvWriter(const NameLookup &names)
    : m_names(names)
{}

QStringList EventCsvWriter::header()
{
    return {QStringLiteral("id"),
            QStringLiteral("title"),
            QStringLiteral("type"),
            QStringLiteral("start"),
            QStringLiteral("end"),
            QStringLiteral("precision"),
            QStringLiteral("qualifier"),
            QStringLiteral("location"),
            QStringLiteral("actors"),
            QStringLiteral("evidence"),
            QStringLiteral("confidence"),
            QStringLiteral("date_text"),
            QStringLiteral("modality"),
            QStringLiteral("status"),
            QStringLiteral("fatalities"),
            QStringLiteral("latitude"),
            QStringLiteral("longitude"),
            QStringLiteral("external_id")};
}

QStringList EventCsvWriter::row(const Event &event) const
{
    const bool dated = event.date.isValid();
    const bool located = event.hasCoordinates();
    QStringList actors;
    for (const Event::Participant &participant : event.participants) {
        actors << QStringLiteral("%1 (%2)").arg(m_names.actorName(participant.actorId),
                                                Event::roleKey(participant.role));
    }
    QStringList evidence;
    for (const Evidence &piece : event.evidence)
        evidence << QStringLiteral("%1: %2").arg(m_names.articleLabel(piece.articleId),
                                                 piece.sentence);
    return {QString::number(event.id),
            event.title,
            event.type.code(),
            dated ? event.date.startIso() : QString(),
            dated ? event.date.endIso() : QString(),
            dated ? DateSpan::precisionName(event.date.precision()) : QString(),
            dated ? DateSpan::qualifierName(event.date.qualifier()) : QString(),
            event.location,
            actors.join(QStringLiteral("; ")),
            evidence.join(QLatin1Char('\n')),
            QString::number(event.confidence),
            event.dateText,
            Event::modalityKey(event.modality),
            Event::reviewStatusKey(event.reviewStatus),
            event.fatalities ? QString::number(*event.fatalities) : QString(),
            located ? QString::number(*event.latitude, 'g', 12) : QString(),
            located ? QString::number(*event.longitude, 'g', 12) : QString(),
            event.externalId};
}

bool EventCsvWriter::write(QIODevice *device, const QList<Event> &events, QString *error) const
{
    CsvWriter writer(device);
    writer.writeRow(header());
    for (const Event &event : events) {
        if (!writer.writeRow(row(event)))
            break;
    }
    if (writer.hasError()) {
        if (error)
            *error = device ? device->errorString() : tr("There is nothing to write to.");
        return false;
    }
    return true;
}

} // namespace Faultline
