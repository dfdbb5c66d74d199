#pragma once

#include "core/model/actor.h"
#include "ui/undo/workspacecommand.h"

namespace Faultline {

// Changes what kind of actor one is (state, armed group, person, ...).
class ChangeActorKindCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::ChangeActorKindCommand)

public:
    ChangeActorKindCommand(qint64 actorId, const QString &name, Actor::Kind kind);

    bool apply(Workspace &workspace, QString *error) override;

private:
    qint64 m_actorId = 0;
    Actor::Kind m_kind = Actor::Kind::Other;
};

} // namespace Faultline
