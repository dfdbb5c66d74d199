#pragma once

#include <utility>
#include <vector>

namespace Faultline {

// Lays the connected components of a graph side by side (shelf packing of
// their bounding boxes), so disconnected parts and isolated nodes sit next to
// the main picture instead of drifting away from it.
class ComponentPacker
{
public:
    using Link = std::pair<int, int>;

    // The component of every node, numbered from 0 by descending node count
    // (ties: the component of the lowest node first); *count is set to their number.
    static std::vector<int> label(int nodeCount, const std::vector<Link> &links, int *count);

    // Moves whole components so that their bounding boxes (nodes with their
    // radii) do not overlap and keep `gap` between them. Components holding a
    // fixed node stay where they are and the others are packed in rows to their
    // right; without fixed nodes the largest component stays where it is and
    // the rest is packed beside and below it. Returns the number of components moved.
    static int pack(std::vector<double> &x,
                    std::vector<double> &y,
                    const std::vector<double> &radii,
                    const std::vector<int> &component,
                    int componentCount,
                    const std::vector<char> &fixed,
                    double gap);
};

} // namespace Faultline
