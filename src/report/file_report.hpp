// What every report format is written from: per spec file its path and source, the spec
// errors that stopped it, or the check result; from `initcheck test` also whether the file met
// its expectations. One writer per format turns a list of these into bytes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "check/check_result.hpp"
#include "check/loaded_spec.hpp"
#include "support/diagnostic.hpp"
#include "support/source_file.hpp"

namespace initcheck {

// `initcheck test` on one file: passed or not, and expected vs found for a person.
struct TestOutcome {
  bool passed = false;
  std::string detail;  // "expected race, found race, deadlock"
};

struct FileReport {
  std::string path;
  SourceFile source{"", ""};          // the spec's text, for source excerpts
  std::vector<Diagnostic> errors;     // spec errors: then there is no result
  std::optional<CheckResult> result;  // the checker's answer on a valid spec
  std::optional<TestOutcome> test;    // only from `initcheck test`

  bool specError() const { return !result && !errors.empty(); }
};

// A file's report with its source and, if the spec was rejected, its errors; the caller adds
// the result or the test outcome.
FileReport fileReportFor(const std::string& path, const LoadedSpec& spec);

// The part of a sharded run (`initcheck test --shard K/N`) a report covers, written into its
// JSON so that `initcheck merge` can put the parts together and tell parts of different runs
// apart (`run`: the tool's version and every flag that changes a result, as one string).
struct ShardOfRun {
  unsigned index = 1;  // K
  unsigned count = 1;  // N
  std::size_t filesInAll = 0;
  std::string run;
};

// Options every writer sees.
struct ReportOptions {
  bool stats = false;  // include statistics (time and memory: not byte-stable)
  std::optional<ShardOfRun> shard;
};

}  // namespace initcheck
