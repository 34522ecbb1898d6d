// EffectChipDelegate and the colour maths behind the policy view's chips and highlighting.
#include "effectchipdelegate.h"

#include "policyevaluator.h"
#include "policymodel.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QStyle>

#include <algorithm>
#include <cmath>

namespace TokenDesk {

namespace {

double linearChannel(float value)
{
    const double c = double(value);
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// Hues only; every colour drawn is derived from them and the palette.
const QColor AllowHue(0x2e, 0x9e, 0x4f);
const QColor DenyHue(0xd9, 0x3a, 0x3a);

constexpr int ChipMargin = 4;  // between the cell's edge and the chip
constexpr int AccentWidth = 3; // the highlighted statement's bar

const QStyle *styleFor(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

QSize chipSize(const QFontMetrics &metrics, const QString &text)
{
    const int height = metrics.height() + 2;
    return {metrics.horizontalAdvance(text) + height, height};
}

} // namespace

double relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linearChannel(rgb.redF()) + 0.7152 * linearChannel(rgb.greenF())
        + 0.0722 * linearChannel(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor mixColors(const QColor &a, const QColor &b, double t)
{
    const float u = float(std::clamp(t, 0.0, 1.0));
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    return QColor::fromRgbF(x.redF() + (y.redF() - x.redF()) * u,
                            x.greenF() + (y.greenF() - x.greenF()) * u,
                            x.blueF() + (y.blueF() - x.blueF()) * u);
}

QColor readableOn(const QColor &preferred, const QColor &background, double minimum)
{
    if (contrastRatio(preferred, background) >= minimum)
        return preferred.toRgb();
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const bool darken = contrastRatio(black, background) >= contrastRatio(white, background);
    float hue = 0;
    float saturation = 0;
    float lightness = 0;
    preferred.toHsl().getHslF(&hue, &saturation, &lightness);
    if (hue < 0) // achromatic
        hue = 0;
    // Small steps keep as much of the hue as the contrast allows.
    for (int step = 0; step < 50; ++step) {
        lightness = darken ? std::max(0.0f, lightness - 0.02f) : std::min(1.0f, lightness + 0.02f);
        const QColor candidate = QColor::fromHslF(hue, saturation, lightness).toRgb();
        if (contrastRatio(candidate, background) >= minimum)
            return candidate;
    }
    return darken ? black : white;
}

ChipTone chipToneForEffect(QStringView effect)
{
    if (isAllowEffect(effect))
        return ChipTone::Allow;
    if (isDenyEffect(effect))
        return ChipTone::Deny;
    return ChipTone::Neutral;
}

ChipColors chipColors(ChipTone tone, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor hue = tone == ChipTone::Allow ? AllowHue
        : tone == ChipTone::Deny               ? DenyHue
                                               : palette.color(QPalette::Text);
    ChipColors colors;
    colors.fill = mixColors(base, hue, 0.22);
    colors.border = mixColors(base, hue, 0.65);
    colors.text = readableOn(hue, colors.fill);
    return colors;
}

EffectChipDelegate::EffectChipDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void EffectChipDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // Bold as well as the accent bar: the bar alone is a colour, and bold survives any palette.
    if (index.data(PolicyModel::HighlightRole).toBool())
        option->font.setBold(true);
    if (index.column() == PolicyModel::TextColumn
        && !index.data(PolicyModel::WarningRole).toString().isEmpty()) {
        const QStyle *style = styleFor(*option);
        const int size = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, option->widget);
        option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, option->widget);
        option->decorationSize = QSize(size, size);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
}

void EffectChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QStyle *style = styleFor(opt);
    const bool chip = index.column() == PolicyModel::EffectColumn && !opt.text.isEmpty();
    const bool accent = index.column() == PolicyModel::TextColumn
        && index.data(PolicyModel::HighlightRole).toBool();

    if (chip || accent) {
        // The style's background, selection and focus over the whole cell; what goes on top is
        // the chip, or the content moved right to make room for the bar.
        QStyleOptionViewItem background = opt;
        background.text.clear();
        background.icon = QIcon();
        background.features &= ~QStyleOptionViewItem::HasDecoration;
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, opt.widget);
    }
    if (!chip) {
        QStyleOptionViewItem content = opt;
        if (accent) {
            content.rect.adjust(AccentWidth + ChipMargin, 0, 0, 0);
            content.state &= ~QStyle::State_HasFocus;
        }
        style->drawControl(QStyle::CE_ItemViewItem, &content, painter, opt.widget);
    }

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (chip) {
        const ChipColors colors = chipColors(
            chipToneForEffect(index.data(PolicyModel::EffectRole).toString()), opt.palette);
        const QFontMetrics metrics(opt.font);
        QRect rect(QPoint(), chipSize(metrics, opt.text));
        rect.moveTo(opt.rect.left() + ChipMargin,
                    opt.rect.top() + (opt.rect.height() - rect.height()) / 2);
        rect = rect.intersected(opt.rect);
        const QRectF outline = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
        painter->setPen(QPen(colors.border, 1));
        painter->setBrush(colors.fill);
        painter->drawRoundedRect(outline, outline.height() / 2, outline.height() / 2);
        painter->setFont(opt.font);
        painter->setPen(colors.text);
        painter->drawText(rect, Qt::AlignCenter, opt.text);
    }
    if (accent) {
        // On a selected row the Highlight bar would vanish into the selection.
        const QPalette::ColorRole role =
            opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Highlight;
        const QRect bar(opt.rect.left() + 1, opt.rect.top() + 2, AccentWidth, opt.rect.height() - 4);
        painter->fillRect(bar, opt.palette.color(role));
    }
    painter->restore();
}

QSize EffectChipDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == PolicyModel::TextColumn) {
        if (index.data(PolicyModel::HighlightRole).toBool())
            size.rwidth() += AccentWidth + ChipMargin;
        return size;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (opt.text.isEmpty())
        return size;
    const QSize chip = chipSize(QFontMetrics(opt.font), opt.text);
    return size.expandedTo(QSize(chip.width() + 2 * ChipMargin, chip.height() + 2));
}

} // namespace TokenDesk
