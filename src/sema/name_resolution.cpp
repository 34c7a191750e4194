// Name resolution: a name denotes the innermost declaration of it in scope (section 2). An
// unknown name is reported with the closest visible name as a suggestion. Every successful
// lookup is a use, which the capture analysis sees.
#include "sema/checker.hpp"
#include "support/did_you_mean.hpp"

namespace initcheck {

std::string didYouMean(std::string_view name, const std::vector<std::string>& candidates) {
  auto suggestion = closestName(name, candidates);
  return suggestion ? " (did you mean '" + *suggestion + "'?)" : "";
}

std::string argumentCount(std::size_t count) {
  if (count == 0)
    return "no arguments";
  return std::to_string(count) + (count == 1 ? " argument" : " arguments");
}

ast::Expr& unparenthesized(ast::Expr& expr) {
  ast::Expr* current = &expr;
  while (auto* paren = std::get_if<ast::Parenthesized>(&current->node))
    current = &*paren->inner;
  return *current;
}

const ast::Expr& unparenthesized(const ast::Expr& expr) {
  return unparenthesized(const_cast<ast::Expr&>(expr));
}

SymbolId Checker::resolve(const std::string& name, SourcePosition position) {
  SymbolId id = scopes_.lookup(name);
  if (id == kUnresolved) {
    error(position, "unknown name '" + name + "'" + didYouMean(name, scopes_.visibleNames()));
    return kUnresolved;
  }
  recordUse(id);
  return id;
}

SymbolId Checker::resolve(ast::NameRef& ref, SourcePosition position) {
  ref.symbol = resolve(ref.name, position);
  return ref.symbol;
}

// The kind of symbol a bare name expression denotes, without reporting or recording a use;
// Label (no name) for anything else.
SymbolKind Checker::lookupKind(const ast::Expr& expr) const {
  const auto* ref = std::get_if<ast::NameRef>(&expr.node);
  if (!ref)
    return SymbolKind::Label;
  SymbolId id = scopes_.lookup(ref->name);
  return id == kUnresolved ? SymbolKind::Label : symbols_.at(id).kind;
}

// "function 'f'", "thread handle 't'", ...
std::string Checker::describeSymbol(const Symbol& symbol) const {
  return std::string(symbolKindName(symbol.kind)) + " '" + symbol.name + "'";
}

}  // namespace initcheck
