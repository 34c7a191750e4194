// Runtime values of the executable semantics (LANGUAGE.md section 3): int, bool, string atoms,
// immutable lists, closures, object references, thread handles, and the location references
// that private slots hold for variables living in shared memory.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "sema/symbol_table.hpp"
#include "support/hash.hpp"

namespace initcheck {

struct Value;
using ListData = std::vector<Value>;

// A closure: its body, and one entry per capture of the body (in the body's capture order):
// a location reference for a by-reference capture or a shared copy, the copy otherwise.
struct ClosureData {
  BodyId body = kNoBody;
  std::vector<Value> environment;
  bool operator==(const ClosureData& other) const;
};

enum class ValueTag : std::uint8_t {
  None,
  Int,
  Bool,
  String,
  List,
  Func,
  Object,
  Handle,
  Location
};

struct Value {
  ValueTag tag = ValueTag::None;
  std::int64_t number = 0;  // int, bool, string atom, object id, thread id, location id
  std::shared_ptr<const ListData> list;
  std::shared_ptr<const ClosureData> closure;

  static Value none() { return Value{}; }
  static Value integer(std::int64_t v) { return Value{ValueTag::Int, v, {}, {}}; }
  static Value boolean(bool v) { return Value{ValueTag::Bool, v ? 1 : 0, {}, {}}; }
  static Value string(std::int64_t atom) { return Value{ValueTag::String, atom, {}, {}}; }
  static Value object(std::int64_t id) { return Value{ValueTag::Object, id, {}, {}}; }
  static Value handle(std::int64_t id) { return Value{ValueTag::Handle, id, {}, {}}; }
  static Value location(std::int64_t id) { return Value{ValueTag::Location, id, {}, {}}; }
  static Value makeList(ListData items);
  static Value makeClosure(BodyId body, std::vector<Value> environment);

  bool is(ValueTag t) const { return tag == t; }
  bool truthy() const { return tag == ValueTag::Bool && number != 0; }
  bool operator==(const Value& other) const;
};

// Mixes a value into a running hash.
void hashValue(const Value& value, std::size_t& seed);

}  // namespace initcheck
