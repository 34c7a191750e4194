// The pieces of the Markdown report over hand-built values: Markdown and Mermaid escaping, the
// one-sentence explanations, the sequence diagram's participants, arrows and highlights, and
// the source excerpt.
#include <gtest/gtest.h>

#include <sstream>

#include "report/markdown_text.hpp"
#include "report/mermaid_sequence.hpp"
#include "report/source_excerpt.hpp"
#include "report/violation_explanation.hpp"

namespace initcheck {
namespace {

TraceEvent event(ThreadId thread, std::string name, SourcePosition at, EventKind kind,
                 std::string action, std::string object = "",
                 MemoryEffect memory = MemoryEffect::None) {
  return TraceEvent{
      thread, std::move(name), at, kind, std::move(action), std::move(object), memory, {}, {}};
}

// go#1 writes `done` and unlocks mu; b reads `done` without taking mu.
ReportedViolation race() {
  ReportedViolation reported;
  reported.violation.kind = PropertyKind::Race;
  reported.violation.instanceKey = "done@4:5,9:8";
  reported.violation.message = "race on 'done': write by go#1 at 4:5, read by b at 9:8";
  reported.violation.position = {9, 8};
  reported.violation.related.push_back({{4, 5}, "write of 'done' by go#1"});
  reported.trace = {
      event(0, "go#1", {4, 5}, EventKind::Write, "write done = true", "done", MemoryEffect::Write),
      event(0, "go#1", {5, 5}, EventKind::Unlock, "unlock mu", "mu"),
      event(1, "b", {9, 8}, EventKind::Read, "read done = true", "done", MemoryEffect::Read),
  };
  return reported;
}

std::string diagram(const ReportedViolation& reported) {
  std::ostringstream out;
  writeMermaidSequence(out, reported, buildExecutionGraph(reported));
  return out.str();
}

TEST(MarkdownText, EscapesWhatMarkdownWouldReadAndKeepsCodeSpans) {
  EXPECT_EQ(markdownInline("a|b *c* <d> `x|*y` @e $f"), "a\\|b \\*c\\* \\<d\\> `x|*y` \\@e \\$f");
  EXPECT_EQ(markdownInline("dcl_plain_flag _x_"), "dcl_plain_flag \\_x\\_");
  EXPECT_EQ(markdownInline("go#1 # h"), "go#1 \\# h");
  EXPECT_EQ(markdownInline("a\nb"), "a b");
}

TEST(MarkdownText, FenceOutgrowsBackticksInTheContent) {
  EXPECT_EQ(codeFence("plain"), "```");
  EXPECT_EQ(codeFence("x ```` y"), "`````");
}

TEST(MermaidSequence, EntityCodesForSyntaxCharacters) {
  EXPECT_EQ(mermaidText("go#1; a:b %% <c>"), "go#35;1#59; a#58;b #37;#37; #lt;c#gt;");
}

TEST(MermaidSequence, ThreadsThenObjectsWithArrowsByRole) {
  std::string text = diagram(race());
  EXPECT_EQ(text,
            "sequenceDiagram\n"
            "  participant T0 as go#35;1\n"
            "  participant T1 as b\n"
            "  participant O0 as done\n"
            "  participant O1 as mu\n"
            "  rect rgb(255, 221, 221)\n"
            "    T0->>O0: 1. write done = true\n"
            "  end\n"
            "  T0->>O1: 2. unlock mu\n"
            "  rect rgb(255, 221, 221)\n"
            "    O0-->>T1: 3. read done = true\n"
            "  end\n"
            "  Note over T0,O0: \xE2\x9A\xA0 race\n");
}

TEST(MermaidSequence, SpawnAndJoinGoBetweenThreadsAndNotesHaveNoObject) {
  ReportedViolation reported;
  reported.violation.kind = PropertyKind::Assertion;
  reported.violation.position = {7, 1};
  reported.trace = {
      event(0, "main", {2, 1}, EventKind::Spawn, "spawn w#1", "w#1"),
      event(1, "w#1", {3, 1}, EventKind::ThreadEnd, "end of w#1"),
      event(0, "main", {4, 1}, EventKind::Join, "join w#1", "w#1"),
      event(0, "main", {7, 1}, EventKind::Assert, "assert: false"),
  };
  std::string text = diagram(reported);
  EXPECT_NE(text.find("  T0->>T1: 1. spawn w#35;1\n"), std::string::npos) << text;
  EXPECT_NE(text.find("  Note over T1: 2. end of w#35;1\n"), std::string::npos) << text;
  EXPECT_NE(text.find("  T1-->>T0: 3. join w#35;1\n"), std::string::npos) << text;
  EXPECT_EQ(text.find("participant O"), std::string::npos) << text;
}

TEST(MermaidSequence, EmptyTraceStillDrawsOneParticipant) {
  ReportedViolation reported;
  reported.violation.kind = PropertyKind::Deadlock;
  EXPECT_EQ(diagram(reported),
            "sequenceDiagram\n  participant S as initial state\n"
            "  Note over S: \xE2\x9A\xA0 deadlock before any step\n");
}

TEST(ViolationExplanation, RaceNamesBothAccessesAndTheUnacquiredRelease) {
  ReportedViolation reported = race();
  EXPECT_EQ(explainViolation(reported, buildExecutionGraph(reported)),
            "No happens-before edge orders go#1's write of `done` (line 4, step 1) before b's "
            "read (line 9, step 3): go#1's next synchronizing step after the write is step 2 "
            "(`unlock mu`), but nothing b does before its read acquires from it.");
}

TEST(ViolationExplanation, RaceWithNoReleaseSaysSo) {
  ReportedViolation reported = race();
  reported.trace.erase(reported.trace.begin() + 1);
  EXPECT_EQ(explainViolation(reported, buildExecutionGraph(reported)),
            "No happens-before edge orders go#1's write of `done` (line 4, step 1) before b's "
            "read (line 9, step 2): go#1 releases nothing after the write, so b has nothing to "
            "acquire before its read.");
}

TEST(ViolationExplanation, SingleInitListsTheCalls) {
  ReportedViolation reported;
  reported.violation.kind = PropertyKind::SingleInit;
  reported.violation.message = "load(\"c\") is called a second time, by b";
  reported.violation.position = {3, 9};
  reported.trace = {
      event(0, "a", {3, 9}, EventKind::InitCall, "call load(\"c\") (1st call with these arguments)",
            "load"),
      event(1, "b", {3, 9}, EventKind::InitCall, "call load(\"c\") (2nd call with these arguments)",
            "load"),
  };
  EXPECT_EQ(explainViolation(reported, buildExecutionGraph(reported)),
            "`load(\"c\")` is called twice: by a (line 3, step 1) and by b (line 3, step 2), but "
            "single_init allows only one call per argument tuple.");
}

TEST(ViolationExplanation, DeadlockNamesEachBlockedThread) {
  Violation violation;
  violation.kind = PropertyKind::Deadlock;
  violation.message = "deadlock: b waits for lock 'mu' held by a";
  violation.related.push_back({{11, 5}, "b waits for lock 'mu' held by a"});
  EXPECT_EQ(explainViolation({violation, {}, 0, 0}, ExecutionGraph{}),
            "No thread can move: b waits for lock 'mu' held by a (line 11).");
}

TEST(ViolationExplanation, OtherKindsUseTheMessageWithoutItsKind) {
  Violation violation;
  violation.kind = PropertyKind::RuntimeError;
  violation.message = "runtime_error: 10 / 0";
  violation.position = {7, 3};
  EXPECT_EQ(explainViolation({violation, {}, 0, 0}, ExecutionGraph{}), "10 / 0 (line 7).");
}

// b finished; a is blocked at 4:5 without having taken a step.
ReportedViolation awaitDeadlock() {
  ReportedViolation reported;
  reported.violation.kind = PropertyKind::Deadlock;
  reported.violation.message = "deadlock: a waits for its await condition to hold";
  reported.violation.position = {4, 5};
  reported.violation.related.push_back({{4, 5}, "a waits for its await condition to hold", "a"});
  reported.trace = {
      event(1, "b", {8, 5}, EventKind::Write, "write data = 1", "data", MemoryEffect::Write),
      event(1, "b", {9, 1}, EventKind::ThreadEnd, "end of b"),
  };
  return reported;
}

TEST(MermaidSequence, ADeadlockIsMarkedOverTheBlockedThreadEvenWithoutSteps) {
  EXPECT_EQ(diagram(awaitDeadlock()),
            "sequenceDiagram\n"
            "  participant T0 as b\n"
            "  participant T1 as a\n"
            "  participant O0 as data\n"
            "  T0->>O0: 1. write data = 1\n"
            "  Note over T0: 2. end of b\n"
            "  Note over T1: \xE2\x9A\xA0 deadlock\n");
}

TEST(SourceExcerpt, ADeadlockShowsWhatTheOtherThreadsDidLast) {
  ReportedViolation reported = awaitDeadlock();
  SourceFile source("x.ic", "l1\nl2\nl3\nawait\nl5\nl6\nl7\nwrite\n}\n");
  EXPECT_EQ(sourceExcerpt(source, linesInvolved(reported, buildExecutionGraph(reported)), 4),
            "> 4 | await\n  ...\n  8 | write\n");
}

TEST(SourceExcerpt, LinesInOrderOnceWithTheViolationMarked) {
  ReportedViolation reported = race();
  SourceFile source("x.ic", "l1\nl2\nl3\nwrite\nunlock\nl6\nl7\nl8\nread\nl10\n");
  ExecutionGraph graph = buildExecutionGraph(reported);
  EXPECT_EQ(sourceExcerpt(source, linesInvolved(reported, graph), 9),
            "  4 | write\n  ...\n> 9 | read\n");
}

}  // namespace
}  // namespace initcheck
