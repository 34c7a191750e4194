// Symbolic runtime values of the unfolder: the explicit semantics' Value (runtime/value.hpp) with
// scalars as Z3 terms (int, string atom and none of sort Int, bool of sort Bool) and everything
// else structured and concrete: lists of concrete length, closures, object references, thread
// handles and location references.
#pragma once

#include <z3++.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "runtime/value.hpp"

namespace initcheck::symbolic {

struct SymValue {
  ValueTag tag = ValueTag::None;
  std::optional<z3::expr> term;  // Int, Bool, String: the scalar's term
  std::int64_t number = 0;       // closure body, object, thread instance, location
  std::vector<SymValue> items;   // list items, or a closure's environment

  static SymValue none() { return SymValue{}; }
  static SymValue scalar(ValueTag tag, const z3::expr& term);
  static SymValue reference(ValueTag tag, std::int64_t number);
  static SymValue list(std::vector<SymValue> items);
  static SymValue closure(BodyId body, std::vector<SymValue> environment);

  bool isScalar() const;
};

bool isScalarTag(ValueTag tag);
bool isBoolTag(ValueTag tag);

// The term of a scalar (none: 0; bool: Bool sort).
z3::expr scalarTerm(z3::context& context, const SymValue& value);
// A fresh term for a scalar of `tag`.
z3::expr freshScalar(z3::context& context, ValueTag tag, const std::string& name);
// Deep equality as the explicit Value::operator== decides it (a Bool term).
z3::expr valuesEqual(z3::context& context, const SymValue& left, const SymValue& right);
// A deterministic text of the value (terms printed), to compare unfolding rounds.
std::string signature(const SymValue& value);
// The explicit value as a symbolic one (for the initial state).
SymValue fromValue(z3::context& context, const Value& value);
// The zero value of a channel whose elements have `tag` (as execRecv chooses it).
SymValue zeroValue(z3::context& context, ValueTag tag);
// init func arguments flattened to scalar terms, and the shape telling tuples apart.
void flattenValue(z3::context& context, const SymValue& value, std::vector<z3::expr>& terms,
                  std::string& shape);

// Whether a Bool term simplifies to a constant.
bool isTrue(const z3::expr& condition);
bool isFalse(const z3::expr& condition);

}  // namespace initcheck::symbolic
