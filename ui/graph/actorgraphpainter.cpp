#include "ui/graph/actorgraphpainter.h"

#include "ui/panels/quadclasspalette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace Faultline {

namespace {

constexpr double StrandSpacing = 7; // pixels between the strands of one pair
constexpr int MaxLabels = 200;
constexpr size_t DenseStrands = 3000; // more strands than this are drawn aliased
constexpr double MinLabelRadius = 3;  // smaller nodes get no label
constexpr double LabelWidth = 180;
constexpr size_t MaxObstacles = 3000; // biggest nodes labels must not cover

QPolygonF regularPolygon(const QPointF &center, double radius, int corners, double startAngle)
{
    QPolygonF polygon;
    for (int i = 0; i < corners; ++i) {
        const double angle = startAngle + 2 * M_PI * i / corners;
        polygon << center + QPointF(radius * std::cos(angle), radius * std::sin(angle));
    }
    return polygon;
}

// The bend point of a strand between a and b: a quadratic curve through the
// middle moved sideways by offset pixels.
QPointF controlPoint(const QPointF &a, const QPointF &b, double offset)
{
    const QPointF d = b - a;
    const double length = std::hypot(d.x(), d.y());
    if (length < 1e-9)
        return a;
    const QPointF normal(-d.y() / length, d.x() / length);
    return (a + b) / 2 + normal * (2 * offset);
}

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF d = b - a;
    const double lengthSquared = d.x() * d.x() + d.y() * d.y();
    double t = 0;
    if (lengthSquared > 0)
        t = std::clamp(((p.x() - a.x()) * d.x() + (p.y() - a.y()) * d.y()) / lengthSquared,
                       0.0,
                       1.0);
    const QPointF q = a + d * t;
    return std::hypot(p.x() - q.x(), p.y() - q.y());
}

// Rectangles bucketed by screen cells, for the label collision checks.
class RectGrid
{
public:
    // owner: the node a rect belongs to (its own label may touch it), weight
    // its event count; -1 for labels, which always block.
    void insert(int owner, int weight, const QRectF &rect)
    {
        const int item = int(m_items.size());
        m_items.push_back({owner, owner < 0 ? std::numeric_limits<int>::max() : weight, rect});
        forCells(rect, [this, item](quint64 cell) {
            m_cells[cell].push_back(item);
            return false;
        });
    }

    // Whether rect meets anything but node's own shape and nodes lighter than minWeight.
    bool intersects(const QRectF &rect, int node, int minWeight) const
    {
        return forCells(rect, [this, &rect, node, minWeight](quint64 cell) {
            const auto it = m_cells.constFind(cell);
            if (it == m_cells.cend())
                return false;
            return std::any_of(it->begin(), it->end(), [this, &rect, node, minWeight](int item) {
                const Item &other = m_items[size_t(item)];
                return (other.owner < 0 || other.owner != node) && other.weight >= minWeight
                       && other.rect.intersects(rect);
            });
        });
    }

private:
    static constexpr double CellSize = 64;

    template<typename Visit>
    static bool forCells(const QRectF &rect, Visit visit)
    {
        const qint64 left = qint64(std::floor(rect.left() / CellSize));
        const qint64 right = qint64(std::floor(rect.right() / CellSize));
        const qint64 top = qint64(std::floor(rect.top() / CellSize));
        const qint64 bottom = qint64(std::floor(rect.bottom() / CellSize));
        for (qint64 y = top; y <= bottom; ++y) {
            for (qint64 x = left; x <= right; ++x) {
                if (visit((quint64(quint32(qint32(x))) << 32) | quint32(qint32(y))))
                    return true;
            }
        }
        return false;
    }

    struct Item
    {
        int owner;
        int weight;
        QRectF rect;
    };
    std::vector<Item> m_items;
    QHash<quint64, std::vector<int>> m_cells;
};

} // namespace

