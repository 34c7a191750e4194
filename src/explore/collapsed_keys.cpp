// Section tables for compact exact keys (collapsed_keys.hpp).
#include "explore/collapsed_keys.hpp"

namespace initcheck {

namespace {

void appendIndex(std::string& out, std::uint32_t index) {  // LEB128
  while (index >= 0x80) {
    out.push_back(static_cast<char>((index & 0x7f) | 0x80));
    index >>= 7;
  }
  out.push_back(static_cast<char>(index));
}

// The indices `section(text)` gives the sections of `key`, appended; nullopt when it gives none.
template <class Section>
std::optional<std::string> collapse(const CanonicalKey& key, Section section) {
  std::string out;
  std::uint32_t begin = 0;
  for (std::uint32_t end : key.sectionEnds) {
    std::optional<std::uint32_t> index =
        section(std::string_view(key.bytes).substr(begin, end - begin));
    if (!index)
      return std::nullopt;
    appendIndex(out, *index);
    begin = end;
  }
  return out;
}

}  // namespace

std::optional<std::string> CollapsedKeys::find(const CanonicalKey& key) const {
  return collapse(key, [&](std::string_view text) -> std::optional<std::uint32_t> {
    auto found = sections_.find(text);
    if (found == sections_.end())
      return std::nullopt;
    return found->second;
  });
}

std::string CollapsedKeys::store(const CanonicalKey& key) {
  return *collapse(key, [&](std::string_view text) -> std::optional<std::uint32_t> {
    auto found = sections_.find(text);
    if (found != sections_.end())
      return found->second;
    auto index = static_cast<std::uint32_t>(sections_.size());
    sections_.emplace(std::string(text), index);
    return index;
  });
}

}  // namespace initcheck
