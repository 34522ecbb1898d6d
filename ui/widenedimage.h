#pragma once

#include <QRect>

#include <array>

namespace TokenDesk {

// One part of a narrow picture, and where it goes in a wider one.
struct WidenedSlice
{
    QRect source; // in the narrow picture
    QRect target; // in the painter's coordinates
};

// How a picture `narrowWidth` pixels wide is drawn at `target`, a wider rectangle of the same
// height: the columns left of `column` at the left edge, the columns right of it at the right
// edge, and `column` stretched across the rest. For a picture that is the same in every column
// between its ends (a button's vertical gradient, a frame's straight edges), that is the picture
// drawn at the target's width, without drawing it: StartupStyle draws Fusion's buttons and
// frames this way. Slices with nothing to draw are empty rectangles; a `column` outside the
// picture, or a target no wider than it, gives three empty slices.
std::array<WidenedSlice, 3> widenedSlices(int narrowWidth, int column, const QRect &target);

} // namespace TokenDesk