ActorGraphStyle ActorGraphStyle::light(const QFont &font)
{
    ActorGraphStyle style;
    style.background = QColor(0xfb, 0xfb, 0xfa);
    style.text = QColor(0x20, 0x20, 0x20);
    style.mutedText = QColor(0x6a, 0x6a, 0x6a);
    style.labelHalo = QColor(0xfb, 0xfb, 0xfa, 200);
    style.affiliation = QColor(0x55, 0x55, 0x55);
    style.accent = QColor(0xcc, 0x22, 0x77); // as the timeline's selection
    style.font = font;
    return style;
}

ActorGraphStyle ActorGraphStyle::fromPalette(const QPalette &palette, const QFont &font)
{
    ActorGraphStyle style = light(font);
    style.background = palette.color(QPalette::Base);
    style.text = palette.color(QPalette::Text);
    style.mutedText = palette.color(QPalette::PlaceholderText);
    style.labelHalo = style.background;
    style.labelHalo.setAlpha(200);
    if (style.background.lightnessF() < 0.5) {
        style.affiliation = QColor(0xb0, 0xb0, 0xb0);
        style.accent = QColor(0xe0, 0x6a, 0xa8);
    }
    return style;
}

QColor ActorGraphStyle::kindColor(Actor::Kind kind)
{
    // Paul Tol's colours that stay clear of the Okabe-Ito quad classes and the accent.
    switch (kind) {
    case Actor::Kind::State:
        return QColor(0x33, 0x22, 0x88); // indigo
    case Actor::Kind::Government:
        return QColor(0x88, 0xcc, 0xee); // cyan
    case Actor::Kind::Military:
        return QColor(0x44, 0xaa, 0x99); // teal
    case Actor::Kind::ArmedGroup:
        return QColor(0x99, 0x99, 0x33); // olive
    case Actor::Kind::PoliticalParty:
        return QColor(0xdd, 0xcc, 0x77); // sand
    case Actor::Kind::InternationalOrganisation:
        return QColor(0x11, 0x77, 0x33); // dark green
    case Actor::Kind::Person:
        return QColor(0x88, 0x55, 0x22); // brown
    case Actor::Kind::Other:
        break;
    }
    return QColor(0x99, 0x99, 0x99);
}

ActorGraphPainter::ActorGraphPainter()
    : m_style(ActorGraphStyle::light())
{}

QPointF ActorGraphPainter::toScreen(const QPointF &layoutPoint,
                                    const QRectF &rect,
                                    const ActorGraphOptions &options)
{
    return rect.center() + (layoutPoint - options.center) * options.scale;
}

QPointF ActorGraphPainter::toLayout(const QPointF &screenPoint,
                                    const QRectF &rect,
                                    const ActorGraphOptions &options)
{
    return options.center + (screenPoint - rect.center()) / options.scale;
}

double ActorGraphPainter::screenRadius(int eventCount, const ActorGraphOptions &options)
{
    return ActorGraph::nodeRadius(eventCount) * options.scale;
}

double ActorGraphPainter::strandWidth(int eventCount)
{
    return std::min(1.0 + 1.2 * std::log2(double(std::max(eventCount, 1))), 8.0);
}

QColor ActorGraphPainter::relationColor(const ActorGraph::Edge &edge, Relation relation)
{
    using QC = EventType::QuadClass;
    switch (relation) {
    case Relation::Cooperation:
        return QuadClassPalette::color(edge.quadClassCount(QC::MaterialCooperation)
                                               > edge.quadClassCount(QC::VerbalCooperation)
                                           ? QC::MaterialCooperation
                                           : QC::VerbalCooperation);
    case Relation::Conflict:
        return QuadClassPalette::color(edge.quadClassCount(QC::MaterialConflict)
                                               >= edge.quadClassCount(QC::VerbalConflict)
                                           ? QC::MaterialConflict
                                           : QC::VerbalConflict);
    case Relation::Unknown:
        return QuadClassPalette::color(QC::Unknown);
    case Relation::Affiliation:
        break;
    }
    return QColor(0x55, 0x55, 0x55);
}

