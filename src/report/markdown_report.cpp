// The Markdown report (see markdown_report.hpp).
#include "report/markdown_report.hpp"

#include <algorithm>
#include <iomanip>
#include <sstream>

#include "report/fix_text.hpp"
#include "report/markdown_text.hpp"
#include "report/markdown_violation.hpp"
#include "report/peak_memory.hpp"
#include "report/report_names.hpp"
#include "report/root_cause_groups.hpp"
#include "report/trace_text.hpp"

namespace initcheck {

namespace {

bool fromTest(const std::vector<FileReport>& files) {
  return std::any_of(files.begin(), files.end(),
                     [](const FileReport& file) { return file.test.has_value(); });
}

std::string limitText(const CheckResult& result) {
  if (result.limit == LimitKind::Unsupported)
    return "the smt engine cannot check this spec (" + result.limitReason.value_or("unsupported") +
           ")";
  if (result.limit == LimitKind::Solver)
    return "the solver gave no answer (" + result.limitReason.value_or("no reason given") + ")";
  return std::string(limitName(*result.limit)) + " limit reached " + progressWhenStopped(result);
}

std::string verdictText(const FileReport& file) {
  if (!file.result)
    return file.specError() ? "spec error" : "not checked";
  const CheckResult& result = *file.result;
  switch (result.verdict) {
    case Verdict::Ok:
      return result.boundsHit.empty() ? "ok" : "ok (bounded: " + boundsText(result.boundsHit) + ")";
    case Verdict::Violated:
      return "violated";
    case Verdict::Unknown:
      return "unknown (" + std::string(limitName(result.limit.value_or(LimitKind::Time))) +
             " limit)";
    case Verdict::InternalError:
      return "internal error";
  }
  return "internal error";
}

std::string kindsText(const FileReport& file) {
  std::string text;
  if (file.result) {
    for (PropertyKind kind : file.result->violatedKinds())
      text += (text.empty() ? "" : ", ") + std::string(propertyName(kind));
  }
  return text;
}

std::string testText(const FileReport& file) {
  if (!file.test)
    return "";
  return file.test->passed ? "pass" : "**fail**: " + markdownInline(file.test->detail);
}

// " EXECUTIONS | STATES | SECONDS |", after the row's last cell.
std::string statsCells(const FileReport& file) {
  if (!file.result)
    return "  |  |  |";
  const ExplorationStats& stats = file.result->stats;
  std::ostringstream cells;
  cells << " " << stats.executions << " | " << stats.states << " | " << std::fixed
        << std::setprecision(3) << stats.seconds << " |";
  return cells.str();
}

void writeSummaryTable(std::ostream& out, const std::vector<FileReport>& files,
                       const ReportOptions& options) {
  bool test = fromTest(files);
  out << "| File | Verdict | Kinds |" << (test ? " Test |" : "")
      << (options.stats ? " Executions | States | Seconds |" : "") << "\n";
  out << "| --- | --- | --- |" << (test ? " --- |" : "")
      << (options.stats ? " ---: | ---: | ---: |" : "") << "\n";
  for (const FileReport& file : files) {
    out << "| " << markdownInline(file.path) << " | " << verdictText(file) << " | "
        << kindsText(file) << " |";
    if (test)
      out << " " << testText(file) << " |";
    if (options.stats)
      out << statsCells(file);
    out << "\n";
  }
  out << "\n";
}

void writeDiagnostics(std::ostream& out, const FileReport& file) {
  out << "The spec was rejected:\n\n";
  for (const Diagnostic& diagnostic : file.errors)
    out << "- `" << placeText(file.path, diagnostic.position)
        << "`: " << severityText(diagnostic.severity) << ": " << markdownInline(diagnostic.message)
        << "\n";
  out << "\n";
}

// The verified fixes: one bullet each, or why there is none.
void writeFixes(std::ostream& out, const CheckResult& result) {
  const FixSearch& search = *result.fixSearch;
  if (search.fixes.empty()) {
    out << "Fixes: " << markdownInline(noFixText(search)) << ".\n\n";
    return;
  }
  out << "Suggested fixes, each checked again by the engine:\n\n";
  for (const FixSuggestion& fix : search.fixes)
    out << "- " << markdownInline(fixChangesText(fix)) << " ("
        << markdownInline(fixVerifiedText(fix, result.violations.size())) << ")\n";
  out << "\n";
}

// The short lines: internal errors, the limit, the bounds, the notes, the fixes.
void writeResultNotes(std::ostream& out, const CheckResult& result) {
  for (const std::string& error : result.internalErrors)
    out << "Internal error: " << markdownInline(error) << "\n\n";
  if (result.limit)
    out << "The search stopped early: " << markdownInline(limitText(result))
        << (result.violations.empty() ? "; no violation found so far.\n\n"
                                      : "; more violations may exist.\n\n");
  if (!result.boundsHit.empty())
    out << "Bounded: some executions were cut by the " << boundsText(result.boundsHit)
        << " bound, so the answer holds within the bounds only.\n\n";
  for (const std::string& note : result.notes)
    out << "Note: " << markdownInline(note) << "\n\n";
  if (result.fixSearch)
    writeFixes(out, result);
}

bool hasSection(const FileReport& file) {
  if (!file.result)
    return file.specError();
  const CheckResult& result = *file.result;
  return !result.violations.empty() || !result.internalErrors.empty() || result.limit ||
         !result.notes.empty();
}

void writeFileSection(std::ostream& out, const FileReport& file) {
  out << "## " << markdownInline(file.path) << "\n\n";
  if (file.test && !file.test->passed)
    out << "Test failed: " << markdownInline(file.test->detail) << ".\n\n";
  if (!file.result) {
    writeDiagnostics(out, file);
    return;
  }
  const CheckResult& result = *file.result;
  std::size_t number = 0;
  for (const RootCauseGroup& group : rootCauseGroups(result.violations)) {
    std::vector<const ReportedViolation*> sameMistake;
    for (std::size_t other : group.others)
      sameMistake.push_back(&result.violations[other]);
    writeMarkdownViolation(out, file, result.violations[group.first], ++number, sameMistake);
  }
  writeResultNotes(out, result);
}

void writeDocument(std::ostream& out, const std::vector<FileReport>& files,
                   const ReportOptions& options) {
  out << "# initcheck report\n\n";
  writeSummaryTable(out, files, options);
  for (const FileReport& file : files) {
    if (hasSection(file))
      writeFileSection(out, file);
  }
  if (options.stats)
    out << "Peak memory: " << std::fixed << std::setprecision(1) << peakRssMegabytes() << " MB.\n";
}

}  // namespace

// Sections end with a blank line; the document ends with one line break.
void writeMarkdownReport(std::ostream& out, const std::vector<FileReport>& files,
                         const ReportOptions& options) {
  std::ostringstream document;
  writeDocument(document, files, options);
  std::string text = document.str();
  text.erase(text.find_last_not_of('\n') + 1);
  out << text << "\n";
}

}  // namespace initcheck
