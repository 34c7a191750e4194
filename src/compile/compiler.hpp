// Compiles the bodies of a checked spec into bytecode (see program.hpp).
#pragma once

#include <map>
#include <optional>
#include <vector>

#include "compile/program.hpp"

namespace initcheck {

// Compiles one body; nested closures and go blocks are compiled into the program as found.
class BodyCompiler {
 public:
  BodyCompiler(CompiledProgram& program, const SymbolTable& symbols, BodyId body,
               CompiledBody& out);
  void compileBlock(const ast::Block& block);
  void compileStatement(const ast::Stmt& stmt);
  void compileExpr(const ast::Expr& expr);
  void finishBody(SourcePosition end);  // `return;` at the closing brace
  void emit(Op op, SourcePosition position, std::int64_t a = 0, std::int64_t b = 0,
            std::int64_t c = 0);
  void bindParameters(const std::vector<ast::Parameter>& parameters);
  void bindCaptures();

 private:
  enum class Access { Global, Private, Shared };
  Access accessOf(SymbolId symbol) const;
  std::size_t slotOf(SymbolId symbol);
  std::size_t hiddenSlot();
  std::size_t here() const { return out_.code.size(); }
  void patch(std::size_t at) { out_.code[at].a = static_cast<std::int64_t>(here()); }

  void emitLoad(SymbolId symbol, SourcePosition position);
  void emitStore(SymbolId symbol, SourcePosition position);
  void emitDeclare(SymbolId symbol, SourcePosition position);  // store into a new variable

  void compileLet(const ast::LetStmt& let, SourcePosition position);
  void compileAssign(const ast::AssignStmt& assign, SourcePosition position);
  void compileIf(const ast::IfStmt& stmt, SourcePosition position);
  void compileWhile(const ast::WhileStmt& stmt, SourcePosition position);
  void compileFor(const ast::ForStmt& stmt, SourcePosition position);
  void compileForStart(const ast::ForStmt& stmt, SourcePosition position, std::int64_t index,
                       std::int64_t limit);
  void compileForBinding(const ast::ForStmt& stmt, SourcePosition position);
  void compileGo(const ast::GoStmt& stmt, SourcePosition position);
  void compileNode(const ast::StmtNode& node, SourcePosition position);

  void compileName(const ast::NameRef& name, SourcePosition position);
  void compileBinary(const ast::Binary& binary, SourcePosition position);
  void compileCall(const ast::Call& call, SourcePosition position);
  void compileMethod(const ast::MethodCall& call, SourcePosition position);
  void compileClosure(BodyId body, const ast::Block& block,
                      const std::vector<ast::Parameter>& parameters, SourcePosition position);
  void compileArguments(const std::vector<ast::Argument>& arguments);

  // Arrays of cells (compile_cells.cpp) and constants.
  const Symbol* arrayNamed(const ast::Expr& expr) const;
  void compileCellIndex(const ast::Index& index, const Symbol& array);
  void compileIndex(const ast::Index& index, SourcePosition position);
  void compileCellAssign(const ast::AssignStmt& assign, const Symbol& array,
                         SourcePosition position);
  void compileConstant(const ConstantValue& value, SourcePosition position);
  void compileAtomic(const ast::MethodCall& call, const Symbol& variable, const ast::Index* cell,
                     SourcePosition position);

  // The names of constants in traces (constant_names.cpp).
  const Symbol* globalNamed(const ast::Expr& expr) const;
  const Symbol* globalValuedBy(const ast::Expr& expr) const;
  void noteConstantName(const Symbol* global, const ast::Expr& value);
  void noteConstantNames(const ast::Binary& binary);
  void noteConstantNames(const ast::MethodCall& call);

  // Loops, for `break` and `continue`: where they jump, once known.
  struct LoopTargets {
    std::vector<std::size_t> breaks;     // jumps to the loop's end
    std::vector<std::size_t> continues;  // jumps to its next iteration
  };
  void compileLoopExit(bool isBreak, SourcePosition position);
  void patchAll(const std::vector<std::size_t>& jumps, std::size_t target);

  CompiledProgram& program_;
  const SymbolTable& symbols_;
  std::vector<LoopTargets> loops_;
  BodyId body_;
  CompiledBody& out_;
  std::map<SymbolId, std::size_t> slots_;
  std::string objectNameHint_;
};

}  // namespace initcheck
