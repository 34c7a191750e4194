// Round trips over the spec corpus: shared/conformance (recursively), specs/ and examples/.
// For every file that parses: the formatted text parses to an equal AST and is a fixed point
// of `fmt`; conformance files are already canonical (formatting returns them unchanged).
#include <gtest/gtest.h>

#include <filesystem>

#include "format/formatter.hpp"
#include "format_test_support.hpp"

namespace initcheck {
namespace {

namespace fs = std::filesystem;

struct CorpusFile {
  fs::path path;     // empty: the corpus folder is missing
  std::string name;  // for the test name
};

void PrintTo(const CorpusFile& file, std::ostream* out) {
  *out << file.path.generic_string();
}

void addFolder(std::vector<CorpusFile>& files, const fs::path& root, const std::string& prefix) {
  for (const fs::path& path : testing::specFilesUnder(root)) {
    files.push_back({path, prefix + "_" + testing::testNameFor(path, root)});
  }
}

std::vector<CorpusFile> conformance() {
  std::vector<CorpusFile> files;
  fs::path shared = fs::path(INITCHECK_SHARED_DIR) / "conformance";
  if (fs::is_directory(shared)) {
    addFolder(files, shared, "conformance");
  } else {
    files.push_back({{}, "conformance_missing"});
  }
  return files;
}

std::vector<CorpusFile> corpus() {
  std::vector<CorpusFile> files = conformance();
  addFolder(files, fs::path(INITCHECK_SOURCE_DIR) / "specs", "specs");
  addFolder(files, fs::path(INITCHECK_SOURCE_DIR) / "examples", "examples");
  return files;
}

class SpecFile : public ::testing::TestWithParam<CorpusFile> {
 protected:
  // Reads and parses the file; skips the test when the folder is missing or the file does
  // not parse (error examples such as conformance/errors/e1).
  void load() {
    if (GetParam().path.empty()) {
      GTEST_SKIP() << "shared folder missing: " << INITCHECK_SHARED_DIR << "/conformance";
    }
    text_ = testing::readText(GetParam().path);
    original_ = testing::parseText(text_, GetParam().path.string());
    if (!original_)
      GTEST_SKIP() << GetParam().path.string() << " does not parse";
  }

  std::string text_;
  std::optional<ast::File> original_;
};

// Every parseable file of conformance/, specs/ and examples/.
class Corpus : public SpecFile {};

TEST_P(Corpus, FormatsToAnEqualTreeAndIsIdempotent) {
  load();
  if (IsSkipped())
    return;
  std::string formatted = formatFile(*original_);
  std::optional<ast::File> reparsed = testing::parseText(formatted);
  ASSERT_TRUE(reparsed.has_value()) << testing::parseErrors(formatted) << formatted;
  EXPECT_TRUE(*reparsed == *original_) << formatted;
  EXPECT_EQ(formatFile(*reparsed), formatted);
}

// Every parseable conformance file (errors/ included).
class Conformance : public SpecFile {};

TEST_P(Conformance, IsAlreadyCanonical) {
  load();
  if (IsSkipped())
    return;
  EXPECT_EQ(formatFile(*original_), text_);
}

std::string nameOf(const ::testing::TestParamInfo<CorpusFile>& info) {
  return info.param.name;
}

INSTANTIATE_TEST_SUITE_P(Files, Corpus, ::testing::ValuesIn(corpus()), nameOf);
INSTANTIATE_TEST_SUITE_P(Files, Conformance, ::testing::ValuesIn(conformance()), nameOf);

}  // namespace
}  // namespace initcheck
