// `tokendesk-cli configure-aliyun --name NAME [request options]`: an External profile in
// ~/.aliyun/config.json whose process_command is this program's fetch -o aliyun-process.
#pragma once

#include "profile.h"

#include <QStringList>

namespace TokenDesk {

// Runs the command; returns its exit code. `arguments` start with the program name.
int runConfigureAliyunCommand(const QStringList &arguments, ProfileStore *profiles);

} // namespace TokenDesk
