// The word-wrapped label with a size cache.
#include "wraplabel.h"

#include <algorithm>

namespace TokenDesk {

WrapLabel::WrapLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

bool WrapLabel::Inputs::operator==(const Inputs &other) const
{
    return text == other.text && font == other.font && contents == other.contents
        && margin == other.margin && indent == other.indent && frameWidth == other.frameWidth
        && alignment == other.alignment && wordWrap == other.wordWrap
        && textFormat == other.textFormat && maximumSize == other.maximumSize
        && sizePolicy == other.sizePolicy;
}

WrapLabel::Inputs WrapLabel::currentInputs() const
{
    return {text(),      font(),     contentsMargins(), margin(),      indent(),    frameWidth(),
            alignment(), wordWrap(), textFormat(),      maximumSize(), sizePolicy()};
}

void WrapLabel::validateCache() const
{
    Inputs inputs = currentInputs();
    if (m_inputs && *m_inputs == inputs)
        return;
    m_inputs = std::move(inputs);
    m_heightCount = 0;
    m_nextHeight = 0;
    m_sizeHint.reset();
    m_minimumSizeHint.reset();
}

int WrapLabel::heightForWidth(int width) const
{
    validateCache();
    const auto end = m_heights.begin() + std::ptrdiff_t(m_heightCount);
    const auto known =
        std::find_if(m_heights.begin(), end, [width](const Height &h) { return h.width == width; });
    if (known != end)
        return known->height;
    const int height = QLabel::heightForWidth(width);
    m_heights[m_nextHeight] = {width, height};
    m_nextHeight = (m_nextHeight + 1) % m_heights.size();
    m_heightCount = std::min(m_heightCount + 1, m_heights.size());
    return height;
}

QSize WrapLabel::sizeHint() const
{
    validateCache();
    if (!m_sizeHint)
        m_sizeHint = QLabel::sizeHint();
    return *m_sizeHint;
}

QSize WrapLabel::minimumSizeHint() const
{
    validateCache();
    if (!m_minimumSizeHint)
        m_minimumSizeHint = QLabel::minimumSizeHint();
    return *m_minimumSizeHint;
}

} // namespace TokenDesk
