#include "widenedimage.h"

#include <algorithm>
#include <cstring>

namespace TokenDesk {

QImage widenedImage(const QImage &narrow, int width, int column)
{
    if (column < 0 || column >= narrow.width())
        return QImage();
    if (width <= narrow.width())
        return narrow;
    const QImage source = narrow.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QImage wide(width, source.height(), QImage::Format_ARGB32_Premultiplied);
    wide.setDevicePixelRatio(source.devicePixelRatio());
    const int right = source.width() - column - 1; // columns kept at the right edge
    const int repeated = width - column - right;
    for (int y = 0; y < source.height(); ++y) {
        const auto *from = reinterpret_cast<const quint32 *>(source.constScanLine(y));
        auto *to = reinterpret_cast<quint32 *>(wide.scanLine(y));
        std::memcpy(to, from, size_t(column) * sizeof(quint32));
        std::fill_n(to + column, repeated, from[column]);
        std::memcpy(to + column + repeated, from + column + 1, size_t(right) * sizeof(quint32));
    }
    return wide;
}

} // namespace TokenDesk
