// The history as a table model over plain HistoryEntry values, separate from any view: one row
// per fetch, newest first, with a sort role that sorts times as times.
#pragma once

#include "historystore.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPalette>

namespace TokenDesk {

class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        ProfileColumn,
        TenantColumn,
        StoreColumn,
        SceneColumn,
        RequestIdColumn,
        GatewayRequestIdColumn,
        ExpiryColumn,
        OutcomeColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // QDateTime for the time columns, the text otherwise
        OutcomeOkRole,               // bool: the fetch brought a credential
    };

    explicit HistoryModel(QObject *parent = nullptr);

    void setEntries(const QList<HistoryEntry> &entries);
    const QList<HistoryEntry> &entries() const { return m_entries; }
    // The entry behind `row` of this model; a default entry when out of range.
    HistoryEntry entry(int row) const;

    // The outcome colours follow this palette's lightness, so they read on a dark theme too.
    void setPalette(const QPalette &palette);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "OK", "Cancelled" or "Failed: <code>", as the outcome column shows it.
    static QString outcomeText(const QString &outcome);

private:
    QVariant display(const HistoryEntry &entry, int column) const;
    QVariant toolTip(const HistoryEntry &entry, int column) const;

    QList<HistoryEntry> m_entries;
    QPalette m_palette;
};

} // namespace TokenDesk
