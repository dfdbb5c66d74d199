#include "core/query/forcelayout.h"

#include "core/query/actorgraph.h"
#include "core/query/componentpacker.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>
#include <random>

namespace Faultline {

namespace {

// The smallest gap between rims repulsion is computed for, as a share of the radii.
constexpr double OverlapFloor = 0.1;
constexpr double OverlapStiffness = 50.0;
// Room left between nodes by removeOverlaps().
constexpr double OverlapGap = 0.5;
// removeOverlaps(): passes of local pushes before the picture is spread, and by how much.
constexpr int ExpansionPasses = 10;
constexpr double ExpansionFactor = 1.05;
// Room between packed components, in mean radii.
constexpr double PackingGap = 3.0;
// The layout rests when the mean move per step is below stableDisplacement
// times the larger of the mean radius and this share of the layout's extent:
// a move that small does not show at the zoom that fits the whole graph.
constexpr double ExtentShare = 0.1;
// Weight of the newest step in the smoothed displacement: FA2's adaptive speed
// makes single steps jitter, so one quiet step says little.
constexpr double DisplacementSmoothing = 0.2;
// FA2 alone jitters at its noise floor for ever. Once the smoothed move has
// not fallen by PlateauGain for PlateauSteps steps (or after MaxFreeSteps),
// the shape is found: the speed is then capped, shrinking by CoolingRate per
// step, and the picture comes to rest near its equilibrium.
constexpr int PlateauSteps = 25;
constexpr double PlateauGain = 0.97;
constexpr int MaxFreeSteps = 400;
constexpr double CoolingRate = 0.97;

inline double length(double dx, double dy)
{
    // std::hypot guards against overflow at several times the cost; the
    // forces here are far from that range.
    return std::sqrt(dx * dx + dy * dy);
}

} // namespace

ForceLayout::Graph ForceLayout::graphOf(const ActorGraph &graph)
{
    Graph result;
    result.ids.reserve(size_t(graph.nodeCount()));
    result.radii.reserve(size_t(graph.nodeCount()));
    for (const ActorGraph::Node &node : graph.nodes()) {
        result.ids.push_back(node.actorId);
        result.radii.push_back(ActorGraph::nodeRadius(node.eventCount));
    }
    result.edges.reserve(graph.edges().size());
    for (const ActorGraph::Edge &edge : graph.edges()) {
        if (edge.source == edge.target)
            continue;
        const double weight = edge.kind == ActorGraph::EdgeKind::Affiliation
                                  ? 1.0
                                  : double(std::max(edge.eventCount, 1));
        result.edges.push_back({edge.source, edge.target, weight});
    }
    return result;
}

ForceLayout::ForceLayout(Graph graph, const Settings &settings)
    : m_graph(std::move(graph))
    , m_settings(settings)
{
    const size_t n = m_graph.ids.size();
    m_graph.radii.resize(n, 4.0);
    m_mass.assign(n, 1.0);
    for (const Edge &edge : m_graph.edges) {
        m_mass[size_t(edge.source)] += 1;
        m_mass[size_t(edge.target)] += 1;
    }
    // Weight^influence once, so a step does not call pow() per edge.
    for (Edge &edge : m_graph.edges)
        edge.weight = std::pow(std::max(edge.weight, 1e-9), m_settings.edgeWeightInfluence);
    m_x.assign(n, 0);
    m_y.assign(n, 0);
    m_fx.assign(n, 0);
    m_fy.assign(n, 0);
    m_oldFx.assign(n, 0);
    m_oldFy.assign(n, 0);
    m_pinned.assign(n, 0);
    if (n > 0) {
        double sum = 0;
        for (double radius : m_graph.radii)
            sum += radius;
        m_meanRadius = std::max(sum / double(n), 1e-9);
    }
}

void ForceLayout::initialize(const QHash<qint64, QPointF> &previous, const QSet<qint64> &pinned)
{
    const size_t n = m_x.size();
    std::mt19937 random(m_settings.seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::vector<char> placed(n, 0);
    int placedCount = 0;
    for (size_t i = 0; i < n; ++i) {
        const auto it = previous.constFind(m_graph.ids[i]);
        m_pinned[i] = 0;
        if (it == previous.constEnd())
            continue;
        m_x[i] = it->x();
        m_y[i] = it->y();
        placed[i] = 1;
        m_pinned[i] = pinned.contains(m_graph.ids[i]) ? 1 : 0;
        ++placedCount;
    }

    std::vector<std::vector<int>> neighbours(n);
    for (const Edge &edge : m_graph.edges) {
        neighbours[size_t(edge.source)].push_back(edge.target);
        neighbours[size_t(edge.target)].push_back(edge.source);
    }
    // New nodes next to placed neighbours, in rounds, so a new chain grows out
    // from the old picture instead of landing at random.
    bool progress = placedCount > 0;
    while (progress) {
        progress = false;
        std::vector<size_t> newlyPlaced;
        for (size_t i = 0; i < n; ++i) {
            if (placed[i])
                continue;
            double x = 0, y = 0;
            int count = 0;
            for (int j : neighbours[i]) {
                if (placed[size_t(j)]) {
                    x += m_x[size_t(j)];
                    y += m_y[size_t(j)];
                    ++count;
                }
            }
            if (!count)
                continue;
            const double angle = 2 * std::numbers::pi * unit(random);
            const double distance = m_graph.radii[i] * (2.0 + unit(random));
            m_x[i] = x / count + distance * std::cos(angle);
            m_y[i] = y / count + distance * std::sin(angle);
            newlyPlaced.push_back(i);
        }
        for (size_t i : newlyPlaced)
            placed[i] = 1;
        progress = !newlyPlaced.empty();
    }
    // What is left are whole components without a placed node: each grows as
    // a tree from its best connected node (an untangled start converges in far
    // fewer steps than random points), then they are packed beside the rest.
    if (std::find(placed.begin(), placed.end(), 0) != placed.end()) {
        std::vector<char> fixed(n, 0);
        for (size_t i = 0; i < n; ++i)
            fixed[i] = placed[i];
        growTrees(placed, neighbours, random);
        int count = 0;
        const std::vector<int> labels = ComponentPacker::label(int(n), links(), &count);
        ComponentPacker::pack(m_x,
                              m_y,
                              m_graph.radii,
                              labels,
                              count,
                              fixed,
                              PackingGap * m_meanRadius);
    }
    m_anchors.clear();
    m_anchorPositions.clear();
    if (pinned.isEmpty()) {
        for (size_t i = 0; i < n; ++i) {
            const auto it = previous.constFind(m_graph.ids[i]);
            if (it == previous.constEnd())
                continue;
            m_anchors.push_back(int(i));
            m_anchorPositions.push_back(*it);
        }
    }
    std::fill(m_oldFx.begin(), m_oldFx.end(), 0.0);
    std::fill(m_oldFy.begin(), m_oldFy.end(), 0.0);
    m_speed = 1.0;
    m_speedEfficiency = 1.0;
    m_warmStart = n > 0 && placedCount * 2 > int(n);
    m_preventOverlap = m_warmStart;
    m_done = false;
    m_phaseSteps = 0;
    m_iteration = 0;
    m_meanDisplacement = 0;
    m_smoothedDisplacement = 0;
}

std::vector<ComponentPacker::Link> ForceLayout::links() const
{
    std::vector<ComponentPacker::Link> result;
    result.reserve(m_graph.edges.size());
    for (const Edge &edge : m_graph.edges)
        result.emplace_back(edge.source, edge.target);
    return result;
}

void ForceLayout::growTrees(std::vector<char> &placed,
                            const std::vector<std::vector<int>> &neighbours,
                            std::mt19937 &random)
{
    const size_t n = m_x.size();
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    // Roots: the best connected unplaced node of each component, visited from the heaviest down.
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return m_mass[size_t(a)] > m_mass[size_t(b)];
    });
    std::vector<double> heading(n, 0.0); // direction from a node's parent to it
    std::vector<int> queue;
    for (int root : order) {
        if (placed[size_t(root)])
            continue;
        m_x[size_t(root)] = 0;
        m_y[size_t(root)] = 0;
        placed[size_t(root)] = 1;
        queue.assign(1, root);
        for (size_t head = 0; head < queue.size(); ++head) {
            const int u = queue[head];
            std::vector<int> children;
            for (int v : neighbours[size_t(u)]) {
                if (!placed[size_t(v)]) {
                    placed[size_t(v)] = 1;
                    children.push_back(v);
                }
            }
            if (children.empty())
                continue;
            // The root's children all around it, the others' in the half turn
            // facing away from their parent, so branches grow apart.
            const bool isRoot = head == 0;
            const double wedge = isRoot ? 2 * std::numbers::pi : std::numbers::pi;
            const double first = isRoot ? 2 * std::numbers::pi * unit(random)
                                        : heading[size_t(u)] - wedge / 2;
            const double k = double(children.size());
            for (size_t c = 0; c < children.size(); ++c) {
                const auto v = size_t(children[c]);
                const double angle = first + wedge * (double(c) + 0.5) / k
                                     + (unit(random) - 0.5) * wedge / (2 * k);
                const double distance = (m_graph.radii[size_t(u)] + m_graph.radii[v]
                                         + m_meanRadius * (1.0 + std::sqrt(k)))
                                        * (0.8 + 0.4 * unit(random));
                m_x[v] = m_x[size_t(u)] + distance * std::cos(angle);
                m_y[v] = m_y[size_t(u)] + distance * std::sin(angle);
                heading[v] = angle;
                queue.push_back(int(v));
            }
        }
    }
}

