// `tokendesk-cli policy explain`: would this policy allow an action on a resource, and why.
#pragma once

#include <QStringList>

namespace TokenDesk {

// Runs `tokendesk-cli policy …`; `arguments` start with the program name, then "policy".
// Synchronous: returns the exit code (0 Allow, 1 any deny, 2 usage or unreadable document).
int runPolicyCommand(const QStringList &arguments);

} // namespace TokenDesk
