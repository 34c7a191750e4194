// The SARIF tool execution notifications (see sarif_notifications.hpp).
#include "report/sarif_notifications.hpp"

#include <array>
#include <string>
#include <string_view>

#include "report/report_names.hpp"
#include "report/sarif_location.hpp"
#include "runtime/bounds.hpp"

namespace initcheck {

namespace {

using nlohmann::ordered_json;

enum class NotificationKind { LimitReached, BoundsHit, InternalError, EngineNote, TestFailed };

struct NotificationText {
  std::string_view id;
  std::string_view level;
  std::string_view description;
};

// In the order of NotificationKind.
constexpr std::array<NotificationText, 5> kNotifications = {{
    {"limit_reached", "warning",
     "A time, state or solver limit ended the search; with no violation found the verdict is "
     "unknown, else more violations may exist."},
    {"bounds_hit", "note",
     "A bound (unroll, threads, depth, preemptions) cut some execution, so the search is not "
     "complete."},
    {"internal_error", "error", "initcheck failed itself, e.g. a counterexample did not replay."},
    {"engine_note", "note", "A remark of the engine, e.g. a bound it does not apply."},
    {"test_failed", "error", "initcheck test: the file's findings differ from its expect items."},
}};

ordered_json notification(NotificationKind kind, const FileReport& file, const std::string& text) {
  const auto index = static_cast<std::size_t>(kind);
  const NotificationText& descriptor = kNotifications[index];
  ordered_json physical = {{"artifactLocation", SarifArtifact(file).artifactLocation()}};
  return {{"descriptor", {{"id", descriptor.id}, {"index", index}}},
          {"level", descriptor.level},
          {"message", {{"text", text}}},
          {"locations", ordered_json::array({{{"physicalLocation", physical}}})}};
}

std::string limitMessage(const CheckResult& result) {
  if (result.limit == LimitKind::Unsupported)
    return "the smt engine cannot check this spec (" + result.limitReason.value_or("unsupported") +
           "): verdict unknown";
  std::string limit = limitName(*result.limit);
  std::string text = "the " + limit + " limit ended the search";
  if (result.limit == LimitKind::Solver && result.limitReason)
    text += " (" + *result.limitReason + ")";
  if (result.verdict == Verdict::Unknown)
    return text + " before any violation was found: verdict unknown";
  return text + "; more violations may exist";
}

std::string boundsMessage(const CheckResult& result) {
  std::string bounds;
  for (BoundKind bound : result.boundsHit)
    bounds += (bounds.empty() ? "" : ", ") + std::string(boundName(bound));
  return "bounded search: " + bounds + " cut some execution";
}

void addResultNotifications(const FileReport& file, ordered_json& notifications) {
  const CheckResult& result = *file.result;
  if (result.limit) {
    ordered_json limit = notification(NotificationKind::LimitReached, file, limitMessage(result));
    limit["properties"] = {{"limit", limitName(*result.limit)},
                           {"verdict", verdictName(result.verdict)}};
    notifications.push_back(limit);
  }
  if (!result.boundsHit.empty())
    notifications.push_back(notification(NotificationKind::BoundsHit, file, boundsMessage(result)));
  for (const std::string& error : result.internalErrors)
    notifications.push_back(notification(NotificationKind::InternalError, file, error));
  for (const std::string& note : result.notes)
    notifications.push_back(notification(NotificationKind::EngineNote, file, note));
}

}  // namespace

ordered_json sarifNotificationDescriptors() {
  ordered_json descriptors = ordered_json::array();
  for (const NotificationText& text : kNotifications)
    descriptors.push_back({{"id", text.id},
                           {"shortDescription", {{"text", text.description}}},
                           {"defaultConfiguration", {{"level", text.level}}}});
  return descriptors;
}

void addSarifNotifications(const FileReport& file, ordered_json& notifications) {
  if (file.result)
    addResultNotifications(file, notifications);
  if (file.test && !file.test->passed)
    notifications.push_back(
        notification(NotificationKind::TestFailed, file, "test failed: " + file.test->detail));
}

}  // namespace initcheck
