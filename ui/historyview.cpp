// HistoryView: the history store in a sortable table, with a confirmed "Clear History".
#include "historyview.h"

#include "historymodel.h"
#include "ui_historyview.h"

#include <QEvent>
#include <QHeaderView>
#include <QMessageBox>
#include <QSortFilterProxyModel>

namespace TokenDesk {

HistoryView::HistoryView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryView>())
    , m_model(new HistoryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_model->setPalette(palette());
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(HistoryModel::SortRole);
    m_proxy->setSortLocaleAware(true);

    QTableView *table = m_ui->historyTable;
    table->setModel(m_proxy);
    table->sortByColumn(HistoryModel::TimeColumn, Qt::DescendingOrder);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setSectionsMovable(true);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    // activated: a double-click (or a single click where the platform activates on one) and
    // Enter, so the keyboard reaches it too.
    connect(table, &QAbstractItemView::activated, this, &HistoryView::onActivated);
    connect(m_ui->clearHistoryButton, &QAbstractButton::clicked, this, &HistoryView::clearHistory);
    updateSummary();
}

HistoryView::~HistoryView() = default;

void HistoryView::setStore(HistoryStore *store)
{
    m_store = store;
    reload();
}

void HistoryView::reload()
{
    const bool wasEmpty = m_model->rowCount() == 0;
    m_model->setEntries(m_store ? m_store->entries() : QList<HistoryEntry>());
    // Sized to the first rows seen; afterwards the user's widths stay.
    if (wasEmpty && m_model->rowCount() > 0)
        m_ui->historyTable->resizeColumnsToContents();
    updateSummary();
}

void HistoryView::addEntry(const HistoryEntry &entry)
{
    if (!m_store)
        return;
    m_store->add(entry);
    reload();
}

void HistoryView::setConfirm(std::function<bool(const QString &)> confirm)
{
    m_confirm = std::move(confirm);
}

void HistoryView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
        m_ui->retranslateUi(this);
        updateSummary();
        break;
    case QEvent::PaletteChange:
        m_model->setPalette(palette());
        break;
    default:
        break;
    }
}

void HistoryView::onActivated(const QModelIndex &index)
{
    const QModelIndex source = m_proxy->mapToSource(index);
    if (!source.isValid())
        return;
    Q_EMIT entryActivated(m_model->entry(source.row()));
}

void HistoryView::clearHistory()
{
    if (!m_store || m_model->rowCount() == 0)
        return;
    const QString question = tr("Remove every fetch from the history? This cannot be undone.");
    const bool yes = m_confirm
        ? m_confirm(question)
        : QMessageBox::question(this, tr("Clear History"), question,
                                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    if (!yes)
        return;
    m_store->clear();
    reload();
    Q_EMIT historyCleared();
}

void HistoryView::updateSummary()
{
    const int count = m_model->rowCount();
    m_ui->clearHistoryButton->setEnabled(m_store && count > 0);
    if (count == 0) {
        m_ui->summaryLabel->setText(tr("No fetches yet. Each fetch is listed here; double-click "
                                       "one to fill the request form with it again."));
        return;
    }
    m_ui->summaryLabel->setText(
        tr("Fetches listed: %1 (the latest %2 are kept).").arg(count).arg(HistoryStore::MaxEntries));
}

} // namespace TokenDesk
