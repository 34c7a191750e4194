// The exception by which a grammar piece abandons a statement or item after reporting its own
// diagnostic. Plain X3 expectation failures (from `>`) are reported by the error handlers as
// "expected WHAT"; this one carries no message, only where the parse stopped.
#pragma once

#include "parser/config.hpp"

namespace initcheck::parser {

struct already_reported : x3::expectation_failure<iterator_type> {
  explicit already_reported(iterator_type where) : expectation_failure(where, "") {}
};

}  // namespace initcheck::parser
