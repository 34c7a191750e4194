// LEB128, the variable-length unsigned integers of the state keys (model/state_encoding.hpp)
// and of the state store's arena (explore/state_store.hpp): seven bits a byte, low first, the
// top bit set on every byte but the last. At most 10 bytes for 64 bits.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace initcheck {

constexpr std::size_t kMaxLeb128Bytes = 10;

// Writes `value` at `out` (room for kMaxLeb128Bytes); returns the end.
inline char* writeLeb128(char* out, std::uint64_t value) {
  while (value >= 0x80) {
    *out++ = static_cast<char>((value & 0x7f) | 0x80);
    value >>= 7;
  }
  *out++ = static_cast<char>(value);
  return out;
}

// Most values the keys append are below 128, one byte: push_back stays inline, where the
// iterator-pair append went through basic_string::_M_replace (13% of filesystem-19's search).
inline void appendLeb128(std::string& out, std::uint64_t value) {
  if (value < 0x80) {
    out.push_back(static_cast<char>(value));
    return;
  }
  char bytes[kMaxLeb128Bytes];
  out.append(bytes, static_cast<std::size_t>(writeLeb128(bytes, value) - bytes));
}

inline std::size_t leb128Size(std::uint64_t value) {
  std::size_t bytes = 1;
  for (; value >= 0x80; value >>= 7)
    ++bytes;
  return bytes;
}

// Reads a value at `in` and moves `in` past it.
inline std::uint64_t readLeb128(const char*& in) {
  std::uint64_t value = 0;
  for (unsigned shift = 0;; shift += 7) {
    auto byte = static_cast<unsigned char>(*in++);
    value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
    if (byte < 0x80)
      return value;
  }
}

}  // namespace initcheck
