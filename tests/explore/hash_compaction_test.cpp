// --state-cache hash (ExploreOptions::hashCompaction) against the exact store, over the specs
// of examples/ and specs/real/: the DPOR searches, plain and optimal, walk the same executions,
// states, transitions and cache hits and find the same counterexamples (with a few thousand
// states a collision of 64-bit fingerprints has a probability below 1e-11, and the fingerprints
// are the same in every run); only hash compaction reports an omission bound.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "check/effective_bounds.hpp"
#include "check/loaded_spec.hpp"
#include "explore/explorer.hpp"
#include "model/semantics.hpp"

namespace initcheck {
namespace {

std::vector<std::string> specsIn(const std::string& folder) {
  std::vector<std::string> files;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::string(INITCHECK_SOURCE_DIR) + "/" + folder)) {
    if (entry.path().extension() == ".ic")
      files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

ExplorationResult search(const Semantics& semantics, Reduction reduction, bool hashed) {
  ExploreOptions options;
  options.reduction = reduction;
  options.hashCompaction = hashed;
  options.maxStates = 30'000;  // a few specs stop there, at the same point in both
  return explore(semantics, options);
}

void expectSameSearch(const ExplorationResult& exact, const ExplorationResult& hashed,
                      const std::string& what) {
  EXPECT_EQ(exact.stats.executions, hashed.stats.executions) << what;
  EXPECT_EQ(exact.stats.states, hashed.stats.states) << what;
  EXPECT_EQ(exact.stats.transitions, hashed.stats.transitions) << what;
  EXPECT_EQ(exact.stats.cacheHits, hashed.stats.cacheHits) << what;
  EXPECT_EQ(exact.limitReached, hashed.limitReached) << what;
  ASSERT_EQ(exact.counterexamples.size(), hashed.counterexamples.size()) << what;
  for (std::size_t i = 0; i < exact.counterexamples.size(); ++i) {
    EXPECT_EQ(exact.counterexamples[i].violation.kind, hashed.counterexamples[i].violation.kind)
        << what;
    EXPECT_EQ(exact.counterexamples[i].schedule, hashed.counterexamples[i].schedule) << what;
  }
  EXPECT_FALSE(exact.stats.hashOmissionBound.has_value()) << what;
  ASSERT_TRUE(hashed.stats.hashOmissionBound.has_value()) << what;
  EXPECT_LT(*hashed.stats.hashOmissionBound, 1e-8) << what;
}

TEST(HashCompaction, SameSearchAsTheExactStoreOnExamplesAndRealSpecs) {
  int compared = 0;
  for (const char* folder : {"examples", "specs/real"}) {
    for (const std::string& path : specsIn(folder)) {
      LoadedSpec spec = loadSpecFile(path);
      if (!spec.ok())
        continue;
      Bounds bounds = effectiveBounds(spec.directives.options, {});
      Semantics semantics(spec.file, spec.symbols, spec.directives, bounds);
      for (Reduction reduction : {Reduction::Dpor, Reduction::Optimal}) {
        expectSameSearch(search(semantics, reduction, false), search(semantics, reduction, true),
                         path + (reduction == Reduction::Optimal ? " (optimal)" : ""));
        ++compared;
      }
    }
  }
  EXPECT_GT(compared, 40);
}

}  // namespace
}  // namespace initcheck
