// What the window remembers of the form: the draft being typed (so nothing is lost on an error,
// a crash or a restart) and recent values per profile. Never the optional `token` field, which
// may be a credential, and never a secret.
#pragma once

#include "tokenrequest.h"

#include <QSettings>
#include <QString>
#include <QStringList>

namespace TokenDesk {

class FormMemory
{
public:
    // The settings are not owned.
    explicit FormMemory(QSettings *settings);

    static constexpr int MaxRecent = 10;

    // The five required fields by API name, in form order.
    static QStringList fieldNames();

    TokenRequest draft() const;
    void saveDraft(const TokenRequest &request);

    QStringList recent(const QString &profile, const QString &field) const;
    // Puts each non-empty field first in its profile's recent list (no duplicates, capped).
    void remember(const QString &profile, const TokenRequest &request);

private:
    QSettings *m_settings;
};

// The value of a required field by API name ("op_tenant_code", …); nullptr for other names.
QString *requestField(TokenRequest &request, const QString &apiName);
const QString *requestField(const TokenRequest &request, const QString &apiName);

} // namespace TokenDesk
