// Paints the policy tree: each statement's effect as a chip, a warning icon on broad grants and
// a marked row for the highlighted statement. The chip colours come from statuscolours.h.
#pragma once

#include "statuscolours.h"

#include <QStringView>
#include <QStyledItemDelegate>

namespace TokenDesk {

// Allow/Deny compared as the evaluator does; anything else is Neutral.
ChipTone chipToneForEffect(QStringView effect);

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
