// The checker's view of types (LANGUAGE.md section 3) and the rules that relate them.
//
// A `ValueType` is what an expression or a variable holds. Besides the types a spec can write
// (`int` ... `chan(N)`, optionally `atomic` for globals), it has three kinds the checker needs:
//
// - `Unknown`: the language is partly dynamic. List elements, the signature of a func *value*
//   (a variable of type `func`), channel elements and `recv()` results have no static type; the
//   runtime checks them. Unknown is compatible with every type. The checker also gives Unknown to
//   an expression whose type could not be found because of an earlier error, so that one mistake
//   yields one diagnostic and no cascade.
// - `Void`: the "result" of a call of a function or method that returns nothing; using it as a
//   value is an error.
// - `Handle`: a thread handle from `let t = go f();`, usable only by `join t;`.
// - `Error`: behaves as Unknown, but marks a value whose type is unknown *because of an error
//   already reported*; the checker reports nothing more about it (no cascades).
#pragma once

#include <cstdint>
#include <string>

#include "parser/ast.hpp"

namespace initcheck {

enum class ValueKind {
  Unknown,
  Void,
  Int,
  Bool,
  String,
  List,
  Func,
  Once,
  Mutex,
  WaitGroup,
  Chan,
  RwMutex,
  RMutex,
  Cond,
  Handle,
  Error,
};

struct ValueType {
  ValueKind kind = ValueKind::Unknown;
  std::int64_t channelCapacity = 0;  // only for ValueKind::Chan
  bool atomic = false;               // `atomic int` / `atomic bool` globals
  std::int64_t arrayLength = 0;      // `[N]T` globals (v2 section 4b): N cells; 0 for a scalar

  static ValueType of(ValueKind kind) { return ValueType{kind, 0, false, 0}; }
  static ValueType chan(std::int64_t capacity) {
    return ValueType{ValueKind::Chan, capacity, false, 0};
  }

  bool is(ValueKind k) const { return kind == k; }
  // Unknown or Error: compatible with everything.
  bool isUnknown() const { return kind == ValueKind::Unknown || kind == ValueKind::Error; }
  // once, mutex, rwmutex, rmutex, cond, waitgroup and chan values are references to objects
  // (section 3).
  bool isObject() const;
  // The value an atomic variable holds (`atomic int` -> `int`).
  ValueType withoutAtomic() const { return ValueType{kind, channelCapacity, false, 0}; }
  bool isArray() const { return arrayLength > 0; }
  // One cell of an array (`atomic` kept).
  ValueType element() const { return ValueType{kind, channelCapacity, atomic, 0}; }

  bool operator==(const ValueType&) const = default;
};

// The type written in the source, e.g. `chan(2)`; `atomic` comes from the global declaration.
ValueType typeFromAst(const ast::Type& type, bool atomic = false);

// `int`, `chan(2)`, `atomic bool`, `thread handle`, `no value`, `unknown`.
std::string typeName(const ValueType& type);

// Whether a value of type `value` may be stored in a variable (or parameter) of type `target`.
// Unknown on either side is compatible; chans must agree on capacity.
bool isAssignable(const ValueType& target, const ValueType& value);

// Whether `==` and `!=` are defined on the type: int, bool, string and list (immutable values).
// Objects and funcs have identity, not a value, and do not compare.
bool isComparable(const ValueType& type);

}  // namespace initcheck
