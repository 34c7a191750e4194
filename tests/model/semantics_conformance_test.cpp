// End-to-end check of the semantics: a tiny exhaustive DFS over every .ic file of the shared
// conformance corpus (and the repository's specs and examples) must find exactly the kinds
// its `expect` lines name.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "semantics_test_support.hpp"

namespace initcheck::testing {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> specsUnder(const fs::path& folder) {
  std::vector<fs::path> files;
  if (!fs::is_directory(folder))
    return files;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    bool error = entry.path().parent_path().filename() == "errors";
    if (entry.path().extension() == ".ic" && !error)
      files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string readText(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// INITCHECK_SEMANTICS_MAX_STATES=N: a file whose DFS needs more than N states is skipped
// (named, counted) rather than walked to the end. The sanitizer build sets it: there the seven
// largest specs/real files (87k to 533k states) took most of 14 min.
std::optional<std::size_t> stateBudget() {
  const char* value = std::getenv("INITCHECK_SEMANTICS_MAX_STATES");
  if (value == nullptr || *value == '\0')
    return std::nullopt;
  return static_cast<std::size_t>(std::strtoull(value, nullptr, 10));
}

// Returns "" when the DFS reproduces the file's expectations (or is skipped over the state
// budget, which `skipped` counts), else what differs.
std::string mismatch(const fs::path& path, std::size_t& skipped) {
  std::string text = readText(path);
  if (text.rfind("// expect-error", 0) == 0)
    return "";
  auto loaded = load(text);
  if (!loaded->semantic.ok() || !loaded->semantic.directives.expectations.declared)
    return "";
  std::optional<std::size_t> budget = stateBudget();
  DfsResult result =
      budget ? exploreAll(*loaded->semantics, *budget) : exploreAll(*loaded->semantics);
  if (budget && result.states > *budget) {
    std::cout << "  " << path.filename().string() << ": skipped (over " << *budget << " states)\n";
    ++skipped;
    return "";
  }
  std::set<PropertyKind> expected = expectedKinds(loaded->semantic.directives);
  if (result.kinds == expected) {
    std::cout << "  " << path.filename().string() << ": " << kindNames(result.kinds) << " ("
              << result.states << " states)\n";
    return "";
  }
  return path.filename().string() + ": expected " + kindNames(expected) + ", found " +
         kindNames(result.kinds) + " (" + std::to_string(result.states) + " states)";
}

void checkFolder(const fs::path& folder) {
  std::vector<fs::path> files = specsUnder(folder);
  if (files.empty())
    GTEST_SKIP() << "no specs under " << folder;
  std::size_t failures = 0;
  std::size_t skipped = 0;
  for (const fs::path& path : files) {
    std::string problem = mismatch(path, skipped);
    if (!problem.empty()) {
      ++failures;
      ADD_FAILURE() << problem;
    }
  }
  std::cout << folder << ": " << files.size() - failures - skipped << "/" << files.size()
            << " agree, " << skipped << " skipped over the state budget\n";
  EXPECT_LE(skipped * 10, files.size()) << "more than a tenth of the files skipped";
}

TEST(SemanticsConformance, SharedCorpusExpectationsAreReproduced) {
  checkFolder(fs::path(INITCHECK_SHARED_DIR) / "conformance");
}

TEST(SemanticsConformance, RepositorySpecsExpectationsAreReproduced) {
  checkFolder(fs::path(INITCHECK_SOURCE_DIR) / "specs");
}

TEST(SemanticsConformance, ExamplesExpectationsAreReproduced) {
  checkFolder(fs::path(INITCHECK_SOURCE_DIR) / "examples");
}

}  // namespace
}  // namespace initcheck::testing
