// The semantic checker's internals (not a public header): one class whose member functions are
// split by concept over several files, as clang splits its Sema:
//   checker.cpp             driver, diagnostics helpers, declaring symbols and bodies
//   name_resolution.cpp     looking names up, unknown-name messages with did-you-mean
//   capture_analysis.cpp    which closures and go blocks capture which variables, and how
//   declarations.cpp        globals, functions, threads, parameters, missing returns
//   statements.cpp          statements and labels
//   expressions.cpp         operators, literals, names, indexing, choose; where each is allowed
//   calls.cpp               calls of functions, builtins, closures and func values
//   methods.cpp             methods of objects and atomics, memory orders
//   closures.cpp            closures and `go { ... }` blocks as bodies of their own
//   directive_checks.cpp    `check`, `expect`, `option`
// Every check reports and carries on; a subexpression whose type is unknown because of an
// earlier error has type Error, which no later check complains about.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "parser/ast.hpp"
#include "sema/directives.hpp"
#include "sema/method_signatures.hpp"
#include "sema/scope.hpp"
#include "sema/symbol_table.hpp"
#include "support/diagnostic.hpp"

namespace initcheck {

// " (did you mean 'x'?)" when some candidate is close to `name`, else "".
std::string didYouMean(std::string_view name, const std::vector<std::string>& candidates);
// The largest `[N]` of an array of cells.
constexpr std::int64_t kMaxArrayLength = 4096;
// The type of a constant's value.
ValueType constantType(const ConstantValue& value);
// "no arguments", "1 argument", "2 arguments".
std::string argumentCount(std::size_t count);
// The expression inside any parentheses.
ast::Expr& unparenthesized(ast::Expr& expr);
const ast::Expr& unparenthesized(const ast::Expr& expr);

class Checker {
 public:
  Checker(SymbolTable& symbols, SpecDirectives& directives, DiagnosticList& diagnostics);
  void checkFile(ast::File& file);

 private:
  // Where an expression stands; global initializers and `final` allow only part of the language.
  enum class ExprMode { Code, GlobalInitializer, FinalCondition, AwaitCondition };

  // checker.cpp
  void error(SourcePosition position, std::string message);
  void errorWithNote(SourcePosition position, std::string message, SourcePosition notePosition,
                     std::string note);
  std::size_t diagnosticCount() const { return diagnostics_.all().size(); }
  void declareBuiltins();
  SymbolId declare(Symbol symbol);
  SymbolId declareLocal(const ast::Identifier& name, SymbolKind kind, ValueType type);
  BodyId enterBody(Body body);
  void leaveBody(BodyId previous) {
    currentBody_ = previous;
    loopDepth_ = savedLoopDepths_.back();
    savedLoopDepths_.pop_back();
  }
  std::string describeBody(BodyId body) const;

  // name_resolution.cpp
  SymbolId resolve(const std::string& name, SourcePosition position);
  SymbolId resolve(ast::NameRef& ref, SourcePosition position);
  SymbolKind lookupKind(const ast::Expr& expr) const;
  std::string describeSymbol(const Symbol& symbol) const;

  // capture_analysis.cpp
  void recordUse(SymbolId symbol);
  void addCapture(BodyId body, SymbolId symbol, bool byValue);
  bool isValueCapturedOnPath(SymbolId symbol) const;
  std::vector<SymbolId> resolveValueCaptures(const std::vector<ast::Identifier>& names);

  // declarations.cpp
  void declareTopLevel(ast::Item& item);
  void declareGlobal(ast::GlobalDecl& global);
  ValueType declaredGlobalType(ast::GlobalDecl& global);
  void declareFunction(ast::FuncDecl& function);
  void declareThread(ast::ThreadDecl& thread);
  void checkTopLevel(ast::Item& item);
  void checkGlobalInitializer(ast::GlobalDecl& global);
  void checkFunction(ast::FuncDecl& function);
  void checkThread(ast::ThreadDecl& thread);
  void declareParameters(std::vector<ast::Parameter>& parameters);
  void checkFallOff(const ast::Block& body, BodyId id);

