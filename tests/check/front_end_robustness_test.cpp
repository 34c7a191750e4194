// No input makes the front end crash, hang or fail silently. Truncated and mutated copies of
// every corpus file (thousands of variants, from a fixed seed so failures reproduce) go
// through parse + semantic check: each either is valid (and then also survives a `fmt` round
// trip) or gets at least one error diagnostic at a real position.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "check/loaded_spec.hpp"
#include "format/formatter.hpp"
#include "parser/parse.hpp"
#include "support/diagnostic_renderer.hpp"

namespace initcheck {
namespace {

namespace fs = std::filesystem;

std::vector<SourceFile> corpusFiles() {
  std::vector<SourceFile> files;
  for (const auto& root :
       std::vector<std::string>{std::string(INITCHECK_SHARED_DIR) + "/conformance",
                                std::string(INITCHECK_SOURCE_DIR) + "/specs",
                                std::string(INITCHECK_SOURCE_DIR) + "/examples"}) {
    if (!fs::is_directory(root))
      continue;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      if (entry.path().extension() != ".ic")
        continue;
      if (auto file = SourceFile::load(entry.path().string()))
        files.push_back(std::move(*file));
    }
  }
  return files;
}

// Bytes that stress a lexer and a parser: delimiters, operators, quotes, comment openers,
// NUL, invalid UTF-8, digits that overflow.
const std::vector<std::string> kInsertions = {
    "{",      "}",       "(",
    ")",      "[",       "]",
    ";",      ",",       ".",
    "..",     "=",       "==",
    "->",     "@",       "\"",
    "\\",     "/*",      "*/",
    "//",     "\n",      std::string(1, '\0'),
    "\xff",   "\xc3",    "99999999999999999999",
    "func",   "go",      "let",
    "if",     "else",    "while",
    "for",    "shared",  "in",
    "once",   "-",       "!",
    "&&",     "init",    "check",
    "expect", "spec",    "atomic",
    "chan(",  "choose(", "new",
    "x",      "é",
};

struct Mutator {
  std::mt19937 random{20261126};

  std::size_t pick(std::size_t bound) {
    return std::uniform_int_distribution<std::size_t>(0, bound - 1)(random);
  }
  std::string mutate(std::string text) {
    if (text.empty())
      return kInsertions[pick(kInsertions.size())];
    std::size_t at = pick(text.size());
    switch (pick(4)) {
      case 0:
        return text.erase(at, 1 + pick(8));
      case 1:
        return text.insert(at, kInsertions[pick(kInsertions.size())]);
      case 2:
        text[at] = kInsertions[pick(kInsertions.size())][0];
        return text;
      default: {
        std::size_t length = 1 + pick(std::min<std::size_t>(40, text.size() - at));
        return text.insert(pick(text.size()), text.substr(at, length));
      }
    }
  }
};

// The property every variant must have; returns a description of the breach, or "".
std::string checkVariant(const std::string& name, const std::string& text) {
  LoadedSpec spec = analyzeSpec(SourceFile(name, text));
  if (spec.ok()) {
    std::string formatted = formatFile(spec.file);
    ParseResult reparsed = parseSource(SourceFile(name, formatted));
    if (!reparsed.ok())
      return "formatted output does not parse:\n" + formatted;
    if (!(reparsed.file == spec.file))
      return "formatted output parses to another AST";
    return "";
  }
  for (const auto& diagnostic : spec.diagnostics.all()) {
    const auto& position = diagnostic.position;
    if (!position.isKnown() || position.line > spec.source.lineCount() + 1) {
      return "diagnostic without a valid position: " + diagnostic.message;
    }
  }
  std::string rendered = renderToString(spec.source, spec.diagnostics);
  if (rendered.find(": error: ") == std::string::npos)
    return "no error rendered";
  return "";
}

TEST(FrontEndRobustness, TruncatedAndMutatedCorpusFilesGetADiagnosticOrAreValid) {
  auto files = corpusFiles();
  if (files.empty())
    GTEST_SKIP() << "no corpus files found (shared conformance folder absent?)";
  Mutator mutator;
  std::size_t variants = 0;
  std::vector<std::string> breaches;
  auto record = [&](const std::string& breach, const std::string& where) {
    if (!breach.empty() && breaches.size() < 10)
      breaches.push_back(where + ": " + breach);
  };
  for (const auto& file : files) {
    const std::string& text = file.text();
    std::size_t step = std::max<std::size_t>(1, text.size() / 150);
    for (std::size_t cut = 0; cut < text.size(); cut += step, ++variants) {
      record(checkVariant(file.path(), text.substr(0, cut)),
             file.path() + " truncated at byte " + std::to_string(cut));
    }
    for (int round = 0; round < 300; ++round, ++variants) {
      std::string mutated = text;
      for (std::size_t edits = 1 + mutator.pick(3); edits > 0; --edits) {
        mutated = mutator.mutate(mutated);
      }
      record(checkVariant(file.path(), mutated),
             file.path() + " mutation round " + std::to_string(round) + ":\n" + mutated);
    }
  }
  for (const auto& breach : breaches)
    ADD_FAILURE() << breach;
  EXPECT_GE(variants, 5000u);
  std::cout << "[ robustness ] " << variants << " variants of " << files.size() << " files\n";
}

}  // namespace
}  // namespace initcheck
