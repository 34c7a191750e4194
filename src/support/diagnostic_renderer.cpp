#include "support/diagnostic_renderer.hpp"

#include <algorithm>
#include <sstream>
#include <string_view>

namespace initcheck {

namespace {

// Control bytes other than tab would garble a terminal; show them as '?'.
std::string printableLine(std::string_view line) {
  std::string result;
  result.reserve(line.size());
  for (char c : line) {
    auto byte = static_cast<unsigned char>(c);
    result.push_back((byte < 0x20 && c != '\t') || byte == 0x7f ? '?' : c);
  }
  return result;
}

// Keeps tabs so the caret lines up under the same column in any tab width.
std::string caretLine(std::string_view line, std::uint32_t column) {
  std::string result;
  for (std::uint32_t i = 1; i < column; ++i) {
    result.push_back(i - 1 < line.size() && line[i - 1] == '\t' ? '\t' : ' ');
  }
  result.push_back('^');
  return result;
}

// Lines longer than this are shown as a window around the caret, as clang does: a diagnostic
// on a generated 600 KB line must not echo the whole line.
constexpr std::size_t kLongestShownLine = 160;
constexpr std::size_t kWindowBeforeCaret = 60;
constexpr std::size_t kWindowWidth = 120;
constexpr std::string_view kElided = "...";

bool isUtf8Continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// The part of `line` shown for a caret at `column`: the whole line when it is short, else a
// window that starts and ends on character boundaries, marked "..." where it cuts.
struct ShownLine {
  std::string text;
  std::string caret;
};

ShownLine shownLine(std::string_view line, std::uint32_t column) {
  if (line.size() <= kLongestShownLine)
    return {printableLine(line), caretLine(line, column)};
  std::size_t caretIndex = std::min<std::size_t>(column == 0 ? 0 : column - 1, line.size());
  std::size_t start = caretIndex > kWindowBeforeCaret ? caretIndex - kWindowBeforeCaret : 0;
  while (start > 0 && start < line.size() && isUtf8Continuation(line[start]))
    --start;
  std::size_t end = std::min(line.size(), start + kWindowWidth);
  while (end < line.size() && end > start && isUtf8Continuation(line[end]))
    --end;
  std::string_view window = line.substr(start, end - start);
  std::string prefix = start > 0 ? std::string(kElided) : std::string();
  std::string suffix = end < line.size() ? std::string(kElided) : std::string();
  auto caretColumn = static_cast<std::uint32_t>(caretIndex - start + 1);
  return {prefix + printableLine(window) + suffix,
          std::string(prefix.size(), ' ') + caretLine(window, caretColumn)};
}

}  // namespace

std::string severityName(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return "error";
    case Severity::Note:
      return "note";
  }
  return "error";
}

void renderDiagnostic(std::ostream& out, const SourceFile& file, const Diagnostic& diagnostic) {
  const auto& position = diagnostic.position;
  out << file.path();
  if (position.isKnown())
    out << ':' << position.line << ':' << position.column;
  out << ": " << severityName(diagnostic.severity) << ": " << diagnostic.message << '\n';
  if (!position.isKnown())
    return;
  ShownLine shown = shownLine(file.lineText(position.line), position.column);
  out << shown.text << '\n' << shown.caret << '\n';
}

void renderDiagnostics(std::ostream& out, const SourceFile& file, const DiagnosticList& list) {
  for (const auto& diagnostic : list.all())
    renderDiagnostic(out, file, diagnostic);
}

std::string renderToString(const SourceFile& file, const DiagnosticList& list) {
  std::ostringstream out;
  renderDiagnostics(out, file, list);
  return out.str();
}

}  // namespace initcheck
