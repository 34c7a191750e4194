// The race explanation on real counterexamples: it names the step where the fix goes (the
// reader's relaxed load, the writer's relaxed store, a plain flag, a publication made before
// the write it should publish), not only the writer's release side.
#include <gtest/gtest.h>

#include <string>

#include "real_counterexample.hpp"
#include "report/execution_graph.hpp"
#include "report/violation_explanation.hpp"

namespace initcheck {
namespace {

// The explanation of the race on `data`.
std::string explanation(const std::string& text) {
  ReportedViolation reported = testing::violationWith(text, "race on 'data'");
  return explainViolation(reported, buildExecutionGraph(reported));
}

std::string messagePassing(const std::string& storeOrder, const std::string& loadOrder) {
  return "var ready: atomic bool = false;\nvar data: int = 0;\n"
         "thread a {\n    data = 42;\n    ready.store(true, " +
         storeOrder + ");\n}\nthread b {\n    if ready.load(" + loadOrder +
         ") {\n        assert data == 42;\n    }\n}\n";
}

constexpr const char* kPrefix =
    "No happens-before edge orders a's write of `data` (line 4, step 1) before b's read (line 9, "
    "step 5): ";

TEST(RaceExplanation, NamesTheReadersRelaxedLoad) {
  EXPECT_EQ(explanation(messagePassing("release", "relaxed")),
            std::string(kPrefix) +
                "b's `load ready = true (relaxed)` (step 4) sees a's `store ready = true "
                "(release)` (step 2), made after the write, but the load is relaxed and acquires "
                "nothing: make b's load acquire.");
}

TEST(RaceExplanation, NamesTheWritersRelaxedStore) {
  EXPECT_EQ(explanation(messagePassing("relaxed", "acquire")),
            std::string(kPrefix) +
                "b's `load ready = true (acquire)` (step 4) sees a's `store ready = true "
                "(relaxed)` (step 2), made after the write, but the store is relaxed and releases "
                "nothing: make a's store release.");
}

TEST(RaceExplanation, NamesBothWhenBothAreRelaxed) {
  EXPECT_NE(explanation(messagePassing("relaxed", "relaxed"))
                .find("but both are relaxed and order nothing: make the store release and b's "
                      "load acquire."),
            std::string::npos);
}

TEST(RaceExplanation, APlainFlagOrdersNothing) {
  std::string text =
      "var done: bool = false;\nvar data: int = 0;\n"
      "thread a {\n    data = 42;\n    done = true;\n}\n"
      "thread b {\n    if done {\n        assert data == 42;\n    }\n}\n";
  std::string said = explanation(text);
  EXPECT_NE(said.find("b's `read done = true` (step 4) sees a's `write done = true` (step 2), "
                      "made after the write, but plain accesses order nothing: make `done` "
                      "atomic, stored with release and loaded with acquire."),
            std::string::npos)
      << said;
}

TEST(RaceExplanation, APublicationBeforeTheWriteIsCalledEarly) {
  std::string text =
      "var initialized: atomic bool = false;\nvar data: int = 0;\n"
      "thread a {\n    if initialized.cas(false, true) {\n        data = 42;\n    }\n}\n"
      "thread b {\n    if initialized.load() {\n        assert data == 42;\n    }\n}\n";
  std::string said = explanation(text);
  EXPECT_NE(said.find("acquires from a's `cas initialized false -> true: succeeded (seq_cst)` "
                      "(step 1), which comes before the write: publish after it."),
            std::string::npos)
      << said;
  EXPECT_EQ(said.find("join"), std::string::npos) << said;
}

}  // namespace
}  // namespace initcheck
