// `initcheck merge` (issue 20): the JSON reports of the shards of one `initcheck test --shard
// K/N` run put back together into the report the whole run writes, byte for byte (shard K's
// i-th file is the run's file K-1 + i*N). Parts of different runs (another version of the tool
// or of the report, other flags, another file list or shard count) are refused; missing shards
// are named.
#pragma once

#include <string>
#include <vector>

namespace initcheck {

struct JsonPart {
  std::string path;  // for messages
  std::string text;
};

struct JsonMerge {
  std::vector<std::string> errors;  // "PATH: ..." a part refused; then nothing is merged
  std::vector<unsigned> missing;    // shard indices (1-based) no part covers
  std::string report;               // the merged JSON report (empty after an error)
  bool failedTest = false;          // some file did not meet its expectations
  std::size_t files = 0;            // files merged
  unsigned shards = 0;              // N
};

JsonMerge mergeJsonShards(const std::vector<JsonPart>& parts);

}  // namespace initcheck
