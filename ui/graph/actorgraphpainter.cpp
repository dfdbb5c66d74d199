#include "ui/graph/actorgraphpainter.h"

#include "ui/panels/quadclasspalette.h"

#include <QFontMetricsF>
#include <QPaintEngine>
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
constexpr size_t DenseStrands = 1500; // more strands on screen than this: the dense level of detail
// At most this many strands are drawn, the heaviest first: past it a frame
// would cost what the data costs (millions of pixels of hairball), not what
// the screen shows. The thinnest, single-event strands go first.
constexpr size_t MaxDrawnStrands = 5000;
constexpr double MinLabelRadius = 3; // smaller nodes get no label
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

QString ActorGraphPainter::relationName(Relation relation)
{
    switch (relation) {
    case Relation::Cooperation:
        return tr("Cooperation");
    case Relation::Conflict:
        return tr("Conflict");
    case Relation::Unknown:
        return tr("Unclassified");
    case Relation::Affiliation:
        break;
    }
    return tr("Affiliation");
}

double ActorGraphPainter::paintKindShape(
    QPainter *painter, const QPointF &c, double r, Actor::Kind kind, double outlineWidth)
{
    const QColor fill = ActorGraphStyle::kindColor(kind);
    const QColor outline = fill.darker(170);
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
    return outer;
}

void ActorGraphPainter::paintNode(QPainter *painter,
                                  const QPointF &c,
                                  double r,
                                  Actor::Kind kind,
                                  bool highlighted,
                                  bool hovered) const
{
    const double outer = paintKindShape(painter, c, r, kind, hovered ? 2.0 : 1.0);
    if (highlighted) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(m_style.accent, 2.5));
        painter->drawEllipse(c, outer + 3, outer + 3);
    }
}

const QImage &ActorGraphPainter::sprite(Actor::Kind kind, double radius, qreal ratio) const
{
    // Radii in quarter pixels up to 8, in half pixels above: a node drawn from
    // a sprite is off by at most a quarter of a pixel, and the cache stays small.
    const int quarters = radius < 8 ? int(std::lround(radius * 4))
                                    : 2 * int(std::lround(radius * 2));
    const int ratioKey = int(std::lround(ratio * 100));
    const quint64 key = (quint64(ratioKey) << 32) | (quint64(quarters) << 8) | quint64(kind);
    auto it = m_sprites.find(key);
    if (it != m_sprites.end())
        return *it;
    const double r = quarters / 4.0;
    const int half = int(std::ceil(r * 1.6 + 2));
    QImage image(QSize(2 * half, 2 * half) * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing, true);
        paintKindShape(&painter, QPointF(half, half), r, kind);
    }
    if (m_sprites.size() > 4000)
        m_sprites.clear();
    return *m_sprites.insert(key, image);
}

const ActorGraphPainter::GraphCache &ActorGraphPainter::cacheFor(const ActorGraph &graph) const
{
    if (m_cache.serial == graph.serial() && m_cache.strands.size() <= graph.edges().size() * 3 + 3)
        return m_cache;
    GraphCache cache;
    cache.serial = graph.serial();
    cache.strands = strandsOf(graph);
    // One pen per colour, width and line style: a frame then draws each
    // group with a single call instead of one per strand.
    QHash<quint64, int> penIndex;
    cache.penOfStrand.reserve(cache.strands.size());
    for (const Strand &strand : cache.strands) {
        const bool affiliation = strand.relation == Relation::Affiliation;
        const double width = affiliation ? 1.2 : strandWidth(strand.eventCount);
        const QColor colour = affiliation ? m_style.affiliation : strand.color;
        const quint64 key = (quint64(colour.rgba()) << 32) | (quint64(std::lround(width * 8)) << 1)
                            | (affiliation ? 1 : 0);
        auto it = penIndex.constFind(key);
        if (it == penIndex.cend()) {
            it = penIndex.insert(key, int(cache.pens.size()));
            cache.pens.push_back(affiliation ? QPen(colour, width, Qt::DashLine, Qt::FlatCap)
                                             : QPen(colour, width, Qt::SolidLine, Qt::RoundCap));
        }
        cache.penOfStrand.push_back(*it);
    }
    // Heaviest strands first, affiliations among them: the order of the strand budget.
    cache.strandOrder.resize(cache.strands.size());
    std::iota(cache.strandOrder.begin(), cache.strandOrder.end(), 0);
    std::stable_sort(cache.strandOrder.begin(), cache.strandOrder.end(), [&cache](int a, int b) {
        const Strand &x = cache.strands[size_t(a)];
        const Strand &y = cache.strands[size_t(b)];
        const int wx = x.relation == Relation::Affiliation ? 2 : x.eventCount;
        const int wy = y.relation == Relation::Affiliation ? 2 : y.eventCount;
        return wx > wy;
    });
    cache.nodeOrder.resize(graph.nodes().size());
    std::iota(cache.nodeOrder.begin(), cache.nodeOrder.end(), 0);
    std::stable_sort(cache.nodeOrder.begin(), cache.nodeOrder.end(), [&graph](int a, int b) {
        return graph.nodes()[size_t(a)].eventCount < graph.nodes()[size_t(b)].eventCount;
    });
    cache.legend = legendItemsOf(graph);
    m_cache = std::move(cache);
    return m_cache;
}

