// Hostile input never crashes or hangs: deep nesting, long chains, NUL bytes, invalid UTF-8,
// truncation at every byte, random bytes, huge files.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include <gtest/gtest.h>

#include "parse_helpers.hpp"

namespace initcheck::testing {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

bool hasError(const Parsed& parsed, const std::string& message) {
  for (const auto& d : parsed.result.diagnostics.all()) {
    if (d.severity == Severity::Error && d.message == message)
      return true;
  }
  return false;
}

const Diagnostic* findError(const Parsed& parsed, const std::string& message) {
  for (const auto& d : parsed.result.diagnostics.all()) {
    if (d.message == message)
      return &d;
  }
  return nullptr;
}

// Every diagnostic points into the file (or just past its end).
void expectPositionsInside(const Parsed& parsed) {
  for (const auto& d : parsed.result.diagnostics.all()) {
    EXPECT_GE(d.position.line, 1u);
    EXPECT_LE(d.position.line, parsed.source.lineCount());
  }
}

double secondsToParse(const std::string& text, Parsed* out = nullptr) {
  auto start = Clock::now();
  Parsed parsed = parseText(text);
  double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  if (out != nullptr)
    *out = std::move(parsed);
  return seconds;
}

const std::string kTooDeep = "nesting too deep (limit is 256 levels)";
const std::string kTreeTooDeep = "too deeply nested (the syntax tree is limited to 1024 levels)";

TEST(HostileInput, HalfAMillionOpenParenthesesGiveTheNestingDiagnosticQuickly) {
  Parsed parsed = parseText("");
  double seconds = secondsToParse(std::string(500000, '('), &parsed);
  const Diagnostic* error = findError(parsed, kTooDeep);
  ASSERT_NE(error, nullptr) << parsed.rendered().substr(0, 500);
  EXPECT_EQ(error->position, at(1, 257));  // the bracket that exceeds the limit
  EXPECT_LT(seconds, 10.0);
}

TEST(HostileInput, DeepNestingInsideAStatement) {
  for (char open : {'(', '[', '{'}) {
    Parsed parsed = parseText("");
    secondsToParse("thread t { x = " + std::string(500000, open), &parsed);
    const Diagnostic* error = findError(parsed, kTooDeep);
    ASSERT_NE(error, nullptr) << open;
    EXPECT_EQ(error->position, at(1, 15 + 256)) << open;  // the `{` of `thread t {` is level 1
    EXPECT_TRUE(parsed.result.diagnostics.hasErrors());
  }
}

TEST(HostileInput, NestingUpToTheLimitIsFine) {
  std::string parens =
      "thread t { let x = " + std::string(255, '(') + "1" + std::string(255, ')') + "; }";
  EXPECT_TRUE(parseText(parens).result.ok());
  std::string blocks = "thread t " + std::string(256, '{') + std::string(256, '}');
  EXPECT_TRUE(parseText(blocks).result.ok());
  std::string closures = "thread t { ";
  for (int i = 0; i < 127; ++i)
    closures += "f(func() { ";
  closures += "x = 1;";
  for (int i = 0; i < 127; ++i)
    closures += " });";
  EXPECT_TRUE(parseText(closures + " }").result.ok());
  std::string tooDeep = "thread t " + std::string(257, '{') + std::string(257, '}');
  EXPECT_TRUE(hasError(parseText(tooDeep), kTooDeep));
}

TEST(HostileInput, LongChainsWithoutBracketsAreBounded) {
  std::string manyTerms = "a";
  for (int i = 0; i < 200000; ++i)
    manyTerms += " + a";
  std::vector<std::string> cases = {
      "thread t { x = " + std::string(300000, '!') + "y; }",
      "thread t { x = " + std::string(300000, '-') + "y; }",
      "thread t { x = " + manyTerms + "; }",
      "thread t { f",
      "thread t { if a { } ",
  };
  for (int i = 0; i < 200000; ++i)
    cases[3] += "()";
  cases[3] += "; }";
  for (int i = 0; i < 50000; ++i)
    cases[4] += "else if a { } ";
  cases[4] += "}";
  for (const auto& text : cases) {
    Parsed parsed = parseText("");
    double seconds = secondsToParse(text, &parsed);
    EXPECT_TRUE(hasError(parsed, kTreeTooDeep)) << parsed.rendered().substr(0, 300);
    EXPECT_LT(seconds, 30.0);
  }
  std::string fine = "a";
  for (int i = 0; i < 900; ++i)
    fine += " + a";
  EXPECT_TRUE(parseText("thread t { x = " + fine + "; }").result.ok());
}

TEST(HostileInput, NulBytesAndInvalidUtf8) {
  using namespace std::string_literals;
  Parsed nul = parseText("var x: int;\0var y: int;"s);
  EXPECT_TRUE(hasError(nul, "unexpected character '\\x00'")) << nul.rendered();
  Parsed bad = parseText("thread t { x = \xff; }");
  EXPECT_TRUE(hasError(bad, "unexpected character '\\xff'")) << bad.rendered();
  Parsed overlong = parseText("thread t { x = \xc0\xaf; }");
  EXPECT_TRUE(hasError(overlong, "unexpected character '\\xc0'")) << overlong.rendered();
  EXPECT_TRUE(parseText("thread t { f(\"\xff\xfe \0\"); } // \xff\0"s).result.ok());
  EXPECT_TRUE(parseText(std::string(1000, '\0')).result.diagnostics.hasErrors());
}

TEST(HostileInput, EveryTruncationOfEverySpecParses) {
  std::vector<fs::path> files;
  for (const auto& dir : {fs::path(INITCHECK_SHARED_DIR) / "conformance",
                          fs::path(INITCHECK_SOURCE_DIR) / "tests" / "parser" / "golden"}) {
    if (!fs::is_directory(dir))
      continue;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.path().extension() == ".ic" && fs::file_size(entry.path()) < 4000) {
        files.push_back(entry.path());
      }
    }
  }
  ASSERT_FALSE(files.empty());
  for (const auto& path : files) {
    auto source = SourceFile::load(path.string());
    const std::string& text = source->text();
    for (std::size_t cut = 0; cut <= text.size(); ++cut) {
      Parsed parsed = parseText(text.substr(0, cut));
      expectPositionsInside(parsed);
    }
  }
}

