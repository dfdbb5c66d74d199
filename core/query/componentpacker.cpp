#include "core/query/componentpacker.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Faultline {

namespace {

struct Box
{
    double left = 0;
    double top = 0;
    double right = 0;
    double bottom = 0;
    bool empty = true;

    double width() const { return right - left; }
    double height() const { return bottom - top; }
    void add(double l, double t, double r, double b)
    {
        if (empty) {
            left = l;
            top = t;
            right = r;
            bottom = b;
            empty = false;
            return;
        }
        left = std::min(left, l);
        top = std::min(top, t);
        right = std::max(right, r);
        bottom = std::max(bottom, b);
    }
};

int findRoot(std::vector<int> &parent, int node)
{
    while (parent[size_t(node)] != node) {
        parent[size_t(node)] = parent[size_t(parent[size_t(node)])]; // path halving
        node = parent[size_t(node)];
    }
    return node;
}

} // namespace

std::vector<int> ComponentPacker::label(int nodeCount, const std::vector<Link> &links, int *count)
{
    std::vector<int> parent(size_t(std::max(nodeCount, 0)));
    std::iota(parent.begin(), parent.end(), 0);
    for (const Link &link : links) {
        if (link.first < 0 || link.second < 0 || link.first >= nodeCount || link.second >= nodeCount)
            continue;
        const int a = findRoot(parent, link.first);
        const int b = findRoot(parent, link.second);
        if (a != b)
            parent[size_t(std::max(a, b))] = std::min(a, b); // the root is the lowest node
    }
    // Roots in node order, then sorted by size: the numbering does not depend on the links' order.
    std::vector<int> sizeOfRoot(parent.size(), 0);
    for (int i = 0; i < nodeCount; ++i)
        ++sizeOfRoot[size_t(findRoot(parent, i))];
    std::vector<int> roots;
    for (int i = 0; i < nodeCount; ++i) {
        if (parent[size_t(i)] == i)
            roots.push_back(i);
    }
    std::stable_sort(roots.begin(), roots.end(), [&sizeOfRoot](int a, int b) {
        return sizeOfRoot[size_t(a)] > sizeOfRoot[size_t(b)];
    });
    std::vector<int> numberOfRoot(parent.size(), -1);
    for (size_t k = 0; k < roots.size(); ++k)
        numberOfRoot[size_t(roots[k])] = int(k);
    std::vector<int> result(parent.size());
    for (int i = 0; i < nodeCount; ++i)
        result[size_t(i)] = numberOfRoot[size_t(findRoot(parent, i))];
    if (count)
        *count = int(roots.size());
    return result;
}

int ComponentPacker::pack(std::vector<double> &x,
                          std::vector<double> &y,
                          const std::vector<double> &radii,
                          const std::vector<int> &component,
                          int componentCount,
                          const std::vector<char> &fixed,
                          double gap)
{
    const size_t n = x.size();
    if (componentCount < 2 || n == 0)
        return 0;
    std::vector<Box> boxes(static_cast<size_t>(componentCount));
    std::vector<char> fixedComponent(size_t(componentCount), 0);
    std::vector<int> sizes(size_t(componentCount), 0);
    for (size_t i = 0; i < n; ++i) {
        const auto c = size_t(component[i]);
        const double r = i < radii.size() ? radii[i] : 0.0;
        boxes[c].add(x[i] - r, y[i] - r, x[i] + r, y[i] + r);
        ++sizes[c];
        if (i < fixed.size() && fixed[i])
            fixedComponent[c] = 1;
    }
    Box fixedBox;
    std::vector<int> movable;
    for (int c = 0; c < componentCount; ++c) {
        if (boxes[size_t(c)].empty)
            continue;
        if (fixedComponent[size_t(c)]) {
            const Box &b = boxes[size_t(c)];
            fixedBox.add(b.left, b.top, b.right, b.bottom);
        } else {
            movable.push_back(c);
        }
    }
    if (movable.empty() || (fixedBox.empty && movable.size() < 2))
        return 0;

    // The anchor (the largest movable component) opens the first row; the rest
    // follow by height, so rows are even and the isolated nodes end in a grid.
    const int anchor = movable.front(); // labels are numbered by size
    std::stable_sort(movable.begin() + 1, movable.end(), [&boxes](int a, int b) {
        return boxes[size_t(a)].height() > boxes[size_t(b)].height();
    });
    double area = 0;
    double widest = 0;
    for (int c : movable) {
        const Box &b = boxes[size_t(c)];
        area += (b.width() + gap) * (b.height() + gap);
        widest = std::max(widest, b.width());
    }
    // About square overall, a little wider than tall as views are.
    const double rowWidth = std::max(widest, 1.2 * std::sqrt(area));
    std::vector<double> packedLeft(size_t(componentCount), 0);
    std::vector<double> packedTop(size_t(componentCount), 0);
    double cursor = 0, rowTop = 0, rowHeight = 0;
    for (int c : movable) {
        const Box &b = boxes[size_t(c)];
        if (cursor > 0 && cursor + b.width() > rowWidth) {
            rowTop += rowHeight + gap;
            cursor = 0;
            rowHeight = 0;
        }
        packedLeft[size_t(c)] = cursor;
        packedTop[size_t(c)] = rowTop;
        cursor += b.width() + gap;
        rowHeight = std::max(rowHeight, b.height());
    }
    double offsetX = 0, offsetY = 0;
    if (!fixedBox.empty) {
        offsetX = fixedBox.right + gap;
        offsetY = fixedBox.top;
    } else {
        offsetX = boxes[size_t(anchor)].left - packedLeft[size_t(anchor)];
        offsetY = boxes[size_t(anchor)].top - packedTop[size_t(anchor)];
    }
    std::vector<double> shiftX(size_t(componentCount), 0);
    std::vector<double> shiftY(size_t(componentCount), 0);
    int moved = 0;
    for (int c : movable) {
        const Box &b = boxes[size_t(c)];
        shiftX[size_t(c)] = packedLeft[size_t(c)] + offsetX - b.left;
        shiftY[size_t(c)] = packedTop[size_t(c)] + offsetY - b.top;
        if (shiftX[size_t(c)] != 0 || shiftY[size_t(c)] != 0)
            ++moved;
    }
    for (size_t i = 0; i < n; ++i) {
        const auto c = size_t(component[i]);
        x[i] += shiftX[c];
        y[i] += shiftY[c];
    }
    return moved;
}

} // namespace Faultline
