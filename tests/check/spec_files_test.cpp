#include "check/spec_files.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace initcheck {
namespace {

namespace fs = std::filesystem;

TEST(SpecFiles, FindsIcFilesRecursivelySortedAndOnce) {
  fs::path root = fs::temp_directory_path() / "initcheck_spec_files_test";
  fs::remove_all(root);
  fs::create_directories(root / "b" / "c");
  for (const char* name : {"b/c/z.ic", "b/a.ic", "m.ic", "b/notes.txt"}) {
    std::ofstream(root / name) << "";
  }
  SpecFileList list = collectSpecFiles({root.string(), (root / "m.ic").string(), "/nonexistent"});
  std::vector<std::string> expected = {(root / "b/a.ic").string(), (root / "b/c/z.ic").string(),
                                       (root / "m.ic").string()};
  EXPECT_EQ(list.files, expected);
  EXPECT_EQ(list.missing, std::vector<std::string>{"/nonexistent"});
  fs::remove_all(root);
}

}  // namespace
}  // namespace initcheck
