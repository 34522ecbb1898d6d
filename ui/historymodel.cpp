// HistoryModel: the history store's entries as rows, read-only.
#include "historymodel.h"

#include <QColor>
#include <QGuiApplication>

namespace TokenDesk {

namespace {

const QString Placeholder = QStringLiteral("\u2013");

QString orPlaceholder(const QString &text)
{
    return text.isEmpty() ? Placeholder : text;
}

QString localTimeText(const QDateTime &at)
{
    // Local time, year first: unambiguous in any locale, and rows read in order.
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                        : Placeholder;
}

QString utcText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

bool isOk(const HistoryEntry &entry)
{
    return entry.outcome == QLatin1String("ok");
}

bool isCancelled(const HistoryEntry &entry)
{
    return entry.outcome == QLatin1String("cancelled");
}

} // namespace

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_palette(QGuiApplication::palette())
{ }

void HistoryModel::setEntries(const QList<HistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

HistoryEntry HistoryModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row) : HistoryEntry();
}

void HistoryModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, OutcomeColumn), index(rowCount() - 1, OutcomeColumn),
                           {Qt::ForegroundRole});
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &entry = m_entries.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, column);
    case Qt::ToolTipRole:
        return toolTip(entry, column);
    case SortRole:
        if (column == TimeColumn)
            return entry.at;
        if (column == ExpiryColumn)
            return entry.expiry;
        return display(entry, column);
    case OutcomeOkRole:
        return isOk(entry);
    case Qt::ForegroundRole: {
        if (column != OutcomeColumn || isCancelled(entry))
            return {};
        // The hue says what it means (green, red), the lightness follows the palette; the text
        // says it too, for anyone who cannot tell the colours apart.
        const bool dark = m_palette.color(QPalette::Base).lightnessF()
            < m_palette.color(QPalette::Text).lightnessF();
        return isOk(entry) ? QColor::fromHslF(130.0f / 360.0f, 0.60f, dark ? 0.65f : 0.30f)
                           : QColor::fromHslF(0.0f, 0.80f, dark ? 0.70f : 0.40f);
    }
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ProfileColumn:
        return tr("Profile");
    case TenantColumn:
        return tr("Tenant");
    case StoreColumn:
        return tr("Store");
    case SceneColumn:
        return tr("Scene");
    case RequestIdColumn:
        return tr("Request ID");
    case GatewayRequestIdColumn:
        return tr("Gateway Request ID");
    case ExpiryColumn:
        return tr("Expiry");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}

QString HistoryModel::outcomeText(const QString &outcome)
{
    if (outcome == QLatin1String("ok"))
        return tr("OK");
    if (outcome == QLatin1String("cancelled"))
        return tr("Cancelled");
    return tr("Failed: %1").arg(outcome.isEmpty() ? tr("unknown") : outcome);
}

QVariant HistoryModel::display(const HistoryEntry &entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return localTimeText(entry.at);
    case ProfileColumn:
        // The window's own connections have internal names; a person reads what they were.
        if (entry.profile == HistoryEntry::DemoConnection)
            return tr("Demo");
        if (entry.profile == HistoryEntry::CommandLineConnection)
            return tr("Command line");
        if (entry.profile == HistoryEntry::EitherConnection)
            return tr("Demo or command line");
        return orPlaceholder(entry.profile);
    case TenantColumn:
        return orPlaceholder(entry.request.tenantCode);
    case StoreColumn:
        return orPlaceholder(entry.request.storeId);
    case SceneColumn:
        return orPlaceholder(entry.request.sceneCode);
    case RequestIdColumn:
        return orPlaceholder(entry.requestId);
    case GatewayRequestIdColumn:
        return orPlaceholder(entry.gatewayRequestId);
    case ExpiryColumn:
        return localTimeText(entry.expiry);
    case OutcomeColumn:
        return outcomeText(entry.outcome);
    default:
        return {};
    }
}

QVariant HistoryModel::toolTip(const HistoryEntry &entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return tr("In UTC: %1").arg(utcText(entry.at));
    case ExpiryColumn:
        return entry.expiry.isValid() ? tr("In UTC: %1").arg(utcText(entry.expiry)) : QVariant();
    case SceneColumn:
        return tr("Usage scene: %1\nProduct: %2")
            .arg(orPlaceholder(entry.request.usageScene), orPlaceholder(entry.request.productCode));
    case RequestIdColumn:
    case GatewayRequestIdColumn:
        return tr("request_id: %1\nresp_request_id: %2\nGateway request_id: %3")
            .arg(orPlaceholder(entry.requestId), orPlaceholder(entry.respRequestId),
                 orPlaceholder(entry.gatewayRequestId));
    case OutcomeColumn:
        if (entry.message.isEmpty())
            return {};
        // A success's message is the gateway's own words ("成功"): say whose they are.
        return isOk(entry) ? tr("The gateway's message: %1").arg(entry.message)
                           : QVariant(entry.message);
    default:
        return {};
    }
}

} // namespace TokenDesk