std::vector<ActorGraphPainter::Strand> ActorGraphPainter::strandsOf(const ActorGraph &graph)
{
    using QC = EventType::QuadClass;
    std::vector<Strand> strands;
    strands.reserve(graph.edges().size());
    // Strands of one unordered pair, to spread them sideways.
    QHash<QPair<int, int>, QList<int>> byPair;
    for (int i = 0; i < graph.edgeCount(); ++i) {
        const ActorGraph::Edge &edge = graph.edges()[size_t(i)];
        if (edge.source == edge.target)
            continue;
        const QPair<int, int> pair(std::min(edge.source, edge.target),
                                   std::max(edge.source, edge.target));
        auto add = [&](Relation relation, int count) {
            if (count <= 0)
                return;
            Strand strand;
            strand.edge = i;
            strand.relation = relation;
            strand.eventCount = count;
            strand.color = relationColor(edge, relation);
            byPair[pair].append(int(strands.size()));
            strands.push_back(strand);
        };
        if (edge.kind == ActorGraph::EdgeKind::Affiliation) {
            add(Relation::Affiliation, 1);
            continue;
        }
        add(Relation::Cooperation,
            edge.quadClassCount(QC::VerbalCooperation)
                + edge.quadClassCount(QC::MaterialCooperation));
        add(Relation::Conflict,
            edge.quadClassCount(QC::VerbalConflict) + edge.quadClassCount(QC::MaterialConflict));
        add(Relation::Unknown, edge.quadClassCount(QC::Unknown));
    }
    for (auto it = byPair.cbegin(); it != byPair.cend(); ++it) {
        const QList<int> &members = it.value();
        const int n = int(members.size());
        for (int k = 0; k < n; ++k) {
            Strand &strand = strands[size_t(members[k])];
            double offset = (k - (n - 1) / 2.0) * StrandSpacing;
            // The offset is sideways of source -> target; keep one side per pair.
            const ActorGraph::Edge &edge = graph.edges()[size_t(strand.edge)];
            if (edge.source > edge.target)
                offset = -offset;
            strand.offset = offset;
        }
    }
    return strands;
}

void ActorGraphPainter::paintNode(QPainter *painter,
                                  const QPointF &c,
                                  double r,
                                  Actor::Kind kind,
                                  bool highlighted,
                                  bool hovered) const
{
    const QColor fill = ActorGraphStyle::kindColor(kind);
    const QColor outline = fill.darker(170);
    const double outlineWidth = hovered ? 2.0 : 1.0;
    painter->setPen(QPen(outline, outlineWidth));
    painter->setBrush(fill);
    double outer = r;
    switch (kind) {
    case Actor::Kind::Government: {
        const double half = r * 0.89; // about the area of the circle
        painter->drawRect(QRectF(c.x() - half, c.y() - half, 2 * half, 2 * half));
        outer = half * 1.42;
        break;
    }
    case Actor::Kind::Military:
        outer = r * 1.3;
        painter->drawPolygon(regularPolygon(c + QPointF(0, r * 0.2), outer, 3, -M_PI / 2));
        break;
    case Actor::Kind::ArmedGroup:
        outer = r * 1.25;
        painter->drawPolygon(regularPolygon(c, outer, 4, -M_PI / 2));
        break;
    case Actor::Kind::PoliticalParty:
        outer = r * 1.1;
        painter->drawPolygon(regularPolygon(c, outer, 5, -M_PI / 2));
        break;
    case Actor::Kind::InternationalOrganisation:
        outer = r * 1.07;
        painter->drawPolygon(regularPolygon(c, outer, 6, 0));
        break;
    case Actor::Kind::Person:
        painter->drawEllipse(c, r * 0.55, r * 0.55);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(fill, std::max(1.0, r * 0.18)));
        painter->drawEllipse(c, r * 0.88, r * 0.88);
        break;
    case Actor::Kind::State:
    case Actor::Kind::Other:
        painter->drawEllipse(c, r, r);
        break;
    }
    if (highlighted) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(m_style.accent, 2.5));
        painter->drawEllipse(c, outer + 3, outer + 3);
    }
}

