// Root-cause keys (see root_cause.hpp).
#include "model/root_cause.hpp"

#include <algorithm>
#include <vector>

#include "support/positions_in_text.hpp"

namespace initcheck {

namespace {

// The parts of `text` between `separator`s, sorted, joined again (empty parts kept in place
// at the end, so "a b " stays a list with its trailing separator).
std::string sortedList(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::size_t begin = 0;
  for (std::size_t end; (end = text.find(separator, begin)) != std::string::npos; begin = end + 1)
    parts.push_back(text.substr(begin, end - begin));
  std::string last = text.substr(begin);
  std::sort(parts.begin(), parts.end());
  std::string out;
  for (const std::string& part : parts)
    out += part + separator;
  return out + last;
}

}  // namespace

std::string rootCauseKey(const Violation& violation, const SymmetryInfo& symmetry) {
  std::string key = withPositionsMapped(
      violation.instanceKey, [&](SourcePosition position) { return symmetry.position(position); });
  if (violation.kind == PropertyKind::Race) {
    std::size_t at = key.find('@');
    if (at != std::string::npos)
      key = key.substr(0, at + 1) + sortedList(key.substr(at + 1) + ",", ',');
  } else if (violation.kind == PropertyKind::Deadlock || violation.kind == PropertyKind::Livelock) {
    key = sortedList(key, ' ');
  }
  return std::to_string(static_cast<int>(violation.kind)) + " " + key;
}

}  // namespace initcheck
