// The JUnit XML report (see junit_report.hpp), written with pugixml so escaping is right.
#include "report/junit_report.hpp"

#include <pugixml.hpp>
#include <sstream>

#include "check/spec_expectations.hpp"
#include "report/report_names.hpp"
#include "report/trace_text.hpp"

namespace initcheck {

namespace {

enum class CaseStatus { Passed, Failure, Error };

struct CaseOutcome {
  CaseStatus status = CaseStatus::Passed;
  std::string message;  // one line: expected vs found, the kinds, the error
  std::string details;  // the body: one line per violation or error
};

std::string violationLines(const FileReport& file) {
  std::string lines;
  for (const ReportedViolation& reported : file.result->violations)
    lines += placeText(file.path, reported.violation.position) + ": " +
             std::string(propertyName(reported.violation.kind)) + ": " +
             reported.violation.message + "\n";
  for (const std::string& error : file.result->internalErrors)
    lines += file.path + ": internal error: " + error + "\n";
  return lines;
}

std::string diagnosticLines(const FileReport& file) {
  std::string lines;
  for (const Diagnostic& diagnostic : file.errors)
    lines += placeText(file.path, diagnostic.position) + ": " + severityText(diagnostic.severity) +
             ": " + diagnostic.message + "\n";
  return lines;
}

std::string details(const FileReport& file) {
  return file.result ? violationLines(file) : diagnosticLines(file);
}

// The test's detail is "expected X, found Y" and then lines with the unexpected violations;
// the message is its first line, the body lists every violation anyway.
CaseOutcome testOutcome(const FileReport& file) {
  if (file.test->passed)
    return {};
  bool ownError = file.result && file.result->verdict == Verdict::InternalError;
  const std::string& detail = file.test->detail;
  return {ownError ? CaseStatus::Error : CaseStatus::Failure, detail.substr(0, detail.find('\n')),
          details(file)};
}

CaseOutcome checkOutcome(const FileReport& file) {
  if (!file.result)
    return {CaseStatus::Error, "spec error", details(file)};
  const CheckResult& result = *file.result;
  switch (result.verdict) {
    case Verdict::Ok:
      return {};
    case Verdict::Violated:
      return {CaseStatus::Failure, "violated: " + describeKinds(result.violatedKinds()),
              details(file)};
    case Verdict::Unknown:
      return {CaseStatus::Error,
              std::string("unknown: ") + limitName(*result.limit) + " limit reached",
              details(file)};
    case Verdict::InternalError:
      return {CaseStatus::Error, "internal error", details(file)};
  }
  return {};
}

CaseOutcome outcomeOf(const FileReport& file) {
  return file.test ? testOutcome(file) : checkOutcome(file);
}

// classname: the folder with dots, as JUnit viewers group by package; name: the file.
void describeCase(pugi::xml_node testcase, const std::string& path) {
  std::size_t slash = path.find_last_of('/');
  std::string folder = slash == std::string::npos ? "." : path.substr(0, slash);
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  for (char& c : folder)
    c = c == '/' ? '.' : c;
  testcase.append_attribute("classname") = folder.c_str();
  testcase.append_attribute("name") = name.c_str();
  testcase.append_attribute("file") = path.c_str();
}

void addCase(pugi::xml_node suite, const FileReport& file, const CaseOutcome& outcome,
             const ReportOptions& options) {
  pugi::xml_node testcase = suite.append_child("testcase");
  describeCase(testcase, file.path);
  if (options.stats && file.result)
    testcase.append_attribute("time") = file.result->stats.seconds;
  if (outcome.status == CaseStatus::Passed)
    return;
  pugi::xml_node problem =
      testcase.append_child(outcome.status == CaseStatus::Failure ? "failure" : "error");
  problem.append_attribute("message") = outcome.message.c_str();
  problem.append_attribute("type") =
      outcome.status == CaseStatus::Failure ? (file.test ? "expectation" : "violation") : "error";
  problem.text().set(outcome.details.c_str());
}

void setCounts(pugi::xml_node node, std::size_t tests, std::size_t failures, std::size_t errors) {
  node.append_attribute("tests") = static_cast<unsigned long long>(tests);
  node.append_attribute("failures") = static_cast<unsigned long long>(failures);
  node.append_attribute("errors") = static_cast<unsigned long long>(errors);
}

}  // namespace

void writeJunitReport(std::ostream& out, const std::vector<FileReport>& files,
                      const ReportOptions& options) {
  pugi::xml_document document;
  pugi::xml_node declaration = document.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  pugi::xml_node suites = document.append_child("testsuites");
  suites.append_attribute("name") = "initcheck";
  std::vector<CaseOutcome> outcomes;
  std::size_t failures = 0, errors = 0;
  for (const FileReport& file : files) {
    outcomes.push_back(outcomeOf(file));
    failures += outcomes.back().status == CaseStatus::Failure;
    errors += outcomes.back().status == CaseStatus::Error;
  }
  setCounts(suites, files.size(), failures, errors);
  pugi::xml_node suite = suites.append_child("testsuite");
  bool testRun = !files.empty() && files.front().test;
  suite.append_attribute("name") = testRun ? "initcheck test" : "initcheck check";
  setCounts(suite, files.size(), failures, errors);
  suite.append_attribute("skipped") = 0;
  for (std::size_t i = 0; i < files.size(); ++i)
    addCase(suite, files[i], outcomes[i], options);
  document.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
}

}  // namespace initcheck
