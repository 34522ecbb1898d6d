#include "modulenetworkbackend.h"

#include "secretstore.h"
#include "version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace TokenDesk {

namespace {

using CreateBackend = NetworkBackend *(*)(int abi, const char *version);

QString moduleFileName()
{
    return QStringLiteral("libtokendesk-network.so");
}

// What a person reads when the module is missing or broken: which file, why, and what to do.
QString moduleProblem(const QString &path, const QString &reason)
{
    return QCoreApplication::translate(
               "TokenDesk::NetworkModule",
               "TokenDesk could not load its network module %1: %2. Reinstall TokenDesk.")
        .arg(QDir::toNativeSeparators(path), reason);
}

// Every fetch fails at once, with the module's problem (the window shows it in its banner).
class UnloadableFetcher : public TokenFetcher
{
public:
    explicit UnloadableFetcher(QString problem)
        : m_problem(std::move(problem))
    { }
    void setHandlers(Handlers handlers) override { m_handlers = std::move(handlers); }
    void setClock(std::function<QDateTime()>) override { }
    void setTimeout(std::chrono::milliseconds) override { }
    void fetch(const ConnectionSettings &, const TokenRequest &, const QByteArray &) override
    {
        // Later, like any fetch's outcome: the caller is still setting itself up as busy.
        QTimer::singleShot(0, &m_context, [this] {
            FetchError error;
            error.kind = FetchError::Kind::Network;
            error.message = m_problem;
            if (m_handlers.fetchFailed)
                m_handlers.fetchFailed(error);
        });
    }
    void cancel() override { }
    bool isBusy() const override { return false; }
    qint64 gatewayClockOffset() const override { return 0; }

private:
    QString m_problem;
    Handlers m_handlers;
    QObject m_context; // the pending answer goes with the fetcher
};

class UnloadableServer : public CredentialServer
{
public:
    explicit UnloadableServer(QString problem)
        : m_problem(std::move(problem))
    { }
    void setClock(std::function<QDateTime()>) override { }
    bool start(const TokenResponse &, qint64) override { return false; }
    bool stop() override { return false; }
    bool isServing() const override { return false; }
    QString errorString() const override { return m_problem; }
    QUrl uri() const override { return {}; }
    int answered() const override { return 0; }
    QDateTime lastRequestAt() const override { return {}; }
    void credentialFetched(const TokenResponse &, qint64) override { }
    void fetchFailed(const FetchError &) override { }

private:
    QString m_problem;
};

// The keychain until the module is loaded: each operation loads it and goes to its keychain,
// or answers Unavailable with the module's problem.
class ModuleKeychain : public SecretStore
{
public:
    explicit ModuleKeychain(ModuleNetworkBackend *modules)
        : m_modules(modules)
    { }
    void readSecret(const QString &profile, QObject *context, Callback done) override
    {
        if (SecretStore *keychain = loaded())
            keychain->readSecret(profile, context, std::move(done));
        else
            deliverLater(context, std::move(done), unavailable());
    }
    void writeSecret(const QString &profile, const QByteArray &secret, QObject *context,
                     Callback done) override
    {
        if (SecretStore *keychain = loaded())
            keychain->writeSecret(profile, secret, context, std::move(done));
        else
            deliverLater(context, std::move(done), unavailable());
    }
    void removeSecret(const QString &profile, QObject *context, Callback done) override
    {
        if (SecretStore *keychain = loaded())
            keychain->removeSecret(profile, context, std::move(done));
        else
            deliverLater(context, std::move(done), unavailable());
    }
    // KeychainSecretStore's own words, without loading the module to ask it.
    QString description() const override
    {
        return QCoreApplication::translate("KeychainSecretStore", "the system keychain");
    }

private:
    SecretStore *loaded() { return m_modules->moduleKeychain(); }
    Result unavailable() const
    {
        Result result;
        result.outcome = Outcome::Unavailable;
        result.message = m_modules->loadError();
        return result;
    }

