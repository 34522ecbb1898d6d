// The network module (libtokendesk-network.so): InProcessNetworkBackend, with QtNetwork, its
// Kerberos and proxy libraries and QtKeychain, for the window to load when it first needs
// them (ModuleNetworkBackend). Only the one C function below is exported.
#include "inprocessnetworkbackend.h"
#include "version.h"

#include <QtGlobal>

#include <cstring>

// A new backend when `abi` and `version` are this module's, else nullptr: a module left over
// from another build is refused rather than trusted with a different layout.
extern "C" Q_DECL_EXPORT TokenDesk::NetworkBackend *tokendesk_create_network_backend(
    int abi, const char *version)
{
    if (abi != TokenDesk::NetworkBackendAbi || !version
        || std::strcmp(version, TokenDesk::Version) != 0)
        return nullptr;
    return new TokenDesk::InProcessNetworkBackend;
}