void ActorGraphPainter::paint(QPainter *painter,
                              const QRectF &rect,
                              const ActorGraph &graph,
                              const std::vector<QPointF> &positions,
                              const ActorGraphOptions &options)
{
    m_labels.clear();
    painter->save();
    painter->setClipRect(rect);
    painter->fillRect(rect, m_style.background);
    painter->setFont(m_style.font);
    painter->setRenderHint(QPainter::Antialiasing, true);

    if (graph.isEmpty() || positions.size() != graph.nodes().size()) {
        QFont titleFont = m_style.font;
        titleFont.setBold(true);
        const QFontMetricsF metrics(titleFont);
        QRectF titleRect(rect.left(),
                         rect.center().y() - metrics.height(),
                         rect.width(),
                         metrics.height());
        painter->setFont(titleFont);
        painter->setPen(m_style.text);
        painter->drawText(titleRect, Qt::AlignCenter | Qt::TextSingleLine, options.emptyTitle);
        painter->setFont(m_style.font);
        painter->setPen(m_style.mutedText);
        painter->drawText(QRectF(rect.left() + 16,
                                 rect.center().y() + 4,
                                 rect.width() - 32,
                                 rect.height() / 2 - 8),
                          Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                          options.emptyMessage);
    } else {
        std::vector<QPointF> screen(positions.size());
        for (size_t i = 0; i < positions.size(); ++i)
            screen[i] = toScreen(positions[i], rect, options);
        const QRectF visible = rect.adjusted(-40, -40, 40, 40);

        // Edges under the nodes. Many thin lines are drawn without antialiasing:
        // they read the same at that density and cost a fraction.
        const std::vector<Strand> strands = strandsOf(graph);
        const bool dense = strands.size() > DenseStrands;
        painter->setRenderHint(QPainter::Antialiasing, !dense);
        painter->setBrush(Qt::NoBrush);
        for (const Strand &strand : strands) {
            const ActorGraph::Edge &edge = graph.edges()[size_t(strand.edge)];
            const QPointF a = screen[size_t(edge.source)];
            const QPointF b = screen[size_t(edge.target)];
            if (!visible.intersects(QRectF(a, b).normalized().adjusted(-20, -20, 20, 20)))
                continue;
            const bool highlighted = !options.highlightedActors.isEmpty()
                                     && options.highlightedActors.contains(
                                         graph.nodes()[size_t(edge.source)].actorId)
                                     && options.highlightedActors.contains(
                                         graph.nodes()[size_t(edge.target)].actorId);
            const double width = strand.relation == Relation::Affiliation
                                     ? 1.2
                                     : strandWidth(strand.eventCount);
            QPainterPath path;
            const bool straight = strand.offset == 0;
            if (!straight) {
                path.moveTo(a);
                path.quadTo(controlPoint(a, b, strand.offset), b);
            }
            auto draw = [&] {
                if (straight)
                    painter->drawLine(a, b);
                else
                    painter->drawPath(path);
            };
            if (highlighted) {
                painter->setPen(QPen(m_style.accent, width + 4, Qt::SolidLine, Qt::RoundCap));
                draw();
            }
            if (strand.relation == Relation::Affiliation)
                painter->setPen(QPen(m_style.affiliation, width, Qt::DashLine, Qt::FlatCap));
            else
                painter->setPen(QPen(strand.color, width, Qt::SolidLine, Qt::RoundCap));
            draw();
        }
        painter->setRenderHint(QPainter::Antialiasing, true);

        // Nodes, the smallest first so hubs stay on top.
        std::vector<int> order(graph.nodes().size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&graph](int a, int b) {
            return graph.nodes()[size_t(a)].eventCount < graph.nodes()[size_t(b)].eventCount;
        });
        for (int i : order) {
            const ActorGraph::Node &node = graph.nodes()[size_t(i)];
            const double r = std::max(3.0, screenRadius(node.eventCount, options));
            const QPointF c = screen[size_t(i)];
            if (!visible.adjusted(-r, -r, r, r).contains(c))
                continue;
            paintNode(painter,
                      c,
                      r,
                      node.kind,
                      options.highlightedActors.contains(node.actorId),
                      options.hoveredActorId == node.actorId);
        }
        if (options.showLabels)
            paintLabels(painter, rect, graph, screen, options);
    }

    if (!options.cornerNote.isEmpty()) {
        const QFontMetricsF metrics(m_style.font);
        const QRectF note(rect.left() + 8,
                          rect.bottom() - metrics.height() - 6,
                          metrics.horizontalAdvance(options.cornerNote) + 8,
                          metrics.height() + 2);
        painter->fillRect(note, m_style.labelHalo);
        painter->setPen(m_style.mutedText);
        painter->drawText(note, Qt::AlignCenter | Qt::TextSingleLine, options.cornerNote);
    }
    painter->restore();
}

