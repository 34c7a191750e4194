// The SARIF 2.1.0 report (see sarif_report.hpp), built with nlohmann::ordered_json.
#include "report/sarif_report.hpp"

#include <algorithm>
#include <string>

#include <nlohmann/json.hpp>

#include "report/peak_memory.hpp"
#include "report/root_cause_groups.hpp"
#include "report/sarif_code_flow.hpp"
#include "report/sarif_fixes.hpp"
#include "report/sarif_location.hpp"
#include "report/sarif_notifications.hpp"
#include "report/sarif_rules.hpp"
#include "report/solver_stats_json.hpp"

namespace initcheck {

namespace {

using nlohmann::ordered_json;

constexpr const char* kSarifSchemaUri =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
constexpr const char* kFingerprintKey = "initcheckInstance/v1";

ordered_json message(const std::string& text) {
  return {{"text", text}};
}

ordered_json relatedLocation(const SarifArtifact& artifact, std::size_t id, SourcePosition position,
                             const std::string& description) {
  return {{"id", id},
          {"physicalLocation", artifact.physicalLocation(position)},
          {"message", message(description)}};
}

ordered_json violationResult(const FileReport& file, const ReportedViolation& reported) {
  const Violation& violation = reported.violation;
  SarifArtifact artifact(file);
  ordered_json related = ordered_json::array();
  for (const RelatedPlace& place : violation.related)
    related.push_back(
        relatedLocation(artifact, related.size() + 1, place.position, place.description));
  std::string kind(propertyName(violation.kind));
  ordered_json result = {
      {"ruleId", kind},
      {"ruleIndex", sarifRuleIndex(violation.kind)},
      {"level", "error"},
      {"message", message(violation.message)},
      {"locations", ordered_json::array(
                        {{{"physicalLocation", artifact.physicalLocation(violation.position)}}})}};
  if (!related.empty())
    result["relatedLocations"] = related;
  result["codeFlows"] = ordered_json::array({sarifCodeFlow(artifact, reported)});
  result["partialFingerprints"] = {{kFingerprintKey, kind + ":" + violation.instanceKey}};
  result["properties"] = {{"preemptions", reported.preemptions}, {"steps", reported.steps}};
  return result;
}

// An error of a rejected spec, with the notes after it as related locations.
ordered_json specErrorResult(const FileReport& file, std::size_t error) {
  SarifArtifact artifact(file);
  const Diagnostic& diagnostic = file.errors[error];
  ordered_json related = ordered_json::array();
  for (std::size_t i = error + 1;
       i < file.errors.size() && file.errors[i].severity == Severity::Note; ++i)
    related.push_back(relatedLocation(artifact, related.size() + 1, file.errors[i].position,
                                      file.errors[i].message));
  std::string id(kSpecErrorRuleId);
  ordered_json result = {
      {"ruleId", id},
      {"ruleIndex", sarifSpecErrorRuleIndex()},
      {"level", "error"},
      {"message", message(diagnostic.message)},
      {"locations", ordered_json::array(
                        {{{"physicalLocation", artifact.physicalLocation(diagnostic.position)}}})}};
  if (!related.empty())
    result["relatedLocations"] = related;
  result["partialFingerprints"] = {{kFingerprintKey, id + ":" + diagnostic.message}};
  return result;
}

// One result per root cause: the first instance, with the others as related locations.
ordered_json groupResult(const FileReport& file, const RootCauseGroup& group) {
  const std::vector<ReportedViolation>& violations = file.result->violations;
  ordered_json result = violationResult(file, violations[group.first]);
  ordered_json fixes = sarifFixes(file, group);
  if (!fixes.empty())
    result["fixes"] = std::move(fixes);
  if (group.others.empty())
    return result;
  SarifArtifact artifact(file);
  ordered_json& related = result["relatedLocations"];
  if (related.is_null())
    related = ordered_json::array();
  for (std::size_t other : group.others) {
    const Violation& violation = violations[other].violation;
    related.push_back(relatedLocation(artifact, related.size() + 1, violation.position,
                                      "the same mistake in a like thread: " + violation.message));
  }
  result["properties"]["instances"] = 1 + group.others.size();
  return result;
}

void addResults(const FileReport& file, ordered_json& results) {
  if (file.result) {
    for (const RootCauseGroup& group : rootCauseGroups(file.result->violations))
      results.push_back(groupResult(file, group));
    return;
  }
  for (std::size_t i = 0; i < file.errors.size(); ++i) {
    if (file.errors[i].severity == Severity::Error)
      results.push_back(specErrorResult(file, i));
  }
}

// Each path once, in the order first checked.
ordered_json artifacts(const std::vector<FileReport>& files) {
  ordered_json list = ordered_json::array();
  std::vector<std::string> seen;
  for (const FileReport& file : files) {
    if (std::find(seen.begin(), seen.end(), file.path) != seen.end())
      continue;
    seen.push_back(file.path);
    list.push_back({{"location", SarifArtifact(file).artifactLocation()},
                    {"roles", ordered_json::array({"analysisTarget"})}});
  }
  return list;
}

ordered_json invocation(const std::vector<FileReport>& files) {
  ordered_json notifications = ordered_json::array();
  bool successful = true;
  for (const FileReport& file : files) {
    addSarifNotifications(file, notifications);
    if (file.result && !file.result->internalErrors.empty())
      successful = false;
  }
  ordered_json json = {{"executionSuccessful", successful}};
  if (!notifications.empty())
    json["toolExecutionNotifications"] = notifications;
  return json;
}

ordered_json fileStats(const FileReport& file) {
  const ExplorationStats& stats = file.result->stats;
  ordered_json json = {{"path", file.path},        {"executions", stats.executions},
                       {"states", stats.states},   {"transitions", stats.transitions},
                       {"seconds", stats.seconds}, {"peak_rss_mb", peakRssMegabytes()}};
  if (const auto& solver = file.result->solver)
    json["smt"] = solverStatsJson(*solver);
  return json;
}

ordered_json runStats(const std::vector<FileReport>& files) {
  ordered_json stats = ordered_json::array();
  for (const FileReport& file : files) {
    if (file.result)
      stats.push_back(fileStats(file));
  }
  return stats;
}

bool anyRelativePath(const std::vector<FileReport>& files) {
  return std::any_of(files.begin(), files.end(),
                     [](const FileReport& file) { return !isAbsolutePath(file.path); });
}

ordered_json run(const std::vector<FileReport>& files, const ReportOptions& options) {
  ordered_json driver = {{"name", "initcheck"},
                         {"rules", sarifRules()},
                         {"notifications", sarifNotificationDescriptors()}};
  ordered_json results = ordered_json::array();
  for (const FileReport& file : files)
    addResults(file, results);
  ordered_json json = {{"tool", {{"driver", driver}}},
                       {"invocations", ordered_json::array({invocation(files)})}};
  if (anyRelativePath(files))
    json["originalUriBaseIds"] = {
        {kSarifSourceRoot, {{"description", message("The directory initcheck ran in.")}}}};
  json["artifacts"] = artifacts(files);
  json["results"] = results;
  json["columnKind"] = "unicodeCodePoints";
  if (options.stats)
    json["properties"] = {{"stats", runStats(files)}};
  return json;
}

}  // namespace

void writeSarifReport(std::ostream& out, const std::vector<FileReport>& files,
                      const ReportOptions& options) {
  ordered_json document = {{"$schema", kSarifSchemaUri},
                           {"version", "2.1.0"},
                           {"runs", ordered_json::array({run(files, options)})}};
  // A spec's string literals may hold bytes that are not UTF-8 (the parser takes them as
  // they are): JSON cannot, so each such byte is written as U+FFFD.
  out << document.dump(2, ' ', false, ordered_json::error_handler_t::replace) << "\n";
}

}  // namespace initcheck
