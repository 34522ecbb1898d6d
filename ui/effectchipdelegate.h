// Paints the policy tree: each statement's effect as a chip, a warning icon on broad grants and
// a marked row for the highlighted statement. Also the contrast maths the policy view's colours
// are checked with.
#pragma once

#include <QColor>
#include <QStringView>
#include <QStyledItemDelegate>

class QPalette;

namespace TokenDesk {

// WCAG 2 relative luminance of an sRGB colour, 0 (black) to 1 (white). Alpha is ignored.
double relativeLuminance(const QColor &color);
// WCAG 2 contrast ratio of two colours, 1 (the same) to 21 (black on white). Symmetric.
double contrastRatio(const QColor &a, const QColor &b);
// `a` moved `t` of the way to `b` in sRGB, t clamped to 0..1.
QColor mixColors(const QColor &a, const QColor &b, double t);
// `preferred` darkened (on a light background) or lightened (on a dark one) just enough to
// reach `minimum` contrast against `background`, so a hue survives where it can. Falls back to
// black or white, one of which always reaches 4.58:1.
QColor readableOn(const QColor &preferred, const QColor &background, double minimum = 4.5);

enum class ChipTone { Allow, Deny, Neutral };
// Allow/Deny compared as the evaluator does; anything else is Neutral.
ChipTone chipToneForEffect(QStringView effect);

struct ChipColors
{
    QColor fill;
    QColor border;
    QColor text; // at least 4.5:1 against fill
};
// A tint of the palette's Base, so a chip sits in light and dark themes alike.
ChipColors chipColors(ChipTone tone, const QPalette &palette);

// For a QTreeView over PolicyModel (directly or through a proxy). Reads EffectRole's column
// from PolicyModel::EffectColumn, WarningRole and HighlightRole; the text stays in DisplayRole,
// so what a screen reader says is unchanged by the painting.
class EffectChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit EffectChipDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace TokenDesk
