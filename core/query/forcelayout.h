#pragma once

#include "core/query/componentpacker.h"
#include "core/query/quadtree.h"

#include <QHash>
#include <QPointF>
#include <QSet>

#include <random>
#include <vector>

namespace Faultline {

class ActorGraph;

// ForceAtlas2-style force-directed layout: Barnes-Hut repulsion by degree,
// linear attraction along weighted edges, gravity, adaptive speed, and node
// sizes kept apart at the end. Deterministic for a given seed.
class ForceLayout
{
public:
    struct Edge
    {
        int source = 0;
        int target = 0;
        double weight = 1;
    };

    // What is laid out: ids (actor ids) keep positions across graphs.
    struct Graph
    {
        std::vector<qint64> ids;
        std::vector<double> radii;
        std::vector<Edge> edges;
    };

    struct Settings
    {
        quint32 seed = 1;
        double theta = 1.2;               // Barnes-Hut opening criterion; 0: exact O(n^2)
        double scaling = 2.0;             // repulsion strength
        double gravity = 1.0;             // pull towards the origin
        double edgeWeightInfluence = 0.5; // attraction grows with weight^this
        double jitterTolerance = 1.0;
        // The layout rests when the mean move per step (smoothed over the last
        // few steps) falls below this share of the mean radius, or of a tenth
        // of the layout's extent when that is larger: a big graph is looked at
        // from further away, and a move that small does not show.
        double stableDisplacement = 0.01;
    };

    static Graph graphOf(const ActorGraph &graph);

    ForceLayout() = default;
    ForceLayout(Graph graph, const Settings &settings);

    // Places the nodes: at their previous position when known, new nodes near
    // their placed neighbours, the components without any placed node as trees
    // grown from their best connected node (seeded jitter), packed side by side
    // with the rest. Pinned nodes with a previous position never move.
    void initialize(const QHash<qint64, QPointF> &previous = {}, const QSet<qint64> &pinned = {});

    void setPreventOverlap(bool on) { m_preventOverlap = on; }
    bool preventOverlap() const { return m_preventOverlap; }

    void step();
    // One step of the whole schedule: a cold start steps freely until stable or
    // maxIterations, then overlapIterations with overlap prevention; a warm start
    // (most nodes placed before, already apart) keeps overlap prevention on and
    // steps until stable or maxIterations. After the last step removeOverlaps(),
    // then the connected components are packed side by side (pinned ones stay).
    // Returns false once the schedule is done (no step made then).
    bool advance(int maxIterations, int overlapIterations);
    // advance() until done; returns the number of steps made.
    int run(int maxIterations, int overlapIterations);
    bool isWarmStart() const { return m_warmStart; }
    // Pushes overlapping nodes apart until none overlap (or maxPasses).
    // Returns true when no two nodes overlap.
    bool removeOverlaps(int maxPasses = 300);

    int nodeCount() const { return int(m_x.size()); }
    int iteration() const { return m_iteration; }
    double meanDisplacement() const { return m_meanDisplacement; }
    bool isStable() const;
    const Graph &graph() const { return m_graph; }
    QPointF position(int node) const { return {m_x[size_t(node)], m_y[size_t(node)]}; }
    std::vector<QPointF> positions() const;
    QHash<qint64, QPointF> positionsById() const;
    bool isPinned(int node) const { return m_pinned[size_t(node)]; }

    // The repulsion on every node, through the quadtree or exactly (for checking the approximation).
    std::vector<QPointF> repulsionForces(bool barnesHut) const;

private:
    void addRepulsion(std::vector<double> &fx, std::vector<double> &fy, bool barnesHut) const;
    void addAttractionAndGravity(std::vector<double> &fx, std::vector<double> &fy) const;
    void repelPair(int i, int j, double &fx, double &fy) const;
    void undoRotation();
    std::vector<ComponentPacker::Link> links() const;
    void growTrees(std::vector<char> &placed,
                   const std::vector<std::vector<int>> &neighbours,
                   std::mt19937 &random);
    void packComponents();

    Graph m_graph;
    Settings m_settings;
    std::vector<double> m_x, m_y, m_mass;
    std::vector<double> m_fx, m_fy, m_oldFx, m_oldFy;
    std::vector<char> m_pinned;
    // Previous positions of warm-started nodes: the forces do not change when the
    // whole picture turns about the origin, so each step turns it back onto these.
    std::vector<int> m_anchors;
    std::vector<QPointF> m_anchorPositions;
    QuadTree m_tree;
    double m_speed = 1.0;
    double m_speedEfficiency = 1.0;
    double m_speedCeiling = 0; // while cooling
    bool m_cooling = false;
    double m_plateauDisplacement = 0; // the lowest smoothed move of the phase so far
    int m_stepsOnPlateau = 0;         // steps since it last fell clearly
    double m_meanDisplacement = 0;
    double m_smoothedDisplacement = 0; // over the last few steps of the phase
    double m_meanRadius = 1;
    double m_extent = 0; // root mean square distance of the nodes from their centroid
    int m_iteration = 0;
    bool m_preventOverlap = false;
    bool m_warmStart = false;
    bool m_done = false;
    int m_phaseSteps = 0;
};

} // namespace Faultline
