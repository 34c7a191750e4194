// The text report (see text_report.hpp): `PATH: ok (complete)`, `PATH: ok (bounded: unroll)`,
// `PATH: unknown (time limit reached after N executions)`, or one block per violation.
#include "report/text_report.hpp"

#include <algorithm>
#include <iomanip>

#include "report/fix_text.hpp"
#include "report/peak_memory.hpp"
#include "report/report_names.hpp"
#include "report/root_cause_groups.hpp"
#include "report/trace_text.hpp"

namespace initcheck {

namespace {

std::string limitText(const CheckResult& result) {
  // The smt engine's "unsupported: what at L:C" is no answer of the solver's.
  if (result.limit == LimitKind::Unsupported)
    return result.limitReason.value_or("unsupported");
  if (result.limit == LimitKind::Solver)
    return "solver: " + result.limitReason.value_or("no answer");
  std::string limit = result.limit == LimitKind::States   ? "state limit"
                      : result.limit == LimitKind::Memory ? "memory limit"
                                                          : "time limit";
  return limit + " reached " + progressWhenStopped(result);
}

void writeOk(std::ostream& out, const std::string& path, const CheckResult& result) {
  if (result.boundsHit.empty())
    out << path << ": ok (complete)\n";
  else
    out << path << ": ok (bounded: " << boundsText(result.boundsHit) << ")\n";
}

// The verified fixes (--suggest-fixes), or why there is none.
void writeFixes(std::ostream& out, const std::string& path, const CheckResult& result) {
  const FixSearch& search = *result.fixSearch;
  for (const FixSuggestion& fix : search.fixes)
    out << path << ": fix: " << fixChangesText(fix) << " ("
        << fixVerifiedText(fix, result.violations.size()) << ")\n";
  if (search.fixes.empty())
    out << path << ": " << noFixText(search) << "\n";
}

// The first instance of each root cause in full, then its other instances a line each.
void writeViolations(std::ostream& out, const std::string& path, const CheckResult& result) {
  for (const RootCauseGroup& group : rootCauseGroups(result.violations)) {
    writeViolationText(out, path, result.violations[group.first]);
    if (group.others.empty())
      continue;
    out << "  the same mistake in like threads (" << group.others.size() << " more instance"
        << (group.others.size() == 1 ? "" : "s") << "):\n";
    for (std::size_t other : group.others) {
      const Violation& violation = result.violations[other].violation;
      out << "    " << placeText(path, violation.position) << ": " << violation.message << "\n";
    }
  }
  if (result.limit)
    out << path << ": note: " << limitText(result) << "; more violations may exist\n";
  if (result.fixSearch)
    writeFixes(out, path, result);
}

void writeVerdict(std::ostream& out, const std::string& path, const CheckResult& result) {
  switch (result.verdict) {
    case Verdict::Ok:
      writeOk(out, path, result);
      return;
    case Verdict::Violated:
      writeViolations(out, path, result);
      return;
    case Verdict::Unknown:
      out << path << ": unknown (" << limitText(result);
      if (!result.boundsHit.empty())
        out << "; bounded: " << boundsText(result.boundsHit);
      out << ")\n";
      return;
    case Verdict::InternalError:
      for (const ReportedViolation& reported : result.violations)
        writeViolationText(out, path, reported);
      for (const std::string& error : result.internalErrors)
        out << path << ": internal error: " << error << "\n";
      return;
  }
}

void writeNotes(std::ostream& out, const std::string& path, const CheckResult& result) {
  for (const std::string& note : result.notes)
    out << path << ": note: " << note << "\n";
}

void writeSolverStats(std::ostream& out, const SolverStats& stats) {
  out << "smt: events=" << stats.events << " steps=" << stats.steps
      << " constraints=" << stats.constraints << " clauses=" << stats.clauses
      << " queries=" << stats.answeredQueries << "/" << stats.plannedQueries
      << " solver_calls=" << stats.queries << " sat=" << stats.sat << " unsat=" << stats.unsat
      << std::fixed << std::setprecision(3) << " unfold_seconds=" << stats.unfoldSeconds
      << " encode_seconds=" << stats.encodeSeconds << " solve_seconds=" << stats.solveSeconds
      << " seconds=" << stats.seconds << std::defaultfloat << "\n";
}

void writeStats(std::ostream& out, const ExplorationStats& stats) {
  out << "stats: executions=" << stats.executions << " states=" << stats.states
      << " transitions=" << stats.transitions << " sleep_blocked=" << stats.sleepBlocked
      << " cache_hits=" << stats.cacheHits;
  if (stats.cacheLookupStride > 1)
    out << " cache_lookup_stride=" << stats.cacheLookupStride;
  if (stats.cacheAsideAfter != 0)
    out << " cache_aside_after=" << stats.cacheAsideAfter;
  if (stats.hashOmissionBound)
    out << " hash_omission_probability=" << std::setprecision(2) << *stats.hashOmissionBound;
  out << std::fixed << std::setprecision(3) << " seconds=" << stats.seconds << std::setprecision(1)
      << " peak_rss_mb=" << peakRssMegabytes() << std::defaultfloat << "\n";
}

void writeStatsLines(std::ostream& out, const CheckResult& result) {
  writeStats(out, result.stats);
  if (result.solver)
    writeSolverStats(out, *result.solver);
}

}  // namespace

void writeTestLine(std::ostream& out, const FileReport& file) {
  if (file.test->passed)
    out << "PASS " << file.path << '\n';
  else
    out << "FAIL " << file.path << ": " << file.test->detail << '\n';
}

void writeTextFile(std::ostream& out, const FileReport& file, const ReportOptions& options) {
  if (file.test) {
    writeTestLine(out, file);
    if (options.stats && file.result)
      writeStatsLines(out, *file.result);
  } else if (file.result) {
    writeText(out, file.path, *file.result, options.stats);
  }
}

void writeCheckSummary(std::ostream& out, const std::vector<FileReport>& files) {
  std::size_t ok = 0, violated = 0, unknown = 0, internal = 0, rejected = 0;
  for (const FileReport& file : files) {
    if (!file.result) {
      ++rejected;
      continue;
    }
    switch (file.result->verdict) {
      case Verdict::Ok:
        ++ok;
        break;
      case Verdict::Violated:
        ++violated;
        break;
      case Verdict::Unknown:
        ++unknown;
        break;
      case Verdict::InternalError:
        ++internal;
        break;
    }
  }
  out << files.size() << " files: " << ok << " ok, " << violated << " violated";
  if (unknown != 0)
    out << ", " << unknown << " unknown";
  if (rejected != 0)
    out << ", " << rejected << " with spec errors";
  if (internal != 0)
    out << ", " << internal << " internal errors";
  out << '\n';
}

void writeSummaryLine(std::ostream& out, const std::vector<FileReport>& files) {
  if (files.empty())
    return;
  if (files.front().test)
    writeTestSummary(out, files);
  else if (files.size() > 1)
    writeCheckSummary(out, files);
}

void writeTestSummary(std::ostream& out, const std::vector<FileReport>& files) {
  auto passed = std::count_if(files.begin(), files.end(),
                              [](const FileReport& file) { return file.test->passed; });
  out << passed << " passed, " << files.size() - static_cast<std::size_t>(passed) << " failed\n";
}

void writeTextReport(std::ostream& out, const std::vector<FileReport>& files,
                     const ReportOptions& options) {
  for (const FileReport& file : files)
    writeTextFile(out, file, options);
  writeSummaryLine(out, files);
}

void writeText(std::ostream& out, const std::string& path, const CheckResult& result, bool stats) {
  writeVerdict(out, path, result);
  writeNotes(out, path, result);
  if (stats)
    writeStatsLines(out, result);
}

}  // namespace initcheck
