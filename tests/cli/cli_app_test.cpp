// The command line driven in-process: exit codes, messages, and what each subcommand prints.
#include "cli/cli_app.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

namespace initcheck::cli {
namespace {

namespace fs = std::filesystem;

struct CliRun {
  int exitCode;
  std::string out;
  std::string err;
};

CliRun runWith(std::vector<std::string> arguments) {
  arguments.insert(arguments.begin(), "initcheck");
  std::vector<const char*> argv;
  for (const auto& argument : arguments)
    argv.push_back(argument.c_str());
  std::ostringstream out, err;
  int code = runCli(static_cast<int>(argv.size()), argv.data(), out, err);
  return {code, out.str(), err.str()};
}

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::temp_directory_path() /
              ("initcheck_cli_" +
               std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(folder_);
    fs::create_directories(folder_);
  }
  void TearDown() override { fs::remove_all(folder_); }

  std::string write(const std::string& name, const std::string& text) {
    fs::path path = folder_ / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
  }
  std::string folder() const { return folder_.string(); }

 private:
  fs::path folder_;
};

const char* kValidSpec =
    "var o: once;\n"
    "var value: int;\n"
    "\n"
    "init func build() -> int { return 1; }\n"
    "\n"
    "thread a { o.do(func() { value = build(); }); }\n"
    "thread b { o.do(func() { value = build(); }); }\n"
    "\n"
    "check single_init(build);\n"
    "\n"
    "expect ok;\n";

TEST_F(CliTest, VersionPrintsTheVersion) {
  CliRun run = runWith({"--version"});
  EXPECT_EQ(run.exitCode, 0);
  EXPECT_EQ(run.out.rfind("initcheck ", 0), 0u) << run.out;
}

TEST_F(CliTest, HelpExitsZeroAndListsSubcommands) {
  CliRun run = runWith({"--help"});
  EXPECT_EQ(run.exitCode, 0);
  for (const char* name : {"parse", "fmt", "check", "test"}) {
    EXPECT_NE(run.out.find(name), std::string::npos) << name;
  }
}

TEST_F(CliTest, MissingSubcommandIsAUsageError) {
  EXPECT_EQ(runWith({}).exitCode, 2);
}

TEST_F(CliTest, UnknownFlagIsAUsageError) {
  EXPECT_EQ(runWith({"parse", "--no-such-flag", "x.ic"}).exitCode, 2);
}

TEST_F(CliTest, ParseSummarisesAValidFile) {
  std::string path = write("ok.ic", kValidSpec);
  CliRun run = runWith({"parse", path});
  EXPECT_EQ(run.exitCode, 0) << run.err;
  EXPECT_EQ(run.out, path + ": 2 threads, 1 function (1 init), 2 globals, 1 check\n");
  EXPECT_EQ(run.err, "");
}

TEST_F(CliTest, ParseReportsSyntaxErrorsWithCaretAndExitTwo) {
  std::string path = write("bad.ic", "var x: int = 0;\nthread main {\n    x = 1\n}\n");
  CliRun run = runWith({"parse", path});
  EXPECT_EQ(run.exitCode, 2);
  EXPECT_EQ(run.err.rfind(path + ":3:10: error: ", 0), 0u) << run.err;
  EXPECT_NE(run.err.find("    x = 1\n         ^\n"), std::string::npos) << run.err;
  EXPECT_EQ(run.out, "");
}

TEST_F(CliTest, ParseReportsSemanticErrors) {
  std::string path = write("unknown.ic", "var o: once;\nthread main {\n    p.do(func() { });\n}\n");
  CliRun run = runWith({"parse", path});
  EXPECT_EQ(run.exitCode, 2);
  EXPECT_EQ(run.err.rfind(path + ":3:5: error: ", 0), 0u) << run.err;
  EXPECT_NE(run.err.find("did you mean 'o'?"), std::string::npos) << run.err;
}

TEST_F(CliTest, ParseOfAMissingFileIsAnError) {
  CliRun run = runWith({"parse", folder() + "/absent.ic"});
  EXPECT_EQ(run.exitCode, 2);
  EXPECT_NE(run.err.find("no such file or folder"), std::string::npos) << run.err;
}

TEST_F(CliTest, ParseSearchesFoldersRecursively) {
  write("a/one.ic", kValidSpec);
  write("a/b/two.ic", kValidSpec);
  write("a/b/readme.txt", "not a spec");
  CliRun run = runWith({"parse", folder() + "/a"});
  EXPECT_EQ(run.exitCode, 0) << run.err;
  EXPECT_EQ(run.out.find(folder() + "/a/b/two.ic: "), 0u) << run.out;
  EXPECT_NE(run.out.find(folder() + "/a/one.ic: "), std::string::npos) << run.out;
}

TEST_F(CliTest, FmtCheckPassesACanonicalFileAndFlagsAnother) {
  std::string formatted = write("good.ic", kValidSpec);
  std::string messy = write("messy.ic", "var   x :int=0 ;\nthread main{x=x+1;}\nexpect ok;\n");
  CliRun good = runWith({"fmt", "--check", formatted});
  EXPECT_EQ(good.exitCode, 0) << good.out << good.err;
  EXPECT_EQ(good.out, "");
  CliRun bad = runWith({"fmt", "--check", formatted, messy});
  EXPECT_EQ(bad.exitCode, 1);
  EXPECT_EQ(bad.out, messy + ": not formatted\n");
}

TEST_F(CliTest, FmtPrintsAndWriteRewritesIdempotently) {
  std::string messy = write("messy.ic", "var   x :int=0 ;\nthread main{x=x+1;}\nexpect ok;\n");
  CliRun printed = runWith({"fmt", messy});
  EXPECT_EQ(printed.exitCode, 0);
  EXPECT_NE(printed.out.find("var x: int = 0;"), std::string::npos) << printed.out;
  CliRun written = runWith({"fmt", "--write", messy});
  EXPECT_EQ(written.exitCode, 0);
  EXPECT_EQ(written.out, messy + ": formatted\n");
  EXPECT_EQ(runWith({"fmt", "--check", messy}).exitCode, 0);
  EXPECT_EQ(runWith({"fmt", messy}).out, printed.out);
}

TEST_F(CliTest, FmtOfASyntaxErrorExitsTwo) {
  std::string path = write("bad.ic", "thread main { let = 1; }\n");
  CliRun run = runWith({"fmt", path});
  EXPECT_EQ(run.exitCode, 2);
  EXPECT_NE(run.err.find(": error: "), std::string::npos);
}

const char* kLostUpdate =
    "var count: int = 0;\n"
    "thread a { count = count + 1; }\n"
    "thread b { count = count + 1; }\n"
    "check final count == 2;\n"
    "expect race;\n"
    "expect final;\n";

// Not a spin (each iteration writes), so each iteration counts against the unroll bound.
const char* kCountingLoop =
    "var flag: bool = false;\n"
    "var rounds: int = 0;\n"
    "thread main { while !flag { rounds = rounds + 1; } }\n"
    "expect ok;\n";

TEST_F(CliTest, CheckSaysOkCompleteForACorrectSpec) {
  std::string path = write("ok.ic", kValidSpec);
  CliRun run = runWith({"check", path});
  EXPECT_EQ(run.exitCode, 0) << run.out << run.err;
  EXPECT_EQ(run.out, path + ": ok (complete)\n");
}

TEST_F(CliTest, CheckReportsEachViolationWithATraceAndExitsOne) {
  std::string path = write("lost.ic", kLostUpdate);
  CliRun run = runWith({"check", path});
  EXPECT_EQ(run.exitCode, 1) << run.out << run.err;
  EXPECT_NE(run.out.find(": violation: race: "), std::string::npos) << run.out;
  EXPECT_NE(run.out.find(": violation: final: "), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("  1. "), std::string::npos) << run.out;
}

TEST_F(CliTest, CheckFlagsOverrideBoundsAndTheVerdictNamesTheCut) {
  std::string path = write("loop.ic", kCountingLoop);
  CliRun run = runWith({"check", "--unroll", "2", path});
  EXPECT_EQ(run.exitCode, 0) << run.out << run.err;
  EXPECT_EQ(run.out, path + ": ok (bounded: unroll)\n");
}

// A loop that only reads waits like `await`: when no write can let it exit, that is a livelock,
// not a cut on the unroll bound (LANGUAGE.md section 5).
TEST_F(CliTest, CheckReportsASpinThatCanNeverExitAsLivelock) {
  std::string path = write("spin.ic",
                           "var flag: bool = false;\n"
                           "thread main { while !flag { } }\n"
                           "expect ok;\n");
  CliRun run = runWith({"check", "--unroll", "2", path});
  EXPECT_EQ(run.exitCode, 1) << run.out << run.err;
  EXPECT_EQ(run.out.rfind(path + ":2:15: violation: livelock: a spin can never exit; ", 0), 0u)
      << run.out;
}

// A value of a global prints with the name of the one constant stored into or compared with
// that global; a counter that merely holds the same number, or a value two constants share, does
// not.
TEST_F(CliTest, TracesNameTheConstantOfAValue) {
  std::string path = write("consts.ic",
                           "const IDLE = 0;\n"
                           "const DONE = 2;\n"
                           "const ALSO_TWO = 2;\n"
                           "var state: atomic int = IDLE;\n"
                           "var other: atomic int = 0;\n"
                           "var count: int = 0;\n"
                           "thread a { state.store(DONE); other.store(DONE); other.store(ALSO_TWO);"
                           " count = 2; assert state.load() != DONE; }\n"
                           "expect ok;\n");
  CliRun run = runWith({"check", path});
  EXPECT_EQ(run.exitCode, 1) << run.out << run.err;
  EXPECT_NE(run.out.find("store state = DONE (2)"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("load state = DONE (2)"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("store other = 2 (seq_cst)"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("write count = 2\n"), std::string::npos) << run.out;
}

TEST_F(CliTest, CheckStatsAddsOneLine) {
  std::string path = write("ok.ic", kValidSpec);
  CliRun run = runWith({"check", "--stats", "--state-cache", "off", path});
  EXPECT_EQ(run.exitCode, 0) << run.out << run.err;
  EXPECT_NE(run.out.find("stats: executions="), std::string::npos) << run.out;
  EXPECT_NE(run.out.find(" peak_rss_mb="), std::string::npos) << run.out;
}

TEST_F(CliTest, TestStatsAddsALineAfterEachFile) {
  write("a/ok.ic", kValidSpec);
  write("a/other.ic", kValidSpec);
  CliRun run = runWith({"test", "--stats", folder() + "/a"});
  EXPECT_EQ(run.exitCode, 0) << run.out << run.err;
  std::istringstream lines(run.out);
  std::vector<std::string> got;
  for (std::string line; std::getline(lines, line);)
    got.push_back(line.substr(0, line.find(' ')));
  EXPECT_EQ(got, (std::vector<std::string>{"PASS", "stats:", "PASS", "stats:", "2"})) << run.out;
}

TEST_F(CliTest, CheckOfSeveralFilesEndsWithASummary) {
  std::string ok = write("ok.ic", kValidSpec);
  std::string racy =
      write("racy.ic", "var x: int = 0;\nthread a { x = 1; }\nthread b { x = 2; }\n");
  std::string bad = write("bad.ic", "thread a { y = 1; }\n");
  CliRun run = runWith({"check", ok, racy, bad});
  EXPECT_EQ(run.exitCode, 2) << run.out << run.err;
  EXPECT_NE(run.out.find("\n3 files: 1 ok, 1 violated, 1 with spec errors\n"), std::string::npos)
      << run.out;
  EXPECT_EQ(run.out.substr(run.out.size() - 46), "3 files: 1 ok, 1 violated, 1 with spec errors\n");
  CliRun one = runWith({"check", ok});
  EXPECT_EQ(one.out, ok + ": ok (complete)\n");
}

TEST_F(CliTest, AFileThatDeclaresNoThreadSaysNothingWasChecked) {
  std::string empty = write("empty.ic", "");
  CliRun run = runWith({"check", empty});
  EXPECT_EQ(run.exitCode, 0) << run.err;
  EXPECT_EQ(run.out, empty + ": ok (complete)\n" + empty +
                         ": note: nothing was checked: the file declares nothing (is it empty?)\n");
  std::string titled = write("titled.ic", "spec \"only a title\";\nvar x: int = 0;\n");
  run = runWith({"check", titled});
  EXPECT_NE(
      run.out.find(": note: nothing was checked: the spec declares no thread, so no step runs"),
      std::string::npos)
      << run.out;
  std::string ok = write("ok.ic", kValidSpec);
  EXPECT_EQ(runWith({"check", ok}).out.find("nothing was checked"), std::string::npos);
}

TEST_F(CliTest, AChooseCutToItsFirstValuesMarksTheVerdictBounded) {
  std::string path =
      write("wide.ic", "thread a { let x = choose(0..5000000000); assert x >= 0; }\n");
  CliRun run = runWith({"check", "--max-states", "50", path});
  EXPECT_EQ(run.exitCode, 3) << run.out << run.err;
  EXPECT_NE(run.out.find("; bounded: choose)"), std::string::npos) << run.out;
  run = runWith({"check", "--max-states", "50", "--format", "json", path});
  EXPECT_NE(run.out.find("\"choose\""), std::string::npos) << run.out;
}

TEST_F(CliTest, OneMistakeInLikeThreadsIsOneResultListingTheOthers) {
  std::string path = write("like.ic",
                           "var ready: atomic bool = false;\nvar config: int = 0;\n"
                           "thread t1 {\n    config = 42;\n    ready.store(true, relaxed);\n}\n"
                           "thread t2 {\n    if ready.load(acquire) { assert config == 42; }\n}\n"
                           "thread t3 {\n    if ready.load(acquire) { assert config == 42; }\n}\n");
  CliRun text = runWith({"check", path});
  auto count = [](const std::string& out, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = out.find(what); at != std::string::npos; at = out.find(what, at + 1))
      ++n;
    return n;
  };
  EXPECT_EQ(count(text.out, ": violation: "), 2u) << text.out;
  EXPECT_NE(text.out.find("  the same mistake in like threads (1 more instance):\n    " + path +
                          ":11:37: race on 'config': write by t1 at 4:5, read by t3 at 11:37\n"),
            std::string::npos)
      << text.out;
  CliRun sarif = runWith({"check", "--format", "sarif", path});
  EXPECT_EQ(count(sarif.out, "\"ruleId\":"), 2u) << sarif.out;
  EXPECT_EQ(count(sarif.out, "the same mistake in a like thread: "), 2u);
  CliRun json = runWith({"check", "--format", "json", path});
  EXPECT_EQ(count(json.out, "\"root_cause\": 0"), 2u) << json.out;
  EXPECT_EQ(count(json.out, "\"root_cause\": 2"), 2u) << json.out;
}

// Five specs: ok, violated (two kinds), a spec error, each with its expect lines.
void writeMixedFolder(
    const std::function<std::string(const std::string&, const std::string&)>& write) {
  write("a_ok.ic", kValidSpec);
  write("b_race.ic", "var x: int = 0;\nthread a { x = 1; }\nthread b { x = 2; }\nexpect race;\n");
  write("c_bad.ic", "// expect-error: 2:7\nvar x: = 0;\n");
  write("d_assert.ic",
        "var x: int = 0;\nthread a { x = 1; }\nthread b { assert x == 1; }\n"
        "expect race;\nexpect assertion;\n");
  write("e_unlock.ic", "var mu: mutex;\nthread a { mu.unlock(); }\nexpect runtime_error;\n");
}

TEST_F(CliTest, JobsChangeNoByteOfAnyReport) {
  writeMixedFolder(
      [this](const std::string& name, const std::string& text) { return write(name, text); });
  for (const char* command : {"check", "test"}) {
    CliRun one = runWith({command, "-j", "1", folder(), "--format", "markdown"});
    for (const char* jobs : {"2", "7"}) {
      CliRun many = runWith({command, "-j", jobs, folder(), "--format", "markdown"});
      EXPECT_EQ(many.exitCode, one.exitCode) << command << " -j " << jobs;
      EXPECT_EQ(many.out, one.out) << command << " -j " << jobs;
      EXPECT_EQ(many.err, one.err) << command << " -j " << jobs;
    }
  }
  CliRun text1 = runWith({"check", "-j", "1", folder()});
  CliRun text3 = runWith({"check", "--jobs", "3", folder()});
  EXPECT_EQ(text3.out, text1.out);
  EXPECT_NE(text1.out.find("5 files: 1 ok, 3 violated, 1 with spec errors"), std::string::npos)
      << text1.out;
  EXPECT_EQ(runWith({"check", "-j", "0", folder()}).exitCode, 2);
}

TEST_F(CliTest, TestShardsTakeEveryNthFileAndTogetherTakeThemAll) {
  writeMixedFolder(
      [this](const std::string& name, const std::string& text) { return write(name, text); });
  std::string all;
  for (const char* shard : {"1/3", "2/3", "3/3"}) {
    CliRun run = runWith({"test", "--shard", shard, folder()});
    EXPECT_EQ(run.exitCode, 0) << shard << run.out << run.err;
    all += run.out;
  }
  for (const char* file : {"a_ok.ic", "b_race.ic", "c_bad.ic", "d_assert.ic", "e_unlock.ic"}) {
    std::size_t first = all.find(file);
    EXPECT_NE(first, std::string::npos) << file << "\n" << all;
    EXPECT_EQ(all.find(file, first + 1), std::string::npos) << file << "\n" << all;
  }
  CliRun first = runWith({"test", "--shard", "1/3", folder()});
  EXPECT_NE(first.out.find("a_ok.ic"), std::string::npos);
  EXPECT_NE(first.out.find("d_assert.ic"), std::string::npos);
  EXPECT_NE(first.out.find("2 passed, 0 failed"), std::string::npos) << first.out;
  CliRun empty = runWith({"test", "--shard", "7/8", folder()});
  EXPECT_EQ(empty.exitCode, 0);
  EXPECT_NE(empty.err.find("shard 7/8 has no file (5 in all)"), std::string::npos) << empty.err;
  for (const char* bad : {"0/3", "4/3", "3", "a/b", "1/0", "-1/2"}) {
    CliRun run = runWith({"test", "--shard", bad, folder()});
    EXPECT_EQ(run.exitCode, 2) << bad;
    EXPECT_NE(run.err.find("expected K/N with 1 <= K <= N"), std::string::npos) << run.err;
  }
}

TEST_F(CliTest, MergePutsTestShardsBackTogetherAndRefusesOtherRuns) {
  writeMixedFolder(
      [this](const std::string& name, const std::string& text) { return write(name, text); });
  std::string specs = folder() + "/specs";
  fs::create_directories(specs);
  for (const auto& entry : fs::directory_iterator(folder()))
    if (entry.path().extension() == ".ic")
      fs::rename(entry.path(), specs + "/" + entry.path().filename().string());
  std::string whole = folder() + "/whole.json";
  EXPECT_EQ(runWith({"test", specs, "--json", whole}).exitCode, 0);
  std::vector<std::string> parts;
  for (const char* k : {"1", "2", "3"}) {
    parts.push_back(folder() + "/part" + k + ".json");
    EXPECT_EQ(
        runWith({"test", "--shard", std::string(k) + "/3", specs, "--json", parts.back()}).exitCode,
        0);
  }
  auto read = [](const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(file), {});
  };
  EXPECT_NE(read(parts[0]).find("\"shard\": {"), std::string::npos);
  CliRun merged = runWith({"merge", parts[2], parts[0], parts[1]});
  EXPECT_EQ(merged.exitCode, 0) << merged.err;
  EXPECT_EQ(merged.out, read(whole));  // byte for byte, in any order of parts
  EXPECT_NE(merged.err.find("5 files from 3 of 3 shards"), std::string::npos) << merged.err;

  CliRun missing = runWith({"merge", parts[0], parts[2]});
  EXPECT_EQ(missing.exitCode, 3);
  EXPECT_NE(missing.err.find("shard 2/3 is missing"), std::string::npos) << missing.err;

  std::string other = folder() + "/other.json";
  runWith({"test", "--shard", "2/3", "--unroll", "3", specs, "--json", other});
  CliRun refused = runWith({"merge", parts[0], other, parts[2]});
  EXPECT_EQ(refused.exitCode, 2);
  EXPECT_NE(refused.err.find(other + ": comes from another run"), std::string::npos) << refused.err;
  EXPECT_EQ(refused.out, "");
  CliRun notShard = runWith({"merge", whole});
  EXPECT_EQ(notShard.exitCode, 2);
  EXPECT_NE(notShard.err.find("not the report of a shard"), std::string::npos);
  std::string older = write(
      "older.json", std::string(read(parts[1]))
                        .replace(read(parts[1]).find("\"version\": 4"), 12, "\"version\": 3"));
  CliRun version = runWith({"merge", parts[0], older, parts[2]});
  EXPECT_EQ(version.exitCode, 2);
  EXPECT_NE(version.err.find("JSON report version 3"), std::string::npos) << version.err;
  EXPECT_EQ(runWith({"merge", parts[0], parts[0]}).exitCode, 2);
  EXPECT_EQ(runWith({"merge", folder() + "/none.json"}).exitCode, 2);
}

TEST_F(CliTest, SuggestFixesShowsVerifiedEditsOrSaysThereIsNone) {
  std::string relaxed = write("relaxed.ic",
                              "var ready: atomic bool = false;\nvar data: int = 0;\n"
                              "thread a {\n    data = 42;\n    ready.store(true, release);\n}\n"
                              "thread b {\n    if ready.load(relaxed) {\n"
                              "        assert data == 42;\n    }\n}\n");
  CliRun run = runWith({"check", "--suggest-fixes", relaxed});
  EXPECT_EQ(run.exitCode, 1) << run.err;
  EXPECT_NE(run.out.find(relaxed + ": fix: 8:19 `relaxed` -> `acquire` (verified: with this "
                                   "change every property holds within the same bounds)\n"),
            std::string::npos)
      << run.out;
  // On by default in text and Markdown; off with --no-suggest-fixes and in JSON and SARIF
  // unless asked for.
  EXPECT_EQ(runWith({"check", relaxed}).out, run.out);
  EXPECT_EQ(runWith({"check", "--no-suggest-fixes", relaxed}).out.find(": fix: "),
            std::string::npos);
  EXPECT_EQ(runWith({"check", "--format", "sarif", relaxed}).out.find("\"fixes\""),
            std::string::npos);
  EXPECT_NE(
      runWith({"check", "--format", "sarif", "--suggest-fixes", relaxed}).out.find("\"fixes\""),
      std::string::npos);
  EXPECT_EQ(runWith({"test", "--suggest-fixes", relaxed}).exitCode, 2);  // check's flag only
  CliRun markdown = runWith({"check", "--suggest-fixes", "--format", "markdown", relaxed});
  EXPECT_NE(markdown.out.find("Suggested fixes, each checked again by the engine:\n\n- 8:19 "
                              "`relaxed` -\\> `acquire` (verified: with this change every "
                              "property holds within the same bounds)\n"),
            std::string::npos)
      << markdown.out;
  CliRun smt = runWith({"check", "--engine", "smt", relaxed});  // re-checked by Z3
  EXPECT_NE(smt.out.find(relaxed + ": fix: 8:19 `relaxed` -> `acquire` (verified: with this "
                                   "change every property holds within the same bounds)\n"),
            std::string::npos)
      << smt.out;
  std::string unlock = write("unlock.ic", "var mu: mutex;\nthread a { mu.unlock(); }\n");
  run = runWith({"check", "--suggest-fixes", unlock});
  EXPECT_NE(run.out.find(unlock + ": no fix found: no candidate edit applies"), std::string::npos)
      << run.out;
}

TEST_F(CliTest, HashedStateCacheSaysHowLikelyAStateWasMissed) {
  std::string path = write("ok.ic", kValidSpec);
  CliRun exact = runWith({"check", "--stats", path});
  CliRun hashed = runWith({"check", "--stats", "--state-cache", "hash", path});
  EXPECT_EQ(hashed.exitCode, 0) << hashed.out << hashed.err;
  EXPECT_EQ(exact.out.find("hash_omission_probability="), std::string::npos) << exact.out;
  EXPECT_NE(hashed.out.find(" hash_omission_probability="), std::string::npos) << hashed.out;
  auto counts = [](const std::string& out) { return out.substr(0, out.find(" cache_hits=")); };
  EXPECT_EQ(counts(hashed.out), counts(exact.out));
}

TEST_F(CliTest, CheckRejectsBadFlagValues) {
  std::string path = write("ok.ic", kValidSpec);
  EXPECT_EQ(runWith({"check", "--unroll", "-1", path}).exitCode, 2);
  EXPECT_EQ(runWith({"check", "--state-cache", "maybe", path}).exitCode, 2);
}

TEST_F(CliTest, CheckStillRejectsInvalidSpecs) {
  std::string path = write("bad.ic", "thread main { x = 1; }\n");
  EXPECT_EQ(runWith({"check", path}).exitCode, 2);
}

TEST_F(CliTest, TestPassesAndFailsExpectErrorFiles) {
  write("t/right.ic", "// expect-error: 2:15\nthread main { nope = 1; }\n");
  write("t/wrong.ic", "// expect-error: 2:1\nthread main { nope = 1; }\n");
  write("t/line_only.ic", "// expect-error: 2\nthread main { nope = 1; }\n");
  write("t/valid.ic", "// expect-error: 2\nthread main { }\n");
  CliRun run = runWith({"test", folder() + "/t"});
  EXPECT_EQ(run.exitCode, 1);
  EXPECT_NE(run.out.find("PASS " + folder() + "/t/right.ic\n"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("PASS " + folder() + "/t/line_only.ic\n"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("FAIL " + folder() + "/t/wrong.ic: expected an error at 2:1, found 2:15"),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("FAIL " + folder() + "/t/valid.ic: expected an error at 2, found none"),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("\n2 passed, 2 failed\n"), std::string::npos) << run.out;
}

TEST_F(CliTest, TestComparesFoundKindsWithExpectLines) {
  write("t/lost.ic", kLostUpdate);
  write("t/ok.ic", kValidSpec);
  std::string wrong = write("t/wrong.ic", std::string(kLostUpdate).substr(0, 108) + "expect ok;\n");
  CliRun run = runWith({"test", folder() + "/t"});
  EXPECT_EQ(run.exitCode, 1);
  EXPECT_NE(run.out.find("PASS " + folder() + "/t/lost.ic\n"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("PASS " + folder() + "/t/ok.ic\n"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("FAIL " + wrong + ": expected ok, found {race, final}"), std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("\n2 passed, 1 failed\n"), std::string::npos) << run.out;
}

TEST_F(CliTest, TestFailsASpecWithoutExpectations) {
  write("t/none.ic", "thread main { }\n");
  CliRun run = runWith({"test", folder() + "/t"});
  EXPECT_EQ(run.exitCode, 1);
  EXPECT_NE(run.out.find("no `expect` line"), std::string::npos) << run.out;
}

TEST_F(CliTest, TestOfAnEmptyFolderIsAnError) {
  write("empty/readme.txt", "");
  EXPECT_EQ(runWith({"test", folder() + "/empty"}).exitCode, 2);
}

}  // namespace
}  // namespace initcheck::cli
