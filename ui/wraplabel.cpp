// The word-wrapped label with a size cache.
#include "wraplabel.h"

#include <QFontMetrics>
#include <QFontMetricsF>
#include <QLibraryInfo>
#include <QStyle>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextOption>
#include <QVersionNumber>

#include <algorithm>

namespace TokenDesk {

// A plain text shaped once and laid out at any width. boundingSize() answers what
// QFontMetrics::boundingRect() answers (Qt 6.4's qt_format_text(), which lays the text out in a
// QTextLayout of its own each time). Here the
// layout stays in one layout session: QTextLayout::beginLayout() frees the shaped glyphs, so a
// new width only clears the lines (clearLayout()) and breaks them again from the same glyphs.
class WrapLabel::ShapedText
{
public:
    ShapedText(const QString &text, const QFont &font)
        : m_layout(QString(text).replace(u'\n', QChar::LineSeparator), font)
        , m_leading(QFontMetricsF(font).leading())
    {
        // The options qt_format_text() gives its layout.
        QTextOption option;
        option.setTextDirection(Qt::LeftToRight);
        option.setAlignment(Qt::AlignLeft);
        m_layout.setTextOption(option);
        m_layout.setCacheEnabled(true);
        m_layout.beginLayout();
    }

    // The size of QFontMetrics::boundingRect(QRect(0, 0, width, 2000), flags, text), wrapped
    // at `width` or not. (qt_format_text() also moves the rectangle for a right or bottom
    // alignment; at an integer width and height that leaves its aligned size as it is.)
    QSize boundingSize(int width, bool wordWrap) const
    {
        // Each layout adds its width to the engine's running maximum, which QTextLayout stops
        // at ~16 million pixels; a new session (and one more shaping) now and then resets it.
        if (++m_layouts > LayoutsPerSession) {
            m_layout.endLayout();
            m_layout.beginLayout();
            m_layouts = 1;
        }
        // What qt_format_text() does to measure, with TextDontPrint and a bounding rect asked.
        const qreal lineWidth = wordWrap ? qMax(0, width) : 0x01000000;
        m_layout.clearLayout();
        qreal height = -m_leading;
        qreal textWidth = 0;
        for (QTextLine line = m_layout.createLine(); line.isValid(); line = m_layout.createLine()) {
            line.setLineWidth(lineWidth);
            height += m_leading;
            height = qCeil(height); // lines on whole pixels
            line.setPosition(QPointF(0., height));
            // QScriptLine::height(), unrounded (QTextLine::height() rounds it up).
            height += line.ascent() + line.descent()
                + (line.leadingIncluded() ? qMax<qreal>(0, line.leading()) : 0);
            textWidth = qMax(textWidth, line.naturalTextWidth());
        }
        return QRectF(0, 0, textWidth, height).toAlignedRect().size();
    }

private:
    static constexpr int LayoutsPerSession = 512;
    mutable QTextLayout m_layout;
    const qreal m_leading;
    mutable int m_layouts = 0;
};

WrapLabel::WrapLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

WrapLabel::~WrapLabel() = default;

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
    m_shaped.reset();
}

bool WrapLabel::replicatesThisQt()
{
    // The sizing below is Qt 6.4's, line for line; another Qt (the one the program runs with,
    // not the one it was built with) may size differently, and then QLabel answers.
    static const bool same = QLibraryInfo::version() >= QVersionNumber(6, 4)
        && QLibraryInfo::version() < QVersionNumber(6, 5);
    return same;
}

bool WrapLabel::measuresItself() const
{
    const QString label = text();
    if (label.isEmpty() || !replicatesThisQt())
        return false;
    const bool plain = textFormat() == Qt::PlainText
        || (textFormat() == Qt::AutoText && !Qt::mightBeRichText(label));
    // QLabel lays these out as a QTextDocument (QLabelPrivate::needTextControl()).
    if (!plain
        || (textInteractionFlags() & (Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard))
        || focusPolicy() != Qt::NoFocus) {
        return false;
    }
    if (alignment() & Qt::AlignJustify)
        return false;
    // What qt_format_text() rewrites before its layout: mnemonics, tabs, carriage returns and
    // the separator of length variants.
    return std::none_of(label.cbegin(), label.cend(), [](QChar c) {
        return c == u'&' || c == u'\t' || c == u'\r' || c == QChar(0x9c);
    });
}

