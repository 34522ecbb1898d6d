// Logging categories, one per area.
#include "logging.h"

Q_LOGGING_CATEGORY(lcClient, "tokendesk.client", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKeychain, "tokendesk.keychain", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProfiles, "tokendesk.profiles", QtWarningMsg)
