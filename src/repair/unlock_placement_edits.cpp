// An unlock moved into the block that locks (see unlock_placement_edits.hpp).
#include "repair/unlock_placement_edits.hpp"

#include <algorithm>
#include <set>
#include <string>

#include "repair/statement_walk.hpp"

namespace initcheck {

namespace {

// `M.method()` as a statement: M, or null.
const std::string* methodStatement(const ast::Stmt& statement, const std::string& method) {
  const auto* expression = std::get_if<ast::ExprStmt>(&statement.node);
  const auto* call = expression ? std::get_if<ast::MethodCall>(&expression->expr.node) : nullptr;
  if (call == nullptr || call->method.name != method)
    return nullptr;
  const auto* receiver = std::get_if<ast::NameRef>(&call->receiver->node);
  return receiver ? &receiver->name : nullptr;
}

bool locks(const ast::Block& block, const std::string& mutex, const std::string& lockMethod) {
  return std::any_of(block.statements.begin(), block.statements.end(),
                     [&](const ast::Stmt& statement) {
                       const std::string* locked = methodStatement(statement, lockMethod);
                       return locked != nullptr && *locked == mutex;
                     });
}

struct Unlock {
  const ast::Stmt* statement = nullptr;
  const ast::Block* block = nullptr;
  std::string mutex;
  std::string lockMethod;
};

std::vector<Unlock> failedUnlocks(const ast::File& file, const CheckResult& result) {
  std::set<SourcePosition> positions;
  for (const ReportedViolation& reported : result.violations) {
    const Violation& violation = reported.violation;
    if (violation.kind == PropertyKind::RuntimeError &&
        violation.instanceKey.find("unlock of unlocked") != std::string::npos)
      positions.insert(violation.position);
  }
  std::vector<Unlock> unlocks;
  forEachStatement(file, [&](const StatementPlace& place) {
    if (!positions.count(place.statement.position))
      return;
    for (auto [unlock, lock] : {std::pair{"unlock", "lock"}, std::pair{"runlock", "rlock"}}) {
      if (const std::string* mutex = methodStatement(place.statement, unlock))
        unlocks.push_back({&place.statement, &place.block, *mutex, lock});
    }
  });
  return unlocks;
}

}  // namespace

std::vector<EditSite> unlockPlacementSites(const SourceFile& source, const ast::File& file,
                                           const CheckResult& result) {
  std::vector<EditSite> sites;
  for (const Unlock& unlock : failedUnlocks(file, result)) {
    const ast::Stmt& statement = *unlock.statement;
    std::optional<std::string> text = oneLineText(source, statement.position, statement.end);
    if (!text)
      continue;
    EditSite site{statement.position, {}};
    forEachStatement(file, [&](const StatementPlace& place) {
      const ast::Block& block = place.block;
      if (&block == unlock.block || &place.statement != &block.statements.front() ||
          !locks(block, unlock.mutex, unlock.lockMethod))
        return;
      site.alternatives.push_back({moveEdits(statement.position, *text, block.closePosition),
                                   "move `" + *text + "` from " + statement.position.text() +
                                       " into the block that locks `" + unlock.mutex +
                                       "`, before its `}` at " + block.closePosition.text(),
                                   1});
    });
    if (!site.alternatives.empty())
      sites.push_back(std::move(site));
  }
  return sites;
}

}  // namespace initcheck
