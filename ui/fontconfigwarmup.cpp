// Fontconfig's configuration, read beside the QApplication's construction.
#include "fontconfigwarmup.h"

#include <clocale>
#include <system_error>

#ifdef TOKENDESK_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace TokenDesk {

FontconfigWarmup::FontconfigWarmup()
{
#ifdef TOKENDESK_HAVE_FONTCONFIG
    // The locale QCoreApplication sets first thing (setlocale(LC_ALL, "")), set before the
    // thread starts: fontconfig reads a configuration's numbers with the locale's decimal
    // point, and the locale must not change from "C" to, say, de_DE while it parses.
    std::setlocale(LC_ALL, "");
    try {
        m_thread = std::thread([this] {
            if (FcInit())
                m_built = FcConfigGetCurrent();
        });
    } catch (const std::system_error &) {
        // No thread (a resource limit): Qt's own FcInit() does the work, as it always did.
    }
#endif
}

FontconfigWarmup::~FontconfigWarmup()
{
    finish();
}

void FontconfigWarmup::finish()
{
    if (!m_thread.joinable())
        return;
    m_thread.join();
    m_configuration = m_built;
}

void FontconfigWarmup::releaseUnusedConfiguration()
{
#ifdef TOKENDESK_HAVE_FONTCONFIG
    if (!m_configuration)
        return;
    // The current configuration's only reference is fontconfig's own: this frees it, and
    // fontconfig has no current configuration after it.
    FcConfigDestroy(static_cast<FcConfig *>(const_cast<void *>(m_configuration)));
    m_configuration = nullptr;
#endif
}

} // namespace TokenDesk
