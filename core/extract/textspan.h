#pragma once

#include <QtGlobal>

namespace Faultline {

// A half-open range [begin, end) of UTF-16 offsets into a text.
struct TextSpan
{
    qsizetype begin = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - begin; }
    bool isEmpty() const { return end <= begin; }
    bool contains(qsizetype offset) const { return offset >= begin && offset < end; }

    friend bool operator==(const TextSpan &a, const TextSpan &b) = default;
};

} // namespace Faultline
