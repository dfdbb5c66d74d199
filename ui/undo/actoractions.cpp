#include "ui/undo/actoractions.h"

#include "core/store/actorrepository.h"
#include "core/store/workspace.h"
#include "ui/undo/changeactorkindcommand.h"
#include "ui/undo/mergeactorscommand.h"
#include "ui/undo/renameactorcommand.h"
#include "ui/undo/setactoraffiliationcommand.h"
#include "ui/undo/undocontroller.h"

#include <QActionGroup>
#include <QInputDialog>
#include <QMenu>
#include <QPointer>

namespace Faultline {

namespace {

constexpr Actor::Kind Kinds[] = {Actor::Kind::State,
                                 Actor::Kind::Government,
                                 Actor::Kind::Military,
                                 Actor::Kind::ArmedGroup,
                                 Actor::Kind::PoliticalParty,
                                 Actor::Kind::InternationalOrganisation,
                                 Actor::Kind::Person,
                                 Actor::Kind::Other};

} // namespace

ActorActions::ActorActions(UndoController *undo, QWidget *window)
    : QObject(window)
    , m_undo(undo)
    , m_window(window)
{
    setObjectName(QStringLiteral("actorActions"));
}

std::optional<Actor> ActorActions::actor(qint64 actorId) const
{
    if (!m_undo->workspace() || !m_undo->workspace()->isOpen())
        return std::nullopt;
    return ActorRepository(*m_undo->workspace()).find(actorId);
}

QMenu *ActorActions::createMenu(qint64 actorId, QWidget *parent)
{
    const std::optional<Actor> current = actor(actorId);
    if (!current)
        return nullptr;
    const bool editable = m_undo->isEditable();
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("actorMenu"));
    menu->setTitle(current->name);

    QAction *rename = menu->addAction(tr("&Rename…"));
    rename->setObjectName(QStringLiteral("actionRenameActor"));
    rename->setEnabled(editable);
    connect(rename, &QAction::triggered, this, [this, actorId] { renameInteractively(actorId); });

    QMenu *kinds = menu->addMenu(tr("&Kind"));
    kinds->setObjectName(QStringLiteral("menuActorKind"));
    kinds->setEnabled(editable);
    auto *group = new QActionGroup(kinds);
    for (Actor::Kind kind : Kinds) {
        QAction *action = kinds->addAction(Actor::kindName(kind));
        action->setObjectName(QStringLiteral("actionActorKind-") + Actor::kindKey(kind));
        action->setCheckable(true);
        action->setChecked(kind == current->kind);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, actorId, kind] {
            setKind(actorId, kind);
        });
    }

    QAction *merge = menu->addAction(tr("&Merge Into…"));
    merge->setObjectName(QStringLiteral("actionMergeActor"));
    merge->setEnabled(editable);
    connect(merge, &QAction::triggered, this, [this, actorId] { mergeInteractively(actorId); });

    menu->addSeparator();
    QAction *affiliate = menu->addAction(tr("Set &Affiliation…"));
    affiliate->setObjectName(QStringLiteral("actionSetAffiliation"));
    affiliate->setEnabled(editable);
    connect(affiliate, &QAction::triggered, this, [this, actorId] {
        setAffiliationInteractively(actorId);
    });
    QAction *clear = menu->addAction(tr("&Clear Affiliation"));
    clear->setObjectName(QStringLiteral("actionClearAffiliation"));
    clear->setEnabled(editable && current->affiliationId.has_value());
    connect(clear, &QAction::triggered, this, [this, actorId] {
        setAffiliation(actorId, std::nullopt);
    });
    return menu;
}

void ActorActions::showMenu(qint64 actorId, const QPoint &globalPos)
{
    QMenu *menu = createMenu(actorId, m_window);
    if (!menu)
        return;
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPos);
}

bool ActorActions::rename(qint64 actorId, const QString &name)
{
    const std::optional<Actor> current = actor(actorId);
    if (!current || name.trimmed() == current->name)
        return false;
    return m_undo->execute(new RenameActorCommand(actorId, current->name, name));
}

bool ActorActions::setKind(qint64 actorId, Actor::Kind kind)
{
    const std::optional<Actor> current = actor(actorId);
    if (!current || current->kind == kind)
        return false;
    return m_undo->execute(new ChangeActorKindCommand(actorId, current->name, kind));
}

bool ActorActions::merge(qint64 fromId, qint64 intoId)
{
    const std::optional<Actor> from = actor(fromId);
    const std::optional<Actor> into = actor(intoId);
    if (!from || !into)
        return false;
    return m_undo->execute(new MergeActorsCommand(fromId, from->name, intoId, into->name));
}

bool ActorActions::setAffiliation(qint64 actorId, std::optional<qint64> parentId)
{
    const std::optional<Actor> current = actor(actorId);
    if (!current)
        return false;
    QString parentName;
    if (parentId) {
        const std::optional<Actor> parent = actor(*parentId);
        if (!parent)
            return false;
        parentName = parent->name;
    }
    return m_undo->execute(
        new SetActorAffiliationCommand(actorId, current->name, parentId, parentName));
}

void ActorActions::renameInteractively(qint64 actorId)
{
    const std::optional<Actor> current = actor(actorId);
    if (!current)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(m_window,
                                               tr("Rename Actor"),
                                               tr("New name for “%1”:").arg(current->name),
                                               QLineEdit::Normal,
                                               current->name,
                                               &ok);
    if (ok)
        rename(actorId, name);
}

std::optional<Actor> ActorActions::chooseOther(qint64 actorId,
                                               const QString &title,
                                               const QString &label) const
{
    if (!m_undo->workspace())
        return std::nullopt;
    const QList<Actor> all = ActorRepository(*m_undo->workspace()).all();
    QStringList names;
    QList<Actor> others;
    for (const Actor &other : all) {
        if (other.id == actorId)
            continue;
        names << other.name;
        others << other;
    }
    if (names.isEmpty())
        return std::nullopt;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_window, title, label, names, 0, true, &ok);
    if (!ok)
        return std::nullopt;
    const qsizetype index = names.indexOf(chosen.trimmed());
    if (index < 0)
        return std::nullopt;
    return others.at(index);
}

void ActorActions::mergeInteractively(qint64 actorId)
{
    const std::optional<Actor> current = actor(actorId);
    if (!current)
        return;
    const std::optional<Actor> into = chooseOther(
        actorId,
        tr("Merge Actor"),
        tr("Merge “%1” into (its name and aliases become aliases there):").arg(current->name));
    if (into)
        merge(actorId, into->id);
}

void ActorActions::setAffiliationInteractively(qint64 actorId)
{
    const std::optional<Actor> current = actor(actorId);
    if (!current)
        return;
    const std::optional<Actor> parent = chooseOther(actorId,
                                                    tr("Set Affiliation"),
                                                    tr("“%1” belongs to:").arg(current->name));
    if (parent)
        setAffiliation(actorId, parent->id);
}

} // namespace Faultline
