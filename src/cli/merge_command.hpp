// `initcheck merge PART.json...` (issue 20): the JSON reports of the shards of one `initcheck
// test --shard K/N` run, put back together into the JSON report the whole run writes. Exit 2
// when a part is refused (another run, version or flags; not a shard report), 3 when shards
// are missing (named on stderr; the report holds the others), else 1 if some file failed its
// test and 0 if none did, as the whole run would.
#pragma once

#include <CLI/CLI.hpp>
#include <ostream>
#include <string>
#include <vector>

namespace initcheck::cli {

struct MergeOptions {
  std::vector<std::string> parts;
  std::string outputPath;  // -o: empty means stdout
};

void addMergeCommand(CLI::App& app, MergeOptions& options);
int runMergeCommand(const MergeOptions& options, std::ostream& out, std::ostream& err);

}  // namespace initcheck::cli
