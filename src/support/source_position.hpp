// A place in a source file: 1-based line and column (columns count bytes, as clang does).
#pragma once

#include <compare>
#include <cstdint>
#include <string>

namespace initcheck {

struct SourcePosition {
  std::uint32_t line = 0;
  std::uint32_t column = 0;

  bool isKnown() const { return line != 0; }
  // "LINE:COL", as messages and traces write it.
  std::string text() const { return std::to_string(line) + ":" + std::to_string(column); }
  auto operator<=>(const SourcePosition&) const = default;
};

// A position packed into one word (line << 32 | column), for sorted tables and hashes.
inline std::uint64_t positionWord(SourcePosition position) {
  return (static_cast<std::uint64_t>(position.line) << 32) | position.column;
}

}  // namespace initcheck
