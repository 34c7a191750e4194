#include "cli/merge_command.hpp"

#include <fstream>
#include <sstream>

#include "report/json_merge.hpp"
#include "support/exit_codes.hpp"

namespace initcheck::cli {

void addMergeCommand(CLI::App& app, MergeOptions& options) {
  auto* command = app.add_subcommand(
      "merge", "Put the JSON reports of `test --shard K/N` runs back together into one");
  command->add_option("parts", options.parts, "The shards' JSON reports")->required();
  command->add_option("-o,--output", options.outputPath, "Write the merged report here");
}

int runMergeCommand(const MergeOptions& options, std::ostream& out, std::ostream& err) {
  std::vector<JsonPart> parts;
  for (const std::string& path : options.parts) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
      err << path << ": error: cannot read this file\n";
      return toInt(ExitCode::SpecError);
    }
    std::ostringstream text;
    text << file.rdbuf();
    parts.push_back({path, text.str()});
  }
  JsonMerge merge = mergeJsonShards(parts);
  for (const std::string& error : merge.errors)
    err << "initcheck merge: error: " << error << "\n";
  if (!merge.errors.empty())
    return toInt(ExitCode::SpecError);
  if (options.outputPath.empty()) {
    out << merge.report;
  } else {
    std::ofstream file(options.outputPath, std::ios::binary);
    file << merge.report;
    if (!file) {
      err << options.outputPath << ": error: cannot write this file\n";
      return toInt(ExitCode::SpecError);
    }
  }
  for (unsigned missing : merge.missing)
    err << "initcheck merge: shard " << missing << "/" << merge.shards
        << " is missing: its files are not in the report\n";
  err << "initcheck merge: " << merge.files << " files from " << merge.shards - merge.missing.size()
      << " of " << merge.shards << " shards\n";
  if (!merge.missing.empty())
    return toInt(ExitCode::Unknown);
  return toInt(merge.failedTest ? ExitCode::Violation : ExitCode::Ok);
}

}  // namespace initcheck::cli
