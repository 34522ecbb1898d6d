// A word-wrapped label that remembers its sizes.
#pragma once

#include <QFont>
#include <QLabel>
#include <QMargins>
#include <QSize>
#include <QSizePolicy>
#include <QString>

#include <array>
#include <memory>
#include <optional>

namespace TokenDesk {

// A QLabel whose heightForWidth(), sizeHint() and minimumSizeHint() answer from a cache while
// nothing they depend on has changed. QLabel lays its text out again (HarfBuzz shaping of the
// whole text) for every heightForWidth() and forgets its size hints on every font or style
// event, changed or not; a window's layouts ask a word-wrapped label many times for the same
// few widths. At start-up that was about 180 layouts of the window's five wrapped texts, a
// sixth of the instructions to the first frame (docs/performance.md).
//
// For plain text it also shapes the text once and lays that out at each new width (QLabel
// shapes it again for each of the five layouts of a size hint and for each width). The answers
// are QLabel's own, computed as Qt 6.4's QLabel and QFontMetrics::boundingRect() compute them;
// tst_wraplabel compares them with QLabel's. Text QLabel lays out as a document (rich text, a
// selectable or focusable label), text with mnemonics or tabs, and any label when the program
// runs with another Qt than 6.4 get QLabel's own answers.
class WrapLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrapLabel(QWidget *parent = nullptr);
    ~WrapLabel() override;

    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Whether the answers come from the text shaped once (plain text without mnemonics or
    // tabs, not selectable, no focus) rather than from QLabel. For tests.
    bool shapesOnce() const { return measuresItself(); }
    // Whether the Qt the program runs with sizes labels as the one this copies (6.4).
    static bool replicatesThisQt();

private:
    // What QLabel's size answers depend on; the cache is good while this is equal.
    struct Inputs
    {
        QString text;
        QFont font;
        QMargins contents;
        int margin = 0;
        int indent = 0;
        int frameWidth = 0;
        Qt::Alignment alignment;
        bool wordWrap = false;
        Qt::TextFormat textFormat = Qt::AutoText;
        QSize maximumSize;
        QSizePolicy sizePolicy;
        bool operator==(const Inputs &other) const;
    };
    Inputs currentInputs() const;
    void validateCache() const;

    // The text shaped once, laid out at any width (wraplabel.cpp). Null until first needed,
    // and where QLabel answers itself.
    class ShapedText;
    bool measuresItself() const;
    const ShapedText &shapedText() const;
    QSize sizeForWidth(int width) const; // QLabelPrivate::sizeForWidth() of Qt 6.4, plain text
    int uncachedHeightForWidth(int width) const;

    struct Height
    {
        int width = 0;
        int height = 0;
    };
    mutable std::optional<Inputs> m_inputs;
    mutable std::array<Height, 8> m_heights{}; // a small ring: layouts ask for a few widths
    mutable size_t m_heightCount = 0;          // valid entries, up to the ring's size
    mutable size_t m_nextHeight = 0;           // the entry the next new width replaces
    mutable std::optional<QSize> m_sizeHint;
    mutable std::optional<QSize> m_minimumSizeHint;
    mutable std::unique_ptr<ShapedText> m_shaped;
};

} // namespace TokenDesk