void ForceLayout::packComponents()
{
    int count = 0;
    const std::vector<int> labels = ComponentPacker::label(nodeCount(), links(), &count);
    ComponentPacker::pack(m_x,
                          m_y,
                          m_graph.radii,
                          labels,
                          count,
                          m_pinned,
                          PackingGap * m_meanRadius);
}

void ForceLayout::repelPair(int i, int j, double &fx, double &fy) const
{
    const double dx = m_x[size_t(i)] - m_x[size_t(j)];
    const double dy = m_y[size_t(i)] - m_y[size_t(j)];
    const double massProduct = m_settings.scaling * m_mass[size_t(i)] * m_mass[size_t(j)];
    double distance2 = dx * dx + dy * dy;
    if (distance2 <= 0) {
        // Two nodes on one spot: push along a direction fixed by their indices.
        const double angle = double((i * 7919 + j * 104729) % 360) * std::numbers::pi / 180;
        const double sign = i < j ? 1 : -1;
        fx += sign * std::cos(angle) * massProduct;
        fy += sign * std::sin(angle) * massProduct;
        return;
    }
    if (m_preventOverlap) {
        // Repulsion over the gap between the rims instead of the centres, with
        // the gap floored: bounded, so touching nodes settle instead of jittering.
        const double distance = std::sqrt(distance2);
        const double rims = m_graph.radii[size_t(i)] + m_graph.radii[size_t(j)];
        const double gap = std::max(distance - rims, OverlapFloor * rims);
        // Overlapping nodes push harder the deeper they overlap, so a layout at
        // rest has (almost) none left for removeOverlaps() to fix.
        const double depth = std::max(rims - distance, 0.0) / rims;
        const double factor = massProduct * (1.0 + OverlapStiffness * depth) / (gap * distance);
        fx += dx * factor;
        fy += dy * factor;
        return;
    }
    const double factor = massProduct / distance2;
    fx += dx * factor;
    fy += dy * factor;
}

