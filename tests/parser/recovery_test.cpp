// Error recovery through the whole parser: every error in a file is reported, one per broken
// statement or item, and the rest of the file still parses.
#include <gtest/gtest.h>

#include "ast_printer.hpp"
#include "parse_helpers.hpp"

namespace initcheck::testing {
namespace {

std::vector<std::string> messages(const Parsed& parsed) {
  std::vector<std::string> result;
  for (const auto& d : parsed.result.diagnostics.all()) {
    result.push_back(std::to_string(d.position.line) + ":" + std::to_string(d.position.column) +
                     " " + d.message);
  }
  return result;
}

TEST(Recovery, ThreeBrokenStatementsGiveExactlyThreeErrors) {
  Parsed parsed = parseText(
      "thread t {\n"
      "  a = 1;\n"
      "  b = (2 + ;\n"
      "  c = 3;\n"
      "  f(4 5);\n"
      "  d = 6;\n"
      "  let = 7;\n"
      "  e = 8;\n"
      "}\n");
  EXPECT_EQ(messages(parsed),
            (std::vector<std::string>{"3:11 expected expression", "5:6 expected ')'",
                                      "7:6 expected variable name"}));
  const auto& body = std::get<ast::ThreadDecl>(parsed.result.file.items[0].node).body;
  std::string kept;
  for (const auto& stmt : body.statements)
    kept += print(stmt) + " ";
  EXPECT_EQ(kept, "(= a 1) (= c 3) (= d 6) (= e 8) ");
}

TEST(Recovery, MissingSemicolonsOnConsecutiveLinesAreEachReported) {
  Parsed parsed = parseText("thread t {\n  a = 1\n  b = 2\n  c = 3\n}\n");
  EXPECT_EQ(messages(parsed), (std::vector<std::string>{"2:8 expected ';' after statement",
                                                        "3:8 expected ';' after statement",
                                                        "4:8 expected ';' after statement"}));
}

TEST(Recovery, BrokenItemsGiveOneErrorEach) {
  Parsed parsed = parseText(
      "var a int;\nvar b: int;\nfunc (x: int) { }\nthread ok { }\nexpect;\noption x = 1;\n");
  EXPECT_EQ(messages(parsed),
            (std::vector<std::string>{"1:6 expected ':'", "3:5 expected function name",
                                      "5:7 expected 'ok' or a violation kind"}));
  std::vector<std::string> kept;
  for (const auto& item : parsed.result.file.items)
    kept.push_back(print(item));
  EXPECT_EQ(kept, (std::vector<std::string>{"(var b int)", "(thread ok { })", "(option x 1)"}));
}

TEST(Recovery, AMissingBraceEndsTheBlockAtTheNextItem) {
  Parsed parsed = parseText("thread a {\n  x = 1;\n\nthread b { y = 2; }\n");
  EXPECT_EQ(messages(parsed), (std::vector<std::string>{"2:9 expected '}' to close block",
                                                        "1:10 to match this '{'"}));
  EXPECT_EQ(parsed.result.diagnostics.all()[1].severity, Severity::Note);
  ASSERT_EQ(parsed.result.file.items.size(), 1u);
  EXPECT_EQ(print(parsed.result.file.items[0]), "(thread b { (= y 2) })");
}

TEST(Recovery, ErrorsInsideClosuresRecoverInsideTheClosure) {
  Parsed parsed = parseText(
      "thread t {\n"
      "  o.do(func() { x = ; y = 1; });\n"
      "  z = 2;\n"
      "}\n");
  EXPECT_EQ(messages(parsed), std::vector<std::string>{"2:20 expected expression"});
  const auto& body = std::get<ast::ThreadDecl>(parsed.result.file.items[0].node).body;
  ASSERT_EQ(body.statements.size(), 2u);
  EXPECT_EQ(print(body.statements[0]), "(expr (.do o (func ( ) { (= y 1) })))");
}

TEST(Recovery, AnUnterminatedCommentHidesTheEndOfFileErrors) {
  Parsed parsed = parseText("thread t {\n  x = 1; /* open\n");
  EXPECT_EQ(messages(parsed), std::vector<std::string>{"2:10 unterminated comment"});
}

TEST(Recovery, KeywordsAreReservedNames) {
  for (const char* word : {"if", "for", "in", "shared", "final", "chan", "relaxed", "init"}) {
    Parsed parsed = parseText(std::string("thread t { let ") + word + " = 1; }");
    EXPECT_EQ(messages(parsed), std::vector<std::string>{std::string("1:16 '") + word +
                                                         "' is a reserved word, not a name"});
  }
  EXPECT_TRUE(parseText("thread t { let len = 1; let append = len; let ok = 2; }").result.ok());
}

TEST(Recovery, ResultIsNotOkWhenThereAreErrors) {
  EXPECT_TRUE(parseText("expect ok;").result.ok());
  EXPECT_FALSE(parseText("expect ok").result.ok());
}

}  // namespace
}  // namespace initcheck::testing
