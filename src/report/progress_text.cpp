// The progress line's text (see progress_text.hpp).
#include "report/progress_text.hpp"

#include <cmath>
#include <cstdio>

namespace initcheck {

namespace {

std::string secondsText(double seconds) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f s", seconds);
  return text;
}

// "1 state", "2 states", "1,000 states".
std::string counted(std::uint64_t count, std::string_view one, std::string_view many) {
  return groupThousands(count) + " " + std::string(count == 1 ? one : many);
}

std::uint64_t statesPerSecond(const SearchProgress& progress) {
  if (progress.seconds <= 0)
    return 0;
  return static_cast<std::uint64_t>(
      std::llround(static_cast<double>(progress.states) / progress.seconds));
}

std::string explicitText(const SearchProgress& progress) {
  std::string text = counted(progress.executions, "execution", "executions") + "  " +
                     counted(progress.states, "state", "states") + "  " +
                     groupThousands(statesPerSecond(progress)) + " states/s  " +
                     secondsText(progress.seconds) + "  depth " +
                     groupThousands(progress.deepestSteps);
  if (progress.preemptionBound)
    text += "  preemption bound " + std::to_string(*progress.preemptionBound);
  return text;
}

std::string smtText(const SearchProgress& progress) {
  return counted(*progress.queriesAnswered, "query", "queries") + " answered  " +
         secondsText(progress.seconds);
}

}  // namespace

std::string groupThousands(std::uint64_t value) {
  std::string digits = std::to_string(value);
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0)
      grouped += ',';
    grouped += digits[i];
  }
  return grouped;
}

std::string progressText(std::string_view path, const SearchProgress& progress) {
  std::string text(path);
  text += ": ";
  text += progress.queriesAnswered ? smtText(progress) : explicitText(progress);
  return text;
}

}  // namespace initcheck