    ModuleNetworkBackend *m_modules;
};

} // namespace

ModuleNetworkBackend::ModuleNetworkBackend(const QString &modulePath)
    : m_modulePath(modulePath)
{ }

ModuleNetworkBackend::~ModuleNetworkBackend() = default;

QString ModuleNetworkBackend::defaultModulePath()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    // Installed: where CMake put it, relative to the window (lib/tokendesk, lib64/tokendesk or
    // lib/<multiarch>/tokendesk). In the build tree: beside the window.
    const QStringList candidates{
        QDir::cleanPath(
            bin.filePath(QStringLiteral(TOKENDESK_MODULE_RELDIR "/") + moduleFileName())),
        bin.filePath(moduleFileName())};
    for (const QString &candidate : candidates) {
        if (QFileInfo::exists(candidate))
            return candidate;
    }
    return candidates.constFirst();
}

bool ModuleNetworkBackend::load()
{
    return backend() != nullptr;
}

NetworkBackend *ModuleNetworkBackend::backend()
{
    if (m_loadTried)
        return m_backend.get();
    m_loadTried = true;
    const auto fail = [this](const QString &reason) -> NetworkBackend * {
        m_loadError = moduleProblem(m_modulePath, reason);
        qWarning("%s", qPrintable(m_loadError));
        return nullptr;
    };
    m_library.setFileName(m_modulePath);
    // Never unloaded: the objects it made live as long as the window.
    m_library.setLoadHints(QLibrary::PreventUnloadHint);
    if (!QFileInfo::exists(m_modulePath)) {
        // QLibrary's own words would name the variants of the name it also tried.
        return fail(QCoreApplication::translate("TokenDesk::NetworkModule", "the file is missing"));
    }
    if (!m_library.load())
        return fail(m_library.errorString());
    const auto create =
        reinterpret_cast<CreateBackend>(m_library.resolve("tokendesk_create_network_backend"));
    NetworkBackend *made = create ? create(NetworkBackendAbi, Version) : nullptr;
    if (!made) {
        return fail(
            QCoreApplication::translate("TokenDesk::NetworkModule", "it is not this version's (%1)")
                .arg(QLatin1String(Version)));
    }
    m_backend.reset(made);
    if (m_proxy)
        m_backend->applyProxy(m_proxy->first, m_proxy->second);
    return m_backend.get();
}

SecretStore *ModuleNetworkBackend::moduleKeychain()
{
    NetworkBackend *loaded = backend();
    return loaded ? loaded->keychain() : nullptr;
}

std::unique_ptr<TokenFetcher> ModuleNetworkBackend::createFetcher()
{
    if (NetworkBackend *loaded = backend())
        return loaded->createFetcher();
    return std::make_unique<UnloadableFetcher>(m_loadError);
}

std::unique_ptr<CredentialServer> ModuleNetworkBackend::createCredentialServer(
    CredentialServer::Handlers handlers)
{
    if (NetworkBackend *loaded = backend())
        return loaded->createCredentialServer(std::move(handlers));
    return std::make_unique<UnloadableServer>(m_loadError);
}

void ModuleNetworkBackend::applyProxy(const AppSettings &settings, const QString &password)
{
    m_proxy.emplace(settings, password);
    if (m_backend)
        m_backend->applyProxy(settings, password);
}

DemoGateway ModuleNetworkBackend::startDemoGateway(const QString &appKey, const QByteArray &secret,
                                                   QObject *parent)
{
    if (NetworkBackend *loaded = backend())
        return loaded->startDemoGateway(appKey, secret, parent);
    DemoGateway failed;
    failed.error = m_loadError;
    return failed;
}

SecretStore *ModuleNetworkBackend::keychain()
{
    if (!m_keychain)
        m_keychain = std::make_unique<ModuleKeychain>(this);
    return m_keychain.get();
}

} // namespace TokenDesk