TEST(HostileInput, RandomTokenSoupNeverCrashes) {
  static const char* pieces[] = {
      "thread", "t", "{", "}",  "(",     ")",    "[",     "]",   ";",    ",",  "=",
      "==",     "x", "1", "\"", "\"s\"", "func", "init",  "var", "let",  "if", "else",
      "go",     "@", ".", "..", "->",    ":",    "int",   "/*",  "//",   "\n", " ",
      "choose", "!", "-", "+",  "new",   "once", "check", "#",   "\xff", "\0", "return",
  };
  std::mt19937 random(12345);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(pieces) - 1);
  std::uniform_int_distribution<int> length(0, 200);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    for (int i = length(random); i > 0; --i) {
      const char* piece = pieces[pick(random)];
      text += piece[0] == '\0' ? std::string(1, '\0') : std::string(piece);
      text += ' ';
    }
    expectPositionsInside(parseText(text));
  }
}

TEST(HostileInput, RandomBytesNeverCrash) {
  std::mt19937 random(6789);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int round = 0; round < 500; ++round) {
    std::string text(static_cast<std::size_t>(byte(random)) * 4, '\0');
    for (auto& c : text)
      c = static_cast<char>(byte(random));
    expectPositionsInside(parseText(text));
  }
}

TEST(HostileInput, AMultiMegabyteFileParsesInLinearTime) {
  std::ostringstream text;
  text << "var xs: list = [];\nfunc f(a: int, b: list) -> int { return a; }\nthread t {\n";
  for (int i = 0; i < 30000; ++i) {
    text << "    let v" << i << " = f(" << i << ", [1, 2]) + xs[" << i
         << "] * choose(0..3); // note\n";
  }
  text << "}\n";
  Parsed parsed = parseText("");
  double seconds = secondsToParse(text.str(), &parsed);
  EXPECT_GT(text.str().size(), 1500000u);
  EXPECT_TRUE(parsed.result.ok());
  EXPECT_EQ(parsed.result.file.comments.size(), 30000u);
  EXPECT_LT(seconds, 60.0);
}

TEST(HostileInput, ManyBrokenStatementsRecoverInLinearTime) {
  std::string text = "thread t {\n";
  for (int i = 0; i < 20000; ++i)
    text += "    x = (1 + ;\n";
  text += "}\n";
  Parsed parsed = parseText("");
  double seconds = secondsToParse(text, &parsed);
  EXPECT_EQ(parsed.result.diagnostics.all().size(), 20000u);
  EXPECT_LT(seconds, 60.0);
}

}  // namespace
}  // namespace initcheck::testing
