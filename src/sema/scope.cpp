// The scope stack behind name resolution (see scope.hpp).
#include "sema/scope.hpp"

#include <set>

namespace initcheck {

void ScopeStack::push() {
  scopes_.emplace_back();
}

void ScopeStack::pop() {
  scopes_.pop_back();
}

SymbolId ScopeStack::bind(const std::string& name, SymbolId symbol) {
  auto [where, inserted] = scopes_.back().emplace(name, symbol);
  return inserted ? kUnresolved : where->second;
}

SymbolId ScopeStack::lookup(std::string_view name) const {
  for (auto scope = scopes_.rbegin(); scope != scopes_.rend(); ++scope) {
    auto found = scope->find(name);
    if (found != scope->end())
      return found->second;
  }
  return kUnresolved;
}

std::vector<std::string> ScopeStack::visibleNames() const {
  std::set<std::string> names;
  for (const auto& scope : scopes_) {
    for (const auto& entry : scope)
      names.insert(entry.first);
  }
  return {names.begin(), names.end()};
}

}  // namespace initcheck
