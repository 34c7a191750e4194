// A CompareAndSwap flag replaced by a once (see flag_once_edits.hpp).
#include "repair/flag_once_edits.hpp"

#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "repair/declared_globals.hpp"
#include "repair/spec_words.hpp"
#include "repair/statement_walk.hpp"

namespace initcheck {

namespace {

std::set<std::string> atomicScalars(const ast::File& file) {
  std::set<std::string> names;
  for (const ast::GlobalDecl* global : flagGlobals(file)) {
    if (global->atomic)
      names.insert(global->name.name);
  }
  return names;
}

// `F.cas(old, new[, orders])` with F one of `flags`: the call.
const ast::MethodCall* casOnFlag(const ast::Expr& condition, const std::set<std::string>& flags) {
  const auto* call = std::get_if<ast::MethodCall>(&condition.node);
  if (call == nullptr || call->method.name != "cas" || call->arguments.size() < 2)
    return nullptr;
  const auto* flag = std::get_if<ast::NameRef>(&call->receiver->node);
  return flag != nullptr && flags.count(flag->name) ? call : nullptr;
}

// The text of the argument starting at `start`: up to the `,` or `)` that ends it.
std::string argumentText(std::string_view text, std::size_t start) {
  int depth = 0;
  std::size_t end = start;
  for (; end < text.size(); ++end) {
    char c = text[end];
    if (depth == 0 && (c == ',' || c == ')'))
      break;
    depth += c == '(' ? 1 : c == ')' ? -1 : 0;
  }
  std::string argument(text.substr(start, end - start));
  while (!argument.empty() && (argument.back() == ' ' || argument.back() == '\t'))
    argument.pop_back();
  return argument;
}

// Whether a closure could not hold the block: a `return`, `break` or `continue` in it would
// leave the closure, not the function or loop it left before.
bool leavesEarly(const ast::Block& block) {
  bool leaves = false;
  forEachStatementIn(block, [&](const StatementPlace& place) {
    const ast::StmtNode& node = place.statement.node;
    leaves = leaves || std::holds_alternative<ast::ReturnStmt>(node) ||
             std::holds_alternative<ast::BreakStmt>(node) ||
             std::holds_alternative<ast::ContinueStmt>(node);
  });
  return leaves;
}

std::optional<RepairOption> replacedByOnce(const SourceFile& source, const ast::Stmt& statement,
                                           const ast::IfStmt& branch, const ast::MethodCall& cas) {
  const std::string& text = source.text();
  if (branch.elseBranch || statement.position.line != branch.thenBlock.position.line ||
      leavesEarly(branch.thenBlock))
    return std::nullopt;
  std::string flag = std::get<ast::NameRef>(cas.receiver->node).name;
  std::string once = unusedName(text, flag + "Once");
  std::string stored = argumentText(text, source.offsetOf(cas.arguments[1].position));
  std::size_t ifStart = source.offsetOf(statement.position);
  std::size_t braceEnd = source.offsetOf(branch.thenBlock.position) + 1;
  RepairOption option;
  option.edits.push_back(
      {statement.position, text.substr(ifStart, braceEnd - ifStart), once + ".do(func() {"});
  option.edits.push_back(
      {branch.thenBlock.closePosition, "}", flag + ".store(" + stored + "); });"});
  option.edits.push_back(declarationAtEnd(source, "var " + once + ": once;"));
  option.summary = "replace the CompareAndSwap on `" + flag + "` at " + statement.position.text() +
                   " by a new once `" + once + "` that runs its body and then stores " + stored +
                   " (the losers wait for the winner instead of returning before the write)";
  option.cost = 4;
  return option;
}

}  // namespace

std::vector<EditSite> flagOnceSites(const SourceFile& source, const ast::File& file) {
  std::set<std::string> flags = atomicScalars(file);
  std::vector<EditSite> sites;
  forEachStatement(file, [&](const StatementPlace& place) {
    const auto* branch = std::get_if<ast::IfStmt>(&place.statement.node);
    const ast::MethodCall* cas = branch ? casOnFlag(branch->condition, flags) : nullptr;
    if (cas == nullptr)
      return;
    if (std::optional<RepairOption> option = replacedByOnce(source, place.statement, *branch, *cas))
      sites.push_back({place.statement.position, {std::move(*option)}});
  });
  return sites;
}

}  // namespace initcheck
