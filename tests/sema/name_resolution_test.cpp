// Scopes and name resolution: unknown names with suggestions, duplicates with notes,
// shadowing, declaration order, builtins, value-capture lists, labels.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "check_helpers.hpp"

namespace initcheck::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(NameResolution, UnknownNameSuggestsTheClosestNameInScope) {
  std::string src = "var o: once;\nthread main {\n    p.do(func() { });\n}\n";
  EXPECT_THAT(errorsOf(src), ElementsAre("3:5: unknown name 'p' (did you mean 'o'?)"));
}

TEST(NameResolution, UnknownNameWithoutCloseCandidateHasNoSuggestion) {
  std::string src = "thread main { let x = zzzzzz; }";
  EXPECT_THAT(errorsOf(src), ElementsAre(at(src, "zzzzzz") + ": unknown name 'zzzzzz'"));
}

TEST(NameResolution, SuggestionsComeOnlyFromNamesInScope) {
  std::string src = "func f() { let counter = 1; }\nthread main { let x = countr; }";
  EXPECT_THAT(errorsOf(src), ElementsAre(at(src, "countr;") + ": unknown name 'countr'"));
}

TEST(NameResolution, FunctionsAndThreadsDeclaredLaterAreVisible) {
  EXPECT_THAT(errorsOf("thread main { f(); }\nfunc f() { g(); }\nfunc g() { }"), IsEmpty());
}

TEST(NameResolution, LetIsVisibleOnlyAfterItsStatement) {
  std::string src = "thread main { let y = x; let x = 1; }";
  EXPECT_THAT(errorsOf(src), ElementsAre(at(src, "x;") + ": unknown name 'x'"));
}

TEST(NameResolution, LetValueSeesTheOuterVariableOfTheSameName) {
  EXPECT_THAT(errorsOf("thread main { let x = 1; { let x = x + 1; assert x == 2; } }"), IsEmpty());
}

TEST(NameResolution, DuplicateLetInOneScopeIsReportedWithANote) {
  std::string src = "thread main { let x = 1; let x = 2; }";
  EXPECT_THAT(errorsOf(src), ElementsAre(at(src, "x = 2") + ": duplicate declaration of 'x'",
                                         at(src, "x = 1") + ": note: 'x' was first declared here"));
}

TEST(NameResolution, ShadowingInAnInnerScopeIsAllowed) {
  std::string src =
      "var x: int = 0;\n"
      "thread main { let x = true; if x { let x = \"s\"; assert x == \"s\"; } }";
  EXPECT_THAT(errorsOf(src), IsEmpty());
}

TEST(NameResolution, GlobalsFunctionsAndThreadsShareOneNamespace) {
  std::string src = "var a: int = 0;\nfunc a() { }\nthread a { }";
  EXPECT_THAT(
      errorsOf(src),
      ElementsAre("2:6: duplicate declaration of 'a'", "1:5: note: 'a' was first declared here",
                  "3:8: duplicate declaration of 'a'", "1:5: note: 'a' was first declared here"));
}

TEST(NameResolution, DuplicateParameterAndLetRedeclaringAParameter) {
  std::string src = "func f(a: int, a: bool) { }\nfunc g(b: int) { let b = 2; }";
  EXPECT_THAT(errorsOf(src),
              ElementsAre(at(src, "a: bool") + ": duplicate declaration of 'a'",
                          at(src, "a: int") + ": note: 'a' was first declared here",
                          at(src, "b = 2") + ": duplicate declaration of 'b'",
                          at(src, "b: int") + ": note: 'b' was first declared here"));
}

TEST(NameResolution, LoopVariableIsScopedToTheLoop) {
  std::string src = "thread main { for i in 0..2 { let i = true; } let j = i; }";
  EXPECT_THAT(errorsOf(src), ElementsAre(at(src, "i; }") + ": unknown name 'i'"));
}

TEST(NameResolution, LocalsOfOtherFunctionsAreNotVisible) {
  std::string src = "func f() { let secret = 1; }\nthread main { let y = secret; }";
  EXPECT_THAT(errorsOf(src), ElementsAre(at(src, "secret; }") + ": unknown name 'secret'"));
}

TEST(NameResolution, BuiltinsMayBeShadowed) {
  std::string src = "var len: int = 3;\nthread main { let n = len + 1; }";
  Checked checked = checkText(src);
  EXPECT_THAT(checked.messages, IsEmpty());
  EXPECT_EQ(
      checked.semantic.symbols.at(findSymbol(checked.semantic.symbols, "len", SymbolKind::Global))
          .position.line,
      1u);
}

TEST(NameResolution, ResolvedIdsAreWrittenIntoTheAst) {
  Checked checked = checkText("var g: int = 0;\nthread main { let x = g; x = 2; }");
  ASSERT_THAT(checked.messages, IsEmpty());
  const auto& symbols = checked.semantic.symbols;
  const auto& thread = std::get<ast::ThreadDecl>(checked.file.items[1].node);
  const auto& let = std::get<ast::LetStmt>(thread.body.statements[0].node);
  const auto& assign = std::get<ast::AssignStmt>(thread.body.statements[1].node);
  EXPECT_EQ(std::get<ast::NameRef>(let.value.node).symbol,
            findSymbol(symbols, "g", SymbolKind::Global));
  EXPECT_EQ(assign.symbol, let.symbol);
  EXPECT_EQ(symbols.at(let.symbol).kind, SymbolKind::Local);
  EXPECT_EQ(thread.symbol, findSymbol(symbols, "main", SymbolKind::Thread));
}

TEST(NameResolution, ValueCaptureNamesMustBeVariablesOfAnEnclosingFunction) {
  std::string src =
      "var g: int = 0;\n"
      "thread main { let a = 1; let f = func[a, g, b, a]() { }; }";
  EXPECT_THAT(errorsOf(src),
              ElementsAre(at(src, "g, b") + ": cannot capture global 'g' by value; only "
                                            "variables of enclosing functions can be captured",
                          at(src, "b, a") + ": unknown name 'b' (did you mean 'a'?)",
                          at(src, "a]") + ": 'a' is captured twice"));
}

TEST(NameResolution, LabelsMayRepeatAndHappensBeforeResolvesThem) {
  std::string src =
      "var x: int = 0;\n"
      "thread a { @w x = 1; }\n"
      "thread b { @r let v = 1; }\n"
      "thread c { @r let v = 2; }\n"
      "check happens_before(w, r);\n";
  Checked checked = checkText(src);
  EXPECT_THAT(checked.messages, IsEmpty());
  SymbolId r = checked.semantic.symbols.findLabel("r");
  ASSERT_NE(r, kUnresolved);
  EXPECT_EQ(checked.semantic.symbols.at(r).labelledStatements.size(), 2u);
}

}  // namespace
}  // namespace initcheck::testing