void ForceLayout::addRepulsion(std::vector<double> &fx,
                               std::vector<double> &fy,
                               bool barnesHut) const
{
    const int n = nodeCount();
    if (!barnesHut) {
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < n; ++j) {
                if (j != i)
                    repelPair(i, j, fx[size_t(i)], fy[size_t(i)]);
            }
        }
        return;
    }
    for (int i = 0; i < n; ++i) {
        const double px = m_x[size_t(i)];
        const double py = m_y[size_t(i)];
        const double massI = m_settings.scaling * m_mass[size_t(i)];
        double sumX = 0, sumY = 0;
        m_tree.visit(
            px,
            py,
            m_settings.theta,
            [&](int j) {
                if (j != i)
                    repelPair(i, j, sumX, sumY);
            },
            [&](const QuadTree::Cell &cell) {
                const double dx = px - cell.centerX;
                const double dy = py - cell.centerY;
                const double distance2 = dx * dx + dy * dy;
                if (distance2 <= 0)
                    return;
                const double factor = massI * cell.mass / distance2;
                sumX += dx * factor;
                sumY += dy * factor;
            });
        fx[size_t(i)] += sumX;
        fy[size_t(i)] += sumY;
    }
}

void ForceLayout::addAttractionAndGravity(std::vector<double> &fx, std::vector<double> &fy) const
{
    const size_t n = m_x.size();
    for (size_t i = 0; i < n; ++i) {
        const double distance = length(m_x[i], m_y[i]);
        if (distance > 0) {
            const double factor = m_settings.gravity * m_mass[i] / distance;
            fx[i] -= m_x[i] * factor;
            fy[i] -= m_y[i] * factor;
        }
    }
    for (const Edge &edge : m_graph.edges) {
        const auto s = size_t(edge.source);
        const auto t = size_t(edge.target);
        const double dx = m_x[s] - m_x[t];
        const double dy = m_y[s] - m_y[t];
        double factor = -edge.weight;
        if (m_preventOverlap) {
            // Touching nodes stop pulling, so the sizes can keep them apart.
            const double distance = length(dx, dy);
            const double gap = distance - m_graph.radii[s] - m_graph.radii[t];
            if (gap <= 0 || distance <= 0)
                continue;
            factor *= gap / distance;
        }
        fx[s] += dx * factor;
        fy[s] += dy * factor;
        fx[t] -= dx * factor;
        fy[t] -= dy * factor;
    }
}

