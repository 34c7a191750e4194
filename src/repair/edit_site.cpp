// Applying single-line edits and following positions through them (see edit_site.hpp).
#include "repair/edit_site.hpp"

#include <algorithm>
#include <cstdint>

#include "support/positions_in_text.hpp"

namespace initcheck {

TextEdit declarationAtEnd(const SourceFile& source, const std::string& declaration) {
  std::uint32_t last = source.lineCount();
  auto column = static_cast<std::uint32_t>(source.lineText(last).size() + 1);
  return {{last, column}, "", "\n" + declaration};
}

std::vector<TextEdit> moveEdits(SourcePosition from, const std::string& statement,
                                SourcePosition to) {
  return {{from, statement, ""}, {to, "", statement + " "}};
}

std::optional<std::string> oneLineText(const SourceFile& source, SourcePosition start,
                                       SourcePosition end) {
  if (start.line != end.line || end.column <= start.column)
    return std::nullopt;
  return std::string(
      source.lineText(start.line).substr(start.column - 1, end.column - start.column));
}

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
  return withPositionsMapped(
      text, [&](SourcePosition position) { return editedPosition(position, edits); });
}

}  // namespace initcheck
