// Statements: scopes of blocks and loops, `let`, assignment, conditions, `for`, `go`, `join`,
// `return`, expression statements, and labels.
#include "sema/checker.hpp"

namespace initcheck {

void Checker::checkBlock(ast::Block& block) {
  ScopeGuard scope(scopes_);
  checkStatements(block);
}

void Checker::checkStatements(ast::Block& block) {
  for (auto& stmt : block.statements)
    checkStmt(stmt);
}

void Checker::checkStmt(ast::Stmt& stmt) {
  if (stmt.label)
    declareLabel(*stmt.label, stmt.position);
  std::visit([&](auto& node) { checkStmtNode(node, stmt.position); }, stmt.node);
}

// Labels live in a namespace of their own. One name may label several statements (every
// execution of any of them counts for happens_before), so a repeated label is not an error.
void Checker::declareLabel(const ast::Identifier& label, SourcePosition statement) {
  SymbolId id = symbols_.findLabel(label.name);
  if (id == kUnresolved) {
    Symbol symbol;
    symbol.name = label.name;
    symbol.kind = SymbolKind::Label;
    symbol.position = label.position;
    symbol.owner = currentBody_;
    id = symbols_.add(std::move(symbol));
  }
  symbols_.at(id).labelledStatements.push_back(statement);
}

void Checker::checkCondition(ast::Expr& condition) {
  expectValue(condition, ValueType::of(ValueKind::Bool), "condition");
}

// The variable is declared after its value is checked: `let x = x + 1;` reads an outer x.
void Checker::checkStmtNode(ast::LetStmt& let, SourcePosition) {
  ValueType type = checkValue(let.value);
  if (let.type) {
    ValueType declared = typeFromAst(*let.type);
    if (!isAssignable(declared, type)) {
      error(let.value.position, "initial value of '" + let.name.name + "' must be " +
                                    typeName(declared) + ", got " + typeName(type));
    }
    type = declared;
  }
  let.symbol = declareLocal(let.name, SymbolKind::Local, type);
}

void Checker::checkStmtNode(ast::AssignStmt& assign, SourcePosition) {
  ValueType target = assignmentTarget(assign);
  if (assign.index && target.isArray()) {
    expectValue(*assign.index, ValueType::of(ValueKind::Int),
                "index of array '" + assign.target.name + "'");
    target = target.element();
    if (target.atomic || target.isObject()) {
      error(assign.target.position,
            target.atomic ? "cannot assign to an atomic cell of '" + assign.target.name +
                                "' directly; use '" + assign.target.name + "[i].store(...)'"
                          : "cannot assign to a cell of '" + assign.target.name +
                                "': " + typeName(target) + " values cannot be assigned");
      target = ValueType::of(ValueKind::Error);
    }
  } else if (assign.index) {
    requireKind(assign.target.position, target, ValueKind::List,
                "indexed variable '" + assign.target.name + "'");
    expectValue(*assign.index, ValueType::of(ValueKind::Int), "list index");
    target = ValueType::of(ValueKind::Unknown);  // list elements are untyped
  }
  ValueType value = checkValue(assign.value);
  if (!isAssignable(target, value)) {
    error(assign.value.position, "value assigned to '" + assign.target.name + "' must be " +
                                     typeName(target) + ", got " + typeName(value));
  }
}

// The type a plain assignment may store in the target, or Error (reported) when the target
// cannot be assigned: not a variable, atomic, an object, or a by-value capture.
ValueType Checker::assignmentTarget(ast::AssignStmt& assign) {
  const auto& name = assign.target;
  assign.symbol = resolve(name.name, name.position);
  if (assign.symbol == kUnresolved)
    return ValueType::of(ValueKind::Error);
  const Symbol& symbol = symbols_.at(assign.symbol);
  std::string problem;
  if (!symbol.isVariable()) {
    problem = "cannot assign to " + describeSymbol(symbol);
  } else if (symbol.type.isArray()) {
    if (!assign.index)
      problem = "cannot assign to array '" + name.name + "' as a whole; assign one cell ('" +
                name.name + "[i] = ...')";
  } else if (symbol.type.atomic) {
    problem = "cannot assign to atomic variable '" + name.name + "' directly; use '" + name.name +
              ".store(...)'";
  } else if (symbol.type.isObject() && !assign.index) {
    problem = "cannot assign to '" + name.name + "': " + typeName(symbol.type) +
              " values cannot be assigned";
  } else if (mode_ == ExprMode::Code && isValueCapturedOnPath(assign.symbol)) {
    problem = "cannot assign to '" + name.name + "': the closure captured it by value";
  }
  if (problem.empty())
    return symbol.type;
  error(name.position, problem);
  return ValueType::of(ValueKind::Error);
}

void Checker::checkStmtNode(ast::IfStmt& stmt, SourcePosition) {
  checkCondition(stmt.condition);
  checkBlock(stmt.thenBlock);
  if (stmt.elseBranch)
    checkStmt(**stmt.elseBranch);
}

void Checker::checkStmtNode(ast::WhileStmt& stmt, SourcePosition) {
  checkCondition(stmt.condition);
  ++loopDepth_;
  checkBlock(stmt.body);
  --loopDepth_;
}

// `break;` and `continue;` act on the innermost `while` or `for` of the same body.
void Checker::checkStmtNode(ast::BreakStmt&, SourcePosition position) {
  if (loopDepth_ == 0)
    error(position, "'break' is only allowed inside a 'while' or 'for' loop");
}

void Checker::checkStmtNode(ast::ContinueStmt&, SourcePosition position) {
  if (loopDepth_ == 0)
    error(position, "'continue' is only allowed inside a 'while' or 'for' loop");
}

// The loop variable lives in a scope around the body (which has its own), so the body may
// shadow it. It is one symbol; `shared` says whether it is one location for the whole loop or
// a fresh one per iteration.
void Checker::checkStmtNode(ast::ForStmt& stmt, SourcePosition) {
  ValueType type = forLoopVariableType(stmt);
  ScopeGuard scope(scopes_);
  stmt.symbol = declareLocal(stmt.variable, SymbolKind::LoopVariable, type);
  symbols_.at(stmt.symbol).sharedLoopVariable = stmt.shared;
  ++loopDepth_;
  checkBlock(stmt.body);
  --loopDepth_;
}

ValueType Checker::forLoopVariableType(ast::ForStmt& stmt) {
  auto intType = ValueType::of(ValueKind::Int);
  if (stmt.high) {
    expectValue(stmt.low, intType, "lower bound of the range");
    expectValue(*stmt.high, intType, "upper bound of the range");
    return intType;
  }
  ValueType iterated = checkValue(stmt.low);
  if (!iterated.isUnknown() && !iterated.is(ValueKind::List)) {
    error(stmt.low.position,
          "'for' iterates over a list or a range 'lo..hi', got " + typeName(iterated));
  }
  return ValueType::of(ValueKind::Unknown);  // list elements are untyped
}

// The handle is declared after the call is checked, like a `let`.
void Checker::checkStmtNode(ast::GoStmt& stmt, SourcePosition) {
  if (stmt.block)
    checkGoBlock(stmt, *stmt.block);
  if (stmt.call)
    checkGoCall(*stmt.call);
  if (stmt.handle) {
    stmt.handleSymbol =
        declareLocal(*stmt.handle, SymbolKind::GoHandle, ValueType::of(ValueKind::Handle));
  }
}

// `go f(args)`, `go closure(args)`, `go value(args)`, and (the grammar's `call` allows it)
// `go obj.method(args)`. A builtin computes a value and has nothing to run in a thread.
void Checker::checkGoCall(ast::Expr& expr) {
  ast::Expr& call = unparenthesized(expr);
  if (auto* plain = std::get_if<ast::Call>(&call.node)) {
    ast::Expr& callee = unparenthesized(*plain->callee);
    if (lookupKind(callee) == SymbolKind::Builtin) {
      error(callee.position, "'go' cannot run builtin '" +
                                 std::get<ast::NameRef>(callee.node).name + "' in a thread");
    }
  } else if (!std::holds_alternative<ast::MethodCall>(call.node)) {
    error(call.position, "'go' needs a function call");
  }
  checkExpr(call);
}

void Checker::checkStmtNode(ast::JoinStmt& stmt, SourcePosition) {
  stmt.symbol = resolve(stmt.handle.name, stmt.handle.position);
  if (stmt.symbol == kUnresolved)
    return;
  if (symbols_.at(stmt.symbol).kind != SymbolKind::GoHandle) {
    error(stmt.handle.position, "'join' needs a thread handle from 'let t = go ...', but '" +
                                    stmt.handle.name + "' is a " +
                                    std::string(symbolKindName(symbols_.at(stmt.symbol).kind)));
  }
}

void Checker::checkStmtNode(ast::ReturnStmt& stmt, SourcePosition position) {
  ValueType result = symbols_.body(currentBody_).result;
  std::string body = describeBody(currentBody_);
  if (!stmt.value) {
    if (!result.is(ValueKind::Void)) {
      error(position, "'return' needs a value: " + body + " returns " + typeName(result));
    }
    return;
  }
  if (result.is(ValueKind::Void)) {
    error(stmt.value->position, "cannot return a value from " + body + ", which has no result");
    checkValue(*stmt.value);
    return;
  }
  expectValue(*stmt.value, result, "return value of " + body);
}

void Checker::checkStmtNode(ast::AssertStmt& stmt, SourcePosition) {
  checkCondition(stmt.condition);
}

void Checker::checkStmtNode(ast::AssumeStmt& stmt, SourcePosition) {
  checkCondition(stmt.condition);
}

// An await condition is evaluated atomically, again and again until it holds: it may read
// variables and atomics (`load`) and use operators and builtins, but nothing that blocks,
// writes or chooses (a call, a sync operation, `choose`).
void Checker::checkStmtNode(ast::AwaitStmt& stmt, SourcePosition) {
  ExprMode saved = mode_;
  mode_ = ExprMode::AwaitCondition;
  checkCondition(stmt.condition);
  mode_ = saved;
}

// `fence(ORDER)`: any order but relaxed, which would order nothing (C11 makes it a no-op).
void Checker::checkStmtNode(ast::FenceStmt& stmt, SourcePosition) {
  if (stmt.order == ast::MemoryOrder::Relaxed)
    error(stmt.orderPosition,
          "'fence(relaxed)' orders nothing: a fence takes acquire, release, acq_rel or seq_cst");
}

// Only calls and method calls may stand as statements; their result, if any, is dropped.
void Checker::checkStmtNode(ast::ExprStmt& stmt, SourcePosition) {
  const ast::Expr& inner = unparenthesized(stmt.expr);
  bool isCall = std::holds_alternative<ast::Call>(inner.node) ||
                std::holds_alternative<ast::MethodCall>(inner.node);
  checkExpr(stmt.expr);
  if (!isCall) {
    error(stmt.expr.position, "expression result unused");
  }
}

void Checker::checkStmtNode(ast::BlockStmt& stmt, SourcePosition) {
  checkBlock(stmt.block);
}

}  // namespace initcheck