  // constants.cpp
  void declareConstant(ast::ConstDecl& constant);
  std::optional<ConstantValue> evaluateConstant(ast::Expr& expr);
  std::optional<ConstantValue> foldUnary(const ast::Unary& unary, const ConstantValue& operand,
                                         SourcePosition position);
  std::optional<ConstantValue> foldBinary(const ast::Binary& binary, const ConstantValue& left,
                                          const ConstantValue& right, SourcePosition position);
  std::int64_t arrayLengthOf(ast::Expr& length);

  // arrays.cpp
  const Symbol* arrayNamed(ast::Expr& expr);
  ValueType checkArrayCell(ast::Index& index, const Symbol& array);
  void checkArrayInitializer(ast::GlobalDecl& global, const ValueType& type);

  // statements.cpp
  void checkBlock(ast::Block& block);
  void checkStatements(ast::Block& block);
  void checkStmt(ast::Stmt& stmt);
  void declareLabel(const ast::Identifier& label, SourcePosition statement);
  void checkCondition(ast::Expr& condition);
  void checkStmtNode(ast::LetStmt& let, SourcePosition position);
  void checkStmtNode(ast::AssignStmt& assign, SourcePosition position);
  void checkStmtNode(ast::IfStmt& stmt, SourcePosition position);
  void checkStmtNode(ast::WhileStmt& stmt, SourcePosition position);
  void checkStmtNode(ast::ForStmt& stmt, SourcePosition position);
  void checkStmtNode(ast::GoStmt& stmt, SourcePosition position);
  void checkStmtNode(ast::JoinStmt& stmt, SourcePosition position);
  void checkStmtNode(ast::ReturnStmt& stmt, SourcePosition position);
  void checkStmtNode(ast::AssertStmt& stmt, SourcePosition position);
  void checkStmtNode(ast::AssumeStmt& stmt, SourcePosition position);
  void checkStmtNode(ast::AwaitStmt& stmt, SourcePosition position);
  void checkStmtNode(ast::FenceStmt& stmt, SourcePosition position);
  void checkStmtNode(ast::BreakStmt& stmt, SourcePosition position);
  void checkStmtNode(ast::ContinueStmt& stmt, SourcePosition position);
  void checkStmtNode(ast::ExprStmt& stmt, SourcePosition position);
  void checkStmtNode(ast::BlockStmt& stmt, SourcePosition position);
  ValueType assignmentTarget(ast::AssignStmt& assign);
  ValueType forLoopVariableType(ast::ForStmt& stmt);
  void checkGoCall(ast::Expr& call);

  // expressions.cpp
  ValueType checkExpr(ast::Expr& expr);
  ValueType checkValue(ast::Expr& expr);
  void expectValue(ast::Expr& expr, const ValueType& expected, const std::string& what);
  void requireKind(SourcePosition position, const ValueType& actual, ValueKind wanted,
                   const std::string& what);
  bool allowedInMode(const ast::Expr& expr);
  bool isFinalLoad(const ast::Expr& expr) const;
  bool allowedInAwait(const ast::Expr& expr);
  ValueType nameValue(const ast::NameRef& ref, SourcePosition position);
  bool globalUsableInInitializer(const Symbol& symbol, SourcePosition position);
  void checkEquality(ast::Binary& binary, const ValueType& left, const ValueType& right);
  ValueType checkExprNode(ast::IntLiteral&, SourcePosition) {
    return ValueType::of(ValueKind::Int);
  }
  ValueType checkExprNode(ast::BoolLiteral&, SourcePosition) {
    return ValueType::of(ValueKind::Bool);
  }
  ValueType checkExprNode(ast::StringLiteral&, SourcePosition) {
    return ValueType::of(ValueKind::String);
  }
  ValueType checkExprNode(ast::NameRef& ref, SourcePosition position);
  ValueType checkExprNode(ast::ListLiteral& list, SourcePosition position);
  ValueType checkExprNode(ast::Unary& unary, SourcePosition position);
  ValueType checkExprNode(ast::Binary& binary, SourcePosition position);
  ValueType checkExprNode(ast::Call& call, SourcePosition position);
  ValueType checkExprNode(ast::MethodCall& call, SourcePosition position);
  ValueType checkExprNode(ast::Index& index, SourcePosition position);
  ValueType checkExprNode(ast::Closure& closure, SourcePosition position);
  ValueType checkExprNode(ast::NewObject& object, SourcePosition position);
  ValueType checkExprNode(ast::ChooseRange& choose, SourcePosition position);
  ValueType checkExprNode(ast::ChooseValues& choose, SourcePosition position);
  ValueType checkExprNode(ast::Parenthesized& paren, SourcePosition position);

