#include "ui/graph/actorgraphpanel.h"

#include "core/query/actorgraphbuilder.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/graph/actorgraphview.h"
#include "ui/graph/relationeventslist.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Faultline {

namespace {

constexpr auto CapKey = "graph/nodeCap";
constexpr auto LegendKey = "graph/legend";
constexpr auto DepthKey = "graph/neighbourhoodDepth";
constexpr int MaxCap = 100000;

} // namespace

ActorGraphPanel::ActorGraphPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("actorGraphPanel"));
    const QSettings settings;
    m_view = new ActorGraphView(this);
    m_view->setObjectName(QStringLiteral("actorGraphView"));
    m_relations = new RelationEventsList(this);
    m_relations->hide();

    m_neighbourhood = new QToolButton(this);
    m_neighbourhood->setObjectName(QStringLiteral("neighbourhoodButton"));
    m_depth = new QSpinBox(this);
    m_depth->setObjectName(QStringLiteral("neighbourhoodDepthSpin"));
    m_depth->setRange(1, ActorGraphView::MaxEgoDepth);
    m_depth->setValue(std::clamp(settings.value(QLatin1String(DepthKey), 1).toInt(),
                                 1,
                                 ActorGraphView::MaxEgoDepth));
    m_allActors = new QToolButton(this);
    m_allActors->setObjectName(QStringLiteral("allActorsButton"));
    m_allActors->setIcon(QIcon::fromTheme(QStringLiteral("go-previous")));
    m_allActors->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_capLabel = new QLabel(this);
    m_cap = new QSpinBox(this);
    m_cap->setObjectName(QStringLiteral("nodeCapSpin"));
    m_cap->setRange(0, MaxCap);
    m_cap->setSingleStep(500);
    m_cap->setValue(
        std::clamp(settings.value(QLatin1String(CapKey), ActorGraphBuilder::DefaultNodeCap).toInt(),
                   0,
                   MaxCap));
    m_capLabel->setBuddy(m_cap);
    m_legend = new QCheckBox(this);
    m_legend->setObjectName(QStringLiteral("graphLegendCheck"));
    m_legend->setChecked(settings.value(QLatin1String(LegendKey), true).toBool());
    m_fit = new QToolButton(this);
    m_fit->setIcon(QIcon::fromTheme(QStringLiteral("zoom-fit-best")));
    m_exportAction = new QAction(QIcon::fromTheme(QStringLiteral("document-export")),
                                 QString(),
                                 this);
    m_exportAction->setObjectName(QStringLiteral("actionExportGraph"));
    m_exportAction->setEnabled(false);
    connect(m_exportAction, &QAction::triggered, this, &ActorGraphPanel::exportGraphDialog);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(m_allActors);
    bar->addWidget(m_neighbourhood);
    bar->addWidget(m_depth);
    bar->addStretch(1);
    bar->addWidget(m_capLabel);
    bar->addWidget(m_cap);
    bar->addWidget(m_legend);
    bar->addWidget(m_fit);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_relations);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    retranslate();
    m_view->setNodeCap(m_cap->value());
    m_view->setLegendVisible(m_legend->isChecked());

    connect(m_neighbourhood, &QToolButton::clicked, this, [this] {
        if (m_selectedActor != 0)
            showNeighbourhood(m_selectedActor);
    });
    connect(m_depth, &QSpinBox::valueChanged, this, [this](int depth) {
        QSettings().setValue(QLatin1String(DepthKey), depth);
        updateDepthSuffix();
        m_view->setNeighbourhoodDepth(depth);
    });
    connect(m_allActors, &QToolButton::clicked, m_view, &ActorGraphView::showFullGraph);
    connect(m_cap, &QSpinBox::valueChanged, this, [this](int cap) {
        QSettings().setValue(QLatin1String(CapKey), cap);
        m_view->setNodeCap(cap);
    });
    connect(m_legend, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(QLatin1String(LegendKey), on);
        m_view->setLegendVisible(on);
    });
    connect(m_fit, &QToolButton::clicked, m_view, &ActorGraphView::fit);
    connect(m_view, &ActorGraphView::actorSelected, this, [this](qint64 actorId) {
        m_selectedActor = actorId;
        updateControls();
    });
    connect(m_view, &ActorGraphView::edgeSelected, this, &ActorGraphPanel::showRelation);
    connect(m_view, &ActorGraphView::egoViewChanged, this, &ActorGraphPanel::updateControls);
    connect(m_view, &ActorGraphView::graphChanged, this, [this] {
        if (m_selectedActor != 0 && m_view->graph().indexOf(m_selectedActor) < 0
            && m_view->egoActor() != m_selectedActor)
            m_selectedActor = 0;
        updateControls();
    });
    connect(m_view,
            &ActorGraphView::actorContextMenuRequested,
            this,
            [this](qint64 actorId, const QPoint &globalPos) {
                QMenu *menu = createActorMenu(actorId, this);
                menu->setAttribute(Qt::WA_DeleteOnClose);
                menu->popup(globalPos);
            });
    connect(m_relations, &RelationEventsList::eventChosen, this, &ActorGraphPanel::eventChosen);
    connect(m_relations, &RelationEventsList::closeRequested, this, [this] {
        m_relations->hide();
        m_relations->clear();
    });
    updateControls();
}

