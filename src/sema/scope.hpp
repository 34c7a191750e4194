// Lexical scopes for name resolution: a stack of name -> symbol maps. The bottom scope holds
// the builtins, the next one the top-level items (globals, functions, threads); each block,
// function, closure and `for` loop pushes one more. Lookup goes from the innermost outwards,
// so an inner declaration shadows an outer one.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "sema/symbol_table.hpp"

namespace initcheck {

class ScopeStack {
 public:
  void push();
  void pop();
  std::size_t depth() const { return scopes_.size(); }

  // Binds in the innermost scope; returns the symbol it already held there, or kUnresolved.
  SymbolId bind(const std::string& name, SymbolId symbol);
  SymbolId lookup(std::string_view name) const;
  // Every name visible from the innermost scope (for did-you-mean).
  std::vector<std::string> visibleNames() const;

 private:
  std::vector<std::map<std::string, SymbolId, std::less<>>> scopes_;
};

// Pushes a scope for the lifetime of the guard.
class ScopeGuard {
 public:
  explicit ScopeGuard(ScopeStack& stack) : stack_(stack) { stack_.push(); }
  ~ScopeGuard() { stack_.pop(); }
  ScopeGuard(const ScopeGuard&) = delete;
  ScopeGuard& operator=(const ScopeGuard&) = delete;

 private:
  ScopeStack& stack_;
};

}  // namespace initcheck
