// The symbol table and the capture analysis: kinds, types, owners, flags, bodies, and which
// closures and go blocks capture which variables (conformance 01-04 and small cases).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "check_helpers.hpp"

namespace initcheck::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

std::string readShared(const std::string& name) {
  std::ifstream in(std::string(INITCHECK_SHARED_DIR) + "/conformance/" + name);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The closure or go-block body starting at `needle`.
const Body& bodyAt(const Checked& checked, const std::string& text, std::string_view needle,
                   int occurrence = 1) {
  std::string where = at(text, needle, occurrence);
  for (const auto& body : checked.semantic.symbols.bodies()) {
    std::string position =
        std::to_string(body.position.line) + ":" + std::to_string(body.position.column);
    if (position == where)
      return body;
  }
  ADD_FAILURE() << "no body at " << where;
  static Body none;
  return none;
}

ast::Capture byRef(SymbolId id) {
  return ast::Capture{id, false};
}
ast::Capture byValue(SymbolId id) {
  return ast::Capture{id, true};
}

TEST(SymbolTable, GlobalsRecordTypeAtomicAndInitialization) {
  Checked checked = checkText(
      "var a: int = 0;\nvar b: int;\nvar r: atomic bool;\nvar o: once;\nvar c: chan(3);\n");
  ASSERT_THAT(checked.messages, IsEmpty());
  const auto& symbols = checked.semantic.symbols;
  const Symbol& a = symbols.at(findSymbol(symbols, "a", SymbolKind::Global));
  const Symbol& b = symbols.at(findSymbol(symbols, "b", SymbolKind::Global));
  const Symbol& r = symbols.at(findSymbol(symbols, "r", SymbolKind::Global));
  const Symbol& o = symbols.at(findSymbol(symbols, "o", SymbolKind::Global));
  const Symbol& c = symbols.at(findSymbol(symbols, "c", SymbolKind::Global));
  EXPECT_FALSE(a.uninitialized);
  EXPECT_TRUE(b.uninitialized);
  EXPECT_TRUE(r.uninitialized);
  EXPECT_FALSE(o.uninitialized);  // objects are created ready to use
  EXPECT_EQ(typeName(r.type), "atomic bool");
  EXPECT_EQ(typeName(c.type), "chan(3)");
  EXPECT_EQ(a.owner, kNoBody);
  EXPECT_EQ(b.position, (SourcePosition{2, 5}));
}

TEST(SymbolTable, FunctionsRecordSignaturesAndBodies) {
  Checked checked = checkText(
      "init func f(a: int, b: list) -> bool { let x = a; return true; }\nthread t { f(1, []); }");
  ASSERT_THAT(checked.messages, IsEmpty());
  const auto& symbols = checked.semantic.symbols;
  const Symbol& f = symbols.at(findSymbol(symbols, "f", SymbolKind::InitFunction));
  ASSERT_TRUE(f.signature.has_value());
  EXPECT_EQ(f.signature->parameters,
            (std::vector{ValueType::of(ValueKind::Int), ValueType::of(ValueKind::List)}));
  EXPECT_EQ(f.signature->result, ValueType::of(ValueKind::Bool));
  ASSERT_NE(f.body, kNoBody);
  EXPECT_EQ(symbols.body(f.body).kind, BodyKind::Function);
  EXPECT_EQ(symbols.body(f.body).symbol, f.id);
  const Symbol& a = symbols.at(findSymbol(symbols, "a", SymbolKind::Parameter));
  const Symbol& x = symbols.at(findSymbol(symbols, "x", SymbolKind::Local));
  EXPECT_EQ(a.owner, f.body);
  EXPECT_EQ(x.owner, f.body);
  EXPECT_EQ(x.type, ValueType::of(ValueKind::Int));
  const Symbol& t = symbols.at(findSymbol(symbols, "t", SymbolKind::Thread));
  EXPECT_EQ(symbols.body(t.body).kind, BodyKind::Thread);
  EXPECT_EQ(symbols.findTopLevel("t"), t.id);
}

// Conformance 01: the closure appended to fs captures `o` and `name` by reference; the inner
// closure captures `name`; the goroutine's closure captures `f`. Globals are not captures.
TEST(Captures, Conformance01ClosuresCaptureTheSharedLoopVariable) {
  std::string text = readShared("01_loop_once_shared_loopvar.ic");
  if (text.empty())
    GTEST_SKIP() << "conformance folder absent: " << INITCHECK_SHARED_DIR;
  Checked checked = checkText(text);
  ASSERT_THAT(checked.messages, IsEmpty());
  const auto& symbols = checked.semantic.symbols;
  SymbolId name = findSymbol(symbols, "name", SymbolKind::LoopVariable);
  SymbolId o = findSymbol(symbols, "o", SymbolKind::Local);
  SymbolId f = findSymbol(symbols, "f", SymbolKind::LoopVariable);
  EXPECT_TRUE(symbols.at(name).sharedLoopVariable);
  EXPECT_TRUE(symbols.at(name).capturedByReference);
  EXPECT_TRUE(symbols.at(o).capturedByReference);
  EXPECT_FALSE(symbols.at(f).sharedLoopVariable);
  EXPECT_TRUE(symbols.at(f).capturedByReference);
  EXPECT_FALSE(symbols.at(findSymbol(symbols, "fs", SymbolKind::Local)).capturedByReference);
  EXPECT_FALSE(symbols.at(findSymbol(symbols, "wg", SymbolKind::Global)).capturedByReference);

  EXPECT_THAT(bodyAt(checked, text, "func() { o.do").captures, ElementsAre(byRef(o), byRef(name)));
  EXPECT_THAT(bodyAt(checked, text, "func() { initConfig").captures, ElementsAre(byRef(name)));
  EXPECT_THAT(bodyAt(checked, text, "func() { f()").captures, ElementsAre(byRef(f)));
}

TEST(Captures, CapturesAreWrittenIntoTheAst) {
  Checked checked = checkText(readShared("02_loop_once_per_iteration.ic"));
  if (!checked.parsed)
    return;
  const auto& symbols = checked.semantic.symbols;
  SymbolId name = findSymbol(symbols, "name", SymbolKind::LoopVariable);
  EXPECT_FALSE(symbols.at(name).sharedLoopVariable);
  EXPECT_TRUE(symbols.at(name).capturedByReference);
  // thread main { let fs; for name ... { let o; fs = append(fs, CLOSURE); } ... }
  const auto& thread = std::get<ast::ThreadDecl>(checked.file.items[2].node);
  const auto& loop = std::get<ast::ForStmt>(thread.body.statements[1].node);
  EXPECT_EQ(loop.symbol, name);
  const auto& assign = std::get<ast::AssignStmt>(loop.body.statements[1].node);
  const auto& call = std::get<ast::Call>(assign.value.node);
  const auto& closure =
      std::get<ast::Closure>(std::get<ast::Box<ast::Expr>>(call.arguments[1].value)->node);
  EXPECT_THAT(closure.captures,
              ElementsAre(byRef(findSymbol(symbols, "o", SymbolKind::Local)), byRef(name)));
}

TEST(Captures, Conformance03GoroutinesCaptureTheSharedLoopVariable) {
  std::string text = readShared("03_goroutine_shared_loopvar.ic");
  if (text.empty())
    GTEST_SKIP() << "conformance folder absent";
  Checked checked = checkText(text);
  ASSERT_THAT(checked.messages, IsEmpty());
  const auto& symbols = checked.semantic.symbols;
  SymbolId i = findSymbol(symbols, "i", SymbolKind::LoopVariable);
  EXPECT_TRUE(symbols.at(i).sharedLoopVariable);
  EXPECT_TRUE(symbols.at(i).capturedByReference);
  EXPECT_THAT(bodyAt(checked, text, "func() { sum").captures, ElementsAre(byRef(i)));
}

TEST(Captures, ValueCaptureDoesNotShareTheVariable) {
  std::string text = "thread main { let a = 1; let b = 2; let f = func[a]() { let c = a + b; }; }";
  Checked checked = checkText(text);
  ASSERT_THAT(checked.messages, IsEmpty());
  const auto& symbols = checked.semantic.symbols;
  SymbolId a = findSymbol(symbols, "a", SymbolKind::Local);
  SymbolId b = findSymbol(symbols, "b", SymbolKind::Local);
  EXPECT_FALSE(symbols.at(a).capturedByReference);
  EXPECT_TRUE(symbols.at(b).capturedByReference);
  const Body& closure = bodyAt(checked, text, "func[a]");
  EXPECT_THAT(closure.captures, ElementsAre(byValue(a), byRef(b)));
  EXPECT_THAT(closure.valueCaptures, ElementsAre(a));
  EXPECT_THAT(closure.sharedCopies, IsEmpty());
}

TEST(Captures, UnusedValueCapturesAreStillCaptures) {
  std::string text = "thread main { let a = 1; let f = func[a]() { }; }";
  Checked checked = checkText(text);
  ASSERT_THAT(checked.messages, IsEmpty());
  SymbolId a = findSymbol(checked.semantic.symbols, "a", SymbolKind::Local);
  EXPECT_THAT(bodyAt(checked, text, "func[a]").captures, ElementsAre(byValue(a)));
}

TEST(Captures, NestedClosuresCaptureThroughEveryLevel) {
  std::string text =
      "thread main { let x = 1; let f = func() { let g = func() { let y = x; }; }; }";
  Checked checked = checkText(text);
  ASSERT_THAT(checked.messages, IsEmpty());
  SymbolId x = findSymbol(checked.semantic.symbols, "x", SymbolKind::Local);
  SymbolId y = findSymbol(checked.semantic.symbols, "y", SymbolKind::Local);
  EXPECT_THAT(bodyAt(checked, text, "func() { let g").captures, ElementsAre(byRef(x)));
  EXPECT_THAT(bodyAt(checked, text, "func() { let y").captures, ElementsAre(byRef(x)));
  EXPECT_FALSE(checked.semantic.symbols.at(y).capturedByReference);
}

// A by-value copy captured by reference further in: the copy is shared, the original is not.
TEST(Captures, ByReferenceCaptureOfAByValueCopySharesTheCopy) {
  std::string text = "thread main { let a = 1; let f = func[a]() { go { let b = a; } }; }";
  Checked checked = checkText(text);
  ASSERT_THAT(checked.messages, IsEmpty());
  SymbolId a = findSymbol(checked.semantic.symbols, "a", SymbolKind::Local);
  EXPECT_FALSE(checked.semantic.symbols.at(a).capturedByReference);
  const Body& closure = bodyAt(checked, text, "func[a]");
  EXPECT_THAT(closure.captures, ElementsAre(byValue(a)));
  EXPECT_THAT(closure.sharedCopies, ElementsAre(a));
  const Body& block = bodyAt(checked, text, "{ let b");
  EXPECT_EQ(block.kind, BodyKind::GoBlock);
  EXPECT_EQ(block.parent, closure.id);
  EXPECT_THAT(block.captures, ElementsAre(byRef(a)));
}

// `func[a]` inside a closure reads `a` when it creates the inner closure: the outer closure
// captures it by reference.
TEST(Captures, AValueCaptureListIsAUseInTheCreator) {
  std::string text =
      "thread main { let a = 1; let f = func() { let g = func[a]() { let c = a; }; }; }";
  Checked checked = checkText(text);
  ASSERT_THAT(checked.messages, IsEmpty());
  SymbolId a = findSymbol(checked.semantic.symbols, "a", SymbolKind::Local);
  EXPECT_TRUE(checked.semantic.symbols.at(a).capturedByReference);
  EXPECT_THAT(bodyAt(checked, text, "func() { let g").captures, ElementsAre(byRef(a)));
  EXPECT_THAT(bodyAt(checked, text, "func[a]").captures, ElementsAre(byValue(a)));
}

TEST(Captures, GoBlocksCaptureAndHandlesCanBeCaptured) {
  std::string text =
      "func work() { }\n"
      "thread main { let n = 0; let t = go work(); go { n = 1; join t; } }";
  Checked checked = checkText(text);
  ASSERT_THAT(checked.messages, IsEmpty());
  const auto& symbols = checked.semantic.symbols;
  SymbolId n = findSymbol(symbols, "n", SymbolKind::Local);
  SymbolId t = findSymbol(symbols, "t", SymbolKind::GoHandle);
  EXPECT_TRUE(symbols.at(n).capturedByReference);
  EXPECT_TRUE(symbols.at(t).capturedByReference);
  const auto& thread = std::get<ast::ThreadDecl>(checked.file.items[1].node);
  const auto& go = std::get<ast::GoStmt>(thread.body.statements[2].node);
  EXPECT_THAT(go.captures, ElementsAre(byRef(n), byRef(t)));
  EXPECT_EQ(symbols.bodyAt(go.block->position).value_or(kNoBody),
            bodyAt(checked, text, "{ n = 1").id);
}

TEST(Captures, ParametersAndLocalsOfTheClosureItselfAreNotCaptures) {
  std::string text = "thread main { let f = func(p: int) { let q = p; let r = q; }; }";
  Checked checked = checkText(text);
  ASSERT_THAT(checked.messages, IsEmpty());
  EXPECT_THAT(bodyAt(checked, text, "func(p").captures, IsEmpty());
  SymbolId p = findSymbol(checked.semantic.symbols, "p", SymbolKind::Parameter);
  EXPECT_EQ(checked.semantic.symbols.at(p).owner, bodyAt(checked, text, "func(p").id);
}

}  // namespace
}  // namespace initcheck::testing
