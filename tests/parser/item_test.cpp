// Items, the spec title and comments.
#include <gtest/gtest.h>

#include "ast_printer.hpp"
#include "parse_helpers.hpp"

namespace initcheck::testing {
namespace {

std::vector<std::string> printedItems(const std::string& text) {
  std::vector<std::string> result;
  for (const auto& item : parseValid(text).items)
    result.push_back(print(item));
  return result;
}

TEST(Items, EmptyFileIsAValidEmptySpec) {
  ast::File file = parseValid("");
  EXPECT_FALSE(file.title.has_value());
  EXPECT_TRUE(file.items.empty());
  EXPECT_TRUE(parseValid("  \n\t\n").items.empty());
}

TEST(Items, Title) {
  EXPECT_EQ(parseValid("spec \"a \\\"b\\\"\";").title, "a \"b\"");
  EXPECT_EQ(parseValid("// c\nspec \"t\";\nexpect ok;").title, "t");
}

TEST(Items, Globals) {
  EXPECT_EQ(printedItems("var x: int;"), std::vector<std::string>{"(var x int)"});
  EXPECT_EQ(printedItems("var a: atomic bool = false;"),
            std::vector<std::string>{"(var a atomic bool false)"});
  EXPECT_EQ(printedItems("var c: chan(0); var l: list = [0, 0];"),
            (std::vector<std::string>{"(var c chan(0))", "(var l list [ 0 0 ])"}));
  EXPECT_EQ(
      printedItems("var o: once; var m: mutex; var w: waitgroup; var s: string; var f: func;"),
      (std::vector<std::string>{"(var o once)", "(var m mutex)", "(var w waitgroup)",
                                "(var s string)", "(var f func)"}));
}

TEST(Items, Functions) {
  EXPECT_EQ(printedItems("func f() { }"), std::vector<std::string>{"(func f ( ) { })"});
  EXPECT_EQ(printedItems("init func load(n: int, s: string) -> int { return n; }"),
            std::vector<std::string>{"(init func load ( n:int s:string ) -> int { (return n) })"});
}

TEST(Items, ThreadsChecksExpectsOptions) {
  EXPECT_EQ(printedItems("thread main { f(); }"),
            std::vector<std::string>{"(thread main { (expr (call f)) })"});
  EXPECT_EQ(printedItems("check final count == 2;"),
            std::vector<std::string>{"(check final (== count 2))"});
  EXPECT_EQ(printedItems("check exactly_once(initConfig(\"a\"));"),
            std::vector<std::string>{"(check (exactly_once (call initConfig \"a\")))"});
  EXPECT_EQ(printedItems("check happens_before(publish, use);"),
            std::vector<std::string>{"(check (happens_before publish use))"});
  EXPECT_EQ(printedItems("expect ok; expect race; expect final;"),
            (std::vector<std::string>{"(expect ok)", "(expect race)", "(expect final)"}));
  EXPECT_EQ(printedItems("option unroll = 4; option preemptions = 0;"),
            (std::vector<std::string>{"(option unroll 4)", "(option preemptions 0)"}));
}

TEST(Items, PositionsAndEnds) {
  ast::File file = parseValid(
      "var x: atomic int = 0;\n"
      "init func f(a: int) -> int {\n"
      "}\n"
      "  check single_init(f);\n"
      "expect final;\n");
  ASSERT_EQ(file.items.size(), 4u);
  EXPECT_EQ(file.items[0].position, at(1, 1));
  EXPECT_EQ(file.items[0].end, at(1, 23));
  const auto& global = std::get<ast::GlobalDecl>(file.items[0].node);
  EXPECT_EQ(global.name.position, at(1, 5));
  EXPECT_EQ(global.type.position, at(1, 15));
  EXPECT_EQ(global.initializer->position, at(1, 21));
  EXPECT_EQ(file.items[1].position, at(2, 1));  // the `init`
  EXPECT_EQ(file.items[1].end, at(3, 2));
  const auto& func = std::get<ast::FuncDecl>(file.items[1].node);
  EXPECT_EQ(func.name.position, at(2, 11));
  EXPECT_EQ(func.parameters[0].name.position, at(2, 13));
  EXPECT_EQ(func.parameters[0].type.position, at(2, 16));
  EXPECT_EQ(func.result->position, at(2, 24));
  EXPECT_EQ(func.body.position, at(2, 28));
  EXPECT_EQ(file.items[2].position, at(4, 3));
  EXPECT_EQ(file.items[2].end, at(4, 24));
  const auto& check = std::get<ast::CheckItem>(file.items[2].node);
  const auto& property = std::get<ast::NamedProperty>(check.property);
  EXPECT_EQ(property.name.position, at(4, 9));
  EXPECT_EQ(property.arguments[0].position, at(4, 21));
  EXPECT_EQ(std::get<ast::ExpectItem>(file.items[3].node).kind.position, at(5, 8));
}

TEST(Comments, EveryCommentIsRecordedWithItsPlacement) {
  ast::File file = parseValid(
      "// head\n"
      "var x: int; // trailing\n"
      "  /* own\n line */ var y: int;\n"
      "thread t { /* in */ f(\"// not a comment\"); }\n"
      "// last");
  ASSERT_EQ(file.comments.size(), 5u);
  EXPECT_EQ(file.comments[0].text, "// head");
  EXPECT_EQ(file.comments[0].position, at(1, 1));
  EXPECT_TRUE(file.comments[0].ownLine);
  EXPECT_EQ(file.comments[1].text, "// trailing");
  EXPECT_EQ(file.comments[1].position, at(2, 13));
  EXPECT_FALSE(file.comments[1].ownLine);
  EXPECT_EQ(file.comments[2].text, "/* own\n line */");
  EXPECT_EQ(file.comments[2].position, at(3, 3));
  EXPECT_TRUE(file.comments[2].ownLine);
  EXPECT_EQ(file.comments[3].text, "/* in */");
  EXPECT_FALSE(file.comments[3].ownLine);
  EXPECT_EQ(file.comments[4].text, "// last");
  EXPECT_EQ(file.items.size(), 3u);
}

TEST(Comments, CrLfLineEndsStayOutOfComments) {
  ast::File file = parseValid("var x: int; // a\r\nvar y: int;\r\n");
  ASSERT_EQ(file.comments.size(), 1u);
  EXPECT_EQ(file.comments[0].text, "// a");
  EXPECT_EQ(file.items.size(), 2u);
}

TEST(Comments, ALeadingByteOrderMarkIsIgnored) {
  ast::File file = parseValid("\xEF\xBB\xBF// c\nvar x: int;");
  ASSERT_EQ(file.comments.size(), 1u);
  EXPECT_TRUE(file.comments[0].ownLine);
  EXPECT_EQ(file.comments[0].position, at(1, 4));  // columns count bytes
  EXPECT_EQ(file.items.size(), 1u);
}

TEST(Comments, AreNotPartOfTheTree) {
  EXPECT_EQ(parseValid("var x: int;").items, parseValid("/* a */ var /* b */ x: int; // c").items);
}

TEST(Comments, LineCommentsLoseTrailingWhiteSpaceAndCarriageReturns) {
  ast::File file = parseValid("// spaces   \n// tab\t\r\n/* kept  */\n");
  ASSERT_EQ(file.comments.size(), 3u);
  EXPECT_EQ(file.comments[0].text, "// spaces");
  EXPECT_EQ(file.comments[1].text, "// tab");
  EXPECT_EQ(file.comments[2].text, "/* kept  */");
}

// A failed optional tail (`;` after `go { }`, `else` after `if`) must not move the end of
// the statement onto the next token.
TEST(Statements, EndsStayJustPastTheLastTokenWhenAnOptionalTailIsAbsent) {
  ast::File file = parseValid(
      "thread t {\n"
      "    go {\n"
      "    }\n"
      "    if true { }\n"
      "\n"
      "    go { };\n"
      "}\n");
  const auto& body = std::get<ast::ThreadDecl>(file.items[0].node).body;
  ASSERT_EQ(body.statements.size(), 3u);
  EXPECT_EQ(body.statements[0].end, at(3, 6));
  EXPECT_EQ(body.statements[1].end, at(4, 16));
  EXPECT_EQ(body.statements[2].end, at(6, 12));
}

}  // namespace
}  // namespace initcheck::testing
