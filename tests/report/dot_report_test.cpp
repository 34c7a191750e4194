// The DOT report's text: a run without violations is still one graph, labels are escaped, node
// ids are unique across violations, and the violating pair is filled and linked.
#include "report/dot_report.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace initcheck {
namespace {

TraceEvent step(ThreadId thread, std::string name, std::string action, SourcePosition where) {
  TraceEvent event;
  event.thread = thread;
  event.threadName = std::move(name);
  event.action = std::move(action);
  event.position = where;
  event.kind = EventKind::Write;
  return event;
}

ReportedViolation race() {
  ReportedViolation reported;
  reported.violation.kind = PropertyKind::Race;
  reported.violation.message = "race on 's': \"quoted\" \\ back\nslash";
  reported.violation.position = {3, 12};
  reported.violation.related.push_back({{2, 12}, "write of 's' by a"});
  reported.trace = {step(0, "a", "write s = \"c\"", {2, 12}),
                    step(1, "b", "write s = \"d\"", {3, 12})};
  return reported;
}

FileReport fileWith(std::vector<ReportedViolation> violations) {
  FileReport file;
  file.path = "t.ic";
  file.result = CheckResult{};
  file.result->verdict = violations.empty() ? Verdict::Ok : Verdict::Violated;
  file.result->violations = std::move(violations);
  return file;
}

std::string dot(const std::vector<FileReport>& files) {
  std::ostringstream out;
  writeDotReport(out, files, ReportOptions{});
  return out.str();
}

TEST(DotReport, NoViolationsIsOneNote) {
  EXPECT_EQ(dot({fileWith({})}),
            "digraph initcheck {\n"
            "  graph [fontname=\"monospace\", labeljust=l, newrank=true];\n"
            "  node [shape=box, fontname=\"monospace\", fontsize=10];\n"
            "  edge [fontname=\"monospace\", fontsize=9];\n"
            "  none [label=\"no violations\", shape=note];\n"
            "}\n");
}

TEST(DotReport, LabelsAreEscaped) {
  std::string out = dot({fileWith({race()})});
  EXPECT_NE(out.find("label=\"t.ic:3:12 race: race on 's': \\\"quoted\\\" \\\\ back\\nslash\";"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("v1_e1 [label=\"1. write s = \\\"c\\\"\\n2:12\""), std::string::npos) << out;
}

TEST(DotReport, ViolatingPairIsFilledAndLinked) {
  std::string out = dot({fileWith({race()})});
  EXPECT_NE(out.find("subgraph cluster_v1_t0 {\n      label=\"a\";"), std::string::npos) << out;
  EXPECT_NE(out.find("v1_e2 [label=\"2. write s = \\\"d\\\"\\n3:12\", style=filled"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("v1_e1 -> v1_e2 [style=invis];"), std::string::npos) << out;
  EXPECT_NE(out.find("v1_e1 -> v1_e2 [color=\"#d62728\""), std::string::npos) << out;
  EXPECT_NE(out.find("constraint=false, label=\"race\"]"), std::string::npos) << out;
}

TEST(DotReport, NodeIdsAreUniqueAcrossViolationsAndFiles) {
  std::string out = dot({fileWith({race(), race()}), fileWith({}), fileWith({race()})});
  EXPECT_NE(out.find("subgraph cluster_v3 {"), std::string::npos) << out;
  EXPECT_NE(out.find("v3_e2 [label="), std::string::npos) << out;
  EXPECT_EQ(out.find("no violations"), std::string::npos) << out;
}

}  // namespace
}  // namespace initcheck