void ActorGraphPainter::paintLabels(QPainter *painter,
                                    const QRectF &rect,
                                    const ActorGraph &graph,
                                    const std::vector<QPointF> &screen,
                                    const ActorGraphOptions &options)
{
    // Greedy by importance: the actors with most events claim their place first.
    std::vector<int> order;
    order.reserve(graph.nodes().size());
    for (int i = 0; i < graph.nodeCount(); ++i) {
        const ActorGraph::Node &node = graph.nodes()[size_t(i)];
        if (screenRadius(node.eventCount, options) >= MinLabelRadius
            && rect.contains(screen[size_t(i)]))
            order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(), [&graph, &options](int a, int b) {
        const ActorGraph::Node &na = graph.nodes()[size_t(a)];
        const ActorGraph::Node &nb = graph.nodes()[size_t(b)];
        const bool ha = options.highlightedActors.contains(na.actorId);
        const bool hb = options.highlightedActors.contains(nb.actorId);
        if (ha != hb)
            return ha;
        return na.eventCount > nb.eventCount;
    });

    // Labels keep off the nodes that are big enough to matter, not only off each other.
    RectGrid grid;
    size_t obstacles = 0;
    for (int i : order) {
        if (++obstacles > MaxObstacles)
            break;
        const double r = screenRadius(graph.nodes()[size_t(i)].eventCount, options) * 1.3;
        const QPointF c = screen[size_t(i)];
        grid.insert(i,
                    graph.nodes()[size_t(i)].eventCount,
                    QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
    }

    const QFontMetricsF metrics(m_style.font);
    int placed = 0;
    for (int i : order) {
        if (placed >= MaxLabels)
            break;
        const ActorGraph::Node &node = graph.nodes()[size_t(i)];
        const QString text = metrics.elidedText(node.name, Qt::ElideRight, LabelWidth);
        if (text.isEmpty())
            continue;
        const QSizeF size(metrics.horizontalAdvance(text) + 4, metrics.height());
        const QPointF c = screen[size_t(i)];
        const double r = screenRadius(node.eventCount, options) + 3;
        const double d = r * 0.72; // along the diagonals
        const QRectF candidates[] = {
            QRectF(QPointF(c.x() - size.width() / 2, c.y() + r), size),                 // below
            QRectF(QPointF(c.x() - size.width() / 2, c.y() - r - size.height()), size), // above
            QRectF(QPointF(c.x() + r, c.y() - size.height() / 2), size),                // right
            QRectF(QPointF(c.x() - r - size.width(), c.y() - size.height() / 2), size), // left
            QRectF(QPointF(c.x() + d, c.y() + d), size),                 // below right
            QRectF(QPointF(c.x() + d, c.y() - d - size.height()), size), // above right
            QRectF(QPointF(c.x() - d - size.width(), c.y() + d), size),  // below left
            QRectF(QPointF(c.x() - d - size.width(), c.y() - d - size.height()), size), // above left
        };
        // First a place free of every other node; failing that, one that covers
        // only nodes with fewer events, so hubs in a crowd keep their names.
        const QRectF *chosen = nullptr;
        for (const int minWeight : {0, node.eventCount + 1}) {
            for (const QRectF &candidate : candidates) {
                if (rect.contains(candidate) && !grid.intersects(candidate, i, minWeight)) {
                    chosen = &candidate;
                    break;
                }
            }
            if (chosen)
                break;
        }
        if (!chosen)
            continue;
        grid.insert(-1, 0, *chosen);
        ++placed;
        const bool highlighted = options.highlightedActors.contains(node.actorId);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_style.labelHalo);
        painter->drawRoundedRect(*chosen, 3, 3);
        painter->setPen(highlighted ? m_style.accent.darker(120) : m_style.text);
        // drawText with a QString never interprets markup: names are article text.
        painter->drawText(*chosen, Qt::AlignCenter | Qt::TextSingleLine, text);
        m_labels.append(node.name);
    }
}