void ForceLayout::step()
{
    const size_t n = m_x.size();
    if (n == 0)
        return;
    std::fill(m_fx.begin(), m_fx.end(), 0.0);
    std::fill(m_fy.begin(), m_fy.end(), 0.0);
    const bool barnesHut = m_settings.theta > 0 && n > 64;
    if (barnesHut)
        m_tree.build(m_x, m_y, m_mass);
    addRepulsion(m_fx, m_fy, barnesHut);
    addAttractionAndGravity(m_fx, m_fy);

    // Adaptive speed (ForceAtlas2): swinging nodes slow the whole layout,
    // nodes moving steadily one way speed it up.
    double totalSwing = 0, totalTraction = 0;
    for (size_t i = 0; i < n; ++i) {
        if (m_pinned[i])
            continue;
        const double swing = length(m_oldFx[i] - m_fx[i], m_oldFy[i] - m_fy[i]);
        const double traction = length(m_oldFx[i] + m_fx[i], m_oldFy[i] + m_fy[i]) / 2;
        totalSwing += m_mass[i] * swing;
        totalTraction += m_mass[i] * traction;
    }
    const double estimatedJitter = 0.05 * std::sqrt(double(n));
    const double minJitter = std::sqrt(estimatedJitter);
    constexpr double MaxJitter = 10;
    double jitter = m_settings.jitterTolerance
                    * std::max(minJitter,
                               std::min(MaxJitter, estimatedJitter * totalTraction / double(n * n)));
    constexpr double MinSpeedEfficiency = 0.05;
    constexpr double MaxSpeedEfficiency = 1000; // bounded, or cooling would let it run away
    if (totalTraction > 0 && totalSwing / totalTraction > 2.0) {
        if (m_speedEfficiency > MinSpeedEfficiency)
            m_speedEfficiency *= 0.5;
        jitter = std::max(jitter, m_settings.jitterTolerance);
    }
    if (totalSwing > 0) {
        const double targetSpeed = jitter * m_speedEfficiency * totalTraction / totalSwing;
        if (totalSwing > jitter * totalTraction) {
            if (m_speedEfficiency > MinSpeedEfficiency)
                m_speedEfficiency *= 0.7;
        } else if (m_speed < 1000 && m_speedEfficiency < MaxSpeedEfficiency) {
            m_speedEfficiency *= 1.3;
        }
        constexpr double MaxRise = 0.5;
        m_speed = m_speed + std::min(targetSpeed - m_speed, MaxRise * m_speed);
    }

    // Cooling caps the adaptive speed, which would otherwise rise again as
    // soon as the smaller moves calm the swinging.
    if (m_phaseSteps == 0)
        m_cooling = false;
    if (m_cooling) {
        m_speedCeiling *= CoolingRate;
        m_speed = std::min(m_speed, m_speedCeiling);
    }
    double totalMove = 0;
    int moving = 0;
    double sumX = 0, sumY = 0, sumSquares = 0;
    for (size_t i = 0; i < n; ++i) {
        const double fx = m_fx[i];
        const double fy = m_fy[i];
        const double swing = m_mass[i] * length(m_oldFx[i] - fx, m_oldFy[i] - fy);
        m_oldFx[i] = fx;
        m_oldFy[i] = fy;
        if (m_pinned[i])
            continue;
        double factor = m_speed / (1.0 + std::sqrt(m_speed * swing));
        if (m_preventOverlap) {
            // Smaller, capped moves, so nodes settle against each other instead of jumping over.
            const double force = length(fx, fy);
            factor = force > 0 ? std::min(0.1 * factor * force, 10.0) / force : 0;
        }
        m_x[i] += fx * factor;
        m_y[i] += fy * factor;
        totalMove += length(fx, fy) * factor;
        ++moving;
    }
    for (size_t i = 0; i < n; ++i) {
        sumX += m_x[i];
        sumY += m_y[i];
        sumSquares += m_x[i] * m_x[i] + m_y[i] * m_y[i];
    }
    // Root mean square distance from the centroid.
    const double meanX = sumX / double(n);
    const double meanY = sumY / double(n);
    m_extent = std::sqrt(std::max(0.0, sumSquares / double(n) - meanX * meanX - meanY * meanY));
    m_meanDisplacement = moving ? totalMove / moving : 0;
    if (m_iteration == 0 || m_phaseSteps == 0) {
        m_smoothedDisplacement = m_meanDisplacement;
        m_plateauDisplacement = m_meanDisplacement;
        m_stepsOnPlateau = 0;
    } else {
        // With overlap prevention the moves are capped and calm: no smoothing needed.
        m_smoothedDisplacement = m_preventOverlap
                                     ? m_meanDisplacement
                                     : (1 - DisplacementSmoothing) * m_smoothedDisplacement
                                           + DisplacementSmoothing * m_meanDisplacement;
        if (m_smoothedDisplacement < PlateauGain * m_plateauDisplacement) {
            m_plateauDisplacement = m_smoothedDisplacement;
            m_stepsOnPlateau = 0;
        } else {
            ++m_stepsOnPlateau;
        }
        // With overlap prevention moves are capped and calm; only the step
        // bound cools a warm start that never quite rests.
        // The short overlap phase of a cold start is not cooled: it must
        // finish pushing nodes apart.
        const bool plateau = !m_preventOverlap && m_stepsOnPlateau >= PlateauSteps;
        const bool mayCool = !m_preventOverlap || m_warmStart;
        if (!m_cooling && mayCool && (plateau || m_phaseSteps >= MaxFreeSteps)) {
            m_cooling = true;
            m_speedCeiling = m_speed;
        }
    }
    ++m_iteration;
    undoRotation();
}

