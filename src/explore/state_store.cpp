// The byte arena of the state store (state_store.hpp).
#include "explore/state_store.hpp"

#include <algorithm>
#include <cstring>

#include "support/leb128.hpp"

namespace initcheck {

std::uint64_t ByteArena::append(std::string_view bytes) {
  const std::size_t need = leb128Size(bytes.size()) + bytes.size();
  if (chunks_.empty() || used_ + need > sizes_.back()) {
    sizes_.push_back(std::max(kChunk, need));
    chunks_.push_back(std::make_unique<char[]>(sizes_.back()));
    used_ = 0;
  }
  const std::uint64_t place = (static_cast<std::uint64_t>(chunks_.size() - 1) << 32) | used_;
  char* out = writeLeb128(chunks_.back().get() + used_, bytes.size());
  std::memcpy(out, bytes.data(), bytes.size());
  used_ += need;
  return place;
}

std::string_view ByteArena::at(std::uint64_t place) const {
  const char* in = chunks_[place >> 32].get() + (place & 0xFFFFFFFFU);
  const std::uint64_t length = readLeb128(in);
  return std::string_view(in, length);
}

}  // namespace initcheck
