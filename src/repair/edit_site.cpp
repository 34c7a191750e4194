// Applying single-line edits and following positions through them (see edit_site.hpp).
#include "repair/edit_site.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace initcheck {

namespace {

bool isDigit(char c) {
  return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

}  // namespace

std::string applyEdits(const SourceFile& source, const std::vector<TextEdit>& edits) {
  std::vector<TextEdit> sorted = edits;
  std::sort(sorted.begin(), sorted.end(), [&](const TextEdit& a, const TextEdit& b) {
    return source.offsetOf(a.position) > source.offsetOf(b.position);
  });
  std::string text = source.text();
  for (const TextEdit& edit : sorted)  // from the end, so earlier offsets stay valid
    text.replace(source.offsetOf(edit.position), edit.before.size(), edit.after);
  return text;
}

SourcePosition editedPosition(SourcePosition position, const std::vector<TextEdit>& edits) {
  std::int64_t shift = 0;
  for (const TextEdit& edit : edits) {
    if (edit.position.line == position.line &&
        position.column >= edit.position.column + edit.before.size())
      shift += static_cast<std::int64_t>(edit.after.size()) -
               static_cast<std::int64_t>(edit.before.size());
  }
  return {position.line, static_cast<std::uint32_t>(position.column + shift)};
}

std::string withEditedPositions(const std::string& text, const std::vector<TextEdit>& edits) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t colon = i;
    while (colon < text.size() && isDigit(text[colon]))
      ++colon;
    bool startsToken = i == 0 || !isDigit(text[i - 1]);
    if (!startsToken || colon == i || colon + 1 >= text.size() || text[colon] != ':' ||
        !isDigit(text[colon + 1])) {
      out.push_back(text[i++]);
      continue;
    }
    std::size_t end = colon + 1;
    while (end < text.size() && isDigit(text[end]))
      ++end;
    SourcePosition position{
        static_cast<std::uint32_t>(std::stoul(text.substr(i, colon - i))),
        static_cast<std::uint32_t>(std::stoul(text.substr(colon + 1, end - colon - 1)))};
    out += editedPosition(position, edits).text();
    i = end;
  }
  return out;
}

}  // namespace initcheck