ActorGraphPainter::LegendItems ActorGraphPainter::legendItemsOf(const ActorGraph &graph)
{
    LegendItems items;
    bool kinds[Actor::KindCount] = {};
    for (const ActorGraph::Node &node : graph.nodes())
        kinds[int(node.kind)] = true;
    for (int k = 0; k < Actor::KindCount; ++k) {
        if (kinds[k])
            items.kinds.append(Actor::Kind(k));
    }
    using QC = EventType::QuadClass;
    bool relations[4] = {};
    for (const ActorGraph::Edge &edge : graph.edges()) {
        if (edge.source == edge.target)
            continue;
        if (edge.kind == ActorGraph::EdgeKind::Affiliation) {
            relations[int(Relation::Affiliation)] = true;
            continue;
        }
        relations[int(Relation::Cooperation)] |= edge.quadClassCount(QC::VerbalCooperation)
                                                     + edge.quadClassCount(QC::MaterialCooperation)
                                                 > 0;
        relations[int(Relation::Conflict)] |= edge.quadClassCount(QC::VerbalConflict)
                                                  + edge.quadClassCount(QC::MaterialConflict)
                                              > 0;
        relations[int(Relation::Unknown)] |= edge.quadClassCount(QC::Unknown) > 0;
    }
    for (Relation relation :
         {Relation::Cooperation, Relation::Conflict, Relation::Unknown, Relation::Affiliation}) {
        if (relations[int(relation)])
            items.relations.append(relation);
    }
    return items;
}

qreal ActorGraphPainter::paintLegend(QPainter *painter,
                                     const QPointF &topLeft,
                                     qreal width,
                                     const QFont &font,
                                     const LegendItems &items,
                                     bool paint) const
{
    if (items.isEmpty())
        return 0;
    const QFontMetricsF fm(font);
    const qreal swatch = std::round(fm.height() * 0.8);
    const qreal gap = std::round(fm.height() * 0.9);
    const qreal lineHeight = fm.height() + 3;
    struct Entry
    {
        bool kind;
        Actor::Kind actorKind;
        Relation relation;
        QString text;
    };
    std::vector<Entry> entries;
    for (Actor::Kind kind : items.kinds)
        entries.push_back({true, kind, Relation::Unknown, Actor::kindName(kind)});
    for (Relation relation : items.relations)
        entries.push_back({false, Actor::Kind::Other, relation, relationName(relation)});
    if (paint) {
        painter->save();
        painter->setFont(font);
        painter->setRenderHint(QPainter::Antialiasing, true);
    }
    qreal x = topLeft.x();
    qreal h = lineHeight;
    const ActorGraph::Edge none;
    for (const Entry &entry : entries) {
        const qreal w = swatch + 5 + fm.horizontalAdvance(entry.text);
        if (x > topLeft.x() && x + w > topLeft.x() + width) {
            x = topLeft.x();
            h += lineHeight;
        }
        const qreal top = topLeft.y() + h - lineHeight;
        const QRectF box(x, top + (fm.height() - swatch) / 2, swatch, swatch);
        if (paint) {
            if (entry.kind) {
                // The same shape as the nodes, a little smaller than the box so corners fit.
                paintKindShape(painter, box.center(), swatch * 0.38, entry.actorKind);
            } else if (entry.relation == Relation::Affiliation) {
                painter->setPen(QPen(m_style.affiliation, 1.5, Qt::DashLine, Qt::FlatCap));
                painter->drawLine(QPointF(box.left(), box.center().y()),
                                  QPointF(box.right(), box.center().y()));
            } else {
                painter->setPen(
                    QPen(relationColor(none, entry.relation), 2.5, Qt::SolidLine, Qt::RoundCap));
                painter->drawLine(QPointF(box.left() + 1, box.center().y()),
                                  QPointF(box.right() - 1, box.center().y()));
            }
            painter->setPen(m_style.text);
            painter->drawText(QRectF(x + swatch + 5, top, w, fm.height()),
                              Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                              entry.text);
        }
        x += w + gap;
    }
    if (paint)
        painter->restore();
    return h;
}

