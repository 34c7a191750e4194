// The methods of objects and atomics (LANGUAGE.md section 4 table): their arguments, results
// and which memory orders they accept (the C++ rules: a load cannot be `release`/`acq_rel`,
// a store cannot be `acquire`/`acq_rel`).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "sema/types.hpp"

namespace initcheck {

// What one argument must be.
enum class ArgumentRule {
  Int,                // `wg.add(n)`, `a.add(d)`
  AnyValue,           // `c.send(v)`: channel elements are untyped
  AtomicValue,        // `a.store(v)`: the atomic's value type
  ParameterlessFunc,  // `o.do(f)`
  Mutex,              // `cv.wait(m)`
};

// What the call evaluates to.
enum class ResultRule { Void, Unknown, AtomicValue, Bool, Int };

// Which memory orders, if any, may come last: none; one that a load, a store or any operation
// may use; or a success order with an optional failure order (`cas`, `cmpxchg`).
enum class OrderRule { None, Load, Store, Any, CompareExchange };

struct MethodSignature {
  std::string_view name;
  std::vector<ArgumentRule> arguments;
  ResultRule result = ResultRule::Void;
  OrderRule order = OrderRule::None;
};

// The methods a receiver of this type has (atomics: by the atomic's value type); empty when the
// type has none. For an Unknown receiver: the methods of every object type.
const std::vector<MethodSignature>& methodsOf(const ValueType& receiver);
const MethodSignature* findMethod(const ValueType& receiver, std::string_view name);
std::vector<std::string> methodNames(const ValueType& receiver);

bool orderAllowed(OrderRule rule, ast::MemoryOrder order);
// A compare-exchange's failure order: a load's order, no stronger than the success order.
bool failureOrderAllowed(ast::MemoryOrder success, ast::MemoryOrder failure);

}  // namespace initcheck
