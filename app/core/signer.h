// TOP request signing, exactly as the public SDKs do it (see docs/architecture.md).
#pragma once

#include "connectionsettings.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace TokenDesk {

// Parameters as name -> value. QMap keeps them in the order signing needs: QString compares
// UTF-16 code units, which matches byte order for the ASCII names TOP uses.
using ParameterMap = QMap<QString, QString>;

// The string that is signed: every non-empty parameter except `sign`, sorted by name,
// name + value concatenated with no separators and no URL-encoding.
QByteArray signingBase(const ParameterMap &params);

// The upper-case hex signature of `params` with `secret`.
QByteArray signParameters(const ParameterMap &params, const QByteArray &secret, SignMethod method);

} // namespace TokenDesk
