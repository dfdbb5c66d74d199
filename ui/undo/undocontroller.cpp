#include "ui/undo/undocontroller.h"

#include "core/store/transaction.h"
#include "core/store/undojournal.h"
#include "core/store/workspace.h"
#include "ui/undo/workspacecommand.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QProgressDialog>
#include <QThread>
#include <QUndoStack>

Q_LOGGING_CATEGORY(lcUndo, "faultline.ui.undo")

namespace Faultline {

UndoController::UndoController(QObject *parent)
    : QObject(parent)
    , m_stack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("undoController"));
    m_stack->setObjectName(QStringLiteral("undoStack"));
}

// The journal's triggers go with the connection; the workspace may be gone already.
UndoController::~UndoController() = default;

void UndoController::setWorkspace(Workspace *workspace)
{
    if (workspace == m_workspace && (!workspace || m_journal))
        return;
    // The journal lives in the connection: when the workspace object is gone its
    // triggers are gone too, so only a live one is uninstalled.
    if (m_journal && m_workspace && m_workspace->isOpen())
        m_journal->uninstall();
    m_journal.reset();
    m_workspace = workspace;
    if (!m_keepHistory)
        m_stack->clear();
    if (!workspace || !workspace->isOpen() || workspace->isReadOnly())
        return;
    auto journal = std::make_unique<UndoJournal>(*workspace);
    QString error;
    if (!journal->install(&error)) {
        qCWarning(lcUndo) << "changes cannot be recorded:" << error;
        m_stack->clear();
        return;
    }
    m_journal = std::move(journal);
}

bool UndoController::isEditable() const
{
    return m_workspace && m_journal && m_workspace->isOpen() && !m_workspace->isReadOnly();
}

void UndoController::fail(const QString &message, QString *error)
{
    m_lastError = message;
    qCWarning(lcUndo).noquote() << message;
    if (error)
        *error = message;
    else
        emit failed(message);
}

bool UndoController::execute(WorkspaceCommand *command, QString *failure)
{
    std::unique_ptr<WorkspaceCommand> owned(command);
    if (!isEditable()) {
        fail(tr("This workspace cannot be changed."), failure);
        return false;
    }
    QString error;
    QStringList reverse;
    {
        Transaction transaction(*m_workspace);
        if (!transaction.isActive()) {
            fail(tr("%1 failed: %2").arg(command->text(), transaction.errorString()), failure);
            return false;
        }
        // What was written outside any command is no part of this one.
        const std::optional<QStringList> stray = m_journal->take(&error);
        if (stray && !stray->isEmpty())
            qCWarning(lcUndo) << "dropping" << stray->size() << "unrecorded changes";
        std::optional<QStringList> recorded;
        if (stray && command->apply(*m_workspace, &error))
            recorded = m_journal->take(&error);
        if (!recorded || !transaction.commit(&error)) {
            fail(tr("%1 failed: %2").arg(command->text(), error), failure);
            return false;
        }
        reverse = *recorded;
    }
    if (reverse.isEmpty())
        return true; // nothing changed: nothing to undo
    command->setRecorded(this, reverse);
    m_stack->push(owned.release());
    emit workspaceEdited();
    return true;
}

bool UndoController::recordWritten(WorkspaceCommand *command)
{
    std::unique_ptr<WorkspaceCommand> owned(command);
    if (!isEditable())
        return false;
    QString error;
    const std::optional<QStringList> reverse = m_journal->take(&error);
    if (!reverse) {
        fail(tr("%1 cannot be undone: %2").arg(command->text(), error));
        return false;
    }
    if (reverse->isEmpty())
        return false;
    command->setRecorded(this, *reverse);
    m_stack->push(owned.release());
    emit workspaceEdited();
    return true;
}

std::optional<QStringList> UndoController::replay(const QStringList &statements)
{
    if (!isEditable()) {
        fail(tr("This workspace cannot be changed."));
        return std::nullopt;
    }
    QString error;
    std::optional<QStringList> inverse = m_journal->replay(statements, &error);
    if (!inverse) {
        fail(error);
        return std::nullopt;
    }
    emit workspaceEdited();
    return inverse;
}

bool UndoController::runOnWorker(const QString &what,
                                 const std::function<bool(Workspace &, QString *)> &work)
{
    if (!isEditable()) {
        fail(tr("This workspace cannot be changed."));
        return false;
    }
    // Set-based writes of any size: on their own connection the window keeps
    // painting, and this connection's journal logs nothing of them.
    const QString path = m_workspace->path();
    bool ok = false;
    QString error;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        Workspace workspace;
        if (workspace.open(path, Workspace::OpenMode::ReadWrite, &error))
            ok = work(workspace, &error);
    }));
    QProgressDialog progress(what, QString(), 0, 0, qobject_cast<QWidget *>(parent()));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setCancelButton(nullptr); // the work is one transaction: all or nothing
    progress.setMinimumDuration(700);
    QEventLoop loop;
    connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    progress.setValue(0); // starts the wait before the dialog shows
    // No input meanwhile: nothing else may change the workspace or the history.
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    if (!ok) {
        fail(error);
        return false;
    }
    emit workspaceEdited();
    return true;
}

} // namespace Faultline
