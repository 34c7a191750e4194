// Arrays of shared cells (v2 section 4b): `var xs: [N] [atomic] T [= e];`. Each cell is its own
// location (or object); `xs[i]` reads, writes or names one cell, `len(xs)` is N. An array is
// not a value: it cannot be read whole, assigned, passed or captured.
#include "sema/checker.hpp"

namespace initcheck {

// The array global an expression names (through parentheses), or null.
const Symbol* Checker::arrayNamed(ast::Expr& expr) {
  ast::Expr& inner = unparenthesized(expr);
  auto* ref = std::get_if<ast::NameRef>(&inner.node);
  if (ref == nullptr)
    return nullptr;
  if (ref->symbol == kUnresolved) {
    SymbolId id = symbols_.findTopLevel(ref->name);
    if (id == kUnresolved || !symbols_.at(id).type.isArray())
      return nullptr;
    if (resolve(*ref, inner.position) == kUnresolved)
      return nullptr;
  }
  const Symbol& symbol = symbols_.at(ref->symbol);
  return symbol.type.isArray() ? &symbol : nullptr;
}

// `xs[i]`: an int index and one cell of the element type (`atomic` kept, for receivers).
ValueType Checker::checkArrayCell(ast::Index& index, const Symbol& array) {
  expectValue(*index.index, ValueType::of(ValueKind::Int), "index of array '" + array.name + "'");
  if (mode_ == ExprMode::GlobalInitializer) {
    error(index.base->position, "global initializers cannot read array cells");
    return ValueType::of(ValueKind::Error);
  }
  return array.type.element();
}

// A scalar of the element type sets every cell; a list literal of exactly N values sets each.
void Checker::checkArrayInitializer(ast::GlobalDecl& global, const ValueType& type) {
  ast::Expr& initializer = *global.initializer;
  std::string what = "initial value of '" + global.name.name + "'";
  if (type.element().withoutAtomic().isObject()) {
    error(initializer.position, "an array of " + typeName(type.element()) +
                                    " is created ready to use; it takes no initial value");
    return;
  }
  auto* list = std::get_if<ast::ListLiteral>(&unparenthesized(initializer).node);
  if (list == nullptr) {
    expectValue(initializer, type.element().withoutAtomic(), what);
    return;
  }
  if (static_cast<std::int64_t>(list->elements.size()) != type.arrayLength) {
    error(initializer.position, what + " must list " + std::to_string(type.arrayLength) +
                                    " values, one per cell, or be one value for all; got " +
                                    std::to_string(list->elements.size()));
  }
  for (std::size_t i = 0; i < list->elements.size(); ++i) {
    expectValue(list->elements[i], type.element().withoutAtomic(),
                "initial value of '" + global.name.name + "[" + std::to_string(i) + "]'");
  }
}

}  // namespace initcheck
