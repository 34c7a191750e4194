// What the SARIF invocation says about how checking went (toolExecutionNotifications), per
// file: a limit that ended the search (which one, and whether the verdict is unknown), bounds
// that cut some execution, internal errors, the engine's notes, and a failed `initcheck test`
// expectation. The descriptors of these notifications are tool.driver.notifications.
#pragma once

#include <nlohmann/json.hpp>

#include "report/file_report.hpp"

namespace initcheck {

// tool.driver.notifications.
nlohmann::ordered_json sarifNotificationDescriptors();

// Appends the file's notifications to `notifications`.
void addSarifNotifications(const FileReport& file, nlohmann::ordered_json& notifications);

}  // namespace initcheck
