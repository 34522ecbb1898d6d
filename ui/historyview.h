// The history of past fetches: time, profile, tenant, store, scene, ids, expiry and outcome,
// newest first. Metadata only (the store keeps no secret). Activating a row hands its entry to
// the window, which refills the request form from it.
#pragma once

#include "historystore.h"

#include <QMetaType>
#include <QWidget>

#include <functional>
#include <memory>

class QModelIndex;
class QSortFilterProxyModel;

namespace Ui {
class HistoryView;
}

namespace TokenDesk {

class HistoryModel;

class HistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(QWidget *parent = nullptr);
    ~HistoryView() override;

    // Not owned; must outlive the view (or be replaced first). Reloads.
    void setStore(HistoryStore *store);
    HistoryStore *store() const { return m_store; }
    // Reads the store again.
    void reload();
    // Adds to the store (which drops the request's token and the oldest beyond its cap) and
    // reloads. Nothing without a store.
    void addEntry(const HistoryEntry &entry);

    // Asked before clearing, with the question; true clears. Default: a message box. Tests set
    // a function that answers without a dialog.
    void setConfirm(std::function<bool(const QString &question)> confirm);

    HistoryModel *model() const { return m_model; }

Q_SIGNALS:
    // A row was double-clicked or Enter pressed on it.
    void entryActivated(const TokenDesk::HistoryEntry &entry);
    void historyCleared();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onActivated(const QModelIndex &index);
    void clearHistory();
    void updateSummary();

    const std::unique_ptr<Ui::HistoryView> m_ui;
    HistoryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    HistoryStore *m_store = nullptr;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace TokenDesk

Q_DECLARE_METATYPE(TokenDesk::HistoryEntry)
