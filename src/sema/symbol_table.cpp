// Storage and lookups of the symbol table (see symbol_table.hpp for what it records).
#include "sema/symbol_table.hpp"

#include <algorithm>

namespace initcheck {

std::string_view symbolKindName(SymbolKind kind) {
  switch (kind) {
    case SymbolKind::Builtin:
      return "builtin";
    case SymbolKind::Global:
      return "global";
    case SymbolKind::Function:
      return "function";
    case SymbolKind::InitFunction:
      return "init func";
    case SymbolKind::Thread:
      return "thread";
    case SymbolKind::Local:
      return "local";
    case SymbolKind::Parameter:
      return "parameter";
    case SymbolKind::LoopVariable:
      return "loop variable";
    case SymbolKind::GoHandle:
      return "thread handle";
    case SymbolKind::Label:
      return "label";
    case SymbolKind::Constant:
      return "constant";
  }
  return "symbol";
}

bool Symbol::isVariable() const {
  return kind == SymbolKind::Global || kind == SymbolKind::Local || kind == SymbolKind::Parameter ||
         kind == SymbolKind::LoopVariable;
}

bool Symbol::isFunction() const {
  return kind == SymbolKind::Function || kind == SymbolKind::InitFunction;
}

bool Symbol::isLocalValue() const {
  return kind == SymbolKind::Local || kind == SymbolKind::Parameter ||
         kind == SymbolKind::LoopVariable || kind == SymbolKind::GoHandle;
}

SymbolId SymbolTable::add(Symbol symbol) {
  symbol.id = static_cast<SymbolId>(symbols_.size());
  symbols_.push_back(std::move(symbol));
  return symbols_.back().id;
}

BodyId SymbolTable::addBody(Body body) {
  body.id = static_cast<BodyId>(bodies_.size());
  bodiesByPosition_.emplace(body.position, body.id);
  bodies_.push_back(std::move(body));
  return bodies_.back().id;
}

std::optional<BodyId> SymbolTable::bodyAt(SourcePosition position) const {
  auto found = bodiesByPosition_.find(position);
  if (found == bodiesByPosition_.end())
    return std::nullopt;
  return found->second;
}

namespace {

bool isTopLevel(SymbolKind kind) {
  return kind == SymbolKind::Global || kind == SymbolKind::Function ||
         kind == SymbolKind::InitFunction || kind == SymbolKind::Thread ||
         kind == SymbolKind::Constant;
}

}  // namespace

SymbolId SymbolTable::findTopLevel(std::string_view name) const {
  auto found = std::find_if(symbols_.begin(), symbols_.end(), [&](const Symbol& symbol) {
    return isTopLevel(symbol.kind) && symbol.name == name;
  });
  return found == symbols_.end() ? kUnresolved : found->id;
}

SymbolId SymbolTable::findLabel(std::string_view name) const {
  auto found = std::find_if(symbols_.begin(), symbols_.end(), [&](const Symbol& symbol) {
    return symbol.kind == SymbolKind::Label && symbol.name == name;
  });
  return found == symbols_.end() ? kUnresolved : found->id;
}

std::vector<SymbolId> SymbolTable::ofKind(SymbolKind kind) const {
  std::vector<SymbolId> result;
  for (const auto& symbol : symbols_) {
    if (symbol.kind == kind)
      result.push_back(symbol.id);
  }
  return result;
}

}  // namespace initcheck
