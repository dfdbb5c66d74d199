#include "core/query/quadtree.h"

#include <algorithm>
#include <numeric>

namespace Faultline {

void QuadTree::build(const std::vector<double> &x,
                     const std::vector<double> &y,
                     const std::vector<double> &mass)
{
    m_cells.clear();
    m_order.resize(x.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    if (x.empty())
        return;
    m_x = &x;
    m_y = &y;
    m_mass = &mass;
    const auto [minX, maxX] = std::minmax_element(x.begin(), x.end());
    const auto [minY, maxY] = std::minmax_element(y.begin(), y.end());
    // A square slightly larger than the points, so the largest lie strictly inside.
    const double size = std::max({*maxX - *minX, *maxY - *minY, 1e-9}) * 1.0001 + 1e-9;
    m_cells.reserve(x.size() * 2 + 4);
    Cell root;
    root.minX = *minX;
    root.minY = *minY;
    root.size = size;
    m_cells.push_back(root);
    buildCell(0, 0, int(x.size()), 0);
}

void QuadTree::buildCell(int cellIndex, int begin, int end, int depth)
{
    const std::vector<double> &x = *m_x;
    const std::vector<double> &y = *m_y;
    const std::vector<double> &mass = *m_mass;
    if (end - begin <= LeafSize || depth >= MaxDepth) {
        Cell &cell = m_cells[size_t(cellIndex)];
        cell.begin = begin;
        cell.end = end;
        double m = 0, cx = 0, cy = 0;
        for (int i = begin; i < end; ++i) {
            const auto p = size_t(m_order[size_t(i)]);
            m += mass[p];
            cx += x[p] * mass[p];
            cy += y[p] * mass[p];
        }
        cell.mass = m;
        if (m > 0) {
            cell.centerX = cx / m;
            cell.centerY = cy / m;
        }
        return;
    }
    const Cell parent = m_cells[size_t(cellIndex)];
    const double half = parent.size / 2;
    const double midX = parent.minX + half;
    const double midY = parent.minY + half;
    auto first = m_order.begin() + begin;
    auto last = m_order.begin() + end;
    auto splitX = std::partition(first, last, [&](int p) { return x[size_t(p)] < midX; });
    auto splitLow = std::partition(first, splitX, [&](int p) { return y[size_t(p)] < midY; });
    auto splitHigh = std::partition(splitX, last, [&](int p) { return y[size_t(p)] < midY; });
    const int bounds[5] = {begin,
                           int(splitLow - m_order.begin()),
                           int(splitX - m_order.begin()),
                           int(splitHigh - m_order.begin()),
                           end};
    // Only the quadrants holding points get a cell, side by side, so a visit
    // never walks empty ones.
    const int firstChild = int(m_cells.size());
    int childCount = 0;
    for (int c = 0; c < 4; ++c) {
        if (bounds[c + 1] == bounds[c])
            continue;
        Cell child;
        child.minX = c < 2 ? parent.minX : midX;
        child.minY = (c % 2 == 0) ? parent.minY : midY;
        child.size = half;
        child.begin = bounds[c];
        child.end = bounds[c + 1];
        m_cells.push_back(child);
        ++childCount;
    }
    m_cells[size_t(cellIndex)].firstChild = firstChild;
    m_cells[size_t(cellIndex)].childCount = childCount;
    double m = 0, cx = 0, cy = 0;
    for (int c = 0; c < childCount; ++c) {
        const int child = firstChild + c;
        const Cell copy = m_cells[size_t(child)];
        buildCell(child, copy.begin, copy.end, depth + 1);
        const Cell &built = m_cells[size_t(child)];
        m += built.mass;
        cx += built.centerX * built.mass;
        cy += built.centerY * built.mass;
    }
    Cell &cell = m_cells[size_t(cellIndex)];
    cell.mass = m;
    cell.begin = begin;
    cell.end = end;
    if (m > 0) {
        cell.centerX = cx / m;
        cell.centerY = cy / m;
    }
}

} // namespace Faultline