void ForceLayout::undoRotation()
{
    if (m_anchors.size() < 2)
        return;
    // The rotation about the origin that best maps the anchors back (least squares).
    double dot = 0, cross = 0;
    for (size_t a = 0; a < m_anchors.size(); ++a) {
        const auto i = size_t(m_anchors[a]);
        const QPointF &target = m_anchorPositions[a];
        dot += m_x[i] * target.x() + m_y[i] * target.y();
        cross += m_x[i] * target.y() - m_y[i] * target.x();
    }
    const double angle = std::atan2(cross, dot);
    if (std::abs(angle) < 1e-12)
        return;
    const double c = std::cos(angle);
    const double s = std::sin(angle);
    for (size_t i = 0; i < m_x.size(); ++i) {
        const double x = m_x[i];
        m_x[i] = c * x - s * m_y[i];
        m_y[i] = s * x + c * m_y[i];
        const double fx = m_oldFx[i];
        m_oldFx[i] = c * fx - s * m_oldFy[i];
        m_oldFy[i] = s * fx + c * m_oldFy[i];
    }
}

bool ForceLayout::isStable() const
{
    return m_iteration > 0
           && m_smoothedDisplacement
                  < m_settings.stableDisplacement * std::max(m_meanRadius, ExtentShare * m_extent);
}

