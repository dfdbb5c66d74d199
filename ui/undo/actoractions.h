#pragma once

#include "core/model/actor.h"

#include <QObject>

#include <optional>

class QMenu;
class QPoint;
class QWidget;

namespace Faultline {

class UndoController;

// What can be done to an actor, from any view that shows one (the actor list,
// the graph): rename, change kind, merge into another, set or clear the
// affiliation. Every change is an undoable command.
class ActorActions : public QObject
{
    Q_OBJECT

public:
    ActorActions(UndoController *undo, QWidget *window);

    // A context menu for the actor; the caller owns it. Null when nothing can be done.
    QMenu *createMenu(qint64 actorId, QWidget *parent);
    void showMenu(qint64 actorId, const QPoint &globalPos);

    bool rename(qint64 actorId, const QString &name);
    bool setKind(qint64 actorId, Actor::Kind kind);
    bool merge(qint64 fromId, qint64 intoId);
    bool setAffiliation(qint64 actorId, std::optional<qint64> parentId);

    // The same, asking the user for the name or the other actor.
    void renameInteractively(qint64 actorId);
    void mergeInteractively(qint64 actorId);
    void setAffiliationInteractively(qint64 actorId);

private:
    std::optional<Actor> actor(qint64 actorId) const;
    // Another actor chosen by name in a dialog; nullopt when cancelled.
    std::optional<Actor> chooseOther(qint64 actorId,
                                     const QString &title,
                                     const QString &label) const;

    UndoController *m_undo = nullptr;
    QWidget *m_window = nullptr;
};

} // namespace Faultline
