// `LINE:COL` tokens of a text mapped (see positions_in_text.hpp).
#include "support/positions_in_text.hpp"

#include <cctype>
#include <cstdint>

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

}  // namespace

std::string withPositionsMapped(std::string_view text,
                                const std::function<SourcePosition(SourcePosition)>& map) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    SourcePosition position;
    bool startsToken = i == 0 || !isDigit(text[i - 1]);
    std::size_t length = startsToken ? positionAt(text, i, position) : 0;
    if (length == 0) {
      out.push_back(text[i++]);
      continue;
    }
    out += map(position).text();
    i += length;
  }
  return out;
}

}  // namespace initcheck
