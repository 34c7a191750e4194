// The source lines of a violation (see source_excerpt.hpp).
#include "report/source_excerpt.hpp"

#include <algorithm>
#include <map>
#include <string>

namespace initcheck {

namespace {

std::string withoutCarriageReturn(std::string_view line) {
  if (!line.empty() && line.back() == '\r')
    line.remove_suffix(1);
  return std::string(line);
}

// Where each thread of the trace last did something (its end excluded): what the threads that
// are not blocked did last, and where the blocked ones stopped before their blocked statement.
std::vector<std::uint32_t> lastActionLines(const std::vector<TraceEvent>& trace) {
  std::map<std::string, std::uint32_t> last;
  for (const TraceEvent& event : trace) {
    if (event.kind != EventKind::ThreadEnd)
      last[event.threadName] = event.position.line;
  }
  std::vector<std::uint32_t> lines;
  for (const auto& [thread, line] : last)
    lines.push_back(line);
  return lines;
}

}  // namespace

std::vector<std::uint32_t> linesInvolved(const ReportedViolation& reported,
                                         const ExecutionGraph& graph) {
  std::vector<std::uint32_t> lines = {reported.violation.position.line};
  for (const RelatedPlace& place : reported.violation.related)
    lines.push_back(place.position.line);
  for (std::size_t index : graph.marked)
    lines.push_back(reported.trace[index].position.line);
  if (reported.violation.kind == PropertyKind::Deadlock ||
      reported.violation.kind == PropertyKind::Livelock) {
    for (std::uint32_t line : lastActionLines(reported.trace))
      lines.push_back(line);
  }
  std::sort(lines.begin(), lines.end());
  lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
  lines.erase(std::remove(lines.begin(), lines.end(), 0u), lines.end());
  return lines;
}

std::string sourceExcerpt(const SourceFile& source, const std::vector<std::uint32_t>& lines,
                          std::uint32_t violationLine) {
  std::size_t width = lines.empty() ? 1 : std::to_string(lines.back()).size();
  std::string text;
  std::uint32_t previous = 0;
  for (std::uint32_t line : lines) {
    if (line > source.lineCount())
      continue;
    if (previous != 0 && line > previous + 1)
      text += "  ...\n";
    std::string number = std::to_string(line);
    text += (line == violationLine ? "> " : "  ") + std::string(width - number.size(), ' ') +
            number + " | " + withoutCarriageReturn(source.lineText(line)) + "\n";
    previous = line;
  }
  return text;
}

}  // namespace initcheck
