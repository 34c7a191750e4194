// Helpers for the formatter tests.
#include "format_test_support.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "parser/parse.hpp"

namespace initcheck::testing {

std::string readText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::optional<ast::File> parseText(const std::string& text, const std::string& path) {
  ParseResult result = parseSource(SourceFile(path, text));
  if (!result.ok())
    return std::nullopt;
  return std::move(result.file);
}

std::string parseErrors(const std::string& text) {
  ParseResult result = parseSource(SourceFile("test.ic", text));
  std::string errors;
  for (const Diagnostic& diagnostic : result.diagnostics.all()) {
    if (diagnostic.severity != Severity::Error)
      continue;
    errors += std::to_string(diagnostic.position.line) + ":" +
              std::to_string(diagnostic.position.column) + ": " + diagnostic.message + "\n";
  }
  return errors;
}

std::vector<std::filesystem::path> specFilesUnder(const std::filesystem::path& root) {
  std::vector<std::filesystem::path> files;
  if (!std::filesystem::is_directory(root))
    return files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.is_regular_file() && entry.path().extension() == ".ic")
      files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string testNameFor(const std::filesystem::path& path, const std::filesystem::path& base) {
  std::string name = path.lexically_relative(base).replace_extension().generic_string();
  for (char& c : name) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!ok)
      c = '_';
  }
  return name;
}

namespace {

void strip(ast::Expr& expr);
void strip(ast::Block& block);
void strip(ast::Stmt& stmt);

void strip(std::vector<ast::Argument>& arguments) {
  for (ast::Argument& argument : arguments) {
    if (auto* expr = std::get_if<ast::Box<ast::Expr>>(&argument.value))
      strip(**expr);
  }
}

void strip(std::optional<ast::Expr>& expr) {
  if (expr)
    strip(*expr);
}

struct ExprStripper {
  void operator()(ast::ListLiteral& n) const {
    for (ast::Expr& e : n.elements)
      strip(e);
  }
  void operator()(ast::Unary& n) const { strip(*n.operand); }
  void operator()(ast::Binary& n) const {
    strip(*n.left);
    strip(*n.right);
  }
  void operator()(ast::Call& n) const {
    strip(*n.callee);
    strip(n.arguments);
  }
  void operator()(ast::MethodCall& n) const {
    strip(*n.receiver);
    strip(n.arguments);
  }
  void operator()(ast::Index& n) const {
    strip(*n.base);
    strip(*n.index);
  }
  void operator()(ast::Closure& n) const { strip(*n.body); }
  void operator()(ast::ChooseRange& n) const {
    strip(*n.low);
    strip(*n.high);
  }
  void operator()(ast::ChooseValues& n) const {
    for (ast::Expr& e : n.values)
      strip(e);
  }
  template <class Leaf>
  void operator()(Leaf&) const {}
};

void strip(ast::Expr& expr) {
  while (auto* parenthesized = std::get_if<ast::Parenthesized>(&expr.node)) {
    ast::Expr inner = std::move(*parenthesized->inner);
    expr = std::move(inner);
  }
  std::visit(ExprStripper{}, expr.node);
}

struct StmtStripper {
  void operator()(ast::LetStmt& s) const { strip(s.value); }
  void operator()(ast::AssignStmt& s) const {
    strip(s.index);
    strip(s.value);
  }
  void operator()(ast::IfStmt& s) const {
    strip(s.condition);
    strip(s.thenBlock);
    if (s.elseBranch)
      strip(**s.elseBranch);
  }
  void operator()(ast::WhileStmt& s) const {
    strip(s.condition);
    strip(s.body);
  }
  void operator()(ast::ForStmt& s) const {
    strip(s.low);
    strip(s.high);
    strip(s.body);
  }
  void operator()(ast::GoStmt& s) const {
    strip(s.call);
    if (s.block)
      strip(*s.block);
  }
  void operator()(ast::ReturnStmt& s) const { strip(s.value); }
  void operator()(ast::AssertStmt& s) const { strip(s.condition); }
  void operator()(ast::AssumeStmt& s) const { strip(s.condition); }
  void operator()(ast::AwaitStmt& s) const { strip(s.condition); }
  void operator()(ast::FenceStmt& s) const { s.orderPosition = {}; }
  void operator()(ast::BreakStmt&) const {}
  void operator()(ast::ContinueStmt&) const {}
  void operator()(ast::ExprStmt& s) const { strip(s.expr); }
  void operator()(ast::BlockStmt& s) const { strip(s.block); }
  void operator()(ast::JoinStmt&) const {}
};

void strip(ast::Stmt& stmt) {
  std::visit(StmtStripper{}, stmt.node);
}

void strip(ast::Block& block) {
  for (ast::Stmt& stmt : block.statements)
    strip(stmt);
}

struct ItemStripper {
  void operator()(ast::GlobalDecl& d) const {
    strip(d.arrayLength);
    strip(d.initializer);
  }
  void operator()(ast::ConstDecl& d) const { strip(d.value); }
  void operator()(ast::FuncDecl& d) const { strip(d.body); }
  void operator()(ast::ThreadDecl& d) const { strip(d.body); }
  void operator()(ast::CheckItem& c) const {
    if (auto* property = std::get_if<ast::FinalProperty>(&c.property)) {
      strip(property->condition);
    } else {
      strip(std::get<ast::NamedProperty>(c.property).arguments);
    }
  }
  void operator()(ast::ExpectItem&) const {}
  void operator()(ast::OptionItem&) const {}
};

}  // namespace

ast::File withoutParentheses(ast::File file) {
  for (ast::Item& item : file.items)
    std::visit(ItemStripper{}, item.node);
  return file;
}

}  // namespace initcheck::testing
