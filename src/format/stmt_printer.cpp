// The statement printer: one statement per line inside a block, `} else {` on one line,
// `go { ... };` keeping its semicolon, labels as `@name stmt`.
#include "format/stmt_printer.hpp"
#include "parser/ast_names.hpp"

#include "format/expr_printer.hpp"
#include "format/nested_blocks.hpp"
#include "format/sequence.hpp"
#include "format/tokens.hpp"

namespace initcheck::format {

namespace {

Doc text(std::string value) {
  return Doc::text(std::move(value));
}

Doc keywordExpr(std::string keyword, const ast::Expr& expr, CommentPool& pool) {
  return text(std::move(keyword) + " ") + printExpr(expr, pool) + text(";");
}

Doc printIf(const ast::IfStmt& s, CommentPool& pool) {
  Doc doc = text("if ") + printExpr(s.condition, pool) + text(" ") + printBlock(s.thenBlock, pool);
  if (s.elseBranch)
    doc += text(" else ") + printStmt(**s.elseBranch, pool);
  return doc;
}

Doc printFor(const ast::ForStmt& s, CommentPool& pool) {
  Doc doc = text(s.shared ? "for shared " : "for ") + text(s.variable.name + " in ") +
            printExpr(s.low, pool);
  if (s.high)
    doc += text("..") + printExpr(*s.high, pool);
  return doc + text(" ") + printBlock(s.body, pool);
}

Doc printGo(const ast::GoStmt& s, CommentPool& pool) {
  Doc doc = text(s.handle ? "let " + s.handle->name + " = go " : "go ");
  if (s.block) {
    doc += printBlock(*s.block, pool);
    return s.blockHasSemicolon ? doc + text(";") : doc;
  }
  if (s.call)
    doc += printExpr(*s.call, pool);
  return doc + text(";");
}

struct StmtPrinter {
  CommentPool& pool;

  Doc operator()(const ast::LetStmt& s) const {
    std::string head = "let " + s.name.name;
    if (s.type)
      head += ": " + typeText(*s.type);
    return text(head + " = ") + printExpr(s.value, pool) + text(";");
  }
  Doc operator()(const ast::AssignStmt& s) const {
    Doc doc = text(s.target.name);
    if (s.index)
      doc += text("[") + printExpr(*s.index, pool) + text("]");
    return doc + text(" = ") + printExpr(s.value, pool) + text(";");
  }
  Doc operator()(const ast::IfStmt& s) const { return printIf(s, pool); }
  Doc operator()(const ast::WhileStmt& s) const {
    return text("while ") + printExpr(s.condition, pool) + text(" ") + printBlock(s.body, pool);
  }
  Doc operator()(const ast::ForStmt& s) const { return printFor(s, pool); }
  Doc operator()(const ast::GoStmt& s) const { return printGo(s, pool); }
  Doc operator()(const ast::JoinStmt& s) const { return text("join " + s.handle.name + ";"); }
  Doc operator()(const ast::ReturnStmt& s) const {
    return s.value ? keywordExpr("return", *s.value, pool) : text("return;");
  }
  Doc operator()(const ast::AssertStmt& s) const {
    Doc doc = text("assert ") + printExpr(s.condition, pool);
    if (s.message)
      doc += text(", " + ast::quotedStringLiteral(*s.message));
    return doc + text(";");
  }
  Doc operator()(const ast::AssumeStmt& s) const {
    return keywordExpr("assume", s.condition, pool);
  }
  Doc operator()(const ast::AwaitStmt& s) const { return keywordExpr("await", s.condition, pool); }
  Doc operator()(const ast::FenceStmt& s) const {
    return text("fence(" + std::string(ast::memoryOrderName(s.order)) + ");");
  }
  Doc operator()(const ast::BreakStmt&) const { return text("break;"); }
  Doc operator()(const ast::ContinueStmt&) const { return text("continue;"); }
  Doc operator()(const ast::ExprStmt& s) const { return printExpr(s.expr, pool) + text(";"); }
  Doc operator()(const ast::BlockStmt& s) const { return printBlock(s.block, pool); }
};

std::vector<SequenceElement> statementElements(const ast::Block& block, CommentPool& pool) {
  std::vector<SequenceElement> elements;
  for (const ast::Stmt& stmt : block.statements) {
    elements.push_back({stmt.position, stmt.end, nestedBlocks(stmt),
                        [&stmt, &pool] { return printStmt(stmt, pool); }});
  }
  return elements;
}

// Comments after `{` on its own line stay there: `if c { // why`.
Doc openBraceComments(const ast::Block& block, CommentPool& pool) {
  SourcePosition limit =
      block.statements.empty() ? block.closePosition : block.statements.front().position;
  Doc doc;
  for (const ast::Comment* comment : pool.takeTrailing({block.position, limit})) {
    doc += Doc::commentColumn(comment->position) + commentDoc(*comment);
  }
  return doc;
}

// True when the block's braces were on one source line.
bool writtenOnOneLine(const ast::Block& block) {
  return block.position.isKnown() && block.position.line == block.closePosition.line;
}

}  // namespace

Doc printBlock(const ast::Block& block, CommentPool& pool) {
  SourceRange range{pool.claimStart(block), blockRange(block).end};
  bool hasComments = pool.anyIn(range);
  if (block.statements.empty() && !hasComments)
    return text("{ }");
  // Claimed comments stand before the `{` in the source: they open the block, and a comment
  // after the `{` on its line can no longer stay there.
  std::vector<const ast::Comment*> claimed = pool.take({range.begin, block.position});
  Doc open = text("{") + (claimed.empty() ? openBraceComments(block, pool) : Doc());
  std::vector<SequenceElement> elements = statementElements(block, pool);
  Doc body = printSequence(pool, elements, {block.position, block.closePosition}, claimed);
  if (!body.empty())
    open += Doc::nest(Doc::line() + body);
  bool forceBreak = hasComments || !writtenOnOneLine(block);
  return Doc::group(open + Doc::line() + text("}"), forceBreak);
}

Doc printStmt(const ast::Stmt& stmt, CommentPool& pool) {
  Doc doc = stmt.label ? text("@" + stmt.label->name + " ") : Doc();
  return doc + std::visit(StmtPrinter{pool}, stmt.node);
}

}  // namespace initcheck::format
