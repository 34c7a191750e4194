// The `check`, `expect` and `option` items in resolved form (LANGUAGE.md sections 5-7), so the
// engines and the test runner need not interpret the syntax again.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "parser/ast.hpp"
#include "support/source_position.hpp"

namespace initcheck {

// A property kind, as used by `check`, `expect` and every report.
enum class PropertyKind {
  Race,
  Deadlock,
  Assertion,
  InitBeforeUse,
  RuntimeError,
  SingleInit,
  ExactlyOnce,
  HappensBefore,
  Final,
  Livelock,  // v2: a spin loop that can never exit
};

// `race`, `deadlock`, ... as written in specs.
std::string_view propertyName(PropertyKind kind);
std::optional<PropertyKind> propertyFromName(std::string_view name);
std::vector<std::string> allPropertyNames();

// A literal argument of `exactly_once(f(args))`.
using LiteralValue = std::variant<std::int64_t, bool, std::string>;

// One `check` item. Which fields are set depends on `kind`:
// SingleInit, ExactlyOnce: `target` (the init func), and for `exactly_once(f(args))` also
//   `arguments` (absent for `exactly_once(f)`, which counts every call of f).
// HappensBefore: `before` and `after` (label symbols).
// InitBeforeUse: `target` (the global).
// Final: `condition` (a copy of the expression, names resolved).
struct PropertyCheck {
  PropertyKind kind = PropertyKind::Final;
  SourcePosition position;  // the `check` keyword
  ast::SymbolId target = ast::kUnresolved;
  std::optional<std::vector<LiteralValue>> arguments;
  ast::SymbolId before = ast::kUnresolved;
  ast::SymbolId after = ast::kUnresolved;
  std::optional<ast::Expr> condition;
};

// The `expect` items: `ok` (the empty set) or a set of kinds; `declared` is false when the file
// has no `expect` item at all.
struct Expectations {
  bool declared = false;
  bool ok = false;
  std::vector<PropertyKind> kinds;  // in source order, no duplicates
};

// Which values a read may return (LANGUAGE.md section 4a): RC11, the C/C++ memory model (the
// default), or sequential consistency (every read returns the latest write).
enum class MemoryModel { Rc11, Sc };

std::string_view memoryModelName(MemoryModel model);  // "rc11", "sc"
std::optional<MemoryModel> memoryModelFromName(std::string_view name);

// The `option` items; unset means "use the default or the command line".
struct SpecOptions {
  std::optional<std::int64_t> unroll;
  std::optional<std::int64_t> threads;
  std::optional<std::int64_t> depth;
  std::optional<std::int64_t> preemptions;
  std::optional<MemoryModel> memoryModel;

  // The integer options by name (nullptr for memory_model and unknown names).
  std::optional<std::int64_t>* byName(std::string_view name);
  static std::vector<std::string> names();  // every option, memory_model included
};

struct SpecDirectives {
  std::vector<PropertyCheck> checks;  // only the valid ones, in source order
  Expectations expectations;
  SpecOptions options;
};

}  // namespace initcheck
