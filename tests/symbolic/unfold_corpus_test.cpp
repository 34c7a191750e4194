// Every spec of the conformance corpus, of specs/ (but specs/errors) and of examples/ unfolds
// without an unsupported construct.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "smt_known_differences.hpp"
#include "unfold_fixture.hpp"

namespace initcheck::symbolic {
namespace {

std::vector<std::string> specFiles(const std::string& root) {
  std::vector<std::string> files;
  if (!std::filesystem::exists(root))
    return files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    std::string path = entry.path().string();
    if (entry.path().extension() == ".ic" && path.find("/errors/") == std::string::npos)
      files.push_back(path);
  }
  std::sort(files.begin(), files.end());
  return files;
}

void expectAllUnfold(const std::string& root) {
  std::vector<std::string> files = specFiles(root);
  EXPECT_FALSE(files.empty()) << root;
  for (const std::string& file : files) {
    LoadedSpec spec = loadSpecFile(file);
    if (!spec.ok())
      continue;  // specs that document a spec error are not unfolded
    if (initcheck::smt_corpus::isSmtKnownDifference(file))
      continue;  // tests/smt_known_differences.txt: checked by specs_test_smt
    auto unfolded = unfoldSpec(std::move(spec));
    EXPECT_TRUE(unfolded->result.unfolding.has_value())
        << file << ": " << unfolded->result.unsupported.value_or("");
  }
}

// INITCHECK_UNFOLD_SPEC=FILE: unfolds that one file and prints its size (a diagnostic).
TEST(UnfoldCorpus, OneFileFromEnvironment) {
  const char* file = std::getenv("INITCHECK_UNFOLD_SPEC");
  if (file == nullptr)
    GTEST_SKIP();
  auto unfolded = unfoldSpec(loadSpecFile(file));
  ASSERT_TRUE(unfolded->result.unfolding) << unfolded->result.unsupported.value_or("");
  std::cout << file << ": " << unfolded->unfolding().nodes.size() << " nodes, "
            << unfolded->unfolding().instances.size() << " instances\n";
  if (std::getenv("INITCHECK_UNFOLD_DUMP") != nullptr)
    std::cout << unfolded->dump();
}

TEST(UnfoldCorpus, ConformanceSpecsUnfold) {
  expectAllUnfold(std::string(INITCHECK_SHARED_DIR) + "/conformance");
}

TEST(UnfoldCorpus, RepositorySpecsUnfold) {
  expectAllUnfold(std::string(INITCHECK_SOURCE_DIR) + "/specs");
}

TEST(UnfoldCorpus, ExamplesUnfold) {
  expectAllUnfold(std::string(INITCHECK_SOURCE_DIR) + "/examples");
}

}  // namespace
}  // namespace initcheck::symbolic
