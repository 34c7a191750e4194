// The byte arena of the state store (state_store.hpp).
#include "explore/state_store.hpp"

#include <algorithm>
#include <cstring>

namespace initcheck {

namespace {

std::size_t lengthBytes(std::size_t length) {
  std::size_t bytes = 1;
  for (; length >= 0x80; length >>= 7)
    ++bytes;
  return bytes;
}

}  // namespace

std::uint64_t ByteArena::append(std::string_view bytes) {
  const std::size_t need = lengthBytes(bytes.size()) + bytes.size();
  if (chunks_.empty() || used_ + need > sizes_.back()) {
    sizes_.push_back(std::max(kChunk, need));
    chunks_.push_back(std::make_unique<char[]>(sizes_.back()));
    used_ = 0;
  }
  const std::uint64_t place = (static_cast<std::uint64_t>(chunks_.size() - 1) << 32) | used_;
  char* out = chunks_.back().get() + used_;
  std::size_t length = bytes.size();
  for (; length >= 0x80; length >>= 7)
    *out++ = static_cast<char>((length & 0x7f) | 0x80);
  *out++ = static_cast<char>(length);
  std::memcpy(out, bytes.data(), bytes.size());
  used_ += need;
  return place;
}

std::string_view ByteArena::at(std::uint64_t place) const {
  const char* in = chunks_[place >> 32].get() + (place & 0xFFFFFFFFU);
  std::size_t length = 0;
  for (unsigned shift = 0;; shift += 7) {
    auto byte = static_cast<unsigned char>(*in++);
    length |= static_cast<std::size_t>(byte & 0x7f) << shift;
    if (byte < 0x80)
      break;
  }
  return std::string_view(in, length);
}

std::size_t ByteArena::bytes() const {
  std::size_t total = 0;
  for (std::size_t size : sizes_)
    total += size;
  return total;
}

}  // namespace initcheck