bool ForceLayout::advance(int maxIterations, int overlapIterations)
{
    if (m_done)
        return false;
    if (m_x.empty()) {
        m_done = true;
        return false;
    }
    if (!m_preventOverlap) {
        if (m_phaseSteps < maxIterations && !(m_phaseSteps > 0 && isStable())) {
            step();
            ++m_phaseSteps;
            return true;
        }
        m_preventOverlap = true;
        m_phaseSteps = 0;
        // A fresh start for the adaptive speed: a cooled phase leaves it
        // pinned low and its efficiency run up, and the new forces differ.
        m_speed = 1.0;
        m_speedEfficiency = 1.0;
        m_cooling = false;
    }
    const int limit = m_warmStart ? maxIterations : overlapIterations;
    if (m_phaseSteps < limit && !(m_warmStart && m_phaseSteps > 0 && isStable())) {
        step();
        ++m_phaseSteps;
        return true;
    }
    removeOverlaps();
    packComponents();
    m_done = true;
    return false;
}

int ForceLayout::run(int maxIterations, int overlapIterations)
{
    int steps = 0;
    while (advance(maxIterations, overlapIterations))
        ++steps;
    return steps;
}

bool ForceLayout::removeOverlaps(int maxPasses)
{
    const size_t n = m_x.size();
    if (n < 2)
        return true;
    // A flat grid of cells about two typical radii wide; a node is entered in
    // every cell its disc covers, so hubs need no wider cells for everyone.
    std::vector<int> cellStart;
    std::vector<int> cellItems;
    std::vector<int> stamp(n, -1);
    auto sweep = [&](bool move) {
        double minX = m_x[0] - m_graph.radii[0], maxX = m_x[0] + m_graph.radii[0];
        double minY = m_y[0] - m_graph.radii[0], maxY = m_y[0] + m_graph.radii[0];
        for (size_t i = 1; i < n; ++i) {
            const double r = m_graph.radii[i];
            minX = std::min(minX, m_x[i] - r);
            maxX = std::max(maxX, m_x[i] + r);
            minY = std::min(minY, m_y[i] - r);
            maxY = std::max(maxY, m_y[i] + r);
        }
        const double width = std::max(maxX - minX, 1e-6);
        const double height = std::max(maxY - minY, 1e-6);
        // Not more cells than a few per node, however spread out the picture is.
        const double cellSize = std::max(2 * m_meanRadius + OverlapGap,
                                         std::sqrt(width * height / (4.0 * double(n))));
        const int columns = int(width / cellSize) + 1;
        const int rows = int(height / cellSize) + 1;
        auto cellRange = [&](size_t i, int &x0, int &x1, int &y0, int &y1) {
            const double r = m_graph.radii[i] + OverlapGap / 2;
            x0 = std::clamp(int((m_x[i] - r - minX) / cellSize), 0, columns - 1);
            x1 = std::clamp(int((m_x[i] + r - minX) / cellSize), 0, columns - 1);
            y0 = std::clamp(int((m_y[i] - r - minY) / cellSize), 0, rows - 1);
            y1 = std::clamp(int((m_y[i] + r - minY) / cellSize), 0, rows - 1);
        };
        cellStart.assign(size_t(columns) * size_t(rows) + 1, 0);
        for (size_t i = 0; i < n; ++i) {
            int x0, x1, y0, y1;
            cellRange(i, x0, x1, y0, y1);
            for (int gy = y0; gy <= y1; ++gy)
                for (int gx = x0; gx <= x1; ++gx)
                    ++cellStart[size_t(gy) * size_t(columns) + size_t(gx) + 1];
        }
        for (size_t c = 1; c < cellStart.size(); ++c)
            cellStart[c] += cellStart[c - 1];
        cellItems.resize(size_t(cellStart.back()));
        std::vector<int> fill(cellStart.begin(), cellStart.end() - 1);
        for (size_t i = 0; i < n; ++i) {
            int x0, x1, y0, y1;
            cellRange(i, x0, x1, y0, y1);
            for (int gy = y0; gy <= y1; ++gy)
                for (int gx = x0; gx <= x1; ++gx)
                    cellItems[size_t(fill[size_t(gy) * size_t(columns) + size_t(gx)]++)] = int(i);
        }
        std::fill(stamp.begin(), stamp.end(), -1);
        bool overlap = false;
        for (size_t i = 0; i < n; ++i) {
            int x0, x1, y0, y1;
            cellRange(i, x0, x1, y0, y1);
            for (int gy = y0; gy <= y1; ++gy) {
                for (int gx = x0; gx <= x1; ++gx) {
                    const size_t cell = size_t(gy) * size_t(columns) + size_t(gx);
                    for (int item = cellStart[cell]; item < cellStart[cell + 1]; ++item) {
                        const auto k = size_t(cellItems[size_t(item)]);
                        if (k <= i || stamp[k] == int(i))
                            continue;
                        stamp[k] = int(i); // each pair once, however many cells they share
                        const double minDistance = m_graph.radii[i] + m_graph.radii[k];
                        double dx = m_x[k] - m_x[i];
                        double dy = m_y[k] - m_y[i];
                        const double distance2 = dx * dx + dy * dy;
                        if (distance2 >= minDistance * minDistance)
                            continue;
                        overlap = true;
                        if (!move || (m_pinned[i] && m_pinned[k]))
                            continue;
                        double distance = std::sqrt(distance2);
                        const double push = minDistance + OverlapGap - distance;
                        if (distance <= 1e-9) {
                            const double angle = double((i * 7919 + k * 104729) % 360)
                                                 * std::numbers::pi / 180;
                            dx = std::cos(angle);
                            dy = std::sin(angle);
                            distance = 1;
                        }
                        const double shareI = m_pinned[i] ? 0.0 : (m_pinned[k] ? 1.0 : 0.5);
                        const double shareK = 1.0 - shareI;
                        m_x[i] -= dx / distance * push * shareI;
                        m_y[i] -= dy / distance * push * shareI;
                        m_x[k] += dx / distance * push * shareK;
                        m_y[k] += dy / distance * push * shareK;
                    }
                }
            }
        }
        return overlap;
    };
    for (int pass = 0; pass < maxPasses; ++pass) {
        if (!sweep(true))
            return true;
        // A crowd that local pushes do not clear: spread the whole picture a
        // little (the shape stays, as in the scaling step of graphviz's overlap removal).
        if (pass % ExpansionPasses == ExpansionPasses - 1) {
            double cx = 0, cy = 0;
            for (size_t i = 0; i < n; ++i) {
                cx += m_x[i];
                cy += m_y[i];
            }
            cx /= double(n);
            cy /= double(n);
            for (size_t i = 0; i < n; ++i) {
                if (m_pinned[i])
                    continue;
                m_x[i] = cx + (m_x[i] - cx) * ExpansionFactor;
                m_y[i] = cy + (m_y[i] - cy) * ExpansionFactor;
            }
        }
    }
    return !sweep(false);
}

