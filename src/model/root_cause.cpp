// Root-cause keys (see root_cause.hpp).
#include "model/root_cause.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string_view>
#include <vector>

namespace initcheck {

namespace {

bool isDigit(char c) {
  return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

// "LINE:COL" at `at`, if there is one there: its length and the position.
std::size_t positionAt(std::string_view text, std::size_t at, SourcePosition& position) {
  std::size_t i = at;
  std::uint64_t line = 0, column = 0;
  while (i < text.size() && isDigit(text[i]))
    line = line * 10 + static_cast<std::uint64_t>(text[i++] - '0');
  if (i == at || i >= text.size() || text[i] != ':' || i + 1 >= text.size() ||
      !isDigit(text[i + 1]))
    return 0;
  ++i;
  while (i < text.size() && isDigit(text[i]))
    column = column * 10 + static_cast<std::uint64_t>(text[i++] - '0');
  position = {static_cast<std::uint32_t>(line), static_cast<std::uint32_t>(column)};
  return i - at;
}

std::string mappedPositions(std::string_view text, const SymmetryInfo& symmetry) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    SourcePosition position;
    bool startsToken = i == 0 || !isDigit(text[i - 1]);
    std::size_t length = startsToken ? positionAt(text, i, position) : 0;
    if (length == 0) {
      out.push_back(text[i++]);
      continue;
    }
    out += symmetry.position(position).text();
    i += length;
  }
  return out;
}

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
  std::string key = mappedPositions(violation.instanceKey, symmetry);
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
