#pragma once

#include "core/model/datespan.h"
#include "ui/undo/workspacecommand.h"

namespace Faultline {

// Moves an event in time, as when its mark is dragged along the timeline.
class MoveEventCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::MoveEventCommand)

public:
    MoveEventCommand(qint64 eventId, const QString &title, double dayDelta);

    bool apply(Workspace &workspace, QString *error) override;
    DateSpan newDate() const { return m_newDate; } // once applied

    // The date moved by about dayDelta days in whole units of its precision
    // (days, months, quarters, years, decades, centuries), same length and qualifier.
    static DateSpan shifted(const DateSpan &date, double dayDelta);

private:
    qint64 m_eventId = 0;
    double m_dayDelta = 0;
    DateSpan m_newDate;
};

} // namespace Faultline
