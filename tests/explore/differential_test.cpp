// Differential tests of the search engines (issue 4): `--reduction dpor`, with the state cache
// and symmetry reduction on and off, must find exactly the violated property instances that
// the exhaustive search (`--reduction none`, the oracle) finds, on random programs
// (random_program.hpp; the default ones, and ones with the forms of LANGUAGE.md section 4b:
// wait/notify, rwmutex, rmutex, cond, arrays, const, break/continue) and on every spec of the
// corpus.
//
// Reproducing a failure: the message names the seed and the test; then
//   INITCHECK_DIFF_SEED=123 differential_tests --gtest_filter='Differential.TheTest'
// prints that program and what every configuration found. INITCHECK_DIFF_COUNT=5000 runs
// more seeds than the default (a longer soak).
#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "check/effective_bounds.hpp"
#include "check/loaded_spec.hpp"
#include "check/spec_files.hpp"
#include "explore/explorer.hpp"
#include "random_program.hpp"

namespace initcheck {
namespace {

constexpr std::uint64_t kDefaultSeeds = 1000;
// The programs with the forms of section 4b (RandomProgramOptions all on): fewer, as each is
// walked under both memory models in well under a minute.
constexpr std::uint64_t kSection4bSeeds = 1500;
// Each section 4b form must be in at least this many compared programs (a generator that
// stops emitting one fails the test).
constexpr std::uint64_t kMinProgramsPerForm = 3;

// A violated property instance: its kind and instance key (Violation::sameInstance).
using Instance = std::pair<PropertyKind, std::string>;
using Instances = std::set<Instance>;

struct Config {
  const char* name;
  Reduction reduction;
  bool stateCache;
  bool symmetry;
  bool sparseCache = false;  // the cache looked up one depth in 4 from its first lookup on
};

// The oracle: every schedule, pruned only by the plain state cache.
constexpr Config kOracle{"none, cache on, symmetry off", Reduction::None, true, false};
constexpr Config kDporConfigs[] = {
    {"dpor, cache off, symmetry off", Reduction::Dpor, false, false},
    {"dpor, cache on, symmetry off", Reduction::Dpor, true, false},
    {"dpor, cache on, symmetry on", Reduction::Dpor, true, true},
    {"optimal, cache off, symmetry off", Reduction::Optimal, false, false},
    {"optimal, cache on, symmetry on", Reduction::Optimal, true, true},
    {"dpor, sparse cache, symmetry on", Reduction::Dpor, true, true, true},
    {"optimal, sparse cache, symmetry off", Reduction::Optimal, true, false, true},
};

struct Outcome {
  Instances violated;
  bool limitReached = false;
  ExplorationStats stats;
};

Outcome run(const Semantics& semantics, const Config& config, double timeoutSeconds,
            std::uint64_t maxStates) {
  ExploreOptions options;
  options.reduction = config.reduction;
  options.stateCache = config.stateCache;
  options.symmetry = config.symmetry;
  if (config.sparseCache)
    options.cacheSparseDecision = 1;  // no hit in the first lookup: sparse from then on
  options.timeoutSeconds = timeoutSeconds;
  options.maxStates = maxStates;
  ExplorationResult result = explore(semantics, options);
  Outcome outcome;
  for (const Counterexample& example : result.counterexamples)
    outcome.violated.emplace(example.violation.kind, example.violation.instanceKey);
  outcome.limitReached = result.limitReached;
  outcome.stats = result.stats;
  return outcome;
}

std::string describe(const Instances& instances) {
  if (instances.empty())
    return "    (none)\n";
  std::ostringstream out;
  for (const auto& [kind, key] : instances)
    out << "    " << propertyName(kind) << "  " << key << "\n";
  return out.str();
}

// What one side found and the other did not, both ways.
std::string difference(const Instances& oracle, const Instances& other) {
  std::ostringstream out;
  for (const Instance& instance : oracle) {
    if (!other.count(instance))
      out << "    missing: " << propertyName(instance.first) << "  " << instance.second << "\n";
  }
  for (const Instance& instance : other) {
    if (!oracle.count(instance))
      out << "    extra:   " << propertyName(instance.first) << "  " << instance.second << "\n";
  }
  return out.str();
}

std::optional<std::uint64_t> environmentNumber(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr || *value == '\0')
    return std::nullopt;
  return std::strtoull(value, nullptr, 10);
}

struct Compiled {
  LoadedSpec spec;
  std::optional<Semantics> semantics;
};

Compiled compile(LoadedSpec spec, std::optional<MemoryModel> model = std::nullopt) {
  Compiled compiled{std::move(spec), std::nullopt};
  if (compiled.spec.ok()) {
    SpecOptions commandLine;
    commandLine.memoryModel = model;
    Bounds bounds = effectiveBounds(compiled.spec.directives.options, commandLine);
    compiled.semantics.emplace(compiled.spec.file, compiled.spec.symbols, compiled.spec.directives,
                               bounds);
  }
  return compiled;
}

std::string diagnosticsOf(const LoadedSpec& spec) {
  std::ostringstream out;
  for (const Diagnostic& diagnostic : spec.diagnostics.all())
    out << diagnostic.position.line << ":" << diagnostic.position.column << ": "
        << diagnostic.message << "\n";
  return out.str();
}

// The forms of LANGUAGE.md section 4b that RandomProgramOptions turns on, each with the texts
// (any one suffices) that only that form produces.
struct Form {
  const char* name;
  std::vector<std::string> texts;
};

const std::vector<Form>& section4bForms() {
  static const std::vector<Form> forms = {
      {"atomic wait", {"a0.wait(", "a1.wait(", "f0.wait("}},
      {"atomic wait in a re-check loop", {"while a0.load(", "while a1.load(", "while f0.load("}},
      {"wait on an atomic cell", {"].wait(0"}},
      {"notify_one", {".notify_one();"}},
      {"notify_all", {".notify_all();"}},
      {"rwmutex rlock", {"rw0.rlock();"}},
      {"rwmutex runlock", {"rw0.runlock();"}},
      {"rwmutex lock", {"rw0.lock();"}},
      {"rwmutex unlock", {"rw0.unlock();"}},
      {"rmutex lock", {"rm0.lock();"}},
      {"rmutex relock in a helper", {"func relock"}},
      {"cond wait in a while loop", {"while ready0 == 0 {"}},
      {"cond wait under an if", {"if ready0 == 0 {"}},
      {"cond signal", {"cv0.signal();"}},
      {"cond broadcast", {"cv0.broadcast();"}},
      {"break", {"break;"}},
      {"continue", {"continue;"}},
      {"const", {"const SIZE = ", "const ONE = ", "const NEG = "}},
      {"const with a shift", {"const ONE = 1 << 0;"}},
      {"int array", {"]int;", "]int = "}},
      {"atomic int array", {"]atomic int = "}},
      {"array list initializer", {"]int = [", "]atomic int = ["}},
      {"index by a constant", {"[ONE]", "[NEG]"}},
      {"index by an expression", {" % SIZE]", " % 2]", " % 3]"}},
      {"loop over an array", {"] = i", "if ar0[i"}},
      {"len of an array", {"len(ar0)", "len(cells0)"}},
  };
  return forms;
}

// The name of every form `text` has.
std::vector<std::string> formsIn(const std::string& text) {
  std::vector<std::string> found;
  for (const Form& form : section4bForms()) {
    for (const std::string& piece : form.texts) {
      if (text.find(piece) != std::string::npos) {
        found.push_back(form.name);
        break;
      }
    }
  }
  auto has = [&](const char* piece) { return text.find(piece) != std::string::npos; };
  auto hasAny = [&](const std::vector<std::string>& pieces) {
    for (const std::string& piece : pieces) {
      if (has(piece.c_str()))
        return true;
    }
    return false;
  };
  // Pairs that can meet at run time: a waiter and a waker, a reader and a writer.
  if (hasAny({"a0.wait(", "a1.wait(", "f0.wait(", "].wait("}) &&
      hasAny({".notify_one();", ".notify_all();"}))
    found.push_back("atomic wait and notify in one program");
  if (has("cv0.wait(") && hasAny({"cv0.signal();", "cv0.broadcast();"}))
    found.push_back("cond wait and signal or broadcast in one program");
  if (has("rw0.rlock();") && has("rw0.lock();"))
    found.push_back("rwmutex reader and writer in one program");
  // A nested relock: two rm0.lock() lines in a row.
  std::size_t at = text.find("rm0.lock();\n");
  while (at != std::string::npos) {
    std::size_t next = text.find_first_not_of(' ', at + 12);
    if (text.compare(next, 11, "rm0.lock();") == 0) {
      found.push_back("rmutex nested relock");
      break;
    }
    at = text.find("rm0.lock();\n", at + 1);
  }
  return found;
}

// Every name formsIn can return.
std::vector<std::string> allSection4bFormNames() {
  std::vector<std::string> names = {"rmutex nested relock", "atomic wait and notify in one program",
                                    "cond wait and signal or broadcast in one program",
                                    "rwmutex reader and writer in one program"};
  for (const Form& form : section4bForms())
    names.push_back(form.name);
  return names;
}

// ---- the generator itself ------------------------------------------------------------------

TEST(RandomPrograms, AreDeterministicAndPassTheFrontEnd) {
  for (std::uint64_t seed = 1; seed <= 3000; ++seed) {
    std::string text = randomProgram(seed);
    ASSERT_EQ(text, randomProgram(seed)) << "seed " << seed;
    LoadedSpec spec = analyzeSpec(SourceFile("random.ic", text));
    ASSERT_TRUE(spec.ok()) << "seed " << seed << ":\n" << diagnosticsOf(spec) << text;
  }
}

// Across seeds, every construct of the language shows up (LANGUAGE.md section 2).
TEST(RandomPrograms, CoverEveryConstruct) {
  // One per line: text that only a given construct produces.
  const std::string constructs = R"(spec "
//
/*
var x0: int
: int;
: int = 0
: bool
: string
: list
: func;
atomic int
atomic bool
: once;
: mutex;
: waitgroup;
chan(0)
chan(1)
chan(2)
init func
-> int
-> bool
func[
func(
thread th1 {
option unroll
option threads
option depth
option preemptions
check single_init
check exactly_once(
check happens_before
check final
check init_before_use
expect ok;
expect race;
: int =
: bool =
: string =
: list =
: func =
: once =
: mutex =
: waitgroup =
: chan(
} else {
} else if
while i
while true
for shared i
 in 0..
 in [
go {
go func() {
go work
}();
let t
join t
return;
return x
assert len(
", "
assume v
await x
@pub
@use
.do(
.lock()
.unlock()
 & 
 << 
 >> 
~
.fetch_
.cmpxchg(
, relaxed, relaxed)
.add(1)
.done()
.wait()
.send(
.recv()
.close()
.load(
.store(
.swap(
.cas(
relaxed
acquire
release
acq_rel
seq_cst
new once
new mutex
new waitgroup
new chan(
choose(0..
choose(true, false)
choose("a"
len(
append(
[2]
] =
6 / x
%
4611686018427387904 *
 * 3 - 1
!(
&&
||
<=
>=
 < 5
!=
==
(-1)
\"
\\
func apply
func rec
obj: mutex
obj: once
obj: chan(
flag: bool
label: string
xs: list)";
  std::vector<std::string> wanted;
  std::istringstream lines(constructs);
  for (std::string construct; std::getline(lines, construct);)
    wanted.push_back(construct);
  std::map<std::string, int> seen;
  for (std::uint64_t seed = 1; seed <= kDefaultSeeds; ++seed) {
    std::string text = randomProgram(seed);
    for (const std::string& construct : wanted) {
      if (text.find(construct) != std::string::npos)
        ++seen[construct];
    }
  }
  for (const std::string& construct : wanted)
    EXPECT_GT(seen[construct], 0) << "no program has '" << construct << "'";
}

// ---- random programs -----------------------------------------------------------------------

// The number of states the exhaustive search enters with the cache off: the nodes of the
// schedule tree (ignoring a preemption bound, which only prunes it), counted over the state
// graph with memoization, so in about the time of a cached search. Saturates at `cap`.
class ScheduleTree {
 public:
  ScheduleTree(const Semantics& semantics, std::uint64_t cap) : semantics_(semantics), cap_(cap) {}

  std::uint64_t size() {
    bool ended = semantics_.initialOutcome().executionEnded;
    for (const Violation& violation : semantics_.initialOutcome().violations)
      ended = ended || violation.endsExecution;
    return ended ? 0 : size(semantics_.initial());
  }

 private:
  std::uint64_t size(const State& state) {
    auto found = memo_.find(state);
    if (found != memo_.end())
      return found->second;
    std::uint64_t nodes = 1;
    for (ThreadId thread : semantics_.enabledThreads(state)) {
      for (const Successor& successor : semantics_.successors(state, thread)) {
        const StepOutcome& outcome = successor.outcome;
        bool ends = outcome.executionEnded || outcome.cut.has_value();
        for (const Violation& violation : outcome.violations)
          ends = ends || violation.endsExecution;
        if (!ends)
          nodes += size(successor.state);
        if (nodes >= cap_)
          return cap_;  // not memoized: everything above saturates too
      }
    }
    memo_.emplace(state, nodes);
    return nodes;
  }

  const Semantics& semantics_;
  std::uint64_t cap_;
  std::unordered_map<State, std::uint64_t, StateHash> memo_;
};

// The oracle's guard: a program is skipped (and counted) when its cached exhaustive search
// passes kOracleMaxStates, or when its schedule tree (what the exhaustive search walks with
// the cache off, and so a bound on what DPOR walks with the cache off) has more than
// kMaxTree states. Both are deterministic, so the same programs are compared on every run.
constexpr std::uint64_t kOracleMaxStates = 100000;
constexpr std::uint64_t kMaxTree = 300000;
constexpr double kOracleSeconds = 30;
// The guard of the DPOR runs, only against a hang: none may reach it.
constexpr std::uint64_t kDporMaxStates = 50 * kMaxTree;
constexpr double kDporSeconds = 60;

struct Tally {
  std::uint64_t programs = 0;
  std::uint64_t skipped = 0;
  std::vector<std::uint64_t> skippedSeeds;
  std::uint64_t withViolations = 0;
  std::uint64_t instances = 0;
  std::map<PropertyKind, std::uint64_t> programsByKind;
  std::map<std::string, double> seconds;  // per configuration
  std::uint64_t mismatches = 0;
  std::map<std::string, std::uint64_t> programsByForm;  // section 4b forms, compared programs
};

// How to run one seed again, with the test that found it.
std::string reproduce(std::uint64_t seed) {
  const ::testing::TestInfo* test = ::testing::UnitTest::GetInstance()->current_test_info();
  return "reproduce: INITCHECK_DIFF_SEED=" + std::to_string(seed) +
         " differential_tests --gtest_filter='" + test->test_suite_name() + "." + test->name() +
         "'\n";
}

// Compares every DPOR configuration with the oracle on one program under `model`; false when
// skipped.
bool compareOnSeed(std::uint64_t seed, const RandomProgramOptions& options, MemoryModel model,
                   bool verbose, Tally& tally) {
  std::string text = randomProgram(seed, options);
  Compiled compiled = compile(analyzeSpec(SourceFile("random.ic", text)), model);
  if (!compiled.spec.ok()) {
    ADD_FAILURE() << "seed " << seed << " does not pass the front end:\n"
                  << diagnosticsOf(compiled.spec) << text;
    return false;
  }
  const Semantics& semantics = *compiled.semantics;
  auto start = std::chrono::steady_clock::now();
  Outcome oracle = run(semantics, kOracle, kOracleSeconds, kOracleMaxStates);
  std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  tally.seconds[kOracle.name] += elapsed.count();
  if (verbose) {
    std::cout << "---- seed " << seed << "\n"
              << text << "---- " << kOracle.name << " (" << oracle.stats.states << " states"
              << (oracle.limitReached ? ", LIMIT" : "") << "):\n"
              << describe(oracle.violated);
  }
  std::uint64_t tree = oracle.limitReached ? 0 : ScheduleTree(semantics, kMaxTree + 1).size();
  if (verbose) {
    std::cout << "---- schedule tree: " << tree << " states"
              << (oracle.limitReached || tree > kMaxTree ? " (skipped: too large)" : "") << "\n";
  }
  if (oracle.limitReached || tree > kMaxTree) {
    ++tally.skipped;
    tally.skippedSeeds.push_back(seed);
    return false;
  }
  ++tally.programs;
  for (const std::string& form : formsIn(text))
    ++tally.programsByForm[form];
  tally.instances += oracle.violated.size();
  if (!oracle.violated.empty())
    ++tally.withViolations;
  std::set<PropertyKind> kinds;
  for (const Instance& instance : oracle.violated)
    kinds.insert(instance.first);
  for (PropertyKind kind : kinds)
    ++tally.programsByKind[kind];

  for (const Config& config : kDporConfigs) {
    start = std::chrono::steady_clock::now();
    Outcome dpor = run(semantics, config, kDporSeconds, kDporMaxStates);
    elapsed = std::chrono::steady_clock::now() - start;
    tally.seconds[config.name] += elapsed.count();
    if (verbose) {
      std::cout << "---- " << config.name << " (" << dpor.stats.states << " states, "
                << dpor.stats.executions << " executions" << (dpor.limitReached ? ", LIMIT" : "")
                << "):\n"
                << describe(dpor.violated);
    }
    if (dpor.limitReached) {
      ++tally.mismatches;
      ADD_FAILURE() << "seed " << seed << ": " << config.name << " reached its limit ("
                    << dpor.stats.states << " states, " << dpor.stats.seconds
                    << " s) where the oracle finished with " << oracle.stats.states << " states\n"
                    << reproduce(seed) << text;
      continue;
    }
    if (dpor.violated != oracle.violated) {
      ++tally.mismatches;
      ADD_FAILURE() << "seed " << seed << ": " << config.name << " disagrees with the oracle ("
                    << kOracle.name << ")\n"
                    << reproduce(seed) << "---- program:\n"
                    << text << "---- oracle:\n"
                    << describe(oracle.violated) << "---- " << config.name << ":\n"
                    << describe(dpor.violated) << "---- difference:\n"
                    << difference(oracle.violated, dpor.violated);
    }
  }
  return true;
}

void compareOnRandomPrograms(MemoryModel model, const RandomProgramOptions& options = {},
                             std::uint64_t defaultSeeds = kDefaultSeeds) {
  Tally tally;
  if (std::optional<std::uint64_t> seed = environmentNumber("INITCHECK_DIFF_SEED")) {
    compareOnSeed(*seed, options, model, true, tally);
    return;
  }
  std::uint64_t seeds = environmentNumber("INITCHECK_DIFF_COUNT").value_or(defaultSeeds);
  for (std::uint64_t seed = 1; seed <= seeds; ++seed) {
    compareOnSeed(seed, options, model, false, tally);
    if (tally.mismatches >= 10) {
      ADD_FAILURE() << "stopping after 10 mismatches (at seed " << seed << ")";
      break;
    }
  }
  std::cout << "random programs: " << seeds << " generated, " << tally.programs << " compared, "
            << tally.skipped << " skipped (over " << kOracleMaxStates << " cached states or "
            << kMaxTree << " in the schedule tree); " << tally.withViolations
            << " with a violation (" << tally.instances << " instances)\n  programs by kind:";
  for (const auto& [kind, count] : tally.programsByKind)
    std::cout << " " << propertyName(kind) << " " << count;
  std::cout << "\n  skipped seeds:";
  for (std::uint64_t seed : tally.skippedSeeds)
    std::cout << " " << seed;
  std::cout << "\n  seconds:";
  for (const auto& [name, seconds] : tally.seconds)
    std::cout << " [" << name << "] " << seconds;
  std::cout << "\n";
  if (options.blockingForms || options.arraysConstBreak) {
    std::cout << "  compared programs by section 4b form:";
    for (const auto& [form, count] : tally.programsByForm)
      std::cout << "\n    " << form << ": " << count;
    std::cout << "\n";
  }
  if (seeds != defaultSeeds) {
    // INITCHECK_DIFF_COUNT (the sanitizer build's 300): every compared program must still
    // agree, but the shares below describe the generator over its default seeds, which the
    // normal build checks (the first 300 section-4b seeds skip 7, 2.3%).
    std::cout << "  " << seeds << " of the default " << defaultSeeds
              << " seeds: the generator's shares are not checked\n";
    return;
  }
  EXPECT_LE(tally.skipped * 50, seeds) << "more than 2% of the programs skipped";
  // The comparison means something only if many programs are buggy, and not all of them.
  EXPECT_GE(tally.withViolations * 2, tally.programs) << "too few programs with violations";
  EXPECT_LT(tally.withViolations * 10, tally.programs * 9) << "too many programs with violations";
  if (options.blockingForms || options.arraysConstBreak) {
    std::vector<std::string> forms = allSection4bFormNames();
    for (const std::string& form : forms)
      EXPECT_GE(tally.programsByForm[form], kMinProgramsPerForm)
          << "too few compared programs with the form '" << form << "'";
  }
}

// The generator's atomics take every memory order, so under RC11 (the default) stale reads,
// writes placed early in modification order and fences all occur.
TEST(Differential, DporAgreesWithTheOracleOnRandomPrograms) {
  compareOnRandomPrograms(MemoryModel::Rc11);
}

TEST(Differential, DporAgreesWithTheOracleOnRandomProgramsUnderSc) {
  compareOnRandomPrograms(MemoryModel::Sc);
}

// ---- random programs with the forms of section 4b ------------------------------------------

RandomProgramOptions section4bOptions() {
  RandomProgramOptions options;
  options.blockingForms = true;
  options.arraysConstBreak = true;
  return options;
}

// Deterministic, valid, and every form shows up.
TEST(RandomPrograms, WithSection4bFormsAreDeterministicPassTheFrontEndAndCoverEveryForm) {
  std::map<std::string, int> seen;
  for (std::uint64_t seed = 1; seed <= 3000; ++seed) {
    std::string text = randomProgram(seed, section4bOptions());
    ASSERT_EQ(text, randomProgram(seed, section4bOptions())) << "seed " << seed;
    LoadedSpec spec = analyzeSpec(SourceFile("random.ic", text));
    ASSERT_TRUE(spec.ok()) << "seed " << seed << ":\n" << diagnosticsOf(spec) << text;
    for (const std::string& form : formsIn(text))
      ++seen[form];
  }
  for (const std::string& form : allSection4bFormNames())
    EXPECT_GT(seen[form], 0) << "no program has the form '" << form << "'";
}

// The default options (what the smt engine differential uses) emit none of them.
TEST(RandomPrograms, DefaultProgramsHaveNoSection4bForms) {
  for (std::uint64_t seed = 1; seed <= kDefaultSeeds; ++seed) {
    std::string text = randomProgram(seed);
    EXPECT_TRUE(formsIn(text).empty()) << "seed " << seed << ":\n" << text;
  }
}

void compareOnSection4bPrograms(MemoryModel model) {
  compareOnRandomPrograms(model, section4bOptions(), kSection4bSeeds);
}

TEST(Differential, DporAgreesWithTheOracleOnRandomSection4bPrograms) {
  compareOnSection4bPrograms(MemoryModel::Rc11);
}

TEST(Differential, DporAgreesWithTheOracleOnRandomSection4bProgramsUnderSc) {
  compareOnSection4bPrograms(MemoryModel::Sc);
}

// ---- the corpus ----------------------------------------------------------------------------

// Every run gets kCorpusSeconds; a run that reaches it, or walks more than kCorpusMaxStates
// states, skips its file (counted and named). The state limit keeps the skips deterministic
// and cheap: until DPOR prunes them, the walks without the cache of the largest specs have
// millions of states.
constexpr double kCorpusSeconds = 5;
constexpr std::uint64_t kCorpusMaxStates = 300000;

std::vector<std::string> corpusFiles(bool& sharedFound) {
  std::string shared = std::string(INITCHECK_SHARED_DIR) + "/conformance";
  std::string source = INITCHECK_SOURCE_DIR;
  sharedFound = std::filesystem::is_directory(shared);
  std::vector<std::string> folders = {source + "/specs", source + "/examples"};
  if (sharedFound)
    folders.push_back(shared);
  std::vector<std::string> files;
  for (const std::string& path : collectSpecFiles(folders).files) {
    if (path.find("/errors/") == std::string::npos)
      files.push_back(path);
  }
  return files;
}

TEST(Differential, DporAgreesWithTheOracleOnTheCorpus) {
  bool sharedFound = false;
  std::vector<std::string> files = corpusFiles(sharedFound);
  if (!sharedFound)
    GTEST_SKIP() << INITCHECK_SHARED_DIR << "/conformance not found: the corpus comparison "
                 << "needs the shared conformance folder";
  const Config configs[] = {kDporConfigs[2], kDporConfigs[0]};  // cheaper one first
  std::size_t compared = 0;
  std::size_t skipped = 0;
  std::vector<std::string> skippedFiles;
  for (const std::string& path : files) {
    Compiled compiled = compile(loadSpecFile(path));
    ASSERT_TRUE(compiled.spec.ok()) << path << ":\n" << diagnosticsOf(compiled.spec);
    const Semantics& semantics = *compiled.semantics;
    Outcome oracle = run(semantics, kOracle, kCorpusSeconds, kCorpusMaxStates);
    bool limited = oracle.limitReached;
    std::vector<std::pair<const Config*, Outcome>> outcomes;
    for (const Config& config : configs) {
      if (limited)
        break;
      Outcome outcome = run(semantics, config, kCorpusSeconds, kCorpusMaxStates);
      limited = outcome.limitReached;
      outcomes.emplace_back(&config, std::move(outcome));
    }
    if (limited) {
      ++skipped;
      skippedFiles.push_back(std::filesystem::path(path).filename().string());
      continue;
    }
    ++compared;
    for (const auto& [config, outcome] : outcomes) {
      EXPECT_TRUE(outcome.violated == oracle.violated)
          << path << ": " << config->name << " disagrees with the oracle (" << kOracle.name
          << ")\n---- oracle:\n"
          << describe(oracle.violated) << "---- " << config->name << ":\n"
          << describe(outcome.violated) << "---- difference:\n"
          << difference(oracle.violated, outcome.violated);
    }
  }
  std::cout << "corpus: " << files.size() << " specs, " << compared << " compared, " << skipped
            << " skipped (a run over " << kCorpusSeconds << " s or " << kCorpusMaxStates
            << " states):";
  for (const std::string& name : skippedFiles)
    std::cout << " " << name;
  std::cout << "\n";
  EXPECT_GE(compared, 140u);  // of 151: all but the five largest walks without the cache
}

}  // namespace
}  // namespace initcheck
