// The session list.
#include "sessionspane.h"

#include "sessionmodel.h"
#include "ui_sessionspane.h"

#include <QApplication>
#include <QEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QPainter>
#include <QStyledItemDelegate>

namespace TokenDesk {

namespace {

// A row: the title elided on the left, the time left always whole on the right, so a narrow
// list never hides the one thing that changes.
class SessionItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString title = index.data(SessionModel::TitleRole).toString();
        const QString left = index.data(SessionModel::TimeLeftRole).toString();
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        // The margin Qt's own item text keeps from the row's ends (QCommonStyle draws
        // SE_ItemViewItemText inset by it), so neither the title nor the time touches the edge.
        const int margin =
            style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, opt.widget) + 1;
        const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget)
                               .adjusted(margin, 0, -margin, 0);
        const int gap = opt.fontMetrics.horizontalAdvance(QLatin1Char(' ')) * 2;
        const int leftWidth = opt.fontMetrics.horizontalAdvance(left);
        const QRect leftRect(text.right() - leftWidth, text.top(), leftWidth, text.height());
        const QRect titleRect(text.left(), text.top(), qMax(0, text.width() - leftWidth - gap),
                              text.height());
        painter->save();
        const bool selected = opt.state & QStyle::State_Selected;
        const QVariant foreground = index.data(Qt::ForegroundRole);
        painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText)
                                 : opt.palette.color(QPalette::Text));
        painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));
        if (!selected && foreground.canConvert<QBrush>())
            painter->setPen(foreground.value<QBrush>().color());
        painter->drawText(leftRect, Qt::AlignRight | Qt::AlignVCenter, left);
        painter->restore();
    }
};

} // namespace

SessionsPane::SessionsPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SessionsPane>())
{
    m_ui->setupUi(this);
    m_ui->sessionList->installEventFilter(this);
    m_ui->sessionList->setItemDelegate(new SessionItemDelegate(m_ui->sessionList));
    m_ui->sessionList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_ui->removeExpiredButton, &QPushButton::clicked, this,
            &SessionsPane::removeExpiredRequested);
    connect(m_ui->removeSessionButton, &QPushButton::clicked, this, [this] {
        if (const auto id = selectedSession())
            Q_EMIT removeRequested(*id);
    });
    connect(m_ui->sessionList, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) {
                const QModelIndex index = m_ui->sessionList->indexAt(pos);
                if (!index.isValid())
                    return;
                m_ui->sessionList->setCurrentIndex(index);
                Q_EMIT contextMenuRequested(index.data(SessionModel::SessionIdRole).toULongLong(),
                                            m_ui->sessionList->viewport()->mapToGlobal(pos));
            });
    updateState();
}

SessionsPane::~SessionsPane() = default;

void SessionsPane::setModel(SessionModel *model)
{
    m_model = model;
    m_ui->sessionList->setModel(model);
    connect(m_ui->sessionList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                updateState();
                if (current.isValid())
                    Q_EMIT sessionSelected(current.data(SessionModel::SessionIdRole).toULongLong());
            });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &SessionsPane::updateState);
    updateState();
}

QListView *SessionsPane::list() const
{
    return m_ui->sessionList;
}

std::optional<quint64> SessionsPane::selectedSession() const
{
    const QModelIndex current = m_ui->sessionList->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return current.data(SessionModel::SessionIdRole).toULongLong();
}

void SessionsPane::selectSession(quint64 id)
{
    if (m_model)
        selectRow(m_model->rowOf(id));
}

bool SessionsPane::selectRow(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return false;
    m_ui->sessionList->setCurrentIndex(m_model->index(row));
    return true;
}

bool SessionsPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->sessionList && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            if (const auto id = selectedSession())
                Q_EMIT removeRequested(*id);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SessionsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

void SessionsPane::updateState()
{
    const bool any = m_model && m_model->rowCount() > 0;
    m_ui->sessionList->setVisible(any);
    m_ui->noSessionsLabel->setVisible(!any);
    m_ui->removeSessionButton->setEnabled(selectedSession().has_value());
    m_ui->removeExpiredButton->setEnabled(any);
}

} // namespace TokenDesk
