// Runs one SecretStore call to its callback, for tests.
#pragma once

#include "secretstore.h"

#include <QTest>

#include <optional>

namespace TestSupport {

// `call(context, done)` starts the store operation; returns its result, or Failed with
// "no answer" when the callback never came within `timeoutMs`.
template<typename Call>
TokenDesk::SecretStore::Result awaitSecretStore(Call call, int timeoutMs = 15000)
{
    QObject context;
    std::optional<TokenDesk::SecretStore::Result> result;
    call(&context, [&result](const TokenDesk::SecretStore::Result &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        qWarning("the secret store never answered");
    return result.value_or(TokenDesk::SecretStore::Result{
        TokenDesk::SecretStore::Outcome::Failed, {}, QStringLiteral("no answer")});
}

} // namespace TestSupport
