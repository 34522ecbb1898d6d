// The secret store interface and its in-memory implementation.
#include "secretstore.h"

#include "appsettings.h"

#include <QCoreApplication>
#include <QPointer>

namespace TokenDesk {

void SecretStore::deliverLater(QObject *context, Callback done, Result result)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        context ? context : QCoreApplication::instance(),
        [guard, hadContext = context != nullptr, done = std::move(done),
         result = std::move(result)] {
            if (hadContext && !guard)
                return;
            done(result);
        },
        Qt::QueuedConnection);
}

QString secretNotFoundMessage(const QString &profile)
{
    if (profile == proxyPasswordKey()) {
        return QCoreApplication::translate(
            "SecretStore", "No proxy password is stored in the keychain. Enter it in Settings.");
    }
    return QCoreApplication::translate(
               "SecretStore",
               "No app secret is stored for profile \"%1\". Store one with: tokendesk-cli "
               "secret set --profile %1 (or in the window: Manage profiles…).")
        .arg(profile);
}

MemorySecretStore::~MemorySecretStore()
{
    for (QByteArray &secret : m_secrets)
        secret.fill('\0');
}

void MemorySecretStore::readSecret(const QString &profile, QObject *context, Callback done)
{
    Result result;
    const auto it = m_secrets.constFind(profile);
    if (it == m_secrets.constEnd()) {
        result.outcome = Outcome::NotFound;
        result.message = secretNotFoundMessage(profile);
    } else {
        result.secret = *it;
    }
    deliverLater(context, std::move(done), result);
}

void MemorySecretStore::writeSecret(const QString &profile, const QByteArray &secret,
                                    QObject *context, Callback done)
{
    m_secrets.insert(profile, secret);
    deliverLater(context, std::move(done), Result{});
}

void MemorySecretStore::removeSecret(const QString &profile, QObject *context, Callback done)
{
    Result result;
    if (!m_secrets.remove(profile)) {
        result.outcome = Outcome::NotFound;
        result.message = secretNotFoundMessage(profile);
    }
    deliverLater(context, std::move(done), result);
}

QString MemorySecretStore::description() const
{
    return QCoreApplication::translate("SecretStore", "memory (this session only)");
}

} // namespace TokenDesk
