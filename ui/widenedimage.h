#pragma once

#include <QImage>

namespace TokenDesk {

// `narrow` made `width` pixels wide by repeating its column `column`: the columns left of it
// stay at the left edge, the columns right of it at the right edge. For a picture that is the
// same in every column between its ends (a button's vertical gradient, a frame's straight
// edges), this is the picture drawn at `width`, without drawing it: StartupStyle draws Fusion's
// frames this way. Answers `narrow` unchanged when `width` is not wider, and a null image for a
// column outside it.
QImage widenedImage(const QImage &narrow, int width, int column);

} // namespace TokenDesk
