// Collects the blocks nested one level inside a statement or item, for comment placement.
#include "format/nested_blocks.hpp"

#include <algorithm>

namespace initcheck::format {

namespace {

using Blocks = std::vector<const ast::Block*>;

void collect(const ast::Expr& expr, Blocks& out);
void collect(const ast::Stmt& stmt, Blocks& out);

void collect(const ast::Block& block, Blocks& out) {
  out.push_back(&block);
}

void collect(const std::vector<ast::Argument>& arguments, Blocks& out) {
  for (const ast::Argument& argument : arguments) {
    if (const auto* expr = std::get_if<ast::Box<ast::Expr>>(&argument.value))
      collect(**expr, out);
  }
}

void collect(const std::vector<ast::Expr>& exprs, Blocks& out) {
  for (const ast::Expr& expr : exprs)
    collect(expr, out);
}

struct ExprCollector {
  Blocks& out;
  void operator()(const ast::ListLiteral& n) const { collect(n.elements, out); }
  void operator()(const ast::Unary& n) const { collect(*n.operand, out); }
  void operator()(const ast::Binary& n) const {
    collect(*n.left, out);
    collect(*n.right, out);
  }
  void operator()(const ast::Call& n) const {
    collect(*n.callee, out);
    collect(n.arguments, out);
  }
  void operator()(const ast::MethodCall& n) const {
    collect(*n.receiver, out);
    collect(n.arguments, out);
  }
  void operator()(const ast::Index& n) const {
    collect(*n.base, out);
    collect(*n.index, out);
  }
  void operator()(const ast::Closure& n) const { collect(*n.body, out); }
  void operator()(const ast::ChooseRange& n) const {
    collect(*n.low, out);
    collect(*n.high, out);
  }
  void operator()(const ast::ChooseValues& n) const { collect(n.values, out); }
  void operator()(const ast::Parenthesized& n) const { collect(*n.inner, out); }
  template <class Leaf>
  void operator()(const Leaf&) const {}
};

void collect(const ast::Expr& expr, Blocks& out) {
  std::visit(ExprCollector{out}, expr.node);
}

void collect(const std::optional<ast::Expr>& expr, Blocks& out) {
  if (expr)
    collect(*expr, out);
}

struct StmtCollector {
  Blocks& out;
  void operator()(const ast::LetStmt& s) const { collect(s.value, out); }
  void operator()(const ast::AssignStmt& s) const {
    collect(s.index, out);
    collect(s.value, out);
  }
  void operator()(const ast::IfStmt& s) const {
    collect(s.condition, out);
    collect(s.thenBlock, out);
    if (s.elseBranch)
      collect(**s.elseBranch, out);
  }
  void operator()(const ast::WhileStmt& s) const {
    collect(s.condition, out);
    collect(s.body, out);
  }
  void operator()(const ast::ForStmt& s) const {
    collect(s.low, out);
    collect(s.high, out);
    collect(s.body, out);
  }
  void operator()(const ast::GoStmt& s) const {
    collect(s.call, out);
    if (s.block)
      collect(*s.block, out);
  }
  void operator()(const ast::ReturnStmt& s) const { collect(s.value, out); }
  void operator()(const ast::AssertStmt& s) const { collect(s.condition, out); }
  void operator()(const ast::AssumeStmt& s) const { collect(s.condition, out); }
  void operator()(const ast::AwaitStmt& s) const { collect(s.condition, out); }
  void operator()(const ast::ExprStmt& s) const { collect(s.expr, out); }
  void operator()(const ast::BlockStmt& s) const { collect(s.block, out); }
  void operator()(const ast::JoinStmt&) const {}
  void operator()(const ast::FenceStmt&) const {}
  void operator()(const ast::BreakStmt&) const {}
  void operator()(const ast::ContinueStmt&) const {}
};

void collect(const ast::Stmt& stmt, Blocks& out) {
  std::visit(StmtCollector{out}, stmt.node);
}

struct ItemCollector {
  Blocks& out;
  void operator()(const ast::GlobalDecl& d) const {
    collect(d.arrayLength, out);
    collect(d.initializer, out);
  }
  void operator()(const ast::ConstDecl& d) const { collect(d.value, out); }
  void operator()(const ast::FuncDecl& d) const { collect(d.body, out); }
  void operator()(const ast::ThreadDecl& d) const { collect(d.body, out); }
  void operator()(const ast::CheckItem& c) const {
    if (const auto* property = std::get_if<ast::FinalProperty>(&c.property)) {
      collect(property->condition, out);
    } else {
      collect(std::get<ast::NamedProperty>(c.property).arguments, out);
    }
  }
  void operator()(const ast::ExpectItem&) const {}
  void operator()(const ast::OptionItem&) const {}
};

Blocks inSourceOrder(Blocks blocks) {
  std::stable_sort(blocks.begin(), blocks.end(), [](const ast::Block* a, const ast::Block* b) {
    return a->position < b->position;
  });
  return blocks;
}

}  // namespace

SourceRange blockRange(const ast::Block& block) {
  SourcePosition end = block.closePosition;
  if (end.isKnown())
    ++end.column;
  return {block.position, end};
}

std::vector<const ast::Block*> nestedBlocks(const ast::Stmt& stmt) {
  Blocks out;
  collect(stmt, out);
  return inSourceOrder(std::move(out));
}

std::vector<const ast::Block*> nestedBlocks(const ast::Item& item) {
  Blocks out;
  std::visit(ItemCollector{out}, item.node);
  return inSourceOrder(std::move(out));
}

}  // namespace initcheck::format
