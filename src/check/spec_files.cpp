#include "check/spec_files.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

namespace initcheck {

namespace {

std::vector<std::string> specFilesUnder(const std::filesystem::path& folder) {
  std::vector<std::string> found;
  std::error_code error;
  std::filesystem::recursive_directory_iterator it(folder, error), end;
  for (; !error && it != end; it.increment(error)) {
    if (it->is_regular_file(error) && it->path().extension() == ".ic") {
      found.push_back(it->path().string());
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

}  // namespace

SpecFileList collectSpecFiles(const std::vector<std::string>& paths) {
  SpecFileList list;
  std::set<std::string> seen;
  auto add = [&](const std::string& file) {
    if (seen.insert(std::filesystem::path(file).lexically_normal().string()).second) {
      list.files.push_back(file);
    }
  };
  for (const auto& path : paths) {
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) {
      for (const auto& file : specFilesUnder(path))
        add(file);
    } else if (std::filesystem::exists(path, error)) {
      add(path);
    } else {
      list.missing.push_back(path);
    }
  }
  return list;
}

}  // namespace initcheck
