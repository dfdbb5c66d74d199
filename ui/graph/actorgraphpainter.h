#pragma once

#include "core/model/actor.h"
#include "core/model/eventtype.h"
#include "core/query/actorgraph.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QString>

#include <vector>

class QPainter;
class QPalette;

namespace Faultline {

// Colours and font of the actor graph, shared by the screen and the exports.
struct ActorGraphStyle
{
    QColor background;
    QColor text;
    QColor mutedText;
    QColor labelHalo; // behind labels, so they read over edges
    QColor affiliation;
    QColor accent; // the selection, shared with the other views
    QFont font;

    static ActorGraphStyle light(const QFont &font = QFont());
    static ActorGraphStyle fromPalette(const QPalette &palette, const QFont &font);
    // Kind colours, distinct from the quad-class colours of the edges.
    static QColor kindColor(Actor::Kind kind);
};

// Where the graph is looked at from and what is marked.
struct ActorGraphOptions
{
    QPointF center;   // layout point at the middle of the rect
    double scale = 1; // pixels per layout unit
    QSet<qint64> highlightedActors;
    qint64 hoveredActorId = 0;
    bool showLabels = true;
    QString emptyTitle; // shown when the graph has no nodes
    QString emptyMessage;
    QString cornerNote; // e.g. how many actors the cap hides
};

// Paints an ActorGraph with node positions (layout units, aligned with
// graph.nodes()) onto any QPainter: nodes sized by events, coloured and shaped
// by kind; edges by count and quad class, one strand per relation between two
// actors; labels placed greedily by importance without collisions.
class ActorGraphPainter
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::ActorGraphPainter)

public:
    // One drawn relation between two actors.
    enum class Relation { Cooperation, Conflict, Unknown, Affiliation };

    struct Strand
    {
        int edge = -1; // index into graph.edges()
        Relation relation = Relation::Unknown;
        int eventCount = 0;
        QColor color;
        double offset = 0; // sideways bend at the middle, in pixels
    };

    struct Hit
    {
        enum class Kind { None, Node, Edge };
        Kind kind = Kind::None;
        int node = -1; // index into graph.nodes()
        int edge = -1; // index into graph.edges()
    };

    ActorGraphPainter();

    void setStyle(const ActorGraphStyle &style) { m_style = style; }
    const ActorGraphStyle &style() const { return m_style; }

    void paint(QPainter *painter,
               const QRectF &rect,
               const ActorGraph &graph,
               const std::vector<QPointF> &positions,
               const ActorGraphOptions &options);

    Hit hitTest(const QPointF &point,
                const QRectF &rect,
                const ActorGraph &graph,
                const std::vector<QPointF> &positions,
                const ActorGraphOptions &options) const;

    static QPointF toScreen(const QPointF &layoutPoint,
                            const QRectF &rect,
                            const ActorGraphOptions &options);
    static QPointF toLayout(const QPointF &screenPoint,
                            const QRectF &rect,
                            const ActorGraphOptions &options);
    static double screenRadius(int eventCount, const ActorGraphOptions &options);
    // The relations of one edge, bent apart when there are several between the same actors.
    static std::vector<Strand> strandsOf(const ActorGraph &graph);
    static QColor relationColor(const ActorGraph::Edge &edge, Relation relation);
    static double strandWidth(int eventCount);

    // Names drawn by the last paint, for tests.
    const QStringList &lastLabels() const { return m_labels; }

private:
    void paintNode(QPainter *painter,
                   const QPointF &center,
                   double radius,
                   Actor::Kind kind,
                   bool highlighted,
                   bool hovered) const;
    void paintLabels(QPainter *painter,
                     const QRectF &rect,
                     const ActorGraph &graph,
                     const std::vector<QPointF> &screen,
                     const ActorGraphOptions &options);

    ActorGraphStyle m_style;
    QStringList m_labels;
};

} // namespace Faultline