void ActorGraphPanel::updateDepthSuffix()
{
    m_depth->setSuffix(tr(" step(s)", "suffix of the neighbourhood depth", m_depth->value()));
}

void ActorGraphPanel::retranslate()
{
    m_neighbourhood->setText(tr("Neighbourhood"));
    m_neighbourhood->setToolTip(
        tr("Show only the selected actor and the actors within the chosen number of steps"));
    updateDepthSuffix();
    m_depth->setToolTip(tr("How many steps from the actor the neighbourhood reaches"));
    m_allActors->setText(tr("All Actors"));
    m_allActors->setToolTip(tr("Leave the neighbourhood and show the whole graph again"));
    m_capLabel->setText(tr("&Top:"));
    m_cap->setSpecialValueText(tr("all actors"));
    m_cap->setSuffix(tr(" actors"));
    m_cap->setToolTip(tr("Show at most this many actors, those with most events"));
    m_legend->setText(tr("Legend"));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Show the whole graph (Home)"));
    m_exportAction->setText(tr("Export &Graph…"));
    m_exportAction->setStatusTip(tr("Save the actor graph as a PNG, PDF or SVG file"));
}

void ActorGraphPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ActorGraphPanel::exportGraphDialog()
{
    if (!m_workspace)
        return;
    ExportDialog dialog(ExportDialog::Subject::Graph,
                        m_workspace,
                        ExportDialog::optionsFromView(*m_view),
                        window());
    dialog.setShownGraph(*m_view);
    dialog.exec();
}

void ActorGraphPanel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_exportAction->setEnabled(workspace != nullptr);
    m_selectedActor = 0;
    m_relations->setWorkspace(workspace);
    m_relations->hide();
    m_view->setWorkspace(workspace);
    updateControls();
}

void ActorGraphPanel::addActorActions(QMenu *menu, qint64 actorId)
{
    if (!menu->isEmpty())
        menu->addSeparator();
    QAction *neighbourhood = menu->addAction(tr("Show &Neighbourhood"));
    neighbourhood->setObjectName(QStringLiteral("actionShowNeighbourhood"));
    neighbourhood->setStatusTip(tr("Show only this actor and the actors within %n step(s) of it",
                                   nullptr,
                                   m_depth->value()));
    connect(neighbourhood, &QAction::triggered, this, [this, actorId] {
        showNeighbourhood(actorId);
    });
    if (m_view->egoActor()) {
        QAction *all = menu->addAction(tr("Show &All Actors"));
        all->setObjectName(QStringLiteral("actionShowAllActors"));
        connect(all, &QAction::triggered, m_view, &ActorGraphView::showFullGraph);
    }
}

QMenu *ActorGraphPanel::createActorMenu(qint64 actorId, QWidget *parent)
{
    QMenu *menu = m_menuFactory ? m_menuFactory(actorId, parent) : nullptr;
    if (!menu)
        menu = new QMenu(parent);
    addActorActions(menu, actorId);
    return menu;
}

void ActorGraphPanel::showNeighbourhood(qint64 actorId)
{
    m_selectedActor = actorId;
    m_view->showNeighbourhood(actorId, m_depth->value());
    updateControls();
}

void ActorGraphPanel::showRelation(qint64 firstActorId, qint64 secondActorId)
{
    m_relations->showRelation(m_view->graph(), firstActorId, secondActorId);
    m_relations->show();
}

void ActorGraphPanel::updateControls()
{
    const bool ego = m_view->egoActor().has_value();
    m_allActors->setVisible(ego);
    m_neighbourhood->setEnabled(m_selectedActor != 0);
    // The cap is for the whole graph; a neighbourhood is shown in full.
    m_cap->setEnabled(!ego);
}

} // namespace Faultline
