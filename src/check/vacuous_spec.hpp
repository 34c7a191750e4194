// Specs whose `ok` says nothing: a file with no thread runs no step, so every property holds
// in its one empty execution. The verdict stays what the semantics gives (ok), and the report
// says why it is empty, so an empty or truncated file in CI does not pass unnoticed.
#pragma once

#include <optional>
#include <string>

#include "check/loaded_spec.hpp"

namespace initcheck {

// The note a report of this spec carries, or nothing when the spec declares a thread.
std::optional<std::string> vacuityNote(const LoadedSpec& spec);

}  // namespace initcheck
