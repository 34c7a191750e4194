// What one unfolding round found written: the distinct values (by signature, in order of first
// occurrence) written to each location and sent on each channel. The next round numbers them:
// a location or channel whose values are not all scalars of one type holds Int codes, the
// index of the value in its table (see ValueTable), and a read forks over the table.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "symbolic/sym_value.hpp"
#include "symbolic/unfolding.hpp"

namespace initcheck::symbolic {

// Distinct values in order of first occurrence.
class ValueTable {
 public:
  // The value's code: its index, added at the end when new.
  std::size_t add(const SymValue& value);
  std::optional<std::size_t> find(const SymValue& value) const;
  const std::vector<SymValue>& values() const { return values_; }
  std::string signature() const;

 private:
  std::vector<SymValue> values_;
  std::vector<std::string> signatures_;
};

// The value with its scalars replaced by zeros of their types: what decides a location's
// representation (scalar, list of scalars, or codes).
SymValue normalized(z3::context& context, const SymValue& value);
// A table of normalized values that a location can represent by terms: one entry, a scalar or
// a list of scalars of one type.
bool representableByTerms(const ValueTable& normalizedValues);

// The values written somewhere, and their normalized forms.
struct WrittenValues {
  ValueTable values;
  ValueTable shapes;
  void add(z3::context& context, const SymValue& value);
  std::string signature() const;
};

struct WriteCandidates {
  std::map<LocationId, WrittenValues> locations;
  std::map<ObjectId, WrittenValues> channels;

  // A deterministic text of everything, to tell whether a round changed anything.
  std::string signature() const;
};

}  // namespace initcheck::symbolic
