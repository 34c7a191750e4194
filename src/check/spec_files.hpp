// Finds the `.ic` files named on a command line: files as given, folders searched
// recursively, in sorted order so every run lists them the same way; each file once.
#pragma once

#include <string>
#include <vector>

namespace initcheck {

struct SpecFileList {
  std::vector<std::string> files;
  std::vector<std::string> missing;  // paths that name neither a file nor a folder
};

SpecFileList collectSpecFiles(const std::vector<std::string>& paths);

}  // namespace initcheck