ActorGraphPainter::Hit ActorGraphPainter::hitTest(const QPointF &point,
                                                  const QRectF &rect,
                                                  const ActorGraph &graph,
                                                  const std::vector<QPointF> &positions,
                                                  const ActorGraphOptions &options) const
{
    Hit hit;
    if (graph.isEmpty() || positions.size() != graph.nodes().size())
        return hit;
    std::vector<QPointF> screen(positions.size());
    for (size_t i = 0; i < positions.size(); ++i)
        screen[i] = toScreen(positions[i], rect, options);

    // Nodes first; the biggest wins where they overlap, as it is painted on top.
    int bestEvents = -1;
    for (int i = 0; i < graph.nodeCount(); ++i) {
        const ActorGraph::Node &node = graph.nodes()[size_t(i)];
        const double r = std::max(4.0, screenRadius(node.eventCount, options) * 1.15);
        const QPointF d = point - screen[size_t(i)];
        if (d.x() * d.x() + d.y() * d.y() <= r * r && node.eventCount > bestEvents) {
            hit.kind = Hit::Kind::Node;
            hit.node = i;
            bestEvents = node.eventCount;
        }
    }
    if (hit.kind == Hit::Kind::Node)
        return hit;

    double best = 5;
    for (const Strand &strand : strandsOf(graph)) {
        const ActorGraph::Edge &edge = graph.edges()[size_t(strand.edge)];
        const QPointF a = screen[size_t(edge.source)];
        const QPointF b = screen[size_t(edge.target)];
        const double tolerance = std::max(4.0, strandWidth(strand.eventCount) / 2 + 2);
        if (!QRectF(a, b)
                 .normalized()
                 .adjusted(-tolerance - std::abs(strand.offset),
                           -tolerance - std::abs(strand.offset),
                           tolerance + std::abs(strand.offset),
                           tolerance + std::abs(strand.offset))
                 .contains(point))
            continue;
        const QPointF control = controlPoint(a, b, strand.offset);
        QPointF previous = a;
        constexpr int Steps = 12;
        for (int s = 1; s <= Steps; ++s) {
            const double t = double(s) / Steps;
            const QPointF next = (1 - t) * (1 - t) * a + 2 * (1 - t) * t * control + t * t * b;
            const double distance = distanceToSegment(point, previous, next);
            if (distance <= tolerance && distance < best) {
                best = distance;
                hit.kind = Hit::Kind::Edge;
                hit.edge = strand.edge;
            }
            previous = next;
        }
    }
    return hit;
}

} // namespace Faultline
