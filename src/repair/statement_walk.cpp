// The walk over every statement (see statement_walk.hpp).
#include "repair/statement_walk.hpp"

#include <type_traits>

namespace initcheck {

namespace {

class StatementWalker {
 public:
  explicit StatementWalker(const std::function<void(const StatementPlace&)>& visit)
      : visit_(visit) {}

  void block(const ast::Block& block, const ast::Stmt* owner) {
    for (const ast::Stmt& statement : block.statements) {
      visit_(StatementPlace{statement, block, owner});
      nested(statement);
    }
  }

 private:
  void nested(const ast::Stmt& statement) {
    std::visit(
        [&](const auto& node) {
          using Node = std::decay_t<decltype(node)>;
          if constexpr (std::is_same_v<Node, ast::IfStmt>) {
            expression(node.condition);
            block(node.thenBlock, &statement);
            if (node.elseBranch)
              elseBranch(**node.elseBranch, statement);
          } else if constexpr (std::is_same_v<Node, ast::WhileStmt>) {
            expression(node.condition);
            block(node.body, &statement);
          } else if constexpr (std::is_same_v<Node, ast::ForStmt>) {
            block(node.body, &statement);
          } else if constexpr (std::is_same_v<Node, ast::GoStmt>) {
            if (node.call)
              expression(*node.call);
            if (node.block)
              block(*node.block, &statement);
          } else if constexpr (std::is_same_v<Node, ast::BlockStmt>) {
            block(node.block, &statement);
          } else if constexpr (std::is_same_v<Node, ast::LetStmt> ||
                               std::is_same_v<Node, ast::AssignStmt>) {
            expression(node.value);
          } else if constexpr (std::is_same_v<Node, ast::ExprStmt>) {
            expression(node.expr);
          } else if constexpr (std::is_same_v<Node, ast::ReturnStmt>) {
            if (node.value)
              expression(*node.value);
          }
        },
        statement.node);
  }

  // An `else { }` block belongs to the `if`; an `else if` is visited as a statement of its own.
  void elseBranch(const ast::Stmt& branch, const ast::Stmt& ifStatement) {
    if (const auto* elseBlock = std::get_if<ast::BlockStmt>(&branch.node)) {
      block(elseBlock->block, &ifStatement);
      return;
    }
    nested(branch);
  }

  // The closures an expression holds: their bodies are statements too.
  void expression(const ast::Expr& expr) {
    std::visit(
        [&](const auto& node) {
          using Node = std::decay_t<decltype(node)>;
          if constexpr (std::is_same_v<Node, ast::Closure>) {
            block(*node.body, nullptr);
          } else if constexpr (std::is_same_v<Node, ast::Call>) {
            expression(*node.callee);
            arguments(node.arguments);
          } else if constexpr (std::is_same_v<Node, ast::MethodCall>) {
            expression(*node.receiver);
            arguments(node.arguments);
          } else if constexpr (std::is_same_v<Node, ast::Parenthesized>) {
            expression(*node.inner);
          }
        },
        expr.node);
  }

  void arguments(const std::vector<ast::Argument>& arguments) {
    for (const ast::Argument& argument : arguments) {
      if (const auto* value = std::get_if<ast::Box<ast::Expr>>(&argument.value))
        expression(**value);
    }
  }

  const std::function<void(const StatementPlace&)>& visit_;
};

}  // namespace

void forEachStatement(const ast::File& file,
                      const std::function<void(const StatementPlace& place)>& visit) {
  StatementWalker walker(visit);
  for (const ast::Item& item : file.items) {
    if (const auto* function = std::get_if<ast::FuncDecl>(&item.node))
      walker.block(function->body, nullptr);
    else if (const auto* thread = std::get_if<ast::ThreadDecl>(&item.node))
      walker.block(thread->body, nullptr);
  }
}

void forEachStatementIn(const ast::Block& block,
                        const std::function<void(const StatementPlace& place)>& visit) {
  StatementWalker(visit).block(block, nullptr);
}

}  // namespace initcheck
