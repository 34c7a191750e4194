// libFuzzer harness for the whole `initcheck check` pipeline on arbitrary bytes: front end,
// the explicit engine under tiny bounds and a state budget (never a timeout, so every run of
// an input is the same), and every report format written to memory. One input in sixteen that
// loads is also checked by the smt engine, under a time limit: Z3 has no state budget, and
// without one a single seed (specs/real/bionic_pthread_once.ic, > 60 s) outlasted libFuzzer's
// 10 s per input. An internal error of an engine is a crash.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "check/engine.hpp"
#include "check/loaded_spec.hpp"
#include "report/file_report.hpp"
#include "report/report_format.hpp"
#include "support/diagnostic_renderer.hpp"
#include "support/source_file.hpp"

namespace {

using namespace initcheck;

// Bounds that override the file's `option` lines: a spec may ask for 1000 unrollings.
CheckOptions tinyBounds() {
  CheckOptions options;
  options.bounds.unroll = 2;
  options.bounds.threads = 3;
  options.bounds.depth = 2;
  options.bounds.preemptions = 2;
  options.maxStates = 4000;
  return options;
}

// The smt engine's time limit: its answer may then be `unknown`, which is no failure; the
// worker stops within about half a second of it (Z3 polls its interrupt flag).
constexpr double kSmtTimeoutSeconds = 2;

// The smt engine (Z3, not instrumented, much slower per input) on a fixed sixteenth of inputs.
bool alsoSmt(const std::string& text) {
  return std::hash<std::string>{}(text) % 16 == 0;
}

void failOnInternalError(const CheckResult& result) {
  if (result.verdict != Verdict::InternalError)
    return;
  for (const std::string& error : result.internalErrors)
    std::fprintf(stderr, "internal error (%s engine): %s\n", result.engine.c_str(), error.c_str());
  __builtin_trap();
}

void writeEveryReport(const std::vector<FileReport>& reports) {
  for (const std::string& name : reportFormatNames()) {
    std::ostringstream out;
    writeReport(*reportFormatFromName(name), out, reports, ReportOptions{});
  }
}

FileReport checked(const LoadedSpec& spec, EngineKind kind) {
  FileReport report = fileReportFor(spec.source.path(), spec);
  CheckOptions options = tinyBounds();
  if (kind == EngineKind::Smt)
    options.timeoutSeconds = kSmtTimeoutSeconds;
  report.result = makeEngine(kind)->check(spec, options);
  failOnInternalError(*report.result);
  return report;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  LoadedSpec spec = analyzeSpec(SourceFile("fuzz.ic", text));
  std::vector<FileReport> reports;
  if (!spec.ok()) {
    renderToString(spec.source, spec.diagnostics);
    reports.push_back(fileReportFor("fuzz.ic", spec));
  } else {
    reports.push_back(checked(spec, EngineKind::Explicit));
    if (alsoSmt(text))
      reports.push_back(checked(spec, EngineKind::Smt));
  }
  writeEveryReport(reports);
  return 0;
}
