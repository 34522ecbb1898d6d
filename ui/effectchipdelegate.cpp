// EffectChipDelegate: effect chips, broad-grant warnings and the highlighted statement's bar.
#include "effectchipdelegate.h"

#include "policyevaluator.h"
#include "policymodel.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QStyle>

namespace TokenDesk {

namespace {

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

ChipTone chipToneForEffect(QStringView effect)
{
    if (isAllowEffect(effect))
        return ChipTone::Allow;
    if (isDenyEffect(effect))
        return ChipTone::Deny;
    return ChipTone::Neutral;
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
