#include "ui/graph/relationeventslist.h"

#include "core/model/event.h"
#include "core/query/actorgraph.h"
#include "core/store/eventrepository.h"
#include "core/store/workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Faultline {

namespace {

constexpr int EventIdRole = Qt::UserRole + 1;

} // namespace

RelationEventsList::RelationEventsList(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("relationEventsList"));
    m_headline = new QLabel(this);
    m_headline->setTextFormat(Qt::PlainText); // actor names are article text
    m_headline->setWordWrap(true);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("relationCloseButton"));
    m_close->setAutoRaise(true);
    m_close->setIcon(QIcon::fromTheme(QStringLiteral("window-close")));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close the list of shared events"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("relationEventsTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Date"), tr("Event and evidence")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setWordWrap(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setAccessibleName(tr("Shared events"));

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_headline, 1);
    top->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);

    connect(m_close, &QToolButton::clicked, this, &RelationEventsList::closeRequested);
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        choose(item);
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        choose(item);
    });
}

void RelationEventsList::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    clear();
}

void RelationEventsList::clear()
{
    m_events.clear();
    m_tree->clear();
    m_headline->clear();
}

void RelationEventsList::showRelation(const ActorGraph &graph,
                                      qint64 firstActorId,
                                      qint64 secondActorId)
{
    clear();
    const int first = graph.indexOf(firstActorId);
    const int second = graph.indexOf(secondActorId);
    if (first < 0 || second < 0)
        return;
    const QString a = graph.nodes()[size_t(first)].name;
    const QString b = graph.nodes()[size_t(second)].name;
    const ActorGraph::Edge *shared = graph.edgeBetween(firstActorId,
                                                       secondActorId,
                                                       ActorGraph::EdgeKind::SharedEvents);
    const ActorGraph::Edge *affiliation = graph.edgeBetween(firstActorId,
                                                            secondActorId,
                                                            ActorGraph::EdgeKind::Affiliation);
    const int count = shared ? shared->eventCount : 0;
    QString headline = tr("%1 and %2: %Ln shared event(s)", nullptr, count).arg(a, b);
    if (affiliation) {
        const QString member = graph.nodes()[size_t(affiliation->source)].name;
        const QString group = graph.nodes()[size_t(affiliation->target)].name;
        headline += u'\n' + tr("%1 belongs to %2").arg(member, group);
    }
    if (shared && count > MaxListed)
        headline += u'\n' + tr("The first %1 are listed.").arg(QLocale().toString(MaxListed));
    m_headline->setText(headline);
    if (!shared || !m_workspace || !m_workspace->isOpen())
        return;

    const EventRepository events(*m_workspace);
    QList<Event> loaded;
    for (qint64 id : shared->eventIds) {
        if (loaded.size() >= MaxListed)
            break;
        if (std::optional<Event> event = events.find(id))
            loaded.append(std::move(*event));
    }
    // In date order, the unresolved last, as the timeline reads.
    std::stable_sort(loaded.begin(), loaded.end(), [](const Event &x, const Event &y) {
        if (x.date.isValid() != y.date.isValid())
            return x.date.isValid();
        return x.date.isValid() && x.date.earliestDay() < y.date.earliestDay();
    });
    for (const Event &event : std::as_const(loaded)) {
        // QTreeWidgetItem shows its text as plain text: titles and sentences are article text.
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, event.date.isValid() ? event.date.toDisplayString() : tr("Undated"));
        item->setText(1, event.title);
        item->setData(0, EventIdRole, event.id);
        for (const Evidence &evidence : event.evidence) {
            const QString sentence = evidence.sentence.simplified();
            if (sentence.isEmpty())
                continue;
            auto *child = new QTreeWidgetItem(item);
            child->setText(1, sentence);
            child->setData(0, EventIdRole, event.id);
            child->setFirstColumnSpanned(false);
        }
        m_events.append(event.id);
    }
    m_tree->expandAll();
}

QStringList RelationEventsList::sentencesOf(qint64 eventId) const
{
    QStringList sentences;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(0, EventIdRole).toLongLong() != eventId)
            continue;
        for (int c = 0; c < item->childCount(); ++c)
            sentences.append(item->child(c)->text(1));
    }
    return sentences;
}

QString RelationEventsList::headline() const
{
    return m_headline->text();
}

void RelationEventsList::choose(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const qint64 id = item->data(0, EventIdRole).toLongLong();
    if (id > 0)
        emit eventChosen(id);
}

} // namespace Faultline
