// A property that an execution violates, as the semantics detects it (LANGUAGE.md section 5).
#pragma once

#include <string>
#include <vector>

#include "sema/directives.hpp"
#include "support/source_position.hpp"

namespace initcheck {

// Another place a violation involves: the other side of a race, a thread blocked in a
// deadlock and what it waits for, an earlier call of an init func, the write not ordered
// before a read.
struct RelatedPlace {
  SourcePosition position;
  std::string description;  // e.g. "write of 'value' by b", "f#2 waits for once 'o' held by f#1"
  std::string thread = {};  // a deadlock's or livelock's blocked thread ("f#2"); else empty
};

struct Violation {
  PropertyKind kind = PropertyKind::Assertion;
  // Identifies the property instance: two violations with the same kind and key are the same
  // instance, reported once. E.g. race: the two access positions (ordered) and the variable;
  // assertion: the assert's position; single_init: the check and the argument tuple.
  std::string instanceKey;
  std::string message;      // one line for people: "race on 'value': write by a, read by b"
  SourcePosition position;  // the violating statement or expression
  std::vector<RelatedPlace> related;
  bool endsExecution = false;  // assertion, runtime error, read with no write, deadlock

  bool sameInstance(const Violation& other) const {
    return kind == other.kind && instanceKey == other.instanceKey;
  }
};

}  // namespace initcheck
