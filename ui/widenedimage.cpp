#include "widenedimage.h"

namespace TokenDesk {

std::array<WidenedSlice, 3> widenedSlices(int narrowWidth, int column, const QRect &target)
{
    if (column < 0 || column >= narrowWidth || target.width() <= narrowWidth)
        return {};
    const int height = target.height();
    const int right = narrowWidth - column - 1; // columns kept at the right edge
    const int stretched = target.width() - column - right;
    return {{
        {QRect(0, 0, column, height), QRect(target.left(), target.top(), column, height)},
        {QRect(column, 0, 1, height),
         QRect(target.left() + column, target.top(), stretched, height)},
        {QRect(column + 1, 0, right, height),
         QRect(target.left() + column + stretched, target.top(), right, height)},
    }};
}

} // namespace TokenDesk
