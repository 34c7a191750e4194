// The specs the smt engine cannot yet answer as the explicit engine does, with why
// (tests/smt_known_differences.txt). Corpus tests of the smt engine skip them; the corpus test
// `specs_test_smt` checks that each still differs only by an `unknown` or a bounded verdict,
// never by a verdict that contradicts the explicit engine's.
#pragma once

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

namespace initcheck::smt_corpus {

inline const std::set<std::string>& smtKnownDifferences() {
  static const std::set<std::string> paths = [] {
    std::set<std::string> result;
    std::ifstream list(std::string(INITCHECK_SOURCE_DIR) + "/tests/smt_known_differences.txt");
    std::string line;
    while (std::getline(list, line)) {
      std::istringstream words(line);
      std::string path;
      if (words >> path && path[0] != '#')
        result.insert(std::string(INITCHECK_SOURCE_DIR) + "/" + path);
    }
    return result;
  }();
  return paths;
}

inline bool isSmtKnownDifference(const std::filesystem::path& file) {
  return smtKnownDifferences().count(std::filesystem::weakly_canonical(file).string()) != 0;
}

}  // namespace initcheck::smt_corpus
