// Merging shard reports (see json_merge.hpp).
#include "report/json_merge.hpp"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>

#include "report/json_report.hpp"

namespace initcheck {

namespace {

using ordered_json = nlohmann::ordered_json;

struct Part {
  std::string path;
  ordered_json document;
};

// The part's shard, or an error message.
std::optional<std::string> refusal(const ordered_json& document) {
  if (!document.is_object() || document.value("tool", "") != "initcheck")
    return "not an initcheck JSON report";
  if (document.value("version", 0) != kJsonReportVersion)
    return "JSON report version " + document.value("version", ordered_json()).dump() +
           ", this initcheck writes and merges version " + std::to_string(kJsonReportVersion);
  if (!document.contains("shard"))
    return "not the report of a shard (written by `initcheck test --shard K/N --json FILE`)";
  const ordered_json& shard = document["shard"];
  unsigned index = shard.value("index", 0u);
  unsigned count = shard.value("count", 0u);
  if (index < 1 || index > count || !document["files"].is_array())
    return "its shard is malformed";
  return std::nullopt;
}

// Whether `part` belongs to the same run as `first`: same flags, tool version, shard count
// and file list length.
std::optional<std::string> mismatch(const ordered_json& first, const ordered_json& part) {
  for (const char* key : {"run", "count", "files_in_all"}) {
    if (first["shard"][key] != part["shard"][key])
      return std::string("comes from another run: its shard ") + key + " is " +
             part["shard"][key].dump() + ", the first part's " + first["shard"][key].dump();
  }
  return std::nullopt;
}

}  // namespace

JsonMerge mergeJsonShards(const std::vector<JsonPart>& parts) {
  JsonMerge merge;
  std::map<unsigned, Part> byIndex;
  for (const JsonPart& input : parts) {
    ordered_json document = ordered_json::parse(input.text, nullptr, false);
    if (document.is_discarded()) {
      merge.errors.push_back(input.path + ": not valid JSON");
      continue;
    }
    if (std::optional<std::string> why = refusal(document)) {
      merge.errors.push_back(input.path + ": " + *why);
      continue;
    }
    if (!byIndex.empty()) {
      if (std::optional<std::string> why = mismatch(byIndex.begin()->second.document, document)) {
        merge.errors.push_back(input.path + ": " + *why);
        continue;
      }
    }
    unsigned index = document["shard"]["index"];
    if (byIndex.count(index)) {
      merge.errors.push_back(input.path + ": shard " + std::to_string(index) + " is also " +
                             byIndex[index].path);
      continue;
    }
    byIndex[index] = Part{input.path, std::move(document)};
  }
  if (parts.empty())
    merge.errors.push_back("no part given");
  if (!merge.errors.empty() || byIndex.empty())
    return merge;
  const ordered_json& shard = byIndex.begin()->second.document["shard"];
  merge.shards = shard["count"];
  std::size_t filesInAll = shard["files_in_all"];
  std::vector<std::optional<ordered_json>> files(filesInAll);
  for (unsigned k = 1; k <= merge.shards; ++k) {
    auto found = byIndex.find(k);
    if (found == byIndex.end()) {
      merge.missing.push_back(k);
      continue;
    }
    std::size_t position = k - 1;
    for (const ordered_json& file : found->second.document["files"]) {
      if (position >= filesInAll) {
        merge.errors.push_back(found->second.path + ": more files than its shard has");
        return merge;
      }
      files[position] = file;
      position += merge.shards;
    }
  }
  ordered_json document = {{"version", kJsonReportVersion}, {"tool", "initcheck"}};
  ordered_json list = ordered_json::array();
  for (std::optional<ordered_json>& file : files) {
    if (!file)
      continue;
    if (file->contains("test") && !(*file)["test"].value("passed", false))
      merge.failedTest = true;
    list.push_back(std::move(*file));
  }
  merge.files = list.size();
  document["files"] = std::move(list);
  merge.report = document.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
  return merge;
}

}  // namespace initcheck