void ActorGraphPainter::paint(QPainter *painter,
                              const QRectF &rect,
                              const ActorGraph &graph,
                              const std::vector<QPointF> &positions,
                              const ActorGraphOptions &options)
{
    m_labels.clear();
    m_lastStrands = 0;
    m_lastNodes = 0;
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
        paintEdges(painter, rect, graph, screen, options);
        paintNodes(painter, rect, graph, screen, options);
        if (options.showLabels)
            paintLabels(painter, rect, graph, screen, options);
        if (options.showLegend) {
            const LegendItems &items = cacheFor(graph).legend;
            const QPointF corner = rect.topLeft() + QPointF(8, 6);
            const qreal width = std::min<qreal>(rect.width() - 16, 420);
            const qreal height = paintLegend(painter, corner, width, m_style.font, items, false);
            if (height > 0) {
                painter->setPen(Qt::NoPen);
                painter->setBrush(m_style.labelHalo);
                painter->drawRoundedRect(QRectF(corner, QSizeF(width, height)).adjusted(-4, -3, 4, 3),
                                         4,
                                         4);
                paintLegend(painter, corner, width, m_style.font, items);
            }
        }
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

void ActorGraphPainter::paintEdges(QPainter *painter,
                                   const QRectF &rect,
                                   const ActorGraph &graph,
                                   const std::vector<QPointF> &screen,
                                   const ActorGraphOptions &options)
{
    const GraphCache &cache = cacheFor(graph);
    const QRectF visible = rect.adjusted(-40, -40, 40, 40);
    // Which strands are on screen, and how many: the level of detail follows from it.
    std::vector<int> shown;
    shown.reserve(std::min(cache.strands.size(), MaxDrawnStrands));
    int visibleCount = 0;
    for (const int k : cache.strandOrder) {
        const ActorGraph::Edge &edge = graph.edges()[size_t(cache.strands[size_t(k)].edge)];
        const QPointF a = screen[size_t(edge.source)];
        const QPointF b = screen[size_t(edge.target)];
        const double pad = 20;
        if (std::max(a.x(), b.x()) < visible.left() - pad
            || std::min(a.x(), b.x()) > visible.right() + pad
            || std::max(a.y(), b.y()) < visible.top() - pad
            || std::min(a.y(), b.y()) > visible.bottom() + pad)
            continue;
        ++visibleCount;
        if (shown.size() < MaxDrawnStrands)
            shown.push_back(k);
    }
    m_lastStrands = int(shown.size());
    // Many strands on screen: no antialiasing, hairlines for the thin ones,
    // straight parallel lines instead of curves, and strands shorter than a
    // pixel or two left out; they read the same at that density and cost a fraction.
    const bool dense = size_t(visibleCount) > DenseStrands;
    painter->setRenderHint(QPainter::Antialiasing, !dense);
    painter->setBrush(Qt::NoBrush);

    const bool anyHighlight = !options.highlightedActors.isEmpty();
    std::vector<QList<QLineF>> lines(cache.pens.size());
    std::vector<QPainterPath> curves(cache.pens.size());
    std::vector<int> highlighted;
    for (int k : shown) {
        const Strand &strand = cache.strands[size_t(k)];
        const ActorGraph::Edge &edge = graph.edges()[size_t(strand.edge)];
        const QPointF a = screen[size_t(edge.source)];
        const QPointF b = screen[size_t(edge.target)];
        const QPointF d = b - a;
        const double length2 = d.x() * d.x() + d.y() * d.y();
        if (dense && length2 < 4.0)
            continue;
        if (anyHighlight
            && options.highlightedActors.contains(graph.nodes()[size_t(edge.source)].actorId)
            && options.highlightedActors.contains(graph.nodes()[size_t(edge.target)].actorId))
            highlighted.push_back(k);
        const auto pen = size_t(cache.penOfStrand[size_t(k)]);
        if (strand.offset == 0) {
            lines[pen].append(QLineF(a, b));
        } else if (dense || length2 < 900.0) {
            // Side by side: a short or crowded strand is a parallel line, not a curve.
            const double length = std::sqrt(length2);
            const QPointF shift = length > 1e-9
                                      ? QPointF(-d.y() / length, d.x() / length) * strand.offset
                                      : QPointF();
            lines[pen].append(QLineF(a + shift, b + shift));
        } else {
            curves[pen].moveTo(a);
            curves[pen].quadTo(controlPoint(a, b, strand.offset), b);
        }
    }
    // Under everything: the accent behind the strands between marked actors.
    for (int k : highlighted) {
        const Strand &strand = cache.strands[size_t(k)];
        const ActorGraph::Edge &edge = graph.edges()[size_t(strand.edge)];
        const QPointF a = screen[size_t(edge.source)];
        const QPointF b = screen[size_t(edge.target)];
        const double width = cache.pens[size_t(cache.penOfStrand[size_t(k)])].widthF();
        painter->setPen(QPen(m_style.accent, width + 4, Qt::SolidLine, Qt::RoundCap));
        if (strand.offset == 0) {
            painter->drawLine(a, b);
        } else {
            QPainterPath path(a);
            path.quadTo(controlPoint(a, b, strand.offset), b);
            painter->drawPath(path);
        }
    }
    for (size_t pen = 0; pen < cache.pens.size(); ++pen) {
        if (lines[pen].isEmpty() && curves[pen].isEmpty())
            continue;
        QPen p = cache.pens[pen];
        if (dense && p.style() == Qt::SolidLine) {
            // Widths still rank the relations, compressed: wide strokes over
            // thousands of strands cost fill, not information.
            // Hairlines are the raster engine's fast path; only the heaviest
            // relations keep some width.
            const double width = 1.0 + (p.widthF() - 1.0) / 3.0;
            if (width < 2.0)
                p.setWidth(0);
            else
                p.setWidthF(width);
        }
        painter->setPen(p);
        if (!lines[pen].isEmpty())
            painter->drawLines(lines[pen].constData(), int(lines[pen].size()));
        if (!curves[pen].isEmpty())
            painter->drawPath(curves[pen]);
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
}

void ActorGraphPainter::paintNodes(QPainter *painter,
                                   const QRectF &rect,
                                   const ActorGraph &graph,
                                   const std::vector<QPointF> &screen,
                                   const ActorGraphOptions &options)
{
    const GraphCache &cache = cacheFor(graph);
    const QRectF visible = rect.adjusted(-40, -40, 40, 40);
    // On a raster device nodes are stamped from pre-drawn sprites; vector
    // output (PDF, SVG, print) keeps real shapes.
    const bool raster = painter->paintEngine()
                        && painter->paintEngine()->type() == QPaintEngine::Raster
                        && painter->transform().type() <= QTransform::TxTranslate;
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    constexpr double MaxSpriteRadius = 24;
    int drawn = 0;
    for (int i : cache.nodeOrder) {
        const ActorGraph::Node &node = graph.nodes()[size_t(i)];
        const double r = std::max(3.0, screenRadius(node.eventCount, options));
        const QPointF c = screen[size_t(i)];
        if (c.x() < visible.left() - 2 * r || c.x() > visible.right() + 2 * r
            || c.y() < visible.top() - 2 * r || c.y() > visible.bottom() + 2 * r)
            continue;
        ++drawn;
        const bool highlighted = options.highlightedActors.contains(node.actorId);
        const bool hovered = options.hoveredActorId == node.actorId;
        if (raster && !highlighted && !hovered && r <= MaxSpriteRadius) {
            const QImage &image = sprite(node.kind, r, ratio);
            const double half = image.width() / ratio / 2;
            painter->drawImage(QPointF(std::round(c.x() - half), std::round(c.y() - half)), image);
            continue;
        }
        paintNode(painter, c, r, node.kind, highlighted, hovered);
    }
    m_lastNodes = drawn;
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
    // Elided names and their widths are measured once per graph and font.
    cacheFor(graph);
    GraphCache &cache = m_cache;
    if (cache.labelFont != m_style.font || cache.labelTexts.size() != graph.nodes().size()) {
        cache.labelFont = m_style.font;
        cache.labelTexts.assign(graph.nodes().size(), QString());
        cache.labelWidths.assign(graph.nodes().size(), -1.0);
    }
    int placed = 0;
    int tried = 0;
    for (int i : order) {
        // Past the first few hundred candidates, in a crowd, hardly any label still finds room.
        if (placed >= MaxLabels || ++tried > 4 * MaxLabels)
            break;
        const ActorGraph::Node &node = graph.nodes()[size_t(i)];
        if (cache.labelWidths[size_t(i)] < 0) {
            cache.labelTexts[size_t(i)] = metrics.elidedText(node.name, Qt::ElideRight, LabelWidth);
            cache.labelWidths[size_t(i)] = metrics.horizontalAdvance(cache.labelTexts[size_t(i)]);
        }
        const QString &text = cache.labelTexts[size_t(i)];
        if (text.isEmpty())
            continue;
        const QSizeF size(cache.labelWidths[size_t(i)] + 4, metrics.height());
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
    for (const Strand &strand : cacheFor(graph).strands) {
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
