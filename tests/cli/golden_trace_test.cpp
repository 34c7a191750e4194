// Golden counterexamples: `initcheck check` on every walk-through example, compared byte for
// byte with a checked-in transcript (tests/cli/golden_traces/NAME.txt). Set
// INITCHECK_UPDATE_GOLDEN=1 to rewrite the transcripts after an intended change, then review
// the diff.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli_app.hpp"

namespace initcheck::cli {
namespace {

namespace fs = std::filesystem;

const fs::path kExamples = fs::path(INITCHECK_SOURCE_DIR) / "examples";
const fs::path kGolden = fs::path(INITCHECK_SOURCE_DIR) / "tests/cli/golden_traces";

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The transcript of `initcheck check examples/NAME.ic`, run from the source folder so paths
// read `examples/NAME.ic` whatever the checkout's location.
std::string checkTranscript(const std::string& name) {
  fs::path previous = fs::current_path();
  fs::current_path(INITCHECK_SOURCE_DIR);
  std::string relative = "examples/" + name + ".ic";
  const char* argv[] = {"initcheck", "check", relative.c_str()};
  std::ostringstream out, err;
  int code = runCli(3, argv, out, err);
  fs::current_path(previous);
  return "$ initcheck check " + relative + "\n" + out.str() + err.str() + "exit " +
         std::to_string(code) + "\n";
}

std::vector<std::string> exampleNames() {
  std::vector<std::string> names;
  if (!fs::is_directory(kExamples))
    return names;
  for (const auto& entry : fs::directory_iterator(kExamples)) {
    if (entry.path().extension() == ".ic")
      names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

class GoldenTrace : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenTrace, MatchesTheTranscript) {
  std::string actual = checkTranscript(GetParam());
  fs::path golden = kGolden / (GetParam() + ".txt");
  if (std::getenv("INITCHECK_UPDATE_GOLDEN")) {
    std::ofstream(golden, std::ios::binary) << actual;
    GTEST_SKIP() << "rewrote " << golden;
  }
  ASSERT_TRUE(fs::exists(golden)) << "missing " << golden << "; run with INITCHECK_UPDATE_GOLDEN=1";
  EXPECT_EQ(actual, readFile(golden)) << "for examples/" << GetParam() << ".ic";
}

TEST_P(GoldenTrace, IsTheSameOnEveryRun) {
  EXPECT_EQ(checkTranscript(GetParam()), checkTranscript(GetParam()));
}

INSTANTIATE_TEST_SUITE_P(Examples, GoldenTrace, ::testing::ValuesIn(exampleNames()),
                         [](const auto& info) { return info.param; });

// The lines of the trace of the first violation of `kind` in a transcript.
std::string traceOf(const std::string& transcript, const std::string& kind) {
  std::size_t start = transcript.find("violation: " + kind);
  if (start == std::string::npos)
    return "";
  std::size_t end = transcript.find("violation: ", start + 1);
  return transcript.substr(start, end == std::string::npos ? end : end - start);
}

// Issue 3's acceptance: the loop-closure bug's trace shows, in order, the loop writing the
// shared variable, the closures running after it, and initConfig("c") called three times.
TEST(LoopClosureTrace, ShowsTheLoopWritesThenThreeCallsWithC) {
  std::string transcript = checkTranscript("loop_closure_bug");
  std::string trace = traceOf(transcript, "exactly_once: initConfig(\"a\") is never called");
  ASSERT_FALSE(trace.empty()) << transcript;
  std::vector<std::string> inOrder = {"write name = \"a\"",
                                      "write name = \"b\"",
                                      "write name = \"c\"",
                                      "call initConfig(\"c\") (1st call",
                                      "call initConfig(\"c\") (2nd call",
                                      "call initConfig(\"c\") (3rd call"};
  std::size_t at = 0;
  for (const auto& step : inOrder) {
    std::size_t found = trace.find(step, at);
    ASSERT_NE(found, std::string::npos) << "'" << step << "' not found in order in\n" << trace;
    at = found + step.size();
  }
  EXPECT_EQ(trace.find("call initConfig(\"a\")"), std::string::npos) << trace;
  EXPECT_FALSE(traceOf(transcript, "single_init").empty()) << transcript;
}

}  // namespace
}  // namespace initcheck::cli