const WrapLabel::ShapedText &WrapLabel::shapedText() const
{
    if (!m_shaped)
        m_shaped = std::make_unique<ShapedText>(text(), font());
    return *m_shaped;
}

QSize WrapLabel::sizeForWidth(int width) const
{
    // QLabelPrivate::sizeForWidth() of Qt 6.4 for plain text, line for line.
    if (minimumWidth() > 0)
        width = qMax(width, minimumWidth());
    const QMargins margins = contentsMargins();
    const QSize contentsMargin(margins.left() + margins.right(), margins.top() + margins.bottom());
    int hextra = 2 * margin();
    int vextra = hextra;
    const QFontMetrics metrics = fontMetrics();
    // QLabel keeps its alignment with TextExpandTabs (always) and TextWordWrap in one int.
    const int labelAlign =
        int(alignment()) | Qt::TextExpandTabs | (wordWrap() ? Qt::TextWordWrap : 0);
    const Qt::LayoutDirection direction =
        text().isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
    const int align = int(QStyle::visualAlignment(direction, Qt::Alignment(QFlag(labelAlign))));
    int indentation = indent();
    if (indentation < 0 && frameWidth()) // no indent, but a frame
        indentation = metrics.horizontalAdvance(u'x') - margin() * 2;
    if (indentation > 0) {
        if ((align & Qt::AlignLeft) || (align & Qt::AlignRight))
            hextra += indentation;
        if ((align & Qt::AlignTop) || (align & Qt::AlignBottom))
            vextra += indentation;
    }
    const bool wrap = align & (Qt::TextWordWrap | Qt::TextWrapAnywhere);
    const bool tryWidth = width < 0 && (align & Qt::TextWordWrap);
    if (tryWidth)
        width = qMin(metrics.averageCharWidth() * 80, maximumSize().width());
    else if (width < 0)
        width = 2000;
    width -= hextra + contentsMargin.width();
    const ShapedText &shaped = shapedText();
    QSize bounds = shaped.boundingSize(width, wrap);
    if (tryWidth && bounds.height() < 4 * metrics.lineSpacing() && bounds.width() > width / 2)
        bounds = shaped.boundingSize(width / 2, wrap);
    if (tryWidth && bounds.height() < 2 * metrics.lineSpacing() && bounds.width() > width / 4)
        bounds = shaped.boundingSize(width / 4, wrap);
    const QSize contentsSize(bounds.width() + hextra, bounds.height() + vextra);
    return (contentsSize + contentsMargin).expandedTo(minimumSize());
}

int WrapLabel::uncachedHeightForWidth(int width) const
{
    return measuresItself() ? sizeForWidth(width).height() : QLabel::heightForWidth(width);
}

int WrapLabel::heightForWidth(int width) const
{
    validateCache();
    const auto end = m_heights.begin() + std::ptrdiff_t(m_heightCount);
    const auto known =
        std::find_if(m_heights.begin(), end, [width](const Height &h) { return h.width == width; });
    if (known != end)
        return known->height;
    const int height = uncachedHeightForWidth(width);
    m_heights[m_nextHeight] = {width, height};
    m_nextHeight = (m_nextHeight + 1) % m_heights.size();
    m_heightCount = std::min(m_heightCount + 1, m_heights.size());
    return height;
}

QSize WrapLabel::sizeHint() const
{
    ensurePolished(); // as QLabel::sizeHint() does (through minimumSizeHint())
    validateCache();
    if (!m_sizeHint)
        m_sizeHint = measuresItself() ? sizeForWidth(-1) : QLabel::sizeHint();
    return *m_sizeHint;
}

QSize WrapLabel::minimumSizeHint() const
{
    ensurePolished();
    validateCache();
    if (!m_minimumSizeHint) {
        if (measuresItself()) {
            // QLabel::minimumSizeHint(): the width of the longest word, one line's height
            // (or the size hint's, when that is less).
            QSize minimum(sizeForWidth(0).width(), sizeForWidth(QWIDGETSIZE_MAX).height());
            minimum.setHeight(qMin(minimum.height(), sizeHint().height()));
            m_minimumSizeHint = minimum;
        } else {
            m_minimumSizeHint = QLabel::minimumSizeHint();
        }
    }
    return *m_minimumSizeHint;
}

} // namespace TokenDesk
