#include "support/diagnostic_renderer.hpp"

#include <sstream>

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
  auto line = file.lineText(position.line);
  out << printableLine(line) << '\n' << caretLine(line, position.column) << '\n';
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