  // calls.cpp
  ValueType checkNamedCall(ast::Call& call, ast::NameRef& callee, SourcePosition position);
  ValueType checkValueCall(ast::Call& call, ast::Expr& callee);
  void checkArguments(std::vector<ast::Argument>& arguments, const Signature& signature,
                      const std::string& callee, SourcePosition calleePosition);
  void checkUntypedArguments(std::vector<ast::Argument>& arguments, bool reportOrders);
  void reportArity(const std::vector<ast::Argument>& arguments, std::size_t expected,
                   const std::string& callee, SourcePosition calleePosition,
                   const std::string& extra = "");
  void reportMisplacedOrder(const ast::Argument& argument);

  // methods.cpp
  ValueType checkReceiver(ast::Expr& receiver);
  void reportUnknownMethod(const ValueType& receiver, const ast::Identifier& method);
  void checkMethodArguments(ast::MethodCall& call, const MethodSignature& method,
                            const ValueType& receiver);
  void checkOrderArgument(const std::vector<ast::Argument>& arguments, std::size_t i,
                          std::size_t firstOrder, const MethodSignature& method);
  void checkMethodArgument(ast::Expr& argument, ArgumentRule rule, const ValueType& receiver,
                           const std::string& what);
  void checkParameterlessFunc(ast::Expr& argument, const std::string& what);

  // closures.cpp
  void checkGoBlock(ast::GoStmt& stmt, ast::Block& block);

  // directive_checks.cpp
  void checkDirectives(ast::File& file);
  void checkCheckItem(ast::CheckItem& item, SourcePosition position);
  void checkFinal(ast::FinalProperty& property, SourcePosition position);
  void checkNamedProperty(ast::NamedProperty& property, SourcePosition position);
  bool checkPropertyArity(const ast::NamedProperty& property, std::size_t expected);
  ast::Expr* propertyArgument(ast::Argument& argument);
  ast::Expr* soleArgument(ast::NamedProperty& property);
  void checkInitFuncProperty(ast::NamedProperty& property, PropertyCheck check);
  SymbolId resolveInitFunc(ast::Expr& argument, std::string_view property);
  bool checkLiteralArguments(ast::Call& call, const Symbol& function, PropertyCheck& check);
  void checkHappensBefore(ast::NamedProperty& property, PropertyCheck check);
  SymbolId resolveLabel(ast::Expr& argument);
  void checkInitBeforeUse(ast::NamedProperty& property, PropertyCheck check);
  void checkExpect(const ast::ExpectItem& item);
  void checkOption(const ast::OptionItem& item);
  void checkMemoryModelOption(const ast::OptionItem& item);

  SymbolTable& symbols_;
  SpecDirectives& directives_;
  DiagnosticList& diagnostics_;
  ScopeStack scopes_;
  BodyId currentBody_ = kNoBody;
  ExprMode mode_ = ExprMode::Code;
  int loopDepth_ = 0;                 // loops around the statement being checked, within its body
  std::vector<int> savedLoopDepths_;  // of the bodies around the current one
  SymbolId currentGlobal_ = kUnresolved;  // the global whose initializer is being checked
  std::map<std::string, SourcePosition> expectSeen_;
  std::map<std::string, SourcePosition> optionSeen_;
};

}  // namespace initcheck
