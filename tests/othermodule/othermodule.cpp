// A stand-in for a network module left over from another build: it exports the entry point
// and refuses this build's ABI and version, as the real one does with any other.
#include <QtGlobal>

namespace TokenDesk {
class NetworkBackend;
}

extern "C" Q_DECL_EXPORT TokenDesk::NetworkBackend *tokendesk_create_network_backend(int,
                                                                                     const char *)
{
    return nullptr;
}
