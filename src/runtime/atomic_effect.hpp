// What an atomic operation returns and stores, and its trace text (runtime/atomics.cpp computes
// it from the value read, for both memory models).
#pragma once

#include <optional>
#include <string>

#include "runtime/value.hpp"

namespace initcheck {

struct AtomicEffect {
  Value result;
  std::optional<Value> stored;  // nullopt: stores nothing (a load, a failed cas)
  std::string text;
};

}  // namespace initcheck