std::vector<QPointF> ForceLayout::positions() const
{
    std::vector<QPointF> result;
    result.reserve(m_x.size());
    for (size_t i = 0; i < m_x.size(); ++i)
        result.emplace_back(m_x[i], m_y[i]);
    return result;
}

QHash<qint64, QPointF> ForceLayout::positionsById() const
{
    QHash<qint64, QPointF> result;
    result.reserve(qsizetype(m_x.size()));
    for (size_t i = 0; i < m_x.size(); ++i)
        result.insert(m_graph.ids[i], QPointF(m_x[i], m_y[i]));
    return result;
}

std::vector<QPointF> ForceLayout::repulsionForces(bool barnesHut) const
{
    const size_t n = m_x.size();
    std::vector<double> fx(n, 0.0), fy(n, 0.0);
    if (barnesHut) {
        QuadTree tree;
        tree.build(m_x, m_y, m_mass);
        // addRepulsion reads m_tree; a const copy keeps this call free of side effects.
        ForceLayout copy = *this;
        copy.m_tree = std::move(tree);
        copy.addRepulsion(fx, fy, true);
    } else {
        addRepulsion(fx, fy, false);
    }
    std::vector<QPointF> result;
    result.reserve(n);
    for (size_t i = 0; i < n; ++i)
        result.emplace_back(fx[i], fy[i]);
    return result;
}

} // namespace Faultline
