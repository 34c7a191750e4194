// Capture analysis (LANGUAGE.md section 3): a closure or `go { ... }` block that uses a
// variable of an enclosing body captures it, by reference unless its `[...]` list names it.
//
// A use of variable v (owned by body B) inside body X walks from X out to B. Each closure or go
// block on the way captures v: it needs v's location to run, or to create the inner closure.
// The walk stops early at a body whose `[...]` list holds v: from there outwards the use is
// the list entry itself, resolved (as a use in the creator) when that closure was checked.
// Such a by-value copy captured by reference further in is a shared location of its own,
// noted in Body::sharedCopies; the original v is marked capturedByReference only when a
// by-reference capture reaches it.
#include <algorithm>

#include "sema/checker.hpp"

namespace initcheck {

namespace {

bool contains(const std::vector<SymbolId>& ids, SymbolId id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

void Checker::recordUse(SymbolId id) {
  const Symbol& symbol = symbols_.at(id);
  if (!symbol.isLocalValue())
    return;
  bool capturedInside = false;
  for (BodyId b = currentBody_; b != kNoBody && b != symbol.owner; b = symbols_.body(b).parent) {
    Body& body = symbols_.body(b);
    if (contains(body.valueCaptures, id)) {
      if (capturedInside && !contains(body.sharedCopies, id))
        body.sharedCopies.push_back(id);
      return;
    }
    addCapture(b, id, false);
    capturedInside = true;
  }
  if (capturedInside)
    symbols_.at(id).capturedByReference = true;
}

void Checker::addCapture(BodyId id, SymbolId symbol, bool byValue) {
  auto& captures = symbols_.body(id).captures;
  bool known = std::any_of(captures.begin(), captures.end(),
                           [&](const ast::Capture& capture) { return capture.symbol == symbol; });
  if (!known)
    captures.push_back(ast::Capture{symbol, byValue});
}

// Whether the variable, seen from the current body, is a by-value copy (so it cannot be
// assigned: the copy is read-only, as in a C++ lambda that is not `mutable`).
bool Checker::isValueCapturedOnPath(SymbolId id) const {
  BodyId owner = symbols_.at(id).owner;
  for (BodyId b = currentBody_; b != kNoBody && b != owner; b = symbols_.body(b).parent) {
    if (contains(symbols_.body(b).valueCaptures, id))
      return true;
  }
  return false;
}

// The names of a `func[a, b]` list, resolved in the creator's body: each must be a variable,
// parameter, loop variable or handle of an enclosing function, thread or closure.
std::vector<SymbolId> Checker::resolveValueCaptures(const std::vector<ast::Identifier>& names) {
  std::vector<SymbolId> result;
  for (std::size_t i = 0; i < names.size(); ++i) {
    const auto& name = names[i];
    auto same = [&](const ast::Identifier& other) { return other.name == name.name; };
    if (std::any_of(names.begin(), names.begin() + static_cast<std::ptrdiff_t>(i), same)) {
      error(name.position, "'" + name.name + "' is captured twice");
      continue;
    }
    SymbolId id = resolve(name.name, name.position);
    if (id == kUnresolved)
      continue;
    if (!symbols_.at(id).isLocalValue()) {
      error(name.position, "cannot capture " + describeSymbol(symbols_.at(id)) +
                               " by value; only variables of enclosing functions can be captured");
      continue;
    }
    result.push_back(id);
  }
  return result;
}

}  // namespace initcheck
