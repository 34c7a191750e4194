// A once (or an init call) moved out of the `if` that skips it (see once_hoist_edits.hpp).
#include "repair/once_hoist_edits.hpp"

#include <optional>
#include <set>
#include <string>

#include "repair/statement_walk.hpp"

namespace initcheck {

namespace {

const std::string* nameOf(const ast::Expr& expr) {
  const auto* name = std::get_if<ast::NameRef>(&expr.node);
  return name == nullptr ? nullptr : &name->name;
}

// The function of the `check exactly_once(f)` or `check exactly_once(f(args))` at `position`.
std::optional<std::string> checkedFunction(const ast::File& file, SourcePosition position) {
  for (const ast::Item& item : file.items) {
    const auto* check = std::get_if<ast::CheckItem>(&item.node);
    if (check == nullptr || item.position != position)
      continue;
    const auto* named = std::get_if<ast::NamedProperty>(&check->property);
    if (named == nullptr || named->name.name != "exactly_once" || named->arguments.empty())
      return std::nullopt;
    const auto* argument = std::get_if<ast::Box<ast::Expr>>(&named->arguments.front().value);
    if (argument == nullptr)
      return std::nullopt;
    const ast::Expr& expr = **argument;
    if (const auto* call = std::get_if<ast::Call>(&expr.node))
      return nameOf(*call->callee) ? std::optional<std::string>(*nameOf(*call->callee))
                                   : std::nullopt;
    return nameOf(expr) ? std::optional<std::string>(*nameOf(expr)) : std::nullopt;
  }
  return std::nullopt;
}

// Whether the statement is `o.do(f);` or `f(...);` for an f of `functions`.
bool runs(const ast::Stmt& statement, const std::set<std::string>& functions) {
  const auto* expression = std::get_if<ast::ExprStmt>(&statement.node);
  if (expression == nullptr)
    return false;
  if (const auto* call = std::get_if<ast::Call>(&expression->expr.node))
    return nameOf(*call->callee) && functions.count(*nameOf(*call->callee));
  const auto* method = std::get_if<ast::MethodCall>(&expression->expr.node);
  if (method == nullptr || method->method.name != "do" || method->arguments.empty())
    return false;
  const auto* argument = std::get_if<ast::Box<ast::Expr>>(&method->arguments.front().value);
  return argument != nullptr && nameOf(**argument) && functions.count(*nameOf(**argument));
}

}  // namespace

std::vector<EditSite> onceHoistSites(const SourceFile& source, const ast::File& file,
                                     const CheckResult& result) {
  std::set<std::string> functions;
  for (const ReportedViolation& reported : result.violations) {
    if (reported.violation.kind != PropertyKind::ExactlyOnce)
      continue;
    if (std::optional<std::string> function = checkedFunction(file, reported.violation.position))
      functions.insert(*function);
  }
  std::vector<EditSite> sites;
  if (functions.empty())
    return sites;
  forEachStatement(file, [&](const StatementPlace& place) {
    if (place.owner == nullptr || !std::holds_alternative<ast::IfStmt>(place.owner->node) ||
        !runs(place.statement, functions))
      return;
    const ast::Stmt& statement = place.statement;
    std::optional<std::string> text = oneLineText(source, statement.position, statement.end);
    if (!text)
      return;
    RepairOption option{moveEdits(statement.position, *text, place.owner->position),
                        "move `" + *text + "` from " + statement.position.text() +
                            " to just before the `if` at " + place.owner->position.text() +
                            ", so that every path runs it",
                        1};
    sites.push_back({statement.position, {std::move(option)}});
  });
  return sites;
}

}  // namespace initcheck
