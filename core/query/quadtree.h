#pragma once

#include <array>
#include <cstddef>
#include <vector>

namespace Faultline {

// Barnes-Hut quadtree over weighted points: each cell keeps its total mass and
// centre of mass, so far groups of points act as one. Flat arrays; a leaf holds
// up to LeafSize points and only non-empty quadrants get a cell.
class QuadTree
{
public:
    struct Cell
    {
        double centerX = 0; // centre of mass
        double centerY = 0;
        double mass = 0;
        double minX = 0; // square bounds
        double minY = 0;
        double size = 0;
        int firstChild = -1; // childCount consecutive cells, -1 for a leaf
        int childCount = 0;
        int begin = 0; // the cell's points: order()[begin, end)
        int end = 0;
    };

    static constexpr int MaxDepth = 40;
    // Points a leaf holds before it is split: opening a leaf of a few points
    // costs less than walking more cells.
    static constexpr int LeafSize = 6;

    void build(const std::vector<double> &x,
               const std::vector<double> &y,
               const std::vector<double> &mass);

    const std::vector<Cell> &cells() const { return m_cells; }
    const std::vector<int> &order() const { return m_order; }

    // For the point (px, py): calls far(cell) for every cell seen from the point
    // under the opening criterion size / distance < theta (never a cell that
    // contains the point), and near(index) for every point met in a leaf that
    // had to be opened, the point itself included.
    template<typename Near, typename Far>
    void visit(double px, double py, double theta, Near near, Far far) const
    {
        if (m_cells.empty())
            return;
        const double theta2 = theta * theta;
        std::array<int, 4 * MaxDepth + 8> stack;
        int top = 0;
        stack[top++] = 0;
        const Cell *cells = m_cells.data();
        const int *order = m_order.data();
        while (top > 0) {
            const Cell &cell = cells[stack[--top]];
            const bool inside = px >= cell.minX && px < cell.minX + cell.size && py >= cell.minY
                                && py < cell.minY + cell.size;
            if (!inside) {
                const double dx = px - cell.centerX;
                const double dy = py - cell.centerY;
                if (cell.size * cell.size < theta2 * (dx * dx + dy * dy)) {
                    far(cell);
                    continue;
                }
            }
            if (cell.firstChild < 0) {
                for (int i = cell.begin; i < cell.end; ++i)
                    near(order[i]);
                continue;
            }
            for (int c = 0; c < cell.childCount; ++c)
                stack[top++] = cell.firstChild + c;
        }
    }

private:
    void buildCell(int cell, int begin, int end, int depth);

    std::vector<Cell> m_cells;
    std::vector<int> m_order;
    const std::vector<double> *m_x = nullptr;
    const std::vector<double> *m_y = nullptr;
    const std::vector<double> *m_mass = nullptr;
};

} // namespace Faultline
