#pragma once

#include "core/model/actor.h"
#include "core/model/eventtype.h"
#include "core/query/actorgraph.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QLineF>
#include <QList>
#include <QPen>
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
    bool showLegend = false; // the kinds and relations in the top-left corner
    QString emptyTitle;      // shown when the graph has no nodes
    QString emptyMessage;
    QString cornerNote; // e.g. how many actors the cap hides
};

// Paints an ActorGraph with node positions (layout units, aligned with
// graph.nodes()) onto any QPainter: nodes sized by events, coloured and shaped
// by kind; edges by count and quad class, one strand per relation between two
// actors; labels placed greedily by importance without collisions. Costs what
// the screen shows: off-screen items are culled, edges are batched by pen,
// and on raster devices nodes are stamped from cached sprites; what depends
// only on the graph is computed once per graph.
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

    // What a legend lists: the kinds and relations present in a graph.
    struct LegendItems
    {
        QList<Actor::Kind> kinds;
        QList<Relation> relations;
        bool isEmpty() const { return kinds.isEmpty() && relations.isEmpty(); }
    };

    struct Hit
    {
        enum class Kind { None, Node, Edge };
        Kind kind = Kind::None;
        int node = -1; // index into graph.nodes()
        int edge = -1; // index into graph.edges()
    };

    ActorGraphPainter();

    void setStyle(const ActorGraphStyle &style)
    {
        m_style = style;
        m_cache = GraphCache(); // its pens and label widths follow the style
    }
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
    static QString relationName(Relation relation);

    // The shape of an actor kind as nodes are drawn, centred at c, radius r:
    // circle (state, other), square (government), triangle (military),
    // diamond (armed group), pentagon (party), hexagon (organisation), ringed
    // dot (person). Returns the radius of the circle around the shape.
    static double paintKindShape(
        QPainter *painter, const QPointF &c, double r, Actor::Kind kind, double outlineWidth = 1.0);
    static LegendItems legendItemsOf(const ActorGraph &graph);
    // The legend in rows from topLeft, at most width wide: each kind with its
    // shape, each relation with its line. Returns its height; with paint false
    // it only measures (painter may then be null).
    qreal paintLegend(QPainter *painter,
                      const QPointF &topLeft,
                      qreal width,
                      const QFont &font,
                      const LegendItems &items,
                      bool paint = true) const;

    // Names drawn by the last paint, for tests.
    const QStringList &lastLabels() const { return m_labels; }
    // Strands and nodes drawn by the last paint (after culling), for tests and benchmarks.
    int lastStrandCount() const { return m_lastStrands; }
    int lastNodeCount() const { return m_lastNodes; }

private:
    // What depends on the graph only, kept until another graph is painted.
    struct GraphCache
    {
        quint64 serial = 0;
        std::vector<Strand> strands;
        std::vector<int> penOfStrand; // index into pens
        std::vector<QPen> pens;
        std::vector<int> strandOrder; // heaviest first, for the strand budget
        std::vector<int> nodeOrder;   // smallest first, so hubs are painted on top
        LegendItems legend;
        QFont labelFont;
        std::vector<QString> labelTexts; // elided names, made when first needed
        std::vector<double> labelWidths;
    };
    const GraphCache &cacheFor(const ActorGraph &graph) const;
    void paintEdges(QPainter *painter,
                    const QRectF &rect,
                    const ActorGraph &graph,
                    const std::vector<QPointF> &screen,
                    const ActorGraphOptions &options);
    void paintNodes(QPainter *painter,
                    const QRectF &rect,
                    const ActorGraph &graph,
                    const std::vector<QPointF> &screen,
                    const ActorGraphOptions &options);
    const QImage &sprite(Actor::Kind kind, double radius, qreal devicePixelRatio) const;
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
    int m_lastStrands = 0;
    int m_lastNodes = 0;
    mutable GraphCache m_cache;
    mutable QHash<quint64, QImage> m_sprites;
};

} // namespace Faultline
