// RC11 only adds outcomes (issue 15): every final state an execution reaches under the sc model
// (the values of all globals, and whether the program finished, deadlocked or stopped) is
// reached under rc11 too, on random programs with random memory orders and fences and on the
// project's corpus. Both sides walk every schedule (every choice of every step) with a plain
// visited set; programs over the state cap on either side are skipped and counted.
// A deadlock is the exception that proves the rule: a thread stuck at `await` under sc (the
// latest value keeps the condition false) may read an older value under rc11 and go on, so
// there the sc state must be reached under rc11, not be final.
#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <iostream>
#include <optional>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include "check/effective_bounds.hpp"
#include "check/loaded_spec.hpp"
#include "check/spec_files.hpp"
#include "model/semantics.hpp"
#include "random_program.hpp"
#include "runtime/state_data.hpp"
#include "runtime/value.hpp"
#include "support/hash.hpp"

namespace initcheck {
namespace {

constexpr std::size_t kMaxStates = 60000;
constexpr std::uint64_t kSeeds = 300;

std::string valuation(const State& state) {
  std::string text;
  for (const Location& location : state.data().locations) {
    std::size_t seed = 0;
    hashValue(location.value, seed);
    text += " " + location.name + "#" + std::to_string(seed);
  }
  return text;
}

// The final states one model reaches ("finished ...", "stopped ...", "deadlock ..."), and
// every state's valuation as "reached ..."; nullopt when the walk exceeds kMaxStates.
std::optional<std::set<std::string>> finalStates(const LoadedSpec& spec, MemoryModel model) {
  SpecOptions commandLine;
  commandLine.memoryModel = model;
  Semantics semantics(spec.file, spec.symbols, spec.directives,
                      effectiveBounds(spec.directives.options, commandLine));
  std::set<std::string> finals;
  std::unordered_set<State, StateHash> seen;
  std::vector<State> pending{semantics.initial()};
  while (!pending.empty()) {
    State state = std::move(pending.back());
    pending.pop_back();
    if (!seen.insert(state).second)
      continue;
    if (seen.size() > kMaxStates)
      return std::nullopt;
    std::vector<ThreadId> enabled =
        state.data().halted ? std::vector<ThreadId>{} : semantics.enabledThreads(state);
    finals.insert("reached" + valuation(state));
    if (enabled.empty()) {
      std::string text = state.data().halted            ? "stopped"
                         : semantics.allFinished(state) ? "finished"
                                                        : "deadlock";
      finals.insert(text + valuation(state));
      continue;
    }
    for (ThreadId thread : enabled) {
      for (Successor& successor : semantics.successors(state, thread))
        pending.push_back(std::move(successor.state));
    }
  }
  return finals;
}

// Empty when every sc final state is an rc11 one; else the first missing. Counts compared.
std::string missingUnderRc11(const LoadedSpec& spec, std::size_t& compared) {
  std::optional<std::set<std::string>> sc = finalStates(spec, MemoryModel::Sc);
  if (!sc)
    return "";
  std::optional<std::set<std::string>> rc11 = finalStates(spec, MemoryModel::Rc11);
  if (!rc11)
    return "";
  ++compared;
  for (const std::string& state : *sc) {
    std::string wanted = state.rfind("deadlock", 0) == 0 ? "reached" + state.substr(8) : state;
    if (!rc11->count(wanted))
      return state;
  }
  return "";
}

TEST(Rc11ContainsSc, OnRandomPrograms) {
  std::size_t compared = 0;
  for (std::uint64_t seed = 1; seed <= kSeeds; ++seed) {
    std::string text = randomProgram(seed);
    LoadedSpec spec = analyzeSpec(SourceFile("random.ic", text));
    ASSERT_TRUE(spec.ok()) << "seed " << seed;
    std::string missing = missingUnderRc11(spec, compared);
    EXPECT_EQ(missing, "") << "seed " << seed << ": an sc final state rc11 misses\n" << text;
  }
  std::cout << "compared " << compared << " of " << kSeeds << " random programs\n";
  EXPECT_GE(compared, kSeeds * 8 / 10);
}

// With the forms of section 4b: under rc11 a wait may read an older value and block where sc
// returns at once, but every sc final state is still reached.
TEST(Rc11ContainsSc, OnRandomSection4bPrograms) {
  RandomProgramOptions options;
  options.blockingForms = true;
  options.arraysConstBreak = true;
  std::size_t compared = 0;
  for (std::uint64_t seed = 1; seed <= kSeeds; ++seed) {
    std::string text = randomProgram(seed, options);
    LoadedSpec spec = analyzeSpec(SourceFile("random.ic", text));
    ASSERT_TRUE(spec.ok()) << "seed " << seed;
    std::string missing = missingUnderRc11(spec, compared);
    EXPECT_EQ(missing, "") << "seed " << seed << ": an sc final state rc11 misses\n" << text;
  }
  std::cout << "compared " << compared << " of " << kSeeds << " random section 4b programs\n";
  EXPECT_GE(compared, kSeeds * 8 / 10);
}

TEST(Rc11ContainsSc, OnTheCorpus) {
  std::size_t compared = 0;
  std::vector<std::string> roots = {std::string(INITCHECK_SOURCE_DIR) + "/specs",
                                    std::string(INITCHECK_SOURCE_DIR) + "/examples"};
  if (std::filesystem::is_directory(std::string(INITCHECK_SHARED_DIR) + "/weak-memory"))
    roots.push_back(std::string(INITCHECK_SHARED_DIR) + "/weak-memory");
  for (const std::string& path : collectSpecFiles(roots).files) {
    LoadedSpec spec = loadSpecFile(path);
    if (!spec.ok())
      continue;
    std::string missing = missingUnderRc11(spec, compared);
    EXPECT_EQ(missing, "") << path << ": an sc final state rc11 misses";
  }
  std::cout << "compared " << compared << " corpus specs\n";
  EXPECT_GE(compared, 100u);
}

}  // namespace
}  // namespace initcheck
